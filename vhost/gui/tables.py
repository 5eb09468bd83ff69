"""The row tables the app's screens share: one row selected at a time, no row numbers, each
column fitted to its contents, stretched to fill the width, or given a starting width."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

# A value the app would not take: the cell stays as typed, on this red (clearly seen, the text
# still readable on it), in dark red letters.
REFUSED = "#f4a9a3"
REFUSED_TEXT = "#7a1010"
FLAGGED = "#fbe3e1"  # a line the advertising law would change (the Script screen marks it)
PROBLEM = "#c0392b"  # the colour of a sentence that says what went wrong


def row_table(
    titles: list[str], stretch: Set[int] = frozenset(), widths: dict[int, int] | None = None
) -> QTableWidget:
    """A table with these column titles; `stretch`: columns that share the spare width;
    `widths`: columns the operator may resize, with their first width."""
    table = QTableWidget(0, len(titles))
    table.setHorizontalHeaderLabels(titles)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(titles)):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif widths and column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def mark(item: QTableWidgetItem, reason: str = "") -> None:
    """Show a cell as refused (with `reason` on hover) or, with no reason, as accepted; the
    table's itemChanged is not emitted for it (the colour is not an edit)."""
    table = item.tableWidget()
    blocked = table.blockSignals(True) if table is not None else False
    try:
        item.setBackground(QColor(REFUSED if reason else "#ffffff"))
        item.setForeground(QColor(REFUSED_TEXT) if reason else QBrush())  # (none: the table's own)
        font = item.font()
        font.setBold(bool(reason))
        item.setFont(font)
        item.setToolTip(reason)
    finally:
        if table is not None:
            table.blockSignals(blocked)


def say(label: QLabel, text: str, problem: bool = False) -> None:
    """A sentence in a screen's message line: in red when it says what went wrong."""
    label.setStyleSheet(f"color: {PROBLEM};" if problem else "")
    label.setText(text)
