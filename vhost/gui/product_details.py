"""The selected product's pictures, variants (colours, sizes… each with its own price and
stock), promotions (with start and end) and FAQ, edited in place.

Each list is a small table; a value the show could not use (a date that is not a date, an end
before the start, a deal price that is not a price, a picture that cannot be opened, a variant
whose options are not "name: value" pairs or repeat another row's) is refused in red with its
reason and the product keeps its old value. The product's price, original price and stock come
from its variants: a variant edit re-derives them. An accepted edit emits the whole product, and
the Catalog screen takes it from there like any other edit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vhost.catalog.values import clean_text, parse_datetime, parse_money, parse_specs, parse_stock
from vhost.domain import FaqPair, Product, Promotion, Variant
from vhost.gui.messages import error_text
from vhost.gui.tables import mark, row_table

VARIANT_COLUMNS = ("options", "price", "original_price", "stock", "sku")
OPTIONS_JOIN = "; "  # how a variant's options read in its cell: 颜色:白色; 尺码:M
PROMOTION_COLUMNS = ("text", "price", "start", "end")
FAQ_COLUMNS = ("question", "answer")
THUMB = 96


class ProductDetails(QTabWidget):
    edited = Signal(object)  # the product with the change
    problem = Signal(str)  # a refused value, one sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product: Product | None = None
        self._filling = False

        self.images = QListWidget()
        self.images.setViewMode(QListView.ViewMode.IconMode)
        self.images.setIconSize(QSize(THUMB, THUMB))
        self.images.setResizeMode(QListView.ResizeMode.Adjust)
        self.add_image_button = QPushButton(self.tr("Add picture…"))
        self.remove_image_button = QPushButton(self.tr("Remove picture"))
        self.add_image_button.clicked.connect(self._choose_image)
        self.remove_image_button.clicked.connect(self.remove_image)
        self.addTab(
            _with_buttons(
                self.images,
                self.add_image_button,
                self.remove_image_button,
                QLabel(self.tr("The first picture is shown on the product card.")),
            ),
            self.tr("Pictures"),
        )

        titles = {
            "options": self.tr("Options"),
            "price": self.tr("Price"),
            "original_price": self.tr("Original price"),
            "stock": self.tr("Stock"),
            "sku": self.tr("SKU"),
        }
        self.variants = row_table([titles[c] for c in VARIANT_COLUMNS], stretch={0})
        self.variants.itemChanged.connect(self._variant_edited)
        add, remove = QPushButton(self.tr("Add variant")), QPushButton(self.tr("Remove variant"))
        add.clicked.connect(self.add_variant)
        remove.clicked.connect(self.remove_variant)
        hint = QLabel(
            self.tr(
                "One row per colour, size… (options such as colour: white; size: M); "
                "the product's price and stock come from its variants."
            )
        )
        hint.setWordWrap(True)
        self.addTab(_with_buttons(self.variants, add, remove, hint), self.tr("Variants"))

        titles = {
            "text": self.tr("Promotion"),
            "price": self.tr("Deal price"),
            "start": self.tr("Starts"),
            "end": self.tr("Ends"),
        }
        self.promotions = row_table([titles[c] for c in PROMOTION_COLUMNS], stretch={0})
        self.promotions.itemChanged.connect(self._promotion_edited)
        add, remove = QPushButton(self.tr("Add promotion")), QPushButton(self.tr("Remove promotion"))
        add.clicked.connect(self.add_promotion)
        remove.clicked.connect(lambda: self._remove_row(self.promotions, "promotions"))
        hint = QLabel(self.tr("Dates such as 2026-11-30 20:00; empty: no limit."))
        self.addTab(_with_buttons(self.promotions, add, remove, hint), self.tr("Promotions"))

        self.faq = row_table([self.tr("Question"), self.tr("Answer")], stretch={0, 1})
        self.faq.itemChanged.connect(self._faq_edited)
        add, remove = QPushButton(self.tr("Add question")), QPushButton(self.tr("Remove question"))
        add.clicked.connect(self.add_faq)
        remove.clicked.connect(lambda: self._remove_row(self.faq, "faq"))
        self.addTab(_with_buttons(self.faq, add, remove), self.tr("FAQ"))
        self.setEnabled(False)

    # ---- showing a product -----------------------------------------------------------------
    def show_product(self, product: Product | None) -> None:
        self.product = product
        self.setEnabled(product is not None)
        self._filling = True
        try:
            self.images.clear()
            self.variants.setRowCount(0)
            self.promotions.setRowCount(0)
            self.faq.setRowCount(0)
            if product is None:
                return
            for path in product.images:
                self._add_image_item(path)
            for variant in product.variants:
                _append(self.variants, _variant_cells(variant))
            for promotion in product.promotions:
                _append(self.promotions, _promotion_cells(promotion))
            for pair in product.faq:
                _append(self.faq, (pair.question, pair.answer))
        finally:
            self._filling = False

    def _add_image_item(self, path: str) -> None:
        pixmap = QPixmap(path)
        item = QListWidgetItem(QIcon(pixmap) if not pixmap.isNull() else QIcon(), Path(path).name)
        item.setToolTip(path if not pixmap.isNull() else self.tr("{0} cannot be opened").format(path))
        self.images.addItem(item)

    # ---- pictures --------------------------------------------------------------------------
    def add_image(self, path: Path) -> bool:
        """Add a picture (False, with the reason, when it is not a picture that can be opened)."""
        if self.product is None:
            return False
        if QPixmap(str(path)).isNull():
            self.problem.emit(
                self.tr("{0} is not a picture that can be opened; use a JPEG or PNG file.").format(path.name)
            )
            return False
        self._change(replace(self.product, images=(*self.product.images, str(Path(path).resolve()))))
        return True

    def remove_image(self) -> None:
        row = self.images.currentRow()
        if self.product is None or row < 0:
            return
        images = list(self.product.images)
        del images[row]
        self._change(replace(self.product, images=tuple(images)))

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.webp)")
        )
        if path:
            self.add_image(Path(path))

    # ---- variants --------------------------------------------------------------------------
    def add_variant(self) -> None:
        """A variant with the last one's option names (a placeholder value to type over) at the
        product's price, its stock not known yet; a product's first variant stands for the
        product as it was (its price, original price and stock), so nothing changes yet."""
        if self.product is None:
            return
        product = self.product
        last = product.variants[-1].options if product.variants else ((self.tr("colour"), ""),)
        taken = {frozenset(v.options) for v in product.variants}
        new = self.tr("new")
        number = 1
        while True:
            value = new if number == 1 else f"{new}{number}"
            options = ((last[0][0], value), *last[1:])
            if frozenset(options) not in taken:
                break
            number += 1
        if product.variants:
            variant = Variant(options, product.price, product.original_price)
        else:
            variant = Variant(options, product.price, product.original_price, product.stock)
        self._change(product.with_variants((*product.variants, variant)))

    def remove_variant(self) -> None:
        """The selected variant goes; without the last one the product keeps its price and stock."""
        row = self.variants.currentRow()
        if self.product is None or row < 0 or row >= len(self.product.variants):
            return
        variants = list(self.product.variants)
        del variants[row]
        self._change(self.product.with_variants(tuple(variants)))

    def _variant_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.product is None:
            return
        row = item.row()
        try:
            variant = self._variant_from(
                [self.variants.item(row, c).text() for c in range(len(VARIANT_COLUMNS))]
            )
        except ValueError as exc:
            self._refuse(item, error_text(exc))
            return
        variants = list(self.product.variants)
        others = [set(v.options) for i, v in enumerate(variants) if i != row]
        if set(variant.options) in others:
            self._refuse(item, self.tr("another variant has these options already; each row needs its own"))
            return
        variants[row] = replace(variant, image=variants[row].image)  # its picture stays
        self._accept_row(self.variants, row, self.product.with_variants(tuple(variants)))

    def _variant_from(self, cells: list[str]) -> Variant:
        """A variant from its row (the importer's own parsers); ValueError says what is wrong."""
        options_text, price, original, stock, sku = (cell.strip() for cell in cells)
        example = self.tr("options are “name: value” pairs separated by ;, e.g. colour: white; size: M")
        try:
            options = parse_specs(options_text)
        except ValueError as exc:
            raise ValueError(example) from exc
        names = [name for name, _ in options]
        if not options or len(set(names)) != len(names):
            raise ValueError(example)
        if not price:
            raise ValueError(self.tr("a variant needs its price, e.g. 89 or ¥89.00"))
        amount = parse_money(price)[0]
        if amount <= 0:
            raise ValueError(self.tr("a price must be more than 0"))
        was = parse_money(original)[0] if original else None
        if was is not None and was < amount:
            raise ValueError(
                self.tr("an original price cannot be below the price; leave it empty when there is none")
            )
        count = parse_stock(stock) if stock else None
        return Variant(options, amount, was, count, clean_text(sku))

    # ---- promotions and FAQ ----------------------------------------------------------------
    def add_promotion(self) -> None:
        if self.product is not None:
            promotion = Promotion(self.tr("New promotion"))
            self._change(replace(self.product, promotions=(*self.product.promotions, promotion)))

    def add_faq(self) -> None:
        if self.product is not None:
            pair = FaqPair(self.tr("New question"), self.tr("Its answer"))
            self._change(replace(self.product, faq=(*self.product.faq, pair)))

    def _promotion_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.product is None:
            return
        row = item.row()
        try:
            promotion = self._promotion_from(
                [self.promotions.item(row, c).text() for c in range(len(PROMOTION_COLUMNS))]
            )
        except ValueError as exc:
            self._refuse(item, error_text(exc))
            return
        promotions = list(self.product.promotions)
        promotions[row] = promotion
        self._accept_row(self.promotions, row, replace(self.product, promotions=tuple(promotions)))

    def _promotion_from(self, cells: list[str]) -> Promotion:
        """A promotion from its row (the importer's own parsers); ValueError says what is wrong."""
        text, price, start, end = (cell.strip() for cell in cells)
        words = clean_text(text)
        if not words:
            raise ValueError(self.tr("a promotion needs its words, e.g. 前100名送杯套"))
        try:
            starts = parse_datetime(start) if start else None
            ends = parse_datetime(end) if end else None
        except ValueError as exc:
            raise ValueError(self.tr("a date: {0}").format(error_text(exc))) from exc
        if starts and ends and ends <= starts:
            raise ValueError(self.tr("a promotion must end after it starts"))
        deal = parse_money(price)[0] if price else None
        if deal is not None and deal <= 0:
            raise ValueError(self.tr("a deal price must be more than 0"))
        return Promotion(words, starts, ends, deal)

    def _faq_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.product is None:
            return
        row = item.row()
        question, answer = (clean_text(self.faq.item(row, c).text()) for c in range(2))
        if not question or not answer:
            self._refuse(item, self.tr("a question needs its words and its answer"))
            return
        faq = list(self.product.faq)
        faq[row] = FaqPair(question, answer)
        self._accept_row(self.faq, row, replace(self.product, faq=tuple(faq)))

    def _remove_row(self, table: QTableWidget, field: str) -> None:
        row = table.currentRow()
        if self.product is None or row < 0:
            return
        values = list(getattr(self.product, field))
        del values[row]
        self._change(replace(self.product, **{field: tuple(values)}))

    def _refuse(self, item: QTableWidgetItem, reason: str) -> None:
        mark(item, reason)  # the product keeps its old value
        self.problem.emit(self.tr("{0}: {1}").format(self.product.id if self.product else "", reason))

    def _accept_row(self, table: QTableWidget, row: int, product: Product) -> None:
        """The row now reads as a whole: its cells lose any earlier refusal."""
        for column in range(table.columnCount()):
            mark(table.item(row, column))
        self.product = product
        self.edited.emit(product)

    def _change(self, product: Product) -> None:
        """A row added or removed, or a picture: the lists are shown afresh."""
        self.show_product(product)
        self.edited.emit(product)


def _variant_cells(variant: Variant) -> tuple[str, str, str, str, str]:
    return (
        OPTIONS_JOIN.join(f"{name}:{value}" for name, value in variant.options),
        str(variant.price),
        "" if variant.original_price is None else str(variant.original_price),
        "" if variant.stock is None else str(variant.stock),
        variant.sku or "",
    )


def _promotion_cells(promotion: Promotion) -> tuple[str, str, str, str]:
    def moment(value: object) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else ""  # type: ignore[attr-defined]

    price = "" if promotion.price is None else str(promotion.price)
    return promotion.text, price, moment(promotion.start), moment(promotion.end)


def _append(table: QTableWidget, values: tuple[str, ...]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def _with_buttons(main: QWidget, *below: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(main, 1)
    row = QHBoxLayout()
    for widget in below:
        row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)
    return page
