import json
from decimal import Decimal

import openpyxl
import pytest

from vhost.catalog import load_catalog
from vhost.errors import CatalogError

from .conftest import DEMO_CATALOG

ZH_HEADER = "商品编号,商品名称,品牌,价格,原价,库存,卖点,规格,促销,活动结束,常见问题\n"
ZH_ROWS = (
    "A1,保温杯,暖途,￥89.00,￥129,320,保温12小时；一键弹盖,容量:500ml;重量:280g,"
    "送杯套,2026-12-31 23:59,问：能装茶吗？答：可以\n"
    "A2,四件套,棉语,299元,499元,35件,长绒棉,尺寸:1.8米,,,\n"
)


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_demo_catalog_loads_clean():
    report = load_catalog(DEMO_CATALOG)
    assert report.loaded >= 6 and report.skipped == 0 and report.problems == []
    products = report.catalog.products
    assert all("en" in p.translations for p in products)
    assert any(p.promotions and p.promotions[0].end for p in products)
    assert all(p.faq for p in products)
    assert report.catalog.shop_name == "小鹿优选"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_chinese_csv_in_every_shop_encoding(tmp_path, encoding):
    path = write(tmp_path / "shop.csv", ZH_HEADER + ZH_ROWS, encoding)
    report = load_catalog(path)
    assert report.summary() == "2 products loaded, 0 rows skipped."
    cup, bedding = report.catalog.products
    assert (cup.id, cup.title, cup.brand) == ("A1", "保温杯", "暖途")
    assert (cup.price, cup.original_price, cup.currency, cup.stock) == (Decimal(89), Decimal(129), "CNY", 320)
    assert cup.selling_points == ("保温12小时", "一键弹盖")
    assert cup.specs == (("容量", "500ml"), ("重量", "280g"))
    assert cup.promotions[0].text == "送杯套" and cup.promotions[0].end.day == 31
    assert cup.faq[0].answer == "可以"
    assert bedding.stock == 35 and bedding.promotions == ()


def test_xlsx_with_title_row_above_header(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["小鹿优选 商品导出 2026-11-23"])
    sheet.append(["SKU", "Product Name", "Price", "Original Price", "Stock", "Highlights"])
    sheet.append(["E1", "Travel Mug", 19.9, 29.9, 12, "leak-proof; keeps hot 8 hours"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["E2", "Desk Lamp", "$45", None, "n/a", None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    report = load_catalog(path)
    mug, lamp = report.catalog.products
    assert (mug.price, mug.original_price, mug.stock) == (Decimal("19.9"), Decimal("29.9"), 12)
    assert mug.lang == "en" and mug.currency == "USD"
    assert lamp.price == Decimal(45) and lamp.stock is None
    [problem] = report.problems
    assert problem.where == "row 5" and problem.field == "stock" and not problem.skipped
    assert "id E2" in str(problem)


def test_bad_rows_are_reported_and_good_rows_still_load(tmp_path):
    text = (
        "id,title,price,original price\n"
        "1,Good mug,10,12\n"
        "2,,10,\n"  # missing title
        "3,Mystery,abc,\n"  # unparseable price
        "4,Negative,-5,\n"  # negative price
        "1,Duplicate,9,\n"  # duplicate id
        "5,No price,,\n"
        "6,Odd discount,20,15\n"  # original below price: field dropped, row kept
    )
    report = load_catalog(write(tmp_path / "c.csv", text))
    assert [p.id for p in report.catalog.products] == ["1", "6"]
    assert report.skipped == 5
    by_row = {p.where: p for p in report.problems}
    assert by_row["row 3"].field == "title" and by_row["row 3"].reason == "is missing"
    assert by_row["row 4"].field == "price" and "'abc' is not a price" in by_row["row 4"].reason
    assert by_row["row 4"].product == "id 3 “Mystery”"
    assert "negative" in by_row["row 5"].reason
    assert by_row["row 6"].field == "id" and "first used in row 2" in by_row["row 6"].reason
    assert by_row["row 7"].reason == "is missing"
    assert by_row["row 8"].field == "original_price" and not by_row["row 8"].skipped
    assert report.catalog.product("6").original_price is None
    assert report.summary() == "2 products loaded, 5 rows skipped, 1 field ignored."
    assert str(by_row["row 4"]).startswith("c.csv row 4 (id 3 “Mystery”): price:")


def test_unknown_columns_are_noted_not_silently_dropped(tmp_path):
    report = load_catalog(write(tmp_path / "c.csv", "名称,价格,仓库位置\n杯子,9,B3\n"))
    assert any("仓库位置" in note for note in report.notes)


def test_html_and_emoji_in_descriptions(tmp_path):
    data = {
        "products": [
            {
                "title": "Mug ☕",
                "price": 9,
                "description": "<div>Big &amp; <b>bold</b> 😀</div><script>x</script>",
            }
        ]
    }
    path = write(tmp_path / "c.json", json.dumps(data, ensure_ascii=False))
    product = load_catalog(path).catalog.products[0]
    assert "<" not in product.description and "&amp;" not in product.description
    assert product.description.startswith("Big & bold")
    assert product.id == "1"  # no id column: position in the list


def test_missing_id_column_and_lang_detection(tmp_path):
    report = load_catalog(write(tmp_path / "c.csv", "title,price\nMug,9\n茶杯,19\n"))
    assert [(p.id, p.lang, p.currency) for p in report.catalog.products] == [
        ("1", "en", "USD"),
        ("2", "zh", "CNY"),
    ]


def test_promotion_dates_checked(tmp_path):
    text = (
        "title,price,promotion,promotion price,promotion start,promotion end\n"
        "Mug,10,Half off,12,2026-12-02,2026-12-01\n"
    )
    report = load_catalog(write(tmp_path / "c.csv", text))
    promo = report.catalog.products[0].promotions[0]
    assert promo.start is None and promo.end is None and promo.price is None
    assert {p.field for p in report.problems} == {"promotion_end", "promotion_price"}


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.csv", b"", "is empty"),
        ("shop.pdf", b"%PDF-1.7 binary", "is a PDF file, not a product list"),
        ("notes.txt2", b"title,price\nx,1\n", "does not read"),
        ("garbage.csv", bytes(range(256)) * 40, "not a text file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "save it as .xlsx"),
        ("broken.json", b'{"products": [ {"title": "x", } ]}', r"not valid JSON \(line 1"),
        ("config.json", b'{"name": "not a catalog"}', "not a product catalog"),
        ("people.csv", "姓名,年龄\n张三,30\n".encode(), "not a product catalog"),
        ("header_only.csv", b"title,price\n", "no usable products"),
        ("all_bad.csv", b"title,price\nx,abc\n", "no usable products"),
    ],
)
def test_unreadable_files_get_one_clear_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CatalogError, match=message) as info:
        load_catalog(path)
    text = str(info.value)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog(tmp_path / "nope.csv")
    with pytest.raises(CatalogError, match="is a folder"):
        load_catalog(tmp_path)


def test_xlsx_saved_with_csv_extension_is_still_read(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["title", "price"])
    book.active.append(["Mug", 9])
    path = tmp_path / "really_excel.csv"
    book.save(path)
    report = load_catalog(path)
    assert report.loaded == 1 and any("holds XLSX" in n for n in report.notes)


def test_ten_thousand_products(tmp_path):
    rows = "".join(f"P{i},商品{i},{i % 500 + 1}.90,{i % 97}\n" for i in range(10_000))
    report = load_catalog(write(tmp_path / "big.csv", "货号,商品名称,价格,库存\n" + rows, "gbk"))
    assert report.loaded == 10_000 and report.problems == []
    assert report.catalog.products[-1].price == Decimal("500.9")


@pytest.mark.slow
def test_fifty_megabyte_csv(tmp_path):
    filler = "轻薄保暖，面料柔软亲肤，" * 12
    row = "P{i},羽绒服{i},¥1,299.00,{filler}\n"
    rows = [row.format(i=i, filler=filler).replace("¥1,299.00", '"¥1,299.00"') for i in range(120_000)]
    path = write(tmp_path / "huge.csv", "货号,商品名称,价格,卖点\n" + "".join(rows))
    assert path.stat().st_size > 50 * 1024 * 1024
    report = load_catalog(path)
    assert report.loaded == 120_000
    assert report.catalog.products[0].price == Decimal(1299)
