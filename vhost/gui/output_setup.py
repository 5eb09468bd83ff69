"""Setting up each output without a terminal: the guide dialog for this computer's system,
reachable from the Live screen's lights and from Settings, with "Test this output" (the texts
are in output_guides.py, the tests in output_tests.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vhost.gui.output_guides import SetupTexts
from vhost.gui.output_tests import OutputTests


class SetupGuide(QDialog):
    """The guide for one output, with "Test this output" when the app's tests are at hand."""

    def __init__(self, output: str, parent: QWidget | None = None, tests: OutputTests | None = None) -> None:
        super().__init__(parent)
        self.output, self.tests = output, tests
        texts = SetupTexts(self)
        self.guide = texts.guide(output)
        self.setWindowTitle(self.guide.title)
        body = QWidget()
        column = QVBoxLayout(body)
        summary = self._label(self.guide.summary)
        summary.setStyleSheet("font-weight: bold;")
        column.addWidget(summary)
        for step in self.guide.steps:
            column.addWidget(self._label(step))
        self.command: QLabel | None = None
        if self.guide.command:
            column.addWidget(self._label(self.guide.command_intro))
            self.command = self._label(self.guide.command)  # wrapped: all of it shows, selectable
            self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.command.setStyleSheet("background: white; border: 1px solid #bbb; padding: 6px;")
            copy = self.copy_button = QPushButton(self.tr("Copy"))
            copy.clicked.connect(self._copy)
            row = QHBoxLayout()
            row.addWidget(self.command, 1)
            row.addWidget(copy)
            column.addLayout(row)
        for step in self.guide.after:
            column.addWidget(self._label(step))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.answer = self._label("")
        self.test_button = QPushButton(self.tr("Test this output"))
        self.test_button.clicked.connect(self._test)
        self.test_button.setVisible(tests is not None)
        if tests is None:
            self.answer.setText(self.tr("Test it from Settings with “Test this output”."))
        else:
            tests.ended.connect(self._ended)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.answer)
        layout.addLayout(buttons)
        self.resize(680, 520)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(label.textInteractionFlags() | _selectable())
        return label

    def _copy(self) -> None:
        if self.command is not None:
            QGuiApplication.clipboard().setText(self.command.text())
            self.answer.setText(self.tr("Copied. Paste it in a terminal with Ctrl+Shift+V."))

    def _test(self) -> None:
        if self.tests is not None and self.tests.run(self.output) is not None:
            self.test_button.setEnabled(False)
            self.answer.setText(self.tr("Testing…"))

    def _ended(self, output: str, worked: bool, sentence: str) -> None:
        if output == self.output:
            self.test_button.setEnabled(True)
            self.answer.setStyleSheet("" if worked else "color: #c0392b;")
            self.answer.setText(sentence)


def _selectable() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse


# ---- the tests themselves (plain functions, run on a worker thread) ---------------------------
