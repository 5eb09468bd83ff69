"""Nothing the merchant made is lost: the app keeps its catalog (imported and edited) in the
store and opens on it next time, Undo takes back the last edits, the demo catalog is shown as
the demo, and closing while live asks first."""

from decimal import Decimal

import pytest

pytest.importorskip("pytestqt")

from vhost.gui import dialogs  # noqa: E402
from vhost.gui.catalog_keeper import CatalogKeeper  # noqa: E402
from vhost.gui.catalog_panel import COLUMNS  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.store import Store  # noqa: E402

from .test_gui import _factory  # noqa: E402


def _open(qtbot, tmp_path, make_session=None, **prefs):
    """The window as the app opens it, with its catalog kept in tmp_path's store."""
    window = MainWindow(
        make_session or (lambda prefs, catalog, **how: None),
        GuiPrefs(**prefs),
        tmp_path / "gui.ini",
        keeper=CatalogKeeper(tmp_path / "vhost.sqlite3"),
    )
    qtbot.addWidget(window)
    return window


def _price(window, row):
    return window.catalog.table.item(row, COLUMNS.index("price"))


def test_a_fresh_start_shows_the_demo_as_the_demo_and_keeps_nothing(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    assert window.catalog.is_demo and window.catalog.catalog.products
    assert "demo catalog" in window.catalog.summary.text() and "Import" in window.catalog.summary.text()
    assert CatalogKeeper(tmp_path / "vhost.sqlite3").load() is None  # the demo is not the shop's


def test_an_imported_and_edited_catalog_is_there_after_a_restart(qtbot, tmp_path):
    shop = tmp_path / "shop.csv"
    shop.write_text("id,title,price,stock\nB1,竹纤维毛巾,19,40\nB2,陶瓷碗,29,12\n", "utf-8")
    first = _open(qtbot, tmp_path)
    assert first.catalog.import_file(shop) and not first.catalog.is_demo
    _price(first, 1).setText("25")  # an edit, committed like a typed cell
    first.close()

    again = _open(qtbot, tmp_path)
    products = again.catalog.catalog.products
    assert [(p.id, p.price) for p in products] == [("B1", Decimal("19")), ("B2", Decimal("25"))]
    assert not again.catalog.is_demo and "as you last left it" in again.catalog.summary.text()
    assert again.script is None or again.schedule is not None  # the other screens list them too


def test_undo_takes_back_the_last_edits_and_keeps_the_result(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    panel = window.catalog
    assert not panel.undo_button.isEnabled()  # nothing to take back yet
    before = panel.catalog.products[1].price
    _price(window, 1).setText("79")
    _price(window, 1).setText("69")
    panel.table.selectRow(2)
    panel.remove_selected()
    count = len(panel.catalog.products)
    panel.undo()  # the removal
    assert len(panel.catalog.products) == count + 1 and panel.catalog.products[1].price == Decimal("69")
    panel.undo()
    assert panel.catalog.products[1].price == Decimal("79")
    panel.undo()
    assert panel.catalog.products[1].price == before and not panel.undo_button.isEnabled()
    assert _price(window, 1).text() == str(before)  # the table shows it
    # What Undo left is what is kept.
    assert CatalogKeeper(tmp_path / "vhost.sqlite3").load().products[1].price == before


def test_the_store_keeps_a_short_history_of_the_apps_catalog(qtbot, tmp_path):
    from vhost.gui import catalog_keeper

    window = _open(qtbot, tmp_path)
    for price in range(50, 50 + catalog_keeper.KEPT_VERSIONS + 5):
        _price(window, 1).setText(str(price))
    with Store(tmp_path / "vhost.sqlite3") as store:
        kept = [entry for entry in store.catalogs() if entry.name == catalog_keeper.APP_CATALOG]
    assert len(kept) == catalog_keeper.KEPT_VERSIONS


def test_a_catalog_that_cannot_be_saved_says_so(qtbot, tmp_path):
    (tmp_path / "vhost.sqlite3").mkdir()  # a folder where the store file should be
    window = _open(qtbot, tmp_path)
    assert "could not be read" in window.catalog.summary.text()  # and the demo is shown
    _price(window, 1).setText("79")
    assert "could not be saved" in window.statusBar().currentMessage()
    assert window.catalog.catalog.products[1].price == Decimal("79")  # the edit still stands


def test_closing_while_live_asks_first_and_no_keeps_the_show_on_air(
    qtbot, tmp_path, writer, compliance, monkeypatch
):
    asked = []
    answer = {"stop": False}

    def confirm(parent, title, text, yes, no):
        asked.append(text)
        return answer["stop"]

    monkeypatch.setattr(dialogs, "confirm", confirm)
    # (a recording is chosen, so Go Live does not ask "preview only?")
    window = _open(qtbot, tmp_path, _factory(writer, compliance), record=str(tmp_path / "show.mp4"))
    window.show()
    window.go_live()
    qtbot.waitUntil(lambda: window.session.running and window.session.started, timeout=10000)
    assert not window.close()  # asked, and the answer was no
    assert len(asked) == 1 and "on air" in asked[0] and window.session.running
    answer["stop"] = True
    assert window.close()
    qtbot.waitUntil(lambda: not window.session.running, timeout=10000)


def test_closing_with_no_show_asks_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: pytest.fail("asked for nothing"))
    window = _open(qtbot, tmp_path)
    window.show()
    assert window.close()


def test_the_catalog_is_imported_on_the_catalog_screen_not_chosen_in_the_settings(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel, QLineEdit

    window = _open(qtbot, tmp_path)
    settings = window.settings
    labels = [label.text() for label in settings.findChildren(QLabel)]
    hints = [field.placeholderText() for field in settings.findChildren(QLineEdit)]
    assert not hasattr(settings, "catalog") and not any("Catalog" in text for text in labels)
    assert not any("catalog" in hint for hint in hints)  # no "the demo catalog" after an import

    shop = tmp_path / "shop.csv"
    shop.write_text("id,title,price\nB1,竹纤维毛巾,19\n", "utf-8")
    window.catalog.import_in_background(shop)  # the Catalog screen's Import…, off the GUI thread
    qtbot.waitUntil(lambda: [p.id for p in window.catalog.catalog.products] == ["B1"], timeout=10000)
    settings.save_button.click()  # saving the settings neither imports nor forgets a catalog
    assert [p.id for p in window.catalog.catalog.products] == ["B1"]
    assert [p.id for p in CatalogKeeper(tmp_path / "vhost.sqlite3").load().products] == ["B1"]


def test_closing_with_unsaved_settings_asks_and_no_goes_back_to_them(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes, no: asked.append(text) or False)
    window = _open(qtbot, tmp_path)
    window.show()
    window.settings.record.setText(str(tmp_path / "typed-not-saved.mp4"))
    assert not window.close() and "did not save" in asked[0]
    assert window.tabs.currentWidget() is window.settings
    window.settings.save_button.click()
    assert window.close() and len(asked) == 1  # saved: nothing to ask
