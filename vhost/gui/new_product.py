"""Asks for what a new product needs before it joins the catalog: a title and a price above 0.
The show reads both out, so a product cannot start as "New product" priced 0."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from vhost.catalog.values import clean_text, parse_money


class NewProductDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New product"))
        self.setMinimumWidth(420)  # the fields show their hints whole
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the presenter calls it"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("For example 59 or ¥59.90"))
        self.hint = QLabel()  # why OK is not yet enabled
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._validate)
        self.price.textChanged.connect(self._validate)
        self._validate()

    def values(self) -> tuple[str, Decimal, str | None] | None:
        """(title, price, currency or None when none was typed), or None while either is not
        valid. The price is read like a catalog file's (59, ¥59.90, 59元)."""
        title = clean_text(self.title.text())
        try:
            price, currency = parse_money(self.price.text())
        except (ValueError, ArithmeticError):
            return None
        return (title, price, currency) if title and price > 0 else None

    def _validate(self) -> None:
        valid = self.values() is not None
        self.ok.setEnabled(valid)
        self.hint.setText("" if valid else self.tr("A title and a price above 0 are needed."))
