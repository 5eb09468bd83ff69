"""A product's variants on the Catalog screen, offscreen with pytest-qt: the Variants tab shows
them, an edit re-derives the product's price and stock (and its row in the table shows them), a
value the show could not use is refused in red, variants are added and removed, and the table
refuses a price or stock that comes from the variants."""

from decimal import Decimal

import pytest

pytest.importorskip("pytestqt")

from vhost.gui.catalog_panel import COLUMNS, CatalogPanel  # noqa: E402
from vhost.gui.product_details import VARIANT_COLUMNS  # noqa: E402
from vhost.gui.tables import REFUSED  # noqa: E402

from .conftest import DEMO_CATALOG  # noqa: E402


@pytest.fixture
def panel(qtbot):
    """The Catalog screen on the demo catalog, its first product (A01: three colours at ¥89,
    150 + 100 + 70 in stock) selected."""
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    assert panel.import_file(DEMO_CATALOG)
    panel.table.selectRow(0)
    assert panel.details.product is not None and panel.details.product.id == "A01"
    return panel


def _cell(panel, row, column):
    return panel.details.variants.item(row, VARIANT_COLUMNS.index(column))


def _row(panel, column, row=0):
    return panel.table.item(row, COLUMNS.index(column)).text()


def _red(item):
    return item.background().color().name() == REFUSED


def test_the_variants_tab_shows_a_products_variants(panel):
    variants = panel.details.variants
    assert variants.rowCount() == 3
    rows = [[variants.item(r, c).text() for c in range(len(VARIANT_COLUMNS))] for r in range(3)]
    assert rows == [
        ["颜色:雾白", "89", "129", "150", "A01-WH"],
        ["颜色:墨绿", "89", "129", "100", "A01-GN"],
        ["颜色:燕麦", "89", "129", "70", "A01-OT"],
    ]
    tabs = [panel.details.tabText(i) for i in range(panel.details.count())]
    assert "Variants" in tabs

    panel.table.selectRow(1)  # A02 has none
    assert panel.details.product.id == "A02" and variants.rowCount() == 0


def test_a_variant_edit_derives_the_products_price_and_stock(panel):
    emitted = []
    panel.changed.connect(emitted.append)
    assert (panel.catalog.products[0].price, panel.catalog.products[0].stock) == (Decimal("89"), 320)

    _cell(panel, 0, "stock").setText("0")  # 雾白 sold out
    product = panel.catalog.products[0]
    assert product.stock == 170 and product.variants[0].sold_out
    assert emitted[-1] is panel.catalog and emitted[-1].products[0] == product
    assert _row(panel, "stock") == "170"  # the table's row shows it

    _cell(panel, 1, "price").setText("¥79")  # 墨绿 cheaper
    product = panel.catalog.products[0]
    assert product.price == Decimal("79") and product.variants[1].price == Decimal("79")
    assert _row(panel, "price") == "79" and _row(panel, "original_price") == "129"

    _cell(panel, 0, "price").setText("59")  # cheapest, but sold out: never offered
    assert panel.catalog.products[0].price == Decimal("79")
    _cell(panel, 1, "stock").setText("无货")  # 墨绿 sold out too: 燕麦's price
    product = panel.catalog.products[0]
    assert (product.price, product.stock) == (Decimal("89"), 70)
    assert (_row(panel, "price"), _row(panel, "stock")) == ("89", "70")

    _cell(panel, 2, "options").setText("颜色：燕麦；尺码：L")  # full-width marks too
    _cell(panel, 2, "sku").setText("A01-OT-L")
    variant = panel.catalog.products[0].variants[2]
    assert variant.options == (("颜色", "燕麦"), ("尺码", "L")) and variant.sku == "A01-OT-L"
    assert variant.label() == "燕麦 / L"
    assert panel.details.product == panel.catalog.products[0]
    assert "details changed" in panel.summary.text()


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        ("price", "cheap", "not a price"),
        ("price", "0", "more than 0"),
        ("price", "", "needs its price"),
        ("original_price", "50", "below the price"),
        ("original_price", "lots", "not a price"),
        ("stock", "a few", "whole number"),
        ("options", "", "name: value"),
        ("options", "白色", "name: value"),
        ("options", "颜色:白色; 颜色:黑色", "name: value"),
        ("options", "颜色:燕麦", "another variant"),
    ],
)
def test_a_value_the_show_could_not_use_is_refused_in_red(panel, column, text, reason):
    emitted = []
    panel.changed.connect(emitted.append)
    before = panel.catalog.products[0]
    cell = _cell(panel, 0, column)
    cell.setText(text)
    assert _red(cell) and reason in cell.toolTip()
    assert reason in panel.summary.text() and "A01" in panel.summary.text()
    assert panel.catalog.products[0] is before and panel.details.product is before and not emitted
    assert _row(panel, "price") == "89" and _row(panel, "stock") == "320"

    # The row put right is taken, and loses its red.
    cell.setText({"price": "89", "original_price": "129", "stock": "150", "options": "颜色:雾白"}[column])
    assert not _red(cell) and len(emitted) == 1
    assert panel.catalog.products[0].variants == before.variants


def test_variants_are_added_and_removed(panel):
    details = panel.details
    details.add_variant()
    assert details.variants.rowCount() == 4
    new = panel.catalog.products[0].variants[3]
    assert new.options == (("颜色", "new"),) and new.price == Decimal("89") and new.stock is None
    assert panel.catalog.products[0].stock is None and _row(panel, "stock") == ""  # not known yet
    details.add_variant()  # a second new one never repeats the first's options
    assert panel.catalog.products[0].variants[4].options == (("颜色", "new2"),)

    _cell(panel, 3, "options").setText("颜色:樱粉")
    _cell(panel, 3, "stock").setText("30")
    details.variants.setCurrentCell(4, 0)
    details.remove_variant()
    product = panel.catalog.products[0]
    assert [v.label() for v in product.variants] == ["雾白", "墨绿", "燕麦", "樱粉"]
    assert product.stock == 350 and _row(panel, "stock") == "350"

    for row in range(3):
        _cell(panel, row, "price").setText("99")
    _cell(panel, 3, "price").setText("109")
    assert panel.catalog.products[0].price == Decimal("99") and _row(panel, "price") == "99"
    for _ in range(4):  # the last one gone: a product without variants, its price and stock kept
        details.variants.setCurrentCell(0, 0)
        details.remove_variant()
    product = panel.catalog.products[0]
    assert product.variants == () and (product.price, product.stock) == (Decimal("109"), 30)
    assert details.variants.rowCount() == 0

    # Its price is the table's again, and a first variant stands for the product as it is.
    panel.table.item(0, COLUMNS.index("price")).setText("119")
    assert panel.catalog.products[0].price == Decimal("119")
    details.add_variant()
    product = panel.catalog.products[0]
    assert len(product.variants) == 1 and (product.price, product.stock) == (Decimal("119"), 30)


def test_the_table_refuses_a_price_or_stock_that_comes_from_the_variants(panel):
    emitted = []
    panel.changed.connect(emitted.append)
    before = panel.catalog.products[0]
    for column, text in (("price", "69"), ("original_price", "99"), ("stock", "500")):
        cell = panel.table.item(0, COLUMNS.index(column))
        cell.setText(text)
        assert _red(cell) and "Variants tab" in panel.summary.text()
        assert "comes from its variants" in cell.toolTip() or "come from its variants" in cell.toolTip()
    assert panel.catalog.products[0] is before and not emitted

    panel.undo()  # the refused values are taken back: the cells show the product's own
    assert (_row(panel, "price"), _row(panel, "original_price"), _row(panel, "stock")) == ("89", "129", "320")
    assert not _red(panel.table.item(0, COLUMNS.index("price")))

    # Its own value typed back is no change, and no refusal.
    cell = panel.table.item(0, COLUMNS.index("price"))
    cell.setText("70")
    cell.setText("89")
    assert not _red(cell) and panel.catalog.products[0] is before and not emitted

    # The title is still the table's; a product without variants takes its price there.
    panel.table.item(0, COLUMNS.index("title")).setText("保温杯 500ml")
    assert panel.catalog.products[0].title == "保温杯 500ml"
    panel.table.item(1, COLUMNS.index("price")).setText("279")
    assert panel.catalog.products[1].price == Decimal("279")
