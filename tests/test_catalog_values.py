from datetime import datetime
from decimal import Decimal

import pytest

from vhost.catalog.aliases import field_for_heading
from vhost.catalog.values import (
    clean_text,
    parse_datetime,
    parse_faq,
    parse_money,
    parse_specs,
    parse_stock,
    split_list,
)


@pytest.mark.parametrize(
    "cell, amount, currency",
    [
        ("¥1,299.00", "1299", "CNY"),
        ("1299元", "1299", "CNY"),
        ("￥８９.９０", "89.9", "CNY"),
        ("RMB 59", "59", "CNY"),
        ("$19.99", "19.99", "USD"),
        ("US$ 5", "5", "USD"),
        ("1.2万", "12000", None),
        (1299.0, "1299", None),
        (19.9, "19.9", None),
        ("0", "0", None),
    ],
)
def test_money_forms_shops_use(cell, amount, currency):
    assert parse_money(cell) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "cell, reason",
    [
        ("abc", "not a price"),
        ("-5", "negative"),
        ("¥-1,299", "negative"),
        ("", "empty"),
        ("12.3.4", "not a price"),
        ("1299元起", "not a price"),
        (True, "not a price"),
    ],
)
def test_bad_money_says_why(cell, reason):
    with pytest.raises(ValueError, match=reason):
        parse_money(cell)


def test_stock():
    assert parse_stock("1,000件") == 1000
    assert parse_stock(35.0) == 35
    with pytest.raises(ValueError, match="negative"):
        parse_stock("-3")
    with pytest.raises(ValueError, match="whole number"):
        parse_stock("充足")
    # A back office's word for none left is 0 (the chat must never say "ask about stock").
    assert [parse_stock(word) for word in ("缺货", "售罄", "Sold out", "out of stock")] == [0, 0, 0, 0]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("2026-11-30 23:59", datetime(2026, 11, 30, 23, 59)),
        ("2026/11/30", datetime(2026, 11, 30)),
        ("2026-11-30 24:00", datetime(2026, 12, 1)),
        ("2026年11月30日 20点", datetime(2026, 11, 30, 20)),
        ("2026年11月30日24:00", datetime(2026, 12, 1)),
        (datetime(2026, 1, 2, 3, 4), datetime(2026, 1, 2, 3, 4)),
    ],
)
def test_dates(cell, expected):
    assert parse_datetime(cell) == expected


def test_bad_date_gives_example():
    with pytest.raises(ValueError, match="2026-11-30 23:59"):
        parse_datetime("next friday")


def test_html_and_entities_are_removed():
    assert clean_text("<p>Soft&nbsp;&amp; warm</p><br>Second") == "Soft & warm\nSecond"
    assert clean_text("   ") is None


def test_lists_specs_and_faq():
    assert split_list("轻薄；长续航|防水\n快充") == ("轻薄", "长续航", "防水", "快充")
    assert parse_specs("容量：500ml; 重量=280g") == (("容量", "500ml"), ("重量", "280g"))
    assert parse_specs({"颜色": "白"}) == (("颜色", "白"),)
    with pytest.raises(ValueError, match="name: value"):
        parse_specs("just words")
    pairs = parse_faq("问：能装开水吗？答：可以。问：保温多久？答：12小时")
    assert [(p.question, p.answer) for p in pairs] == [("能装开水吗？", "可以。"), ("保温多久？", "12小时")]
    pairs = parse_faq("Q: Is it waterproof? A: Splash-proof only; Q: Size? A: 500ml")
    assert [p.answer for p in pairs] == ["Splash-proof only", "500ml"]
    with pytest.raises(ValueError, match="no answer"):
        parse_faq("Q: lonely question")


@pytest.mark.parametrize(
    "heading, field",
    [
        ("商品名称", "title"),
        ("Product Name", "title"),
        ("原价（元）", "original_price"),
        ("original_price", "original_price"),
        ("卖点", "selling_points"),
        ("库存", "stock"),
        ("ＳＫＵ", "sku"),
        ("Handle", "id"),
        ("Variant Price", "price"),
        ("Option1 Name", "option_name:1"),
        ("Attribute 2 value(s)", "option_value:2"),
        ("尺码", "option:尺码"),
        ("Promo End", "promotion_end"),
        ("colour", "option:colour"),
        ("warehouse", None),
    ],
)
def test_alias_table(heading, field):
    assert field_for_heading(heading) == field
