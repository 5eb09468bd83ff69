"""The chat console: every comment with its intent, product and what the presenter does about
it; in approve mode, answers wait here for Approve (as suggested or edited) or Reject; a "say
now" box for the operator's own words; block a viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vhost.chat.loop import ChatDecided
from vhost.gui.tables import row_table

COLUMNS = ("time", "viewer", "comment", "intent", "product", "action", "reply")
MAX_ROWS = 2000  # older rows scroll away (the store keeps every decision)
_ACTION_COLOURS = {"moderate": "#fbe3e1", "pending": "#fff4d6", "speak": "#e6f4ea"}


class ChatPanel(QWidget):
    approve = Signal(str, str)  # message id, the reply as the operator left it
    reject = Signal(str)
    say_now = Signal(str)
    block = Signal(str)  # viewer pseudonym
    approve_mode = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            "time": self.tr("Time"),
            "viewer": self.tr("Viewer"),
            "comment": self.tr("Comment"),
            "intent": self.tr("Intent"),
            "product": self.tr("Product"),
            "action": self.tr("Action"),
            "reply": self.tr("Answer (editable while waiting)"),
        }
        self.table = row_table(
            [titles[c] for c in COLUMNS],
            stretch={COLUMNS.index("reply")},  # the answer takes the rest of the width
            widths={COLUMNS.index("comment"): 240, COLUMNS.index("product"): 170},
        )

        self.approve_box = QCheckBox(self.tr("Approve answers before they are spoken"))
        self.approve_box.toggled.connect(self.approve_mode)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.block_button = QPushButton(self.tr("Block viewer"))
        self.approve_button.clicked.connect(self._approve_selected)
        self.reject_button.clicked.connect(self._reject_selected)
        self.block_button.clicked.connect(self._block_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.approve_box)
        actions.addStretch(1)
        for button in (self.approve_button, self.reject_button, self.block_button):
            actions.addWidget(button)

        self.say_box = QLineEdit()
        self.say_box.setPlaceholderText(self.tr("Type words for the presenter to say next…"))
        self.say_button = QPushButton(self.tr("Say now"))
        self.say_box.returnPressed.connect(self._say)
        self.say_button.clicked.connect(self._say)
        say = QHBoxLayout()
        say.addWidget(self.say_box, 1)
        say.addWidget(self.say_button)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(say)
        self._rows: dict[str, int] = {}  # message id → row, for answers waiting for approval
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # ---- decisions in ----------------------------------------------------------------------
    def add_decision(self, decision: ChatDecided, product: str = "") -> None:
        """One chat decision; `product`: how to show its product."""
        if self.table.rowCount() >= MAX_ROWS:
            self.table.removeRow(0)
            self._rows = {key: row - 1 for key, row in self._rows.items() if row > 0}
        row = self.table.rowCount()
        self.table.insertRow(row)
        action = "pending" if decision.pending else decision.action
        seconds = int(decision.stream_time)
        values = {
            "time": f"{seconds // 60:d}:{seconds % 60:02d}",
            "viewer": decision.viewer,
            "comment": decision.text if decision.text is not None else self.tr("(hidden: moderated)"),
            "intent": self.intent_text(decision.intent),
            "product": product or decision.product or "",
            "action": self._action_text(action, decision.reason),
            "reply": decision.reply or "",
        }
        colour = QColor(_ACTION_COLOURS.get(action, "#ffffff"))
        for column, name in enumerate(COLUMNS):
            item = QTableWidgetItem(values[name])
            if name in ("comment", "reply", "product"):
                item.setToolTip(values[name])  # the whole text where the column cuts it
            editable = name == "reply" and action == "pending"
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            item.setBackground(colour)
            item.setData(Qt.ItemDataRole.UserRole, {"id": decision.id, "action": action})
            self.table.setItem(row, column, item)
        if action == "pending" and decision.id:
            self._rows[decision.id] = row
        self.table.scrollToBottom()

    def _action_text(self, action: str, reason: object) -> str:
        names = {
            "speak": self.tr("answered"),
            "ignore": self.tr("ignored"),
            "moderate": self.tr("moderated"),
            "pending": self.tr("waiting for you"),
        }
        reasons = {
            "busy": self.tr("another answer is waiting"),
            "already answered": self.tr("answered a moment ago"),
            "flood": self.tr("too many messages"),
            "thanked recently": self.tr("thanked a moment ago"),
            "chit-chat": self.tr("chit-chat"),
            "not a question vhost can answer": self.tr("not a question about the products"),
            "abuse": self.tr("abuse"),
            "ad": self.tr("advertising"),
            "personal_data": self.tr("personal data"),
            "manipulation": self.tr("tries to change the presenter's words"),
            "blocked by the operator": self.tr("blocked"),
            "no lawful reply": self.tr("no lawful reply"),
        }
        text = names.get(action, action)
        if not reason or action == "speak":
            return text
        return f"{text} ({reasons.get(str(reason), str(reason))})"

    def intent_text(self, intent: str) -> str:
        """An intent's name in the app's language."""
        names = {
            "price": self.tr("price"),
            "promotion": self.tr("deal"),
            "shipping": self.tr("shipping"),
            "size": self.tr("size"),
            "material": self.tr("material"),
            "stock": self.tr("stock"),
            "how_to_buy": self.tr("how to buy"),
            "recommend": self.tr("recommendation"),
            "greeting": self.tr("greeting"),
            "praise": self.tr("praise"),
            "complaint": self.tr("complaint"),
            "chitchat": self.tr("chit-chat"),
            "other": self.tr("other question"),
            "moderated": self.tr("moderated"),
            "flood": self.tr("flood"),
            "gift": self.tr("gift"),
            "like": self.tr("like"),
            "follow": self.tr("follow"),
            "enter": self.tr("entered"),
            "blocked": self.tr("blocked"),
        }
        return names.get(intent, intent)

    def mark(self, message_id: str, action: str) -> None:
        """A waiting answer was approved (spoken) or rejected."""
        row = self._rows.pop(message_id, None)
        if row is None:
            return
        for column in range(len(COLUMNS)):
            item = self.table.item(row, column)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setBackground(QColor(_ACTION_COLOURS.get(action, "#ffffff")))
            item.setData(Qt.ItemDataRole.UserRole, {"id": message_id, "action": action})
        self.table.item(row, COLUMNS.index("action")).setText(self._action_text(action, None))
        self._selection_changed()

    # ---- operator's actions ----------------------------------------------------------------
    def _selected(self) -> tuple[int, dict] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return row, self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) or {}

    def _selection_changed(self) -> None:
        chosen = self._selected()
        waiting = chosen is not None and chosen[1].get("action") == "pending"
        self.approve_button.setEnabled(waiting)
        self.reject_button.setEnabled(waiting)
        self.block_button.setEnabled(chosen is not None)

    def _approve_selected(self) -> None:
        chosen = self._selected()
        if chosen and chosen[1].get("action") == "pending":
            reply = self.table.item(chosen[0], COLUMNS.index("reply")).text()
            self.approve.emit(str(chosen[1]["id"]), reply)

    def _reject_selected(self) -> None:
        chosen = self._selected()
        if chosen and chosen[1].get("action") == "pending":
            self.reject.emit(str(chosen[1]["id"]))

    def _block_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.block.emit(self.table.item(chosen[0], COLUMNS.index("viewer")).text())

    def _say(self) -> None:
        text = self.say_box.text().strip()
        if text:
            self.say_now.emit(text)
            self.say_box.clear()
