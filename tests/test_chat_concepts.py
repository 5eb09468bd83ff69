"""Meaning beyond the very words: a viewer's "开水" is the catalog's "热水", "soda" its "fizzy
drinks" (vhost/chat/concepts.toml), and the small habits of chat ("重不重", "1米5", "第一次")
are read as meant, while a question about something else still gets "let me check"."""

from datetime import datetime

import pytest

from vhost.catalog import load_catalog
from vhost.chat.concepts import Concepts, stem
from vhost.chat.grounding import content_terms, covers, name_terms
from vhost.chat.normalize import normalize
from vhost.chat.products import ProductFinder
from vhost.chat.responder import ChatResponder
from vhost.domain import ChatMessage

from .conftest import DEMO_CATALOG


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DEMO_CATALOG).catalog


def test_every_concept_word_belongs_to_its_concepts_and_none_is_empty():
    concepts = Concepts.load()
    assert len(concepts.words) >= 30
    for name, words in concepts.words.items():
        assert words, name
        assert all(name in concepts.of(word) for word in words)
    assert {"hot"} <= concepts.of("开水") and concepts.of("热水") == concepts.of("沸水")
    assert "fizzy" in concepts.of(stem("sodas")) and concepts.of("不存在的词") == frozenset()


def test_a_concept_word_is_said_by_another_word_of_it_and_one_character_only_as_a_word():
    concepts = Concepts.load()
    assert concepts.said("开水", content_terms("一杯热水从早暖到晚"), "一杯热水从早暖到晚")
    assert concepts.said("soda", content_terms("can it hold fizzy drinks"), "can it hold fizzy drinks")
    # "酸" (sour) is not said by "氨基酸" (amino acid), but is by "不苦不酸"
    assert not concepts.said("酸", content_terms("氨基酸洁面"), "氨基酸洁面")
    assert concepts.said("酸", content_terms("坚果焦糖香，不苦不酸"), "坚果焦糖香，不苦不酸")


def test_stems_keep_words_apart_that_differ():
    assert stem("breathes") == stem("breathe") == "breathe"
    assert stem("washes") == "wash" and stem("glasses") == "glass" and stem("sizes") == "size"
    assert stem("pilling") == stem("pills") == "pill"


def test_the_habits_of_chat_are_read_as_meant(catalog):
    assert "重" in content_terms("杯子重不重")  # A不A asks about A
    assert content_terms("夏天盖会闷吗") >= {"夏天", "闷"}  # dictionary words, not "盖会闷"
    assert "酸" in content_terms("不苦不酸") and "锈钢" not in content_terms("316不锈钢")
    assert "whats" not in content_terms("whats the battery life")
    assert normalize("1米5的床能用吗") == "1.5米的床能用吗" and normalize("一米八") == "1.8米"
    # a property in the product's name is still asked about; the name itself is not
    names = name_terms(catalog.product("A01"))
    assert "保温" not in names and "保温杯" in names
    assert "咖啡" in name_terms(catalog.product("A05"))  # inside 咖啡豆


def test_the_scene_of_a_question_does_not_hide_what_it_asks():
    assert covers({"夏天", "闷"}, "新疆长绒棉，亲肤透气")  # 闷 is the property; 夏天 the scene
    assert not covers({"夏天", "刻字"}, "新疆长绒棉，亲肤透气")  # no property asked: the words
    assert not covers({"lid", "straw"}, "the lid pops open with one hand")


def test_words_for_a_place_in_the_show_and_parts_of_names_are_not_taken_for_a_product(catalog):
    finder = ProductFinder([p.localized("en") for p in catalog.products])
    on_screen = finder.products[3]  # the earbuds
    assert finder.find("how long does the battery last", on_screen).how == "on_screen"  # not Long-Staple
    zh = ProductFinder([p.localized("zh") for p in catalog.products])
    assert zh.find("第一次洗要注意啥", zh.products[1]).product.id == "A02"  # 第一次: not product 1
    assert zh.find("第2个多少钱", None).product.id == "A02"


def test_the_product_on_screen_keeps_a_question_its_own_words_answer(catalog, compliance):
    """ "is it dishwasher safe" is word for word the bottle's FAQ, but the mug on screen says it
    is dishwasher safe itself: the answer is about the mug."""
    responder = ChatResponder(catalog, "en", compliance)
    message = ChatMessage("is it dishwasher safe", user_id="v", name="v", id="1")
    decision = responder.decide(message, catalog.product("A07"), datetime(2026, 12, 1, 20), 0.0)
    assert decision.product_id == "A07" and "dishwasher" in (decision.reply or "")
    coffee = responder.decide(
        ChatMessage("Is it dishwasher safe", user_id="w", name="w", id="2"),
        catalog.product("A05"), datetime(2026, 12, 1, 20), 60.0,
    )  # fmt: skip
    assert coffee.product_id == "A01"  # the coffee says nothing of it: the bottle's FAQ does
