"""Script editing (issue 18, item 8), offscreen with pytest-qt: a forbidden word is marked while
it is typed, before the edit is committed, and the lawful wording is readable in full; the
Catalog's Add asks for a title and a price, and a cancelled Add adds nothing."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vhost.catalog import load_catalog  # noqa: E402
from vhost.gui.catalog_panel import COLUMNS as CATALOG_COLUMNS  # noqa: E402
from vhost.gui.catalog_panel import CatalogPanel  # noqa: E402
from vhost.gui.new_product import NewProductDialog  # noqa: E402
from vhost.gui.script_panel import COLUMNS, ScriptPanel  # noqa: E402
from vhost.testing import FakeVoice  # noqa: E402

from .conftest import DEMO_CATALOG  # noqa: E402

TEXT, LAW = COLUMNS.index("text"), COLUMNS.index("law")


def _script(qtbot, compliance, lang="zh"):
    panel = ScriptPanel(compliance, FakeVoice, lambda audio, rate: None)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.set_catalog(load_catalog(DEMO_CATALOG).catalog, lang)
    panel.product.setCurrentIndex(panel.product.findData("A01"))
    panel.generate()
    return panel


def _open_editor(qtbot, panel, row):
    panel.table.editItem(panel.table.item(row, TEXT))
    index = panel.table.model().index(row, TEXT)
    qtbot.waitUntil(lambda: panel.table.indexWidget(index) is not None)
    editor = panel.table.indexWidget(index)
    editor.selectAll()
    return editor


def _type_chinese(editor, text):
    """As a Chinese input method types: each character committed by an input-method event."""
    for character in text:
        event = QInputMethodEvent()
        event.setCommitString(character)
        QApplication.sendEvent(editor, event)


def _marked(editor):
    """The stretches of the editor's text shown as forbidden."""
    text = editor.toPlainText()
    ranges = editor.document().firstBlock().layout().formats()
    return [text[r.start : r.start + r.length] for r in ranges]


def test_a_forbidden_phrase_is_marked_as_it_is_typed_with_the_whole_rewrite(qtbot, compliance):
    panel = _script(qtbot, compliance)
    committed = panel.script.lines()[1].text
    editor = _open_editor(qtbot, panel, 1)

    _type_chinese(editor, "绝对是世界上最好的毛巾")  # not committed: the editor is still open
    assert panel.table.indexWidget(panel.table.model().index(1, TEXT)) is editor
    assert panel.script.lines()[1].text == committed
    assert _marked(editor) == ["绝对是世界上最"]
    law = panel.table.item(1, LAW)
    assert law.text().startswith("Forbidden words") and law.text().endswith("Say instead: 真的是很好的毛巾")
    tip = editor.toolTip()
    assert tip.startswith("Say instead: 真的是很好的毛巾\n") and "广告法第九条" in tip
    assert law.toolTip() == tip
    assert panel.table.rowHeight(1) >= panel.table.sizeHintForRow(1)  # the row grew to show it all

    _type_chinese(editor, "，很柔软")
    assert law.text().endswith("Say instead: 真的是很好的毛巾，很柔软")

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # given up: the row is the committed line's again
    assert panel.table.state() != panel.table.State.EditingState
    assert law.text() == "OK" and law.toolTip() == ""
    assert panel.script.lines()[1].text == committed


def test_a_lawful_line_typed_over_a_forbidden_one_clears_the_marks(qtbot, compliance):
    panel = _script(qtbot, compliance)
    editor = _open_editor(qtbot, panel, 2)
    _type_chinese(editor, "史上最强保温杯")
    assert _marked(editor) == ["史上最强"]
    assert "性能出众的保温杯" in editor.toolTip()
    editor.selectAll()
    _type_chinese(editor, "保温十二小时的杯子")
    assert _marked(editor) == [] and editor.toolTip() == ""
    assert panel.table.item(2, LAW).text() == "OK"


def test_an_english_line_is_marked_per_keystroke_and_committed_with_enter(qtbot, compliance):
    panel = _script(qtbot, compliance, "en")
    editor = _open_editor(qtbot, panel, 1)
    qtbot.keyClicks(editor, "The best bottle in the world")
    assert "The best bottle in the world" in _marked(editor)
    assert editor.toolTip().startswith("Say instead: A great bottle\n")
    assert panel.script.lines()[1].text != "The best bottle in the world"

    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter commits, as in a plain cell
    assert panel.table.state() != panel.table.State.EditingState
    assert panel.script.lines()[1].text == "The best bottle in the world"
    assert panel.table.item(1, TEXT).toolTip().startswith("Say instead: A great bottle\n")
    assert panel.table.item(1, LAW).text().endswith("Say instead: A great bottle")


def test_writing_afresh_while_a_late_line_is_edited_leaves_no_error(qtbot, compliance):
    panel = _script(qtbot, compliance)
    panel.product.setCurrentIndex(panel.product.findData(None))  # all products: many rows
    panel.generate()
    editor = _open_editor(qtbot, panel, panel.table.rowCount() - 1)
    panel.activateWindow()
    qtbot.waitUntil(editor.hasFocus)  # what makes it close later, when the focus leaves it
    _type_chinese(editor, "最")
    panel.product.setCurrentIndex(panel.product.findData("A01"))
    panel.generate()  # fewer rows: the open editor's row is gone
    panel.product.setFocus()  # focus leaves the left-over editor, which then closes
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert panel.table.state() != panel.table.State.EditingState
    assert panel.table.item(0, LAW).text() == "OK"


# ---- the Catalog's Add -------------------------------------------------------------------------
def _asked(qtbot, panel):
    panel.add_product()
    qtbot.waitUntil(lambda: panel.findChild(NewProductDialog) is not None)
    dialog = panel.findChild(NewProductDialog)
    assert dialog.isVisible() and dialog.isModal()
    return dialog


def test_add_asks_for_a_title_and_a_price_above_zero(qtbot):
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    dialog = _asked(qtbot, panel)
    assert not dialog.ok.isEnabled() and dialog.hint.text()
    qtbot.keyClicks(dialog.title, "Bamboo bowl")
    assert not dialog.ok.isEnabled()  # no price yet
    for price in ("0", "free", "-5"):
        dialog.price.setText(price)
        assert not dialog.ok.isEnabled(), price
    dialog.price.setText("¥29.90")
    assert dialog.ok.isEnabled() and not dialog.hint.text()
    dialog.title.setText("   ")
    assert not dialog.ok.isEnabled()  # a blank title is no title
    dialog.title.setText("Bamboo bowl")

    with qtbot.waitSignal(panel.changed) as changed:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    [product] = changed.args[0].products
    assert (product.id, product.title, str(product.price), product.currency) == (
        "P01",
        "Bamboo bowl",
        "29.9",
        "CNY",
    )
    assert panel.table.item(0, CATALOG_COLUMNS.index("price")).text() == "29.9"


def test_a_cancelled_add_adds_nothing(qtbot):
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    assert panel.import_file(DEMO_CATALOG)
    before = panel.catalog
    with qtbot.assertNotEmitted(panel.changed):
        dialog = _asked(qtbot, panel)
        qtbot.keyClicks(dialog.title, "Bamboo bowl")
        dialog.price.setText("29")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert panel.catalog is before and panel.table.rowCount() == len(before.products)
