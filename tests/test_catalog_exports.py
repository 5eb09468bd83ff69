"""Shop back-office exports (tests/data/exports, written from the formats' public descriptions;
make_samples.py regenerates them) and product variants at import."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from vhost.catalog import load_catalog
from vhost.domain import Catalog

EXPORTS = Path(__file__).parent / "data" / "exports"
EXPECTED = json.loads((EXPORTS / "expected.json").read_text("utf-8"))
FORMAT_NOTES = {
    "taobao.csv": "Taobao/Tmall",
    "jd.csv": "JD",
    "pinduoduo.csv": "Pinduoduo",
    "douyin.xlsx": "Douyin",
    "kuaishou.csv": "Kuaishou",
    "shopify.csv": "Shopify",
    "woocommerce.csv": "WooCommerce",
    "plain.xlsx": None,
}


def money(value):
    return None if value is None else Decimal(value)


def words(text):
    return re.sub(r"\s+", " ", text).strip() if text else None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_product_variant_price_and_stock_of_each_export(name):
    report = load_catalog(EXPORTS / name)
    assert report.skipped == 0 and report.problems == [], [str(p) for p in report.problems]
    products = report.catalog.products
    assert [p.id for p in products] == [e["id"] for e in EXPECTED[name]]
    for product, expected in zip(products, EXPECTED[name], strict=True):
        assert product.title == expected["title"]
        assert product.price == money(expected["price"]), product.id
        assert product.original_price == money(expected["original_price"]), product.id
        assert product.stock == expected["stock"], product.id
        assert words(product.description) == words(expected["description"])
        got = [(dict(v.options), v.price, v.original_price, v.stock, v.sku) for v in product.variants]
        want = [
            (v["options"], money(v["price"]), money(v["original_price"]), v["stock"], v["sku"])
            for v in expected["variants"]
        ]
        assert got == want, product.id
    if FORMAT_NOTES[name]:
        assert any(FORMAT_NOTES[name] in note for note in report.notes), report.notes
    # Shop exports link pictures on the shop's CDN.
    if any(e["images"] for e in EXPECTED[name]):
        assert any("web addresses" in note for note in report.notes)


def test_export_columns_the_catalog_does_not_use_are_one_note():
    report = load_catalog(EXPORTS / "taobao.csv")
    [note] = [n for n in report.notes if "not catalog columns" in n]
    assert note.startswith("5") and "'宝贝类目'" in note and "'outer_id'" in note


def test_a_variant_without_a_usable_price_is_skipped_and_reported(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "款号,商品名称,颜色,价格,库存\n"
        "T1,短袖T恤,白色,59,10\n"
        "T1,短袖T恤,黑色,abc,5\n"
        "T1,短袖T恤,白色,59,3\n"
        "T2,帆布包,,39,8\n",
        "utf-8",
    )
    report = load_catalog(path)
    tee, bag = report.catalog.products
    assert [v.label() for v in tee.variants] == ["白色"] and tee.stock == 10
    by_row = {p.where: p for p in report.problems}
    assert by_row["row 3"].field == "price" and by_row["row 3"].skipped
    assert "白色" in str(by_row["row 3"]) or "黑色" in str(by_row["row 3"])
    assert by_row["row 4"].field == "variants" and "already in row 2" in str(by_row["row 4"])
    assert bag.variants == () and bag.price == Decimal(39)


def test_rows_sharing_an_id_without_options_are_still_a_duplicate_id(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,title,price\nA,杯子,10\nA,杯子二,12\n", "utf-8")
    report = load_catalog(path)
    assert [p.title for p in report.catalog.products] == ["杯子"]
    [problem] = report.problems
    assert problem.field == "id" and problem.skipped and "duplicate id" in str(problem)


def test_option_columns_of_a_single_row_product_are_its_specs(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("商品名称,价格,规格,颜色\n香薰蜡烛,45,净含量:200g,米白\n", "utf-8")
    [candle] = load_catalog(path).catalog.products
    assert candle.variants == () and candle.specs == (("净含量", "200g"), ("颜色", "米白"))


def test_woocommerce_variation_whose_parent_is_missing_is_kept_and_reported(tmp_path):
    path = tmp_path / "woo.csv"
    path.write_text(
        "ID,Type,SKU,Name,Parent,Regular price,Stock,Attribute 1 name,Attribute 1 value(s)\n"
        "7,variation,MUG-R,Mug - Red,id:5,12,3,Color,Red\n"
        "8,variation,MUG-B,Mug - Blue,id:5,12,4,Color,Blue\n",
        "utf-8",
    )
    report = load_catalog(path)
    [mug] = report.catalog.products
    assert [v.label() for v in mug.variants] == ["Red", "Blue"] and mug.stock == 7
    assert any(p.field == "group" and "'5'" in str(p) for p in report.problems)


def test_taobao_value_without_a_name_is_reported_not_spoken(tmp_path):
    text = (EXPORTS / "taobao.csv").read_bytes().decode("gb18030")
    path = tmp_path / "taobao.csv"
    path.write_bytes(text.replace("1627207:28341:经典黑;", "").replace("28341", "99999").encode("gb18030"))
    report = load_catalog(path)
    tee = report.catalog.products[0]
    assert {v.value("颜色分类") for v in tee.variants} == {"雾霾蓝"}
    reasons = [str(p) for p in report.problems if p.field == "variants"]
    assert len(reasons) == 2 and all("1627207:99999" in r and "no name" in r for r in reasons)


@pytest.mark.parametrize("encoding", ["utf-16", "gbk", "utf-8-sig"])
def test_variant_rows_in_every_encoding(tmp_path, encoding):
    path = tmp_path / "sheet.csv"
    sheet = (
        "商品ID\t商品标题\tSKU规格\t价格\t库存\n"
        "1\t红茶\t规格:100g\t￥59.00\t200\n"
        "1\t红茶\t规格:250g\t￥129.00\t0\n"
    )
    path.write_bytes(sheet.encode(encoding))
    [tea] = load_catalog(path).catalog.products
    assert [(v.label(), v.price, v.stock) for v in tea.variants] == [
        ("100g", Decimal(59), 200),
        ("250g", Decimal(129), 0),
    ]
    assert tea.price == Decimal(59) and tea.price_range() == (Decimal(59), Decimal(59))


def test_variants_survive_the_json_catalog_round_trip(tmp_path):
    catalog = load_catalog(EXPORTS / "shopify.csv").catalog
    data = catalog.to_dict()
    data["products"][0]["i18n"] = {
        "zh": {"title": "美利奴羊毛帽", "options": {"Color": "颜色", "Navy": "藏青"}}
    }
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    report = load_catalog(path)
    assert report.problems == []
    again = report.catalog.products
    assert [p.variants for p in again] == [p.variants for p in catalog.products]
    assert Catalog.from_dict(report.catalog.to_dict()).products[0].variants == again[0].variants
    beanie = again[0].localized("zh")
    assert beanie.title == "美利奴羊毛帽"
    assert [v.options for v in beanie.variants][-1] == (("颜色", "藏青"),)


def test_merchant_claims_are_reported_at_import_and_kept_as_written(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(
        "商品名称,价格,卖点,描述\n保温杯,89,全网最低价；保温12小时,国家级品质，根治失眠\n", "utf-8"
    )
    report = load_catalog(path)
    [cup] = report.catalog.products
    assert cup.selling_points == ("全网最低价", "保温12小时")  # the merchant's words are not lost
    by_field = {c.field: c for c in report.claims}
    assert by_field["selling_points"].original == "全网最低价" and by_field["selling_points"].replacement
    assert by_field["description"].replacement is None  # a medical claim is never said
    assert "reword it in the catalog" in str(by_field["description"].message)
    assert report.to_dict()["claims"][0]["product"] == "1"


def test_docs_list_every_column_name_vhost_reads():
    from vhost.catalog.aliases import FIELD_ALIASES, OPTION_HEADINGS

    docs = (Path(__file__).parents[1] / "docs" / "catalog.md").read_text("utf-8")
    table = {
        line.split("|")[1].strip(" `"): line.split("|")[3]
        for line in docs.splitlines()
        if line.startswith("| `")
    }
    for field, aliases in FIELD_ALIASES.items():
        assert [a for a in aliases if a not in table.get(field, "")] == [], field
    assert all(heading in docs for heading in OPTION_HEADINGS)
