import json
import re
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest

from vhost.catalog import load_catalog
from vhost.domain import Catalog, FaqPair, Product, Promotion, SegmentKind
from vhost.errors import ScriptError
from vhost.script.phrase_bank import PhraseBank

from .conftest import DEMO_CATALOG, NOW
from .test_compliance import FORBIDDEN_EN, FORBIDDEN_ZH

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
PER_PRODUCT = [
    SegmentKind.INTRO,
    SegmentKind.SELLING_POINTS,
    SegmentKind.SPECS,
    SegmentKind.PRICE,
    SegmentKind.FAQ,
    SegmentKind.CALL_TO_ACTION,
    SegmentKind.TRANSITION,
]


def numbers_in(text: str) -> set[Decimal]:
    return {Decimal(n.replace(",", "")) for n in NUMBER.findall(text)}


def catalog_numbers(product: Product, now: datetime) -> set[Decimal]:
    """Every figure a script may say about ``product``: the catalog's own and the ones computed
    from them (saving, time left, date parts)."""
    texts = [json.dumps(product.to_dict(), ensure_ascii=False)]
    allowed = set().union(*(numbers_in(t) for t in texts))
    prices = [product.price] + [p.price for p in product.promotions if p.price]
    if product.original_price:
        allowed |= {product.original_price - p for p in prices}
    for promo in product.promotions:
        for moment in (promo.start, promo.end):
            if moment:
                shown = moment - timedelta(days=1) if (moment.hour, moment.minute) == (0, 0) else moment
                allowed |= {Decimal(v) for v in (shown.month, shown.day, moment.hour, moment.minute)}
        if promo.end and promo.end > now:
            hours, minutes = divmod(int((promo.end - now).total_seconds() // 60), 60)
            allowed |= {Decimal(hours), Decimal(minutes)}
    return allowed


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_catalog(DEMO_CATALOG).catalog


def countdown_catalog(now: datetime) -> Catalog:
    return Catalog(
        (
            Product(
                "K1",
                "Kettle 1.7L",
                Decimal("39.99"),
                "USD",
                brand="Brewly",
                original_price=Decimal("59.99"),
                stock=7,
                lang="en",
                selling_points=("boils in 3 minutes", "auto shut-off", "the best kettle ever"),
                specs=(("capacity", "1.7 L"), ("power", "2200 W")),
                promotions=(
                    Promotion(
                        "free descaler",
                        now - timedelta(hours=1),
                        now + timedelta(hours=2, minutes=15),
                        Decimal("34.5"),
                    ),
                ),
                faq=(FaqPair("Is it BPA free", "Yes, every part that touches water is"),),
            ),
            Product("K2", "Teapot", Decimal("1299"), "CNY", lang="en", stock=0),
        ),
        shop_name="Brewly",
    )


def test_demo_script_has_every_segment_per_product(writer, demo):
    script = writer.write(demo, "zh", now=NOW)
    assert script.segments[0].kind == SegmentKind.OPENING
    for product in demo.products:
        kinds = [s.kind for s in script.segments if s.product_id == product.id]
        expected = [k for k in PER_PRODUCT if k != SegmentKind.SPECS or product.specs]
        assert kinds == expected, product.id
    assert all(line.text.strip() for line in script.lines())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_comes_from_the_catalog(writer, demo, lang):
    for loop in range(6):
        script = writer.write(demo, lang, loop=loop, now=NOW)
        for segment in script.segments:
            products = [demo.product(segment.product_id)] if segment.product_id else []
            allowed = set()
            for product in products or demo.products:
                allowed |= catalog_numbers(product, NOW)
            if segment.kind == SegmentKind.TRANSITION:  # names the next product
                allowed |= set().union(*(catalog_numbers(p, NOW) for p in demo.products))
            for line in segment.lines:
                assert numbers_in(line.text) <= allowed, (line.text, loop)


def test_prices_stock_and_promotions_are_spoken_exactly(writer):
    now = NOW
    catalog = countdown_catalog(now)
    scripts = [writer.write(catalog, "en", now=now, loop=n) for n in range(4)]
    text = " ".join(
        line.text for script in scripts for s in script.segments if s.product_id == "K1" for line in s.lines
    )
    assert "$39.99" in text and "$59.99" in text and "$20" in text  # saving
    assert "$34.50" in text  # the deal price
    assert "2 hours 15 minutes" in text  # countdown to the promotion's end
    assert re.search(r"\b7\b", text)  # low stock is said exactly
    countdown = [line for line in scripts[0].lines() if line.countdown_end]
    assert countdown and countdown[0].countdown_end == now + timedelta(hours=2, minutes=15)


def test_zh_price_figures(writer, demo):
    script = writer.write(demo, "zh", now=NOW, product_ids=["A02"])
    price = next(s for s in script.segments if s.kind == SegmentKind.PRICE)
    joined = "".join(line.text for line in price.lines)
    assert "299元" in joined and "35件" in joined
    assert "12月31日晚上十二点" in joined  # ends 2027-01-01 00:00: midnight of Dec 31


def test_sold_out_product_is_not_pushed(writer):
    script = writer.write(countdown_catalog(NOW), "en", now=NOW, product_ids=["K2"])
    text = " ".join(line.text for line in script.lines())
    assert "sold out" in text.lower() or "all gone" in text.lower()
    assert "1,299" not in text  # no price pitch for something nobody can buy


@pytest.mark.parametrize("lang, forbidden", [("zh", FORBIDDEN_ZH), ("en", FORBIDDEN_EN)])
def test_no_generated_line_contains_a_forbidden_term(writer, demo, lang, forbidden):
    catalogs = [demo, countdown_catalog(NOW)]
    for catalog in catalogs:
        for loop in range(12):
            for line in writer.write(catalog, lang, loop=loop, now=NOW).lines():
                lowered = line.text.lower()
                hits = [t for t in forbidden if t in lowered and not _allowed(t, line.text)]
                assert not hits, line.text


def _allowed(term: str, text: str) -> bool:
    """最近/最后…, 第一次/第一时间 are time and order words, not claims."""
    if term == "最":
        return not re.search(r"最(?![近后终初少多])", text)
    if term == "第一":
        return not re.search(r"第一(?![次步天时批眼口个件款种位趟])", text)
    return False


def test_merchant_claims_are_rewritten_and_reported(writer):
    script = writer.write(countdown_catalog(NOW), "en", now=NOW, product_ids=["K1"])
    assert any(c.rule_id == "en-the-best" for c in script.compliance_changes)
    assert not any("the best" in line.text.lower() for line in script.lines())


def test_same_seed_same_script_other_seed_other_words(writer, demo):
    a = writer.write(demo, "zh", seed=7, now=NOW)
    b = writer.write(demo, "zh", seed=7, now=NOW)
    c = writer.write(demo, "zh", seed=8, now=NOW)
    assert a.to_dict() == b.to_dict()
    assert [line.text for line in a.lines()] != [line.text for line in c.lines()]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_loops_vary_so_a_day_never_repeats_word_for_word(writer, demo, lang):
    """A loop over the demo catalog is ~15 min on air; 100 loops cover a day."""
    loops = [writer.write(demo, lang, loop=n, now=NOW) for n in range(100)]
    per_product = {}
    for n, script in enumerate(loops):
        for segment in script.segments:
            per_product.setdefault((n, segment.product_id), []).extend(line.text for line in segment.lines)
    for product in demo.products:
        pitches = [tuple(per_product[(n, product.id)]) for n in range(100)]
        assert len(set(pitches)) == 100, product.id  # no product pitch ever repeats
        for a, b in pairwise(pitches):  # consecutive loops share few exact lines
            shared = set(a) & set(b)
            assert len(shared) <= len(a) // 2, (product.id, shared)
    whole = [tuple(line.text for line in s.lines()) for s in loops]
    assert len(set(whole)) == 100


def test_missing_translation_is_noted(writer):
    catalog = Catalog((Product("Z1", "保温杯", Decimal(89), lang="zh"),))
    script = writer.write(catalog, "en", now=NOW)
    assert script.notes and "no English text" in script.notes[0]


def test_unknown_product_and_language(writer, demo):
    with pytest.raises(ScriptError, match="No product has the id 'nope'"):
        writer.write(demo, "zh", product_ids=["nope"])
    with pytest.raises(ScriptError, match="use zh or en"):
        writer.write(demo, "fr")


@pytest.mark.parametrize("package", ["vhost.script", "vhost.chat"])  # the script's and the chat's
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_phrase_banks_have_no_digits_and_pass_compliance(compliance, lang, package):
    bank = PhraseBank.load(lang, package)
    for slot, templates in bank.slots.items():
        assert len(templates) >= 1, slot
        for template in templates:
            assert not re.search(r"\d", template), template
            # fill every choice and field with a neutral word, then nothing may change
            for variant in _expand(template):
                text = re.sub(r"\{\w+\}", "X", variant)
                assert not compliance.apply(text, lang).changed, text


def _expand(template: str) -> list[str]:
    match = re.search(r"\[([^\[\]]*)\]", template)
    if not match:
        return [template]
    out = []
    for option in match.group(1).split("|"):
        out += _expand(template[: match.start()] + option + template[match.end() :])
    return out


def test_english_greeting_skips_a_chinese_shop_name(writer, demo):
    greetings = [writer.write(demo, "en", loop=n, now=NOW).segments[0].lines[0].text for n in range(8)]
    assert not any("小鹿优选" in g for g in greetings)
    zh = [writer.write(demo, "zh", loop=n, now=NOW).segments[0].lines[0].text for n in range(8)]
    assert any("小鹿优选" in g for g in zh)
