"""Variants on air: the script says the range and the options, the card shows them, and chat
answers option questions (which exist, the price and stock of one) without ever offering a
sold-out one — in zh and en."""

from decimal import Decimal

import numpy as np
import pytest

from vhost.catalog import load_catalog
from vhost.chat.responder import ChatResponder
from vhost.domain import Catalog, ChatAction, ChatMessage, Product, ProductText, Variant
from vhost.render.compositor import Compositor

from .conftest import DEMO_CATALOG, NOW


def tee() -> Product:
    """A T-shirt: white in S/M/L (L sold out), black in M/L at a higher price, XL sold out."""

    def v(colour, size, price, stock):
        return Variant(
            (("颜色", colour), ("尺码", size)), Decimal(price), Decimal(129), stock, f"T-{colour}-{size}"
        )

    product = Product(
        id="T1",
        title="重磅纯棉短袖T恤",
        price=Decimal(0),
        selling_points=("230克重磅纯棉",),
        translations={
            "en": ProductText(
                title="Heavy Cotton Tee",
                option_words=(("颜色", "colour"), ("尺码", "size"), ("白色", "White"), ("黑色", "Black")),
            )
        },
    )
    return product.with_variants(
        (
            v("白色", "S", "89", 12),
            v("白色", "M", "89", 30),
            v("白色", "L", "89", 0),
            v("黑色", "M", "99", 6),
            v("黑色", "L", "99", 25),
            v("黑色", "XL", "99", 0),
        )
    )


def test_the_product_is_priced_and_stocked_from_its_variants():
    shirt = tee()
    assert (shirt.price, shirt.original_price, shirt.stock) == (Decimal(89), Decimal(129), 73)
    assert shirt.option_names() == ("颜色", "尺码")
    assert shirt.option_values("尺码") == ("S", "M", "L", "XL")
    assert shirt.option_values("尺码", available=True) == ("S", "M", "L")  # XL is sold out everywhere
    assert shirt.price_range() == (Decimal(89), Decimal(99))
    cheap_gone = shirt.with_variants(
        tuple(replace_stock(v, 0) if v.price == 89 else v for v in shirt.variants)
    )
    assert cheap_gone.price == Decimal(99)  # a sold-out variant's price is never "from"


def replace_stock(variant, stock):
    from dataclasses import replace

    return replace(variant, stock=stock)


@pytest.mark.parametrize(
    ("lang", "range_words", "options_words", "never"),
    [
        ("zh", ["89元", "99元"], ["颜色有白色和黑色两种", "尺码有S、M和L三种"], "XL"),
        ("en", ["89 yuan", "99 yuan"], ["White or Black", "in S, M or L"], "XL"),
    ],
)
def test_the_script_says_the_range_and_the_options_left(writer, lang, range_words, options_words, never):
    script = writer.write(Catalog((tee(),)), lang, now=NOW)
    text = " ".join(line.text for line in script.lines())
    assert all(word in text for word in range_words), text
    assert all(word in text for word in options_words), text
    assert never not in text  # a sold-out size is not offered


def test_the_demo_bottle_colours_are_spoken_in_both_languages(writer):
    catalog = load_catalog(DEMO_CATALOG).catalog
    zh = " ".join(line.text for line in writer.write(catalog, "zh", now=NOW, product_ids=["A01"]).lines())
    en = " ".join(line.text for line in writer.write(catalog, "en", now=NOW, product_ids=["A01"]).lines())
    assert "雾白、墨绿和燕麦三种" in zh and "89元" in zh
    assert "mist white, forest green or oat" in en and "89 yuan" in en


def test_the_card_shows_the_options_and_the_from_price():
    face = np.full((720, 400, 3), 90, np.uint8)
    shirt = tee()
    single = shirt.with_variants(())  # the same product sold without options
    with_options = Compositor(1280, 720, "zh", ai_label=None).compose(face, (0, 0), shirt, None, NOW)
    without = Compositor(1280, 720, "zh", ai_label=None).compose(face, (0, 0), single, None, NOW)
    changed = np.abs(with_options.astype(int) - without.astype(int)).sum(axis=2) > 40
    rows = np.nonzero(changed.any(axis=1))[0]
    assert changed.sum() > 2000 and rows.size  # the price line ("89元起") and two option lines
    assert not changed[:, :640].any()  # only the card (right half) changes


@pytest.fixture
def ask(compliance):
    def make(lang):
        catalog = Catalog((tee(),))
        responder = ChatResponder(catalog, lang, compliance)
        shirt = catalog.products[0].localized(lang)

        def question(text):
            decision = responder.decide(ChatMessage(text, user_id=text), shirt, NOW, 0.0)
            assert decision.action == ChatAction.SPEAK, decision
            return decision.reply

        return question

    return make


@pytest.mark.parametrize(
    ("question", "must", "never"),
    [
        ("有什么颜色", ["白色", "黑色"], []),
        ("有哪些码", ["S", "M", "L"], ["XL"]),
        ("L码还有吗", ["黑色、L", "25件", "99元"], ["卖完"]),  # only black has L left
        ("白色L码还有吗", ["卖完", "黑色"], ["XL"]),
        ("XL有货吗", ["卖完"], []),
        ("黑色多少钱", ["99元"], ["89元"]),
        ("黑色M码还剩几件", ["6件"], []),
        ("多少钱", ["89元", "99元"], []),
        ("有没有红色的", ["没有红色", "白色和黑色"], []),
        ("有XXL吗", ["没有XXL"], []),
    ],
)
def test_chat_answers_option_questions_in_chinese(ask, question, must, never):
    reply = ask("zh")(question)
    assert all(word in reply for word in must), reply
    assert not any(word in reply for word in never), reply


@pytest.mark.parametrize(
    ("question", "must", "never"),
    [
        ("what colours do you have", ["White", "Black"], []),
        ("what sizes?", ["S, M or L"], ["XL"]),
        ("is black in L still in stock", ["Black, L", "25 left", "99 yuan"], []),
        ("white L available?", ["White, L", "sold out", "Black"], []),
        ("does it come in red?", ["doesn't come in red", "White or Black"], []),
        ("how much is the black one", ["99 yuan"], ["89"]),
        ("how much", ["89 yuan", "99 yuan"], []),
    ],
)
def test_chat_answers_option_questions_in_english(ask, question, must, never):
    reply = ask("en")(question)
    assert all(word in reply for word in must), reply
    assert not any(word in reply for word in never), reply


def test_a_compound_option_question_gets_both_answers(ask):
    reply = ask("zh")("黑色L码还有吗，多少钱")
    assert "25件" in reply and "99元" in reply
