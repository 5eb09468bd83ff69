"""The chat console: every comment with its intent, product and what the presenter does about
it; in approve mode, answers wait here for Approve (as suggested or edited) or Reject, and show
what became of them; a "say now" box for the operator's own words (words the show could not say
stay in the box, with why and the law filter's suggestion beside it); block and unblock a viewer;
the questions the catalog could not answer ("I'll check"), listed until the operator answers
them (on air, and into the product's FAQ, so the chat knows next time) or dismisses them.
The buttons sit on two rows, so they fit a 1366x768 screen in either language.

Viewers show by the name they use in chat (what the presenter calls them), with their
pseudonym on hover; blocking goes by the pseudonym, the one stable handle a viewer has."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vhost.chat.loop import ChatDecided, outcome
from vhost.gui.tables import row_table, say

COLUMNS = ("time", "viewer", "comment", "intent", "product", "action", "reply")
MAX_ROWS = 2000  # older rows scroll away (the store keeps every decision)
# A colour per state, so what the operator did (rejected, blocked) never looks like vhost's own
# choice to let a comment pass (ignored).
STATE_COLOURS = {
    "answered": "#e6f4ea",
    "waiting": "#fff4d6",
    "rejected": "#efe3f6",
    "blocked": "#d5dde5",
    "lapsed": "#eeeeee",
    "ignored": "#ffffff",
    "moderated": "#fbe3e1",
}
# An answer whose facts start with one of these said the catalog does not know ("I'll check").
UNANSWERED = ("check", "unknown")
QUESTION_COLUMNS = ("time", "viewer", "question", "product")
FLAGGED_COLOUR = "#ffd98a"  # amber: the comment cell of a question waiting for the operator
MAX_QUESTIONS = 200  # the oldest open question goes when more wait


class ChatPanel(QWidget):
    approve = Signal(str, str)  # message id, the reply as the operator left it
    reject = Signal(str)
    say_now = Signal(str)
    block = Signal(str)  # viewer pseudonym
    unblock = Signal(str)  # viewer pseudonym
    approve_mode = Signal(bool)
    answer_question = Signal(str, str, str)  # product id, the viewer's question, the operator's answer
    questions_changed = Signal(int)  # how many questions wait for an answer

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
        # The blocked viewers, each with Unblock (a push button with a menu: its width counts
        # the menu's arrow, so its text is never cut).
        self.blocked_button = QPushButton()
        self.blocked_button.setMenu(QMenu(self.blocked_button))
        self.approve_button.clicked.connect(self._approve_selected)
        self.reject_button.clicked.connect(self._reject_selected)
        self.block_button.clicked.connect(self._block_selected)
        # Two rows: how the show answers (approve mode, blocked viewers), then what to do with
        # the selected comment.
        modes = QHBoxLayout()
        modes.addWidget(self.approve_box)
        modes.addStretch(1)
        modes.addWidget(self.blocked_button)
        actions = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.block_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.say_box = QLineEdit()
        self.say_box.setPlaceholderText(self.tr("Type words for the presenter to say next…"))
        self.say_button = QPushButton(self.tr("Say now"))
        self.say_box.returnPressed.connect(self._say)
        self.say_button.clicked.connect(self._say)
        say_row = QHBoxLayout()
        say_row.addWidget(self.say_box, 1)
        say_row.addWidget(self.say_button)
        # Why the last words were not said, and the law filter's wording to take instead.
        self.say_note = QLabel()
        self.say_note.setWordWrap(True)
        self.say_note.hide()
        self.suggestion = ""
        self.use_suggestion_button = QPushButton(self.tr("Use this wording"))
        self.use_suggestion_button.setToolTip(self.tr("Put the law filter's wording in the box"))
        self.use_suggestion_button.clicked.connect(self.use_suggestion)
        self.use_suggestion_button.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.say_note, 1)
        note_row.addWidget(self.use_suggestion_button)

        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._questions_box())
        layout.addLayout(say_row)
        layout.addLayout(note_row)
        self._rows: dict[str, int] = {}  # message id → row, for answers held for approval
        self.blocked: dict[str, str] = {}  # pseudonym → shown name, for the show on air
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.set_blocked({})

    def _questions_box(self) -> QGroupBox:
        """The questions the catalog could not answer, with a one-line answer box for the
        selected one; hidden while none waits, so the chat table keeps the room."""
        self.questions = row_table(
            [self.tr("Time"), self.tr("Viewer"), self.tr("Question"), self.tr("Product")],
            stretch={QUESTION_COLUMNS.index("question")},
            widths={QUESTION_COLUMNS.index("product"): 170},
        )
        self.questions.setMaximumHeight(120)
        self.questions.itemSelectionChanged.connect(self._question_selected)
        self.answer_box = QLineEdit()
        self.answer_box.setPlaceholderText(self.tr("Type the answer the catalog does not have…"))
        self.answer_button = QPushButton(self.tr("Answer on air and add to FAQ"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Remove the question without answering it"))
        self.answer_box.returnPressed.connect(self._answer_selected)
        self.answer_button.clicked.connect(self._answer_selected)
        self.dismiss_button.clicked.connect(self._dismiss_selected)
        self.answer_row = QWidget()
        row = QHBoxLayout(self.answer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.answer_box, 1)
        row.addWidget(self.answer_button)
        row.addWidget(self.dismiss_button)
        self.answer_note = QLabel()
        self.answer_note.setWordWrap(True)
        self.answer_note.hide()
        self.questions_group = QGroupBox()
        box = QVBoxLayout(self.questions_group)
        box.addWidget(self.questions)
        box.addWidget(self.answer_row)
        box.addWidget(self.answer_note)
        self._questions_counted()
        return self.questions_group

    # ---- decisions in ----------------------------------------------------------------------
    def add_decision(self, decision: ChatDecided, product: str = "") -> None:
        """One chat decision; `product`: how to show its product."""
        if self.table.rowCount() >= MAX_ROWS:
            self.table.removeRow(0)
            self._rows = {key: row - 1 for key, row in self._rows.items() if row > 0}
        row = self.table.rowCount()
        self.table.insertRow(row)
        state = outcome(decision.action, decision.reason, decision.pending)
        seconds = int(decision.stream_time)
        values = {
            "time": f"{seconds // 60:d}:{seconds % 60:02d}",
            "viewer": decision.name.strip() or decision.viewer,
            "comment": decision.text if decision.text is not None else self.tr("(hidden: moderated)"),
            "intent": self.intent_text(decision.intent),
            "product": product or decision.product or "",
            "action": self.state_text(state, decision.reason),
            "reply": decision.reply or "",
        }
        flagged = unanswered(decision)  # its comment stays amber whatever becomes of the answer
        for column, name in enumerate(COLUMNS):
            item = QTableWidgetItem(values[name])
            if name in ("comment", "reply", "product"):
                item.setToolTip(values[name])  # the whole text where the column cuts it
            if name == "viewer":
                item.setToolTip(decision.viewer)  # the pseudonym the store and exports keep
            item.setData(
                Qt.ItemDataRole.UserRole, {"id": decision.id, "viewer": decision.viewer, "flagged": flagged}
            )
            self.table.setItem(row, column, item)
        self._show_state(row, state)
        if state == "waiting" and decision.id:
            self._rows[decision.id] = row
        if flagged:
            hint = self.tr("The catalog does not say; answer it below")
            self.table.item(row, COLUMNS.index("comment")).setToolTip(f"{values['comment']}\n{hint}")
            self._add_question(decision, values)
        self.table.scrollToBottom()

    def resolve(self, message_id: str, action: str, reply: str | None, reason: str | None) -> None:
        """What became of a held answer (approved and said, rejected, blocked or lapsed); again
        for the same answer, it shows the words said as the law filter left them."""
        row = self._rows.get(message_id)
        if row is None:
            return
        state = outcome(action, reason)
        self._show_state(row, state)
        self.table.item(row, COLUMNS.index("action")).setText(self.state_text(state, reason))
        if reply:
            self.table.item(row, COLUMNS.index("reply")).setText(reply)
        self._selection_changed()

    def _show_state(self, row: int, state: str) -> None:
        colour = QColor(STATE_COLOURS.get(state, "#ffffff"))
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for column, name in enumerate(COLUMNS):
            item = self.table.item(row, column)
            editable = name == "reply" and state == "waiting"
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            data = item.data(Qt.ItemDataRole.UserRole) or {}
            flagged = name == "comment" and data.get("flagged")
            item.setBackground(QColor(FLAGGED_COLOUR) if flagged else colour)
            item.setData(Qt.ItemDataRole.UserRole, {**data, "state": state})

    def state_text(self, state: str, reason: str | None = None) -> str:
        """A decision's state in the app's language, with the reason vhost let a comment pass."""
        if state == "ignored" and reason:
            return self.tr("ignored ({0})").format(self.reason_text(reason))
        if state == "moderated" and reason:
            return self.tr("moderated ({0})").format(self.reason_text(reason))
        names = {
            "answered": self.tr("answered"),
            "waiting": self.tr("waiting for you"),
            "rejected": self.tr("rejected by you"),
            "blocked": self.tr("blocked viewer"),
            "lapsed": self.tr("lapsed: not approved in time"),
            "ignored": self.tr("ignored"),
            "moderated": self.tr("moderated"),
        }
        return names.get(state, self.tr("ignored"))

    def reason_text(self, reason: str) -> str:
        """A reason code (see vhost.chat.loop.REASON_CODES) in the app's language."""
        reasons = {
            "busy": self.tr("another answer is waiting"),
            "empty": self.tr("empty message"),
            "flood": self.tr("too many messages"),
            "already_answered": self.tr("answered a moment ago"),
            "chit_chat": self.tr("chit-chat"),
            "not_answerable": self.tr("not a question about the products"),
            "no_lawful_reply": self.tr("no lawful reply"),
            "nothing_to_say": self.tr("nothing to say"),
            "thanked_recently": self.tr("thanked a moment ago"),
            "abuse": self.tr("abuse"),
            "ad": self.tr("advertising"),
            "personal_data": self.tr("personal data"),
            "manipulation": self.tr("tries to change the presenter's words"),
        }
        return reasons.get(reason, self.tr("another reason"))

    def intent_text(self, intent: str) -> str:
        """An intent's name in the app's language (a merchant's own intent keeps its name)."""
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
            "order": self.tr("order"),
            "enter": self.tr("entered"),
            "blocked": "—",  # a blocked viewer's comment is not read for what it asks
        }
        return names.get(intent, intent)

    # ---- questions the catalog could not answer ---------------------------------------------
    def _add_question(self, decision: ChatDecided, values: dict[str, str]) -> None:
        if self.questions.rowCount() >= MAX_QUESTIONS:
            self.questions.removeRow(0)
        row = self.questions.rowCount()
        self.questions.insertRow(row)
        asked = {"product": decision.product, "question": decision.text}
        for column, name in enumerate(QUESTION_COLUMNS):
            item = QTableWidgetItem(values["comment" if name == "question" else name])
            item.setToolTip(item.text())
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, asked)
            self.questions.setItem(row, column, item)
        self._questions_counted()

    def open_questions(self) -> int:
        """How many questions wait for the operator's answer."""
        return self.questions.rowCount()

    def _questions_counted(self) -> None:
        count = self.open_questions()
        self.questions_group.setTitle(self.tr("Questions to answer ({0})").format(count))
        self.questions_group.setVisible(count > 0)
        self._question_selected()
        self.questions_changed.emit(count)

    def _chosen_question(self) -> tuple[int, dict] | None:
        rows = self.questions.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return row, self.questions.item(row, 0).data(Qt.ItemDataRole.UserRole) or {}

    def _question_selected(self) -> None:
        """The answer box shows for a selected question only (it answers that one)."""
        self.answer_row.setVisible(self._chosen_question() is not None)
        self._answer_note("")

    def _answer_selected(self) -> None:
        """The operator's answer to the selected question goes out (answer_question), and the
        question leaves the list; an empty answer is refused, with why."""
        chosen = self._chosen_question()
        if chosen is None:
            return
        answer = self.answer_box.text().strip()
        if not answer:
            self._answer_note(self.tr("Type an answer first: an empty answer says nothing to the viewer."))
            return
        row, asked = chosen
        self.answer_box.clear()
        self.questions.removeRow(row)
        self._questions_counted()
        self.answer_question.emit(str(asked["product"]), str(asked["question"]), answer)

    def _dismiss_selected(self) -> None:
        """The selected question leaves the list unanswered (chit-chat, or answered already)."""
        chosen = self._chosen_question()
        if chosen is not None:
            self.answer_box.clear()
            self.questions.removeRow(chosen[0])
            self._questions_counted()

    def _answer_note(self, why: str) -> None:
        say(self.answer_note, why, problem=True)
        self.answer_note.setVisible(bool(why))

    # ---- the show's state ------------------------------------------------------------------
    def show_approve_mode(self, on: bool) -> None:
        """Show whether answers wait for approval, without asking for a change."""
        was = self.approve_box.blockSignals(True)
        self.approve_box.setChecked(on)
        self.approve_box.blockSignals(was)

    def set_blocked(self, blocked: dict[str, str]) -> None:
        """The viewers blocked in the show on air: pseudonym → the name shown."""
        self.blocked = dict(blocked)
        menu = self.blocked_button.menu()
        for old in menu.actions():  # (later: one of them may be the Unblock being handled now)
            menu.removeAction(old)
            old.deleteLater()
        for viewer, name in sorted(self.blocked.items(), key=lambda pair: pair[1]):
            action = menu.addAction(self.tr("Unblock {0}").format(name))
            action.setToolTip(viewer)
            action.triggered.connect(lambda _=False, v=viewer: self.unblock.emit(v))
        self.blocked_button.setText(self.tr("Blocked viewers ({0})").format(len(self.blocked)))
        self.blocked_button.setEnabled(bool(self.blocked))
        self._selection_changed()

    def viewer_name(self, viewer: str) -> str:
        """The name a viewer (pseudonym) shows in the latest row of theirs, else the pseudonym."""
        if viewer in self.blocked:
            return self.blocked[viewer]
        column = COLUMNS.index("viewer")
        for row in range(self.table.rowCount() - 1, -1, -1):
            item = self.table.item(row, column)
            if (item.data(Qt.ItemDataRole.UserRole) or {}).get("viewer") == viewer:
                return item.text()
        return viewer

    # ---- operator's actions ----------------------------------------------------------------
    def _selected(self) -> tuple[int, dict] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return row, self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) or {}

    def _selection_changed(self) -> None:
        chosen = self._selected()
        waiting = chosen is not None and chosen[1].get("state") == "waiting"
        self.approve_button.setEnabled(waiting)
        self.reject_button.setEnabled(waiting)
        self.block_button.setEnabled(chosen is not None)
        blocked = chosen is not None and chosen[1].get("viewer") in self.blocked
        self.block_button.setText(self.tr("Unblock viewer") if blocked else self.tr("Block viewer"))

    def _approve_selected(self) -> None:
        chosen = self._selected()
        if chosen and chosen[1].get("state") == "waiting":
            reply = self.table.item(chosen[0], COLUMNS.index("reply")).text()
            self.approve.emit(str(chosen[1]["id"]), reply)

    def _reject_selected(self) -> None:
        chosen = self._selected()
        if chosen and chosen[1].get("state") == "waiting":
            self.reject.emit(str(chosen[1]["id"]))

    def _block_selected(self) -> None:
        """Block the selected row's viewer, or unblock them when they are blocked."""
        chosen = self._selected()
        if chosen:
            viewer = str(chosen[1]["viewer"])
            (self.unblock if viewer in self.blocked else self.block).emit(viewer)

    def _say(self) -> None:
        """The box's words go to the show; the box empties for the next words (words the show
        does not say come back: say_refused, not_said)."""
        text = self.say_box.text().strip()
        if text:
            self._show_note("")
            self.say_box.clear()
            self.say_now.emit(text)

    def say_refused(self, text: str, suggestion: str = "", reasons: Sequence[str] = ()) -> None:
        """The show said nothing of `text`: advertising law forbids it. The words stay in the
        box, with the law's reasons and the filter's suggestion (`suggestion`, when it has one)
        beside it."""
        why = (
            self.tr("Not said: advertising law forbids these words ({0}).").format("; ".join(reasons))
            if reasons
            else self.tr("Not said: advertising law forbids these words.")
        )
        if suggestion.strip():
            why += " " + self.tr("The law filter suggests: {0}").format(suggestion.strip())
        else:
            why += " " + self.tr("Word it another way and press Say now again.")
        self.not_said(text, why, suggestion.strip())

    def not_said(self, text: str, why: str, suggestion: str = "") -> None:
        """`text` was not said (`why`, one sentence): it stays in the box to change or send again."""
        self.say_box.setText(text)
        self._show_note(why, suggestion)

    def use_suggestion(self) -> None:
        """The law filter's wording in the box, ready to send."""
        if self.suggestion:
            self.say_box.setText(self.suggestion)
            self.say_box.setFocus()
            self._show_note("")

    def _show_note(self, why: str, suggestion: str = "") -> None:
        self.suggestion = suggestion
        say(self.say_note, why, problem=True)
        self.say_note.setVisible(bool(why))
        self.use_suggestion_button.setVisible(bool(why and suggestion))


def unanswered(decision: ChatDecided) -> bool:
    """An answer that said the catalog does not know (its facts "check…" or "unknown…"), to a
    viewer's words about a product: a question for the operator to answer."""
    return (
        decision.action == "speak"
        and (decision.reason or "").startswith(UNANSWERED)
        and bool((decision.text or "").strip())
        and bool(decision.product)
    )
