"""The Catalog screen: import a catalog (JSON, CSV or XLSX; the rows that could not be read are
listed with why; a big file is read off the GUI thread, with progress), edit it in a table (a
bad price or stock is refused in place, in red, with the reason and an example of a value it
takes), the selected product's pictures, variants, promotions and FAQ below it (a product with
variants takes its price, original price and stock from them, so the table refuses those), add
(the new product's id follows the catalog's own pattern), remove and reorder products, export
it; Undo and Redo go through the changes, each with the problems of the import it came from.
Every accepted edit goes to a running show at once (the director rewrites the current
presentation with the new facts; the chat answers with them)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vhost.catalog import load_catalog
from vhost.catalog.values import clean_text, parse_money, parse_stock, split_list
from vhost.domain import Catalog, Product
from vhost.errors import VHostError
from vhost.gui.messages import error_text, shown
from vhost.gui.new_product import NewProductDialog
from vhost.gui.product_details import ProductDetails
from vhost.gui.tables import mark, row_table, say
from vhost.gui.work import Job, ProgressStrip
from vhost.messages import QT_TRANSLATE_NOOP, Message

COLUMNS = ("id", "title", "price", "original_price", "stock", "shipping", "selling_points")
FROM_VARIANTS = frozenset({"price", "original_price", "stock"})  # derived when it has variants
POINTS_JOIN = "；"
UNDO_STEPS = 30  # edits the Undo button can take back in one run


@dataclass(frozen=True)
class _State:
    """The catalog after a change, with the problems and notes (as shown) of the import it
    came from: an edit keeps them, a new import replaces them."""

    catalog: Catalog
    problems: tuple[str, ...] = ()


class CatalogPanel(QWidget):
    changed = Signal(object)  # the edited Catalog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog: Catalog | None = None
        self.is_demo = False  # the demo catalog, shown until the merchant imports or edits
        self._history: list[_State] = []  # the catalog after each change, newest last
        self._redo: list[_State] = []  # what Undo took back, the latest last
        self._problems: tuple[str, ...] = ()  # what the Problems list shows
        self._refused: set[tuple[int, int]] = set()  # (row, column): a refused value still shown
        self._undoing = False
        titles = {
            "id": self.tr("ID"),
            "title": self.tr("Title"),
            "price": self.tr("Price"),
            "original_price": self.tr("Original price"),
            "stock": self.tr("Stock"),
            "shipping": self.tr("Shipping"),
            "selling_points": self.tr("Selling points (separated by ；)"),
        }
        self.table = row_table(
            [titles[c] for c in COLUMNS], stretch={COLUMNS.index("title"), COLUMNS.index("selling_points")}
        )
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = ProductDetails()
        self.details.edited.connect(self._details_edited)
        self.details.problem.connect(lambda message: say(self.summary, message, problem=True))

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import…"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last change (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Make again what Undo took back (Ctrl+Shift+Z or Ctrl+Y)"))
        self.redo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(keys), self, self.redo)
        for button, action in (
            (self.import_button, self._choose_import),
            (self.add_button, self.add_product),
            (self.remove_button, self.remove_selected),
            (self.up_button, lambda: self.move_selected(-1)),
            (self.down_button, lambda: self.move_selected(1)),
            (self.export_button, self._choose_export),
            (self.undo_button, self.undo),
            (self.redo_button, self.redo),
        ):
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.summary: QLabel = QLabel(
            self.tr("No catalog yet: import one, or the show uses the demo catalog.")
        )
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(120)
        self.problems.setWordWrap(True)  # a long note (a shop export's unused columns) wraps
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = ProgressStrip()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("Problems:")))
        layout.addWidget(self.problems)
        self._filling = False
        self.changed.connect(self._remember)

    # ---- the catalog shown, and its history ------------------------------------------------
    def open_catalog(self, catalog: Catalog, summary: str, demo: bool = False) -> None:
        """Show a catalog without counting it as a change (the one kept from last time, or the
        demo); Undo starts from here."""
        self.is_demo = demo
        self.set_catalog(catalog)
        self._show_problems(())
        self._history, self._redo = [_State(catalog)], []
        self._enable_undo()
        say(self.summary, summary)

    def _remember(self, catalog: Catalog) -> None:
        """A change (an import, an edit, an add, a removal, a move): Undo can take it back, and
        what Undo took back before can no longer be redone."""
        if self._undoing:
            return
        self.is_demo = False  # imported or edited: the merchant's own from now on
        self._history.append(_State(catalog, self._problems))
        del self._history[: -UNDO_STEPS - 1]
        self._redo.clear()
        self._enable_undo()

    def undo(self) -> None:
        """A refused value still shown in a cell is put back first (it never changed the
        catalog); else the catalog as it was before the last change (an import, an edit, a
        move), with the problems of the import it came from."""
        if self._refused:
            self._take_back_refused()
        elif len(self._history) > 1:
            self._redo.append(self._history.pop())
            self._show_state(self._history[-1])
            say(self.summary, self.tr("Undone: the catalog is as it was before your last change."))

    def redo(self) -> None:
        """Make again the last change Undo took back."""
        if not self._redo:
            return
        state = self._redo.pop()
        self._history.append(state)
        self._show_state(state)
        say(self.summary, self.tr("Redone: the change Undo took back is made again."))

    def _show_state(self, state: _State) -> None:
        self._undoing = True
        try:
            self.set_catalog(state.catalog)
            self._show_problems(state.problems)
            self.changed.emit(state.catalog)
        finally:
            self._undoing = False
        self._enable_undo()

    def _enable_undo(self) -> None:
        self.undo_button.setEnabled(bool(self._refused) or len(self._history) > 1)
        self.redo_button.setEnabled(bool(self._redo))

    def _show_problems(self, problems: Iterable[str]) -> None:
        self._problems = tuple(problems)
        self.problems.clear()
        self.problems.addItems(list(self._problems))

    def _take_back_refused(self) -> None:
        """The cells showing a refused value show the product's own value again."""
        assert self.catalog is not None
        cells = sorted(self._refused)
        self._refused.clear()
        self._filling = True
        try:
            for row, column in cells:
                item = self.table.item(row, column)
                if item is not None and row < len(self.catalog.products):
                    item.setText(_cells(self.catalog.products[row])[COLUMNS[column]])
                    mark(item)
        finally:
            self._filling = False
        self._enable_undo()
        row, column = cells[-1]
        if row < len(self.catalog.products):
            taken = self.tr("{0}, {1}: the refused value is taken back; the cell shows the product's value.")
            say(self.summary, taken.format(named(self.catalog.products[row]), self._heading(column)))

    # ---- catalogs in and out ---------------------------------------------------------------
    def import_file(self, path: Path) -> bool:
        """Load a catalog file; the rows that could not be read are listed. False when the file
        cannot be read at all (its one-sentence reason is shown)."""
        try:
            report = load_catalog(path)
        except VHostError as exc:
            say(self.summary, error_text(exc), problem=True)
            return False
        self._imported(path, report)
        return True

    def import_in_background(self, path: Path) -> Job:
        """Read the file on a worker thread (a spreadsheet of thousands of rows takes a while):
        the window stays live, the strip shows progress, Cancel keeps the catalog as it was."""

        def work(report):  # noqa: ANN001, ANN202 - (fraction, what) -> None
            report(0.0, self.tr("Reading {0}…").format(Path(path).name))
            loaded = load_catalog(path)
            report(1.0, "")  # a Cancel pressed while reading stops here: nothing changes
            return loaded

        job = Job(self.tr("Importing {0}").format(Path(path).name), work, self)
        job.finished.connect(lambda report: self._imported(path, report))
        job.failed.connect(lambda sentence: say(self.summary, sentence, problem=True))
        job.cancelled.connect(
            lambda: say(self.summary, self.tr("Import cancelled; the catalog is unchanged."))
        )
        return self.progress.follow(job)

    def _imported(self, path: Path, report) -> None:  # noqa: ANN001 - ImportReport
        self._show_problems(
            [shown(problem.message) for problem in report.problems]
            + [shown(claim.message) for claim in report.claims]  # wording the law filter rewrites
            + [shown(note) for note in report.notes]
        )
        loaded = (
            self.tr("1 product loaded")
            if report.loaded == 1
            else self.tr("{0} products loaded").format(report.loaded)
        )
        if report.skipped == 0:
            skipped = self.tr("no rows skipped")
        elif report.skipped == 1:
            skipped = self.tr("1 row skipped (see Problems)")
        else:
            skipped = self.tr("{0} rows skipped (see Problems)").format(report.skipped)
        say(self.summary, self.tr("{0}: {1}, {2}.").format(Path(path).name, loaded, skipped))
        self.set_catalog(report.catalog)
        self.changed.emit(self.catalog)

    def export_file(self, path: Path) -> None:
        if self.catalog is not None:
            text = json.dumps(self.catalog.to_dict(), ensure_ascii=False, indent=2, default=str)
            Path(path).write_text(text + "\n", "utf-8")

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._refused.clear()  # every cell shows the product's value
        self._enable_undo()
        self._filling = True
        try:
            self.table.setRowCount(0)
            for product in catalog.products:
                self._append_row(product)
        finally:
            self._filling = False
        self.details.show_product(None)

    def _selection_changed(self) -> None:
        row = self._selected_row()
        products = self.catalog.products if self.catalog else ()
        self.details.show_product(products[row] if row is not None and row < len(products) else None)

    def _details_edited(self, product: Product) -> None:
        """A picture, variant, promotion or FAQ entry changed: the catalog with that product
        replaced, and its row showing it (a variant edit changes its price and stock)."""
        if self.catalog is None:
            return
        products = [product if p.id == product.id else p for p in self.catalog.products]
        self.catalog = replace(self.catalog, products=tuple(products))
        self._refresh_row(product)
        say(self.summary, self.tr("{0}: details changed.").format(named(product)))
        self.changed.emit(self.catalog)

    def _refresh_row(self, product: Product) -> None:
        """The product's row shows its values again (a cell still showing a refused value keeps
        it, as Undo takes that back)."""
        assert self.catalog is not None
        rows = [row for row, p in enumerate(self.catalog.products) if p.id == product.id]
        if not rows:
            return
        values = _cells(product)
        self._filling = True
        try:
            for column, name in enumerate(COLUMNS):
                item = self.table.item(rows[0], column)
                if (
                    item is not None
                    and (rows[0], column) not in self._refused
                    and item.text() != values[name]
                ):
                    item.setText(values[name])
        finally:
            self._filling = False

    def _append_row(self, product: Product) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = _cells(product)
        for column, name in enumerate(COLUMNS):
            item = QTableWidgetItem(values[name])
            if name == "id":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # the show and chat refer to it
            self.table.setItem(row, column, item)

    # ---- edits -----------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.catalog is None:
            return
        row, name = item.row(), COLUMNS[item.column()]
        product = self.catalog.products[row]
        heading = self._heading(item.column())
        if product.variants and name in FROM_VARIANTS:
            if item.text().strip() == _cells(product)[name]:  # its own value typed back: no change
                mark(item)
                self._refused.discard((row, item.column()))
                self._enable_undo()
                return
            self._refuse(
                item,
                self.tr(
                    "{0}: its price, original price and stock come from its variants; "
                    "change them on the Variants tab below."
                ).format(named(product)),
            )
            return
        try:
            edited = _with_value(product, name, item.text())
        except (ValueError, ArithmeticError, VHostError) as exc:
            message = self.tr("{0}, {1}: {2}").format(named(product), heading, error_text(exc))
            example = self._example(name)
            if example:
                message = self.tr("{0} ({1}).").format(message, example)
            self._refuse(item, message)
            return
        mark(item)
        self._refused.discard((row, item.column()))
        products = list(self.catalog.products)
        products[row] = edited
        self.catalog = replace(self.catalog, products=tuple(products))
        if self.details.product is not None and self.details.product.id == edited.id:
            self.details.product = edited  # its next picture or FAQ edit keeps this one
        say(self.summary, self.tr("{0}: {1} changed.").format(named(product), heading))
        self.changed.emit(self.catalog)

    def _refuse(self, item: QTableWidgetItem, message: str) -> None:
        """The cell in red with why; the product keeps its old value (Undo shows it again)."""
        mark(item, message)
        self._refused.add((item.row(), item.column()))
        self._enable_undo()
        say(self.summary, message, problem=True)

    def _heading(self, column: int) -> str:
        header = self.table.horizontalHeaderItem(column)
        return header.text() if header is not None else COLUMNS[column]

    def _example(self, name: str) -> str:
        """A value the column takes, to show beside a refusal."""
        return {
            "price": self.tr("for example 59 or ¥59.90"),
            "original_price": self.tr("for example 129 or ¥129.00, or empty when there is none"),
            "stock": self.tr("for example 40, or empty when unknown"),
            "title": self.tr("for example 竹纤维毛巾"),
        }.get(name, "")

    def add_product(self) -> None:
        """Ask for the new product's title and price (the show reads both out, so it cannot
        start priced 0); Cancel adds nothing. The dialog is modal to the window without
        blocking it (open, not exec), so the show keeps drawing while the operator types."""
        dialog = NewProductDialog(self)

        def add() -> None:
            values = dialog.values()
            if values is None:
                return
            title, price, currency = values
            catalog = self.catalog or Catalog(())
            product = Product(new_id([p.id for p in catalog.products]), title, price)
            # No currency typed: the catalog's own (its first product's), else the default.
            fallback = catalog.products[0].currency if catalog.products else product.currency
            product = replace(product, currency=currency or fallback)
            self.catalog = replace(catalog, products=(*catalog.products, product))
            self._filling = True
            try:
                self._append_row(product)
            finally:
                self._filling = False
            self.table.selectRow(self.table.rowCount() - 1)
            say(self.summary, self.tr("{0}: added.").format(named(product)))
            self.changed.emit(self.catalog)

        dialog.accepted.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None or self.catalog is None:
            return
        products = list(self.catalog.products)
        removed = products.pop(row)
        self.set_catalog(replace(self.catalog, products=tuple(products)))
        say(self.summary, self.tr("{0} removed.").format(named(removed)))
        self.changed.emit(self.catalog)

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None or self.catalog is None or not 0 <= row + step < len(self.catalog.products):
            return
        products = list(self.catalog.products)
        products[row], products[row + step] = products[row + step], products[row]
        self.set_catalog(replace(self.catalog, products=tuple(products)))
        self.table.selectRow(row + step)
        moved = named(products[row + step])
        say(
            self.summary,
            self.tr("{0} moved up.").format(moved) if step < 0 else self.tr("{0} moved down.").format(moved),
        )
        self.changed.emit(self.catalog)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a catalog"), "", self.tr("Catalogs (*.json *.csv *.xlsx)")
        )
        if path:
            self.import_in_background(Path(path))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the catalog"), "catalog.json", "JSON (*.json)"
        )
        if path:
            self.export_file(Path(path))


_NUMBERED = re.compile(r"^([A-Za-z]*)(\d+)$")


def new_id(ids: Iterable[str]) -> str:
    """An id for a product added by hand, in the catalog's own pattern: its most common letters
    (B in B01, B02…) and number width, numbered after the highest (B04); P01… when the
    catalog's ids follow no such pattern."""
    used = set(ids)
    numbered = [(m.group(1), m.group(2)) for m in map(_NUMBERED.match, used) if m]
    prefix, width, number = "P", 2, 1
    if numbered:
        prefix = Counter(letters for letters, _ in sorted(numbered)).most_common(1)[0][0]
        digits = [digits for letters, digits in sorted(numbered) if letters == prefix]
        width = Counter(len(d) for d in digits).most_common(1)[0][0]
        number = max(int(d) for d in digits) + 1
    while f"{prefix}{number:0{width}d}" in used:
        number += 1
    return f"{prefix}{number:0{width}d}"


def _cells(product: Product) -> dict[str, str]:
    """A product as its row shows it, column by column."""
    return {
        "id": product.id,
        "title": product.title,
        "price": str(product.price),
        "original_price": "" if product.original_price is None else str(product.original_price),
        "stock": "" if product.stock is None else str(product.stock),
        "shipping": product.shipping or "",
        "selling_points": POINTS_JOIN.join(product.selling_points),
    }


def _with_value(product: Product, name: str, text: str) -> Product:
    """The product with one field set from what the operator typed (the importer's own parsers,
    so the table accepts what a catalog file would)."""
    text = text.strip()
    if name == "price":
        amount, currency = parse_money(text)
        if amount <= 0:
            raise ValueError(Message(QT_TRANSLATE_NOOP("vhost", "a price must be more than 0")))
        return replace(product, price=amount, currency=currency or product.currency)
    if name == "original_price":
        return replace(product, original_price=parse_money(text)[0] if text else None)
    if name == "stock":
        return replace(product, stock=parse_stock(text) if text else None)
    if name == "title":
        title = clean_text(text)
        if not title:
            raise ValueError(Message(QT_TRANSLATE_NOOP("vhost", "a product needs a title")))
        return replace(product, title=title)
    if name == "shipping":
        return replace(product, shipping=clean_text(text))
    if name == "selling_points":
        return replace(product, selling_points=split_list(text))
    raise ValueError(Message(QT_TRANSLATE_NOOP("vhost", "{field} cannot be edited here"), field=name))


def named(product: Product) -> str:
    """How a message names a product: its title in quotes, which a merchant recognises (an id
    such as "3" reads like a count)."""
    return f"“{product.title}”" if product.title else product.id
