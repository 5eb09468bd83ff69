"""The director: order, weights, hero, time per product, interludes, promotions on time,
answers by priority, live catalog edits and resuming from a saved position."""

import json
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from vhost.catalog import load_catalog
from vhost.domain import Catalog, Promotion, ShowLine
from vhost.engine.director import SAY_NOW, Director, DirectorPosition, LineSource
from vhost.engine.plan import ShowPlan
from vhost.errors import ScriptError

from .conftest import DEMO_CATALOG, NOW


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DEMO_CATALOG).catalog


def presentations(director: Director, lines: int) -> list[str]:
    """The product of each presentation, in order, over the next `lines` lines (a presentation's
    first line carries position.line == 1)."""
    positions = [director.next_line().position for _ in range(lines)]
    return [p.product for p in positions if p.line == 1 and p.product is not None]


def test_a_round_greets_then_presents_every_product_in_order_with_pauses(writer, catalog):
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    lines = [director.next_line() for _ in range(200)]
    assert lines[0].position.product is None and "欢迎" in lines[0].text  # the greeting
    ids = [p.id for p in catalog.products]
    order = presentations(Director(writer, catalog, "zh", now=lambda: NOW), 400)
    assert order[: len(ids) + 2] == ids + ids[:2]
    pauses = [line for line in lines if line.kind == "pause"]
    assert pauses and all(line.pause == 1.5 and line.text == "" for line in pauses)
    rounds = [line.position.round for line in lines]
    assert rounds == sorted(rounds) and rounds[-1] >= 1  # the next pass greets again
    greetings = [line for line in lines if line.position.product is None and line.position.line == 1]
    assert len(greetings) >= 2


def test_weights_give_airtime_and_zero_keeps_a_product_off(writer, catalog):
    ids = [p.id for p in catalog.products]
    plan = ShowPlan(weights={ids[0]: 3, ids[1]: 0})
    order = presentations(Director(writer, catalog, "zh", plan=plan, now=lambda: NOW), 1500)
    counts = Counter(order)
    assert ids[1] not in counts
    others = [counts[pid] for pid in ids[2:]]
    assert max(others) - min(others) <= 1
    assert counts[ids[0]] >= 2.5 * min(others)
    assert all(a != b for a, b in zip(order, order[1:], strict=False))  # spread, never back to back


def test_the_hero_opens_and_returns_after_every_few_products(writer, catalog):
    hero = catalog.products[3].id
    director = Director(writer, catalog, "zh", plan=ShowPlan(hero=hero, hero_every=2), now=lambda: NOW)
    order = presentations(director, 600)
    assert order[0] == hero
    spots = [k for k, pid in enumerate(order) if pid == hero]
    assert len(spots) >= 5 and all(b - a == 3 for a, b in zip(spots, spots[1:], strict=False)), order
    assert set(order) == {p.id for p in catalog.products}


def test_each_presentation_is_worded_afresh(writer, catalog):
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    by_product: dict[tuple[str, int], list[str]] = {}
    for _ in range(500):
        line = director.next_line()
        if line.position.product and line.kind == "script":
            key = (line.position.product, line.position.round)
            by_product.setdefault(key, []).append(line.text)
    first, second = by_product[(catalog.products[0].id, 0)], by_product[(catalog.products[0].id, 1)]
    assert first != second and len(set(first) & set(second)) <= len(first) // 2


def test_time_per_product_trims_faq_and_specs_first(writer, catalog):
    product = next(p for p in catalog.products if p.faq and p.specs)
    full = Director(writer, catalog, "zh", plan=ShowPlan(order=(product.id,)), now=lambda: NOW)
    short = Director(
        writer, catalog, "zh", plan=ShowPlan(order=(product.id,), seconds_per_product=60), now=lambda: NOW
    )

    def pitch(director):
        lines = [director.next_line() for _ in range(40)]
        return [line.text for line in lines if line.position.product == product.id and line.kind == "script"]

    long_lines, short_lines = pitch(full), pitch(short)
    assert len(short_lines) < len(long_lines)
    assert sum(len(text) * 0.24 + 0.2 for text in short_lines) <= 60  # the director's own estimate
    assert any("？" in text for text in long_lines) and not any("？" in text for text in short_lines)  # FAQ
    price = str(product.price.normalize())
    assert any(price in text for text in short_lines)  # the price stays
    assert short_lines[0] == long_lines[0] and short_lines[-1] == long_lines[-1]  # intro, transition


def test_a_promotion_that_starts_is_announced_at_once_and_ended_ones_are_not_spoken(writer, catalog):
    product = catalog.products[1]
    flash = Promotion(
        "限时秒杀，下单立减二十元",
        start=NOW + timedelta(minutes=5),
        end=NOW + timedelta(minutes=35),
        price=product.price - 20,
    )
    edited = replace(
        catalog,
        products=tuple(
            replace(p, promotions=(flash,)) if p.id == product.id else p for p in catalog.products
        ),
    )
    clock = {"now": NOW}
    director = Director(writer, edited, "zh", now=lambda: clock["now"])
    before = [director.next_line() for _ in range(5)]
    assert not any("秒杀" in line.text for line in before)
    clock["now"] = NOW + timedelta(minutes=5, seconds=1)
    announced = director.next_line()
    assert announced.product.id == product.id and "秒杀" in announced.text
    assert announced.expires == flash.end
    # A line written while the deal ran is dropped once it has ended.
    clock["now"] = NOW + timedelta(minutes=36)
    later = [director.next_line() for _ in range(300)]
    assert not any("秒杀" in line.text for line in later)


def test_answers_go_first_by_priority_then_in_arrival_order(writer, catalog):
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    director.next_line()
    director.answer("普通回答一", priority=5)
    director.answer("紧急回答", priority=50, product_id=catalog.products[2].id, question="多少钱？")
    director.answer("普通回答二", priority=5)
    director.add(ShowLine("主播插话", None, kind="answer", priority=SAY_NOW))
    assert director.urgent_waiting()
    got = [director.next_line() for _ in range(5)]
    assert [line.text for line in got[:4]] == ["主播插话", "紧急回答", "普通回答一", "普通回答二"]
    assert got[1].product.id == catalog.products[2].id and got[1].question == "多少钱？"
    assert got[4].kind in ("script", "pause") and not director.urgent_waiting()


def test_a_price_edit_reaches_the_rest_of_the_presentation(writer, catalog):
    product = catalog.products[0]
    director = Director(writer, catalog, "zh", plan=ShowPlan(order=(product.id,)), now=lambda: NOW)
    while director.next_line().position.product != product.id:
        pass
    edited = replace(
        catalog,
        products=tuple(
            replace(p, price=Decimal("77")) if p.id == product.id else p for p in catalog.products
        ),
    )
    director.set_catalog(edited)
    rest = [director.next_line() for _ in range(12)]
    rest = [line for line in rest if line.position.product == product.id]
    assert any("77" in line.text for line in rest)
    assert all(line.product.price == Decimal("77") for line in rest)
    with pytest.raises(ScriptError):
        director.set_catalog(catalog, ShowPlan(hero="NO-SUCH-ID"))


def test_resuming_from_a_saved_position_continues_with_the_same_lines(writer, catalog):
    plan = ShowPlan(weights={catalog.products[0].id: 2})
    director = Director(writer, catalog, "zh", plan=plan, now=lambda: NOW)
    lines = [director.next_line() for _ in range(90)]
    saved = DirectorPosition.from_json(lines[59].position.to_json())
    resumed = Director(writer, catalog, "zh", plan=plan, now=lambda: NOW, resume=saved)
    again = [resumed.next_line() for _ in range(30)]
    assert [line.text for line in again] == [line.text for line in lines[60:]]
    assert DirectorPosition.from_json('{"round": 1}') is None  # an old or damaged saved shape: start over


def test_line_source_puts_urgent_lines_before_an_iterator():
    source = LineSource(iter([ShowLine("一", None), ShowLine("二", None)]))
    assert source.next_line().text == "一"
    source.add(ShowLine("插话", None, priority=1))
    assert [source.next_line().text for _ in range(2)] == ["插话", "二"]
    assert source.next_line() is None and not source.can_skip


def test_the_plan_file_is_checked_with_one_clear_sentence(tmp_path, catalog):
    good = tmp_path / "plan.json"
    good.write_text(
        json.dumps({"order": ["A03"], "weights": {"A01": 2}, "hero": "A02", "seconds_per_product": 60})
    )
    plan = ShowPlan.load(good)
    plan.check(catalog)
    assert plan.ordered(catalog)[0] == "A03" and plan.weight("A01") == 2 and plan.weight("A04") == 1
    cases = {
        "missing.json": None,
        "broken.json": "{not json",
        "unknown.json": json.dumps({"heroes": "A01"}),
        "negative.json": json.dumps({"weights": {"A01": -1}}),
        "wrong.json": json.dumps({"hero_every": "often"}),
    }
    for name, text in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text)
        with pytest.raises(ScriptError) as caught:
            ShowPlan.load(path)
        message = str(caught.value)
        assert message.count(".") >= 1 and "\n" not in message and "Traceback" not in message
    with pytest.raises(ScriptError, match="not in the catalog"):
        ShowPlan(hero="NOPE").check(catalog)
    with pytest.raises(ScriptError, match="weight 0"):
        ShowPlan(weights={p.id: 0 for p in catalog.products}).check(catalog)
    with pytest.raises(ScriptError, match="more than 0"):
        ShowPlan().with_overrides(seconds_per_product=0)


def test_products_viewers_ask_about_come_round_sooner_for_a_while(writer, catalog):
    ids = [p.id for p in catalog.products]
    plain = Director(writer, catalog, "zh", now=lambda: NOW)
    asked = Director(writer, catalog, "zh", now=lambda: NOW)
    for _ in range(5):
        asked.note_interest(ids[5])  # five questions about the sixth product
    asked.note_interest("NO-SUCH-ID")  # ignored
    assert presentations(plain, 60)[:3] == ids[:3]
    early = presentations(asked, 60)
    assert early.index(ids[5]) < 3  # it jumps the queue
    later = presentations(asked, 1500)
    counts = Counter(later[-2 * len(ids) :])  # long after, every product has its plain share again
    assert max(counts.values()) - min(counts.values()) <= 1


def test_the_operators_own_lines_are_presented_until_written_afresh_again(writer, catalog):
    from vhost.domain import Line, Segment, SegmentKind

    product = catalog.products[0]
    alone = ShowPlan(weights={p.id: 0 for p in catalog.products[1:]})  # presented again and again
    director = Director(writer, catalog, "zh", plan=alone, now=lambda: NOW)
    while director.next_line().position.product != product.id:  # mid-presentation
        pass
    own = (
        Segment(product.id, SegmentKind.INTRO, (Line("这是运营自己写的开场。"),)),
        Segment(product.id, SegmentKind.PRICE, (Line("今天只要八十九元。"), Line("库存不多了。"))),
        Segment(product.id, SegmentKind.FAQ, ()),  # an emptied part is left out
    )
    director.use_lines(product.id, own)
    texts = [director.next_line().text for _ in range(40)]
    assert "今天只要八十九元。" in texts  # the current presentation switched at once
    assert texts.count("这是运营自己写的开场。") >= 2  # and every later one is the operator's
    director.use_lines(product.id, None)
    later = [director.next_line().text for _ in range(40)]
    assert "这是运营自己写的开场。" not in later and any(str(product.price) in t for t in later)


def test_the_director_estimates_a_presentation_without_moving_the_show(writer, catalog):
    product = next(p for p in catalog.products if p.faq and p.specs)
    full = Director(writer, catalog, "zh", now=lambda: NOW)
    first = full.next_line().text
    whole = full.estimate(product.id)
    trimmed = Director(writer, catalog, "zh", plan=ShowPlan(seconds_per_product=40), now=lambda: NOW)
    assert 40 < whole < 400 and trimmed.estimate(product.id) <= 40
    again = Director(writer, catalog, "zh", now=lambda: NOW)
    assert again.next_line().text == first  # estimating did not move the show
    assert ShowPlan.from_dict(ShowPlan(hero="A01", weights={"A02": 0}).to_dict()) == ShowPlan(
        hero="A01", weights={"A02": 0}
    )
