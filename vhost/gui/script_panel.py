"""The Script screen (operators): the generated script per product, line by line; regenerate
one product or all, or ask for other wording; edit a line (at every keystroke, before the edit
is committed, the words the advertising law forbids are marked in the editor and the row shows
the filter's rewrite in full, growing to fit it, and on hover); play a line in the show's voice
(made on a worker thread, so the window never waits), or, on a computer with no sound output
(said at once, before the voice loads), save it as a WAV file; use the edited lines on air (a
running show switches to them at once; the director presents those products with them until
"Back to written"): the table then shows the very words said, the law filter's rewording
included, and a product on air with the operator's lines shows them when it is chosen, after a
restart too; save the script as JSON (`vhost render --script`)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vhost.domain import Catalog, Script, Segment
from vhost.gui.messages import error_text, shown
from vhost.gui.tables import FLAGGED, row_table, say
from vhost.script.compliance import ComplianceFilter
from vhost.script.template_writer import TemplateWriter

COLUMNS = ("product", "kind", "text", "law")
# (audio, sample rate) → None when it played, else one sentence saying why it could not.
Player = Callable[[np.ndarray, int], str | None]
ON_AIR = "#e6f4ea"  # a line the show says now: the operator's own, put on air


class _Spoken(QObject):
    """Carries a line made on a worker thread back to the GUI thread."""

    # (Utterance or None, error sentence or None, the WAV file it was saved to or None)
    done = Signal(object, object, object)


class _ForbiddenWords(QSyntaxHighlighter):
    """Marks the forbidden words of the line being typed, redrawn at every keystroke."""

    def __init__(self, document: QTextDocument, spans: Callable[[str], list[tuple[int, int]]]) -> None:
        super().__init__(document)
        self.spans = spans
        self.look = QTextCharFormat()
        self.look.setBackground(QColor(FLAGGED))
        self.look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.look.setUnderlineColor(QColor("#c0392b"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for start, end in self.spans(text):
            # Qt counts UTF-16 units: an emoji before the word takes two.
            begin = _utf16(text[:start])
            self.setFormat(begin, _utf16(text[start:end]), self.look)


class _LineEditor(QPlainTextEdit):
    """A script line's editor: wraps like the cell, marks forbidden words as they are typed;
    Enter finishes, as in a plain cell (a line has no line breaks)."""

    finished = Signal()

    def __init__(self, parent: QWidget, row: int, spans: Callable[[str], list[tuple[int, int]]]) -> None:
        super().__init__(parent)
        self.row = row
        self.marks = _ForbiddenWords(self.document(), spans)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit()
            return
        super().keyPressEvent(event)


class _LineDelegate(QStyledItemDelegate):
    """Edits the text column in a _LineEditor whose every keystroke goes to `typed(row, editor)`,
    so the row's verdict follows the typing, not only the committed edit."""

    def __init__(
        self,
        spans: Callable[[str], list[tuple[int, int]]],
        typed: Callable[[int, _LineEditor], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.spans, self.typed = spans, typed

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = _LineEditor(parent, index.row(), self.spans)
        editor.textChanged.connect(lambda: self.typed(editor.row, editor))
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def setEditorData(  # noqa: N802 - Qt's name
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, _LineEditor)
        editor.setPlainText(index.data() or "")
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(  # noqa: N802 - Qt's name
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, _LineEditor)
        model.setData(index, " ".join(editor.toPlainText().splitlines()))

    def _finish(self, editor: _LineEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ScriptPanel(QWidget):
    # product id → its segments, lawful, for the show to say; or None: written afresh again
    on_air = Signal(dict)

    def __init__(
        self,
        compliance: ComplianceFilter,
        voice: Callable[[], Any],
        player: Player,
        parent: QWidget | None = None,
        has_sound: Callable[[], bool] | None = None,
    ) -> None:
        """`voice()` gives the show's voice (opened on first use: it takes seconds);
        `has_sound()`: whether there is a sound output to play on (see sound_check)."""
        super().__init__(parent)
        self.compliance, self.voice, self.player = compliance, voice, player
        self.has_sound = sound_check(player, has_sound)
        self.writer = TemplateWriter(compliance)
        self.catalog: Catalog | None = None
        self.script: Script | None = None
        self.own: dict[str, tuple[Segment, ...]] = {}  # product id → the operator's lines on air
        self._own_shown: str | None = None  # the product whose lines on air the table shows
        self.lang, self.seed = "zh", 0
        self._spoken = _Spoken(self)
        self._spoken.done.connect(self._played)
        self.playing = False

        self.product = QComboBox()
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.reword_button = QPushButton(self.tr("Other wording"))
        self.play_button = QPushButton(self.tr("Play line"))
        self.save_button = QPushButton(self.tr("Save script…"))
        self.use_button = QPushButton(self.tr("Use on air"))
        self.use_button.setToolTip(self.tr("The show presents these products with these lines"))
        self.written_button = QPushButton(self.tr("Back to written"))
        self.written_button.setToolTip(self.tr("The show writes these products' lines afresh again"))
        self.use_button.clicked.connect(self.use_on_air)
        self.written_button.clicked.connect(self.back_to_written)
        self.generate_button.clicked.connect(self.generate)
        self.reword_button.clicked.connect(self.reword)
        self.play_button.clicked.connect(self.play_selected)
        self.save_button.clicked.connect(self._choose_save)
        # Offered where there is no sound output: the line as a file, to hear elsewhere.
        self.wav_button = QPushButton(self.tr("Save line as WAV…"))
        self.wav_button.setToolTip(self.tr("Save the selected line, in the show's voice, as a WAV file"))
        self.wav_button.clicked.connect(self._choose_wav)
        self.wav_button.hide()
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Product")))
        tools.addWidget(self.product, 1)
        for button in (
            self.generate_button,
            self.reword_button,
            self.play_button,
            self.use_button,
            self.written_button,
            self.save_button,
        ):
            tools.addWidget(button)

        titles = {
            "product": self.tr("Product"),
            "kind": self.tr("Part"),
            "text": self.tr("Line (editable)"),
            "law": self.tr("Advertising law"),
        }
        self.table = row_table(
            [titles[c] for c in COLUMNS], stretch={COLUMNS.index("text"), COLUMNS.index("law")}
        )
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._edited)
        lines = _LineDelegate(self._forbidden_spans, self._typed, self.table)
        lines.closeEditor.connect(lambda editor, _hint: self._editor_closed(editor))
        self.table.setItemDelegateForColumn(COLUMNS.index("text"), lines)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Above the table: what to do on an empty screen, or whose lines on air it shows.
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        below = QHBoxLayout()
        below.addWidget(self.status, 1)
        below.addWidget(self.wav_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self._filling = False
        self._where: list[tuple[int, int]] = []  # table row → (segment index, line index)
        self._follow_choice()

    # ---- scripts ---------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None, lang: str, seed: int = 0) -> None:
        self.catalog, self.lang, self.seed = catalog, lang, seed
        chosen = self.product.currentData()
        blocked = self.product.blockSignals(True)  # the same choice, listed afresh, is no new choice
        try:
            self.product.clear()
            self.product.addItem(self.tr("All products"), None)
            for product in catalog.products if catalog else ():
                self.product.addItem(f"{product.id} {product.localized(lang).title}", product.id)
            self.product.setCurrentIndex(max(0, self.product.findData(chosen)))
        finally:
            self.product.blockSignals(blocked)
        if self.product.currentData() != chosen:
            self._product_chosen()
        else:
            self._follow_choice()

    def _product_chosen(self, *_: object) -> None:
        """A product on air with the operator's own lines shows them; any other choice leaves
        the table as it is until Generate."""
        chosen = self.product.currentData()
        if chosen in self.own:
            self._show_own(chosen)
        self._follow_choice()

    def _follow_choice(self) -> None:
        """The buttons and the hint follow the chosen product and what is on air."""
        chosen = self.product.currentData()
        self.generate_button.setText(self.tr("Generate") if chosen else self.tr("Generate all"))
        self.written_button.setEnabled(chosen in self.own if chosen else bool(self.own))
        self._show_hint()

    def _show_hint(self) -> None:
        if self.script is None:
            hint = self.tr("Choose a product and press Generate (or Generate all).")
            if self.own:
                hint += " " + self.tr("On air with your own lines: {0} (choose one to see them).").format(
                    self._names(sorted(self.own))
                )
        else:
            shown_on_air = sorted(
                {
                    segment.product_id
                    for segment in self.script.segments
                    for line in segment.lines
                    if self._on_air(segment.product_id, line.text)
                }
            )
            hint = (
                self.tr(
                    "On air: your lines for {0} (marked “On air: your lines”). Edit them and press Use on"
                    " air again, or Back to written to let the show write them afresh."
                ).format(self._names(shown_on_air))
                if shown_on_air
                else ""
            )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _names(self, product_ids: list[str]) -> str:
        """Products as a merchant knows them: by title (an id like "3" reads like a count)."""
        titles = {product.id: product.title for product in self.catalog.products} if self.catalog else {}
        return "、".join(f"“{titles.get(pid, pid)}”" for pid in product_ids)

    def _on_air(self, product_id: str | None, text: str) -> bool:
        """Whether the show says this line now, as the operator's own for that product."""
        if product_id is None or product_id not in self.own:
            return False
        return any(line.text == text for segment in self.own[product_id] for line in segment.lines)

    def show_own_lines(self, chosen: Mapping[str, tuple[Segment, ...] | None]) -> None:
        """The operator's lines on air, by product id (the window keeps them between runs): a
        product that has them shows them when it is chosen, marked as on air, with Back to
        written. The window calls this at start and after each Use on air or Back to written."""
        self.own = {pid: tuple(segments) for pid, segments in chosen.items() if segments}
        product = self.product.currentData()
        showing = self._own_shown
        if product in self.own and (self.script is None or showing == product):
            self._show_own(product)
        elif self.script is not None:
            self._recheck()
        self._follow_choice()

    def _show_own(self, product_id: str) -> None:
        segments = self.own[product_id]
        if self.script is not None and self._own_shown == product_id and self.script.segments == segments:
            return  # shown already (the window tells what the screen itself put on air)
        self.script = Script(self.lang, segments, seed=self.seed)
        self._fill()
        self._own_shown = product_id
        say(
            self.status,
            self.tr("{0} is on air with your own lines: these are the words the show says.").format(
                self._names([product_id])
            ),
        )

    def _recheck(self) -> None:
        """Every row's verdict again (what is on air changed)."""
        for row in range(self.table.rowCount()):
            self._check(row)

    def generate(self) -> None:
        """The script for the chosen product (or all), as the show would say it now."""
        if self.catalog is None or not self.catalog.products:
            say(self.status, self.tr("There is no catalog to write about: import one first."), problem=True)
            return
        chosen = self.product.currentData()
        self.script = self.writer.write(
            self.catalog,
            self.lang,
            seed=self.seed,
            now=datetime.now(),
            product_ids=[chosen] if chosen else None,
        )
        self._own_shown = None
        self._fill()
        self._follow_choice()
        changes = len(self.script.compliance_changes)
        say(
            self.status,
            self.tr("{0} lines written; the law filter rewrote {1}.").format(
                len(self.script.lines()), changes
            ),
        )

    def reword(self) -> None:
        self.seed += 1
        self.generate()

    def _fill(self) -> None:
        assert self.script is not None
        self._filling = True
        self._where = []
        try:
            self.table.setRowCount(0)
            for s_index, segment in enumerate(self.script.segments):
                for l_index, line in enumerate(segment.lines):
                    row = self.table.rowCount()
                    self.table.insertRow(row)
                    self._where.append((s_index, l_index))
                    values = (segment.product_id or "", self._part(segment.kind.value), line.text, "")
                    for column, value in enumerate(values):
                        item = QTableWidgetItem(value)
                        if COLUMNS[column] != "text":
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        self.table.setItem(row, column, item)
                    self._check(row)
        finally:
            self._filling = False
        self.table.resizeRowsToContents()

    def _part(self, kind: str) -> str:
        names = {
            "opening": self.tr("opening"),
            "intro": self.tr("introduction"),
            "selling_points": self.tr("selling points"),
            "specs": self.tr("specs"),
            "price": self.tr("price"),
            "faq": self.tr("FAQ"),
            "call_to_action": self.tr("call to action"),
            "transition": self.tr("transition"),
        }
        return names.get(kind, kind)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.script is None or COLUMNS[item.column()] != "text":
            return
        row = item.row()
        s_index, l_index = self._where[row]
        segment = self.script.segments[s_index]
        lines = list(segment.lines)
        lines[l_index] = replace(lines[l_index], text=item.text().strip(), template=None)
        segments = list(self.script.segments)
        segments[s_index] = replace(segment, lines=tuple(lines))
        self.script = replace(self.script, segments=tuple(segments))
        self._check(row)

    def _forbidden_spans(self, text: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _ in self.compliance.spans(text, self.lang)]

    def _typed(self, row: int, editor: _LineEditor) -> None:
        """The line as it is being typed: the row's verdict and the editor's tooltip follow it.
        The text cell itself is left alone until the edit is committed (changing it would
        reload the editor and lose what was typed)."""
        tip = self._check(row, editor.toPlainText())
        editor.setToolTip(tip)

    def _editor_closed(self, editor: _LineEditor) -> None:
        """Enter, Esc or a click elsewhere: the row shows its committed line's verdict again (an
        editor left over from a script written afresh may have no row to go back to)."""
        if editor.row < self.table.rowCount():
            self._check(editor.row)

    def _check(self, row: int, typed: str | None = None) -> str:
        """Mark a line the advertising law would not let through, with the filter's rewrite in
        full (in the law column, growing the row, and on hover), and a line on air as the
        operator's own; `typed`: the text in an open editor, else the committed line. Returns
        the tooltip ("" when the line is lawful)."""
        text = self.table.item(row, COLUMNS.index("text")).text() if typed is None else typed
        filtered = self.compliance.apply(text, self.lang)
        product_id = self.script.segments[self._where[row][0]].product_id if self.script else None
        if filtered.changed:
            reasons = list(dict.fromkeys(change.reason for change in filtered.changes))
            suggestion = filtered.text or self.tr("(the whole line would be dropped)")
            verdict = self.tr("Forbidden words ({0}). Say instead: {1}").format(
                "; ".join(reasons), suggestion
            )
            tip = self.tr("Say instead: {0}").format(suggestion) + "\n\n" + "\n".join(reasons)
            colour = QColor(FLAGGED)
        elif self._on_air(product_id, text):
            verdict, tip, colour = self.tr("On air: your lines"), "", QColor(ON_AIR)
        else:
            verdict, tip, colour = self.tr("OK"), "", QColor("#ffffff")
        blocked = self.table.blockSignals(True)  # colours and verdicts are not edits of the line
        try:
            self.table.item(row, COLUMNS.index("law")).setText(verdict)
            for column, name in enumerate(COLUMNS):
                if typed is None or name != "text":
                    self.table.item(row, column).setBackground(colour)
                    self.table.item(row, column).setToolTip(tip)
        finally:
            self.table.blockSignals(blocked)
        self.table.resizeRowToContents(row)  # the verdict is read in full, never cut off
        return tip

    # ---- playing a line --------------------------------------------------------------------
    def play_selected(self) -> None:
        """Say the selected line (as the law filter lets it through) on the sound output; where
        there is none, say so at once, before the voice loads, and offer Save line as WAV."""
        lawful = self._selected_line()
        if lawful is None:
            return
        if not self.has_sound():
            self.wav_button.show()
            say(
                self.status,
                self.tr(
                    "This computer has no sound output to play on; set one up in Settings → Camera,"
                    " sound and recording (How to set this up)."
                ),
                problem=True,
            )
            return
        self._start(lawful, None)
        say(self.status, self.tr("Speaking: {0}").format(lawful))

    def save_line_wav(self, path: Path) -> bool:
        """Save the selected line (as the law filter lets it through) in the show's voice as a
        WAV file, made on a worker thread; False when there is no line to save."""
        lawful = self._selected_line()
        if lawful is None:
            return False
        self._start(lawful, Path(path))
        say(self.status, self.tr("Saving the line as {0}…").format(Path(path).name))
        return True

    def _selected_line(self) -> str | None:
        """The selected line's lawful words; None (said why, when it matters) when there is no
        line to speak or one is being spoken."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.playing:
            return None
        text = self.table.item(rows[0].row(), COLUMNS.index("text")).text()
        lawful = self.compliance.apply(text, self.lang).text
        if not lawful:
            say(self.status, self.tr("Nothing to play: the law filter drops this whole line."), problem=True)
            return None
        return lawful

    def _start(self, text: str, wav: Path | None) -> None:
        self.playing = True
        self.play_button.setEnabled(False)
        self.wav_button.setEnabled(False)
        threading.Thread(target=self._speak, args=(text, wav), name="script-play", daemon=True).start()

    def _speak(self, text: str, wav: Path | None = None) -> None:
        from vhost.speech.base import speak
        from vhost.speech.wav import write_wav

        try:
            utterance = speak(self.voice(), text, self.lang)
            if wav is not None:
                write_wav(wav, utterance.audio, utterance.sample_rate)
        except Exception as exc:  # one sentence in the window; the voice's own error names the fix
            self._spoken.done.emit(None, error_text(exc), wav)
            return
        problem = None if wav is not None else self.player(utterance.audio, utterance.sample_rate)
        self._spoken.done.emit(utterance, shown(problem) if problem else None, wav)

    def _played(self, utterance: Any, problem: str | None, wav: Path | None) -> None:
        self.playing = False
        self.play_button.setEnabled(True)
        self.wav_button.setEnabled(True)
        if wav is not None:
            if utterance is None:
                say(self.status, self.tr("Could not save the line: {0}").format(problem), problem=True)
            else:
                say(
                    self.status,
                    self.tr("Saved the line to {0} ({1} s).").format(wav, f"{utterance.duration:.1f}"),
                )
        elif utterance is None or problem:
            say(self.status, self.tr("Could not play the line: {0}").format(problem), problem=True)
        else:
            say(self.status, self.tr("Played ({0} s).").format(f"{utterance.duration:.1f}"))

    def _choose_wav(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the line as"), "line.wav", "WAV (*.wav)")
        if path:
            self.save_line_wav(Path(path))

    # ---- the show's own lines -------------------------------------------------------------
    def use_on_air(self) -> None:
        """The script's products are presented with these lines, each through the law filter
        (a line it rewords is said reworded, a line it drops entirely is left out); the table
        then shows the very words the show says."""
        if self.script is None:
            say(self.status, self.tr("Generate a script first."), problem=True)
            return
        chosen: dict[str, list[Segment]] = {}
        segments: list[Segment] = []
        reworded = dropped = 0
        for segment in self.script.segments:
            if segment.product_id is None:
                segments.append(segment)  # an opening belongs to the round, not to a product
                continue
            lines = []
            for line in segment.lines:
                filtered = self.compliance.apply(line.text, self.lang)
                if not filtered.text:
                    dropped += 1
                    continue
                reworded += filtered.text != line.text
                lines.append(replace(line, text=filtered.text))
            lawful = replace(segment, lines=tuple(lines))
            chosen.setdefault(segment.product_id, []).append(lawful)
            segments.append(lawful)
        on_air = {pid: tuple(product_segments) for pid, product_segments in chosen.items()}
        self.own.update(on_air)
        self.script = replace(self.script, segments=tuple(segments))
        self._fill()
        self._own_shown = next(iter(on_air)) if len(on_air) == 1 else None
        self._follow_choice()
        self.on_air.emit(on_air)
        say(self.status, self._on_air_text(len(on_air), reworded, dropped))

    def _on_air_text(self, products: int, reworded: int, dropped: int) -> str:
        """What Use on air did, in words that read naturally for any count."""
        shows = (
            self.tr("The show will present 1 product with these lines")
            if products == 1
            else self.tr("The show will present {0} products with these lines").format(products)
        )
        if not reworded and not dropped:
            return self.tr("{0}, as the table shows them.").format(shows)
        counts = {0: self.tr("none"), 1: self.tr("1 line")}
        changed = counts.get(reworded) or self.tr("{0} lines").format(reworded)
        left_out = counts.get(dropped) or self.tr("{0} lines").format(dropped)
        return self.tr(
            "{0}, as the table now shows them: the law filter reworded {1} and left out {2}."
        ).format(shows, changed, left_out)

    def back_to_written(self) -> None:
        chosen = self.product.currentData()
        ids = [chosen] if chosen else [p.id for p in self.catalog.products] if self.catalog else []
        for product_id in ids:
            self.own.pop(product_id, None)
        self._recheck()
        self._follow_choice()
        self.on_air.emit(dict.fromkeys(ids))
        say(
            self.status,
            self.tr("The show writes the lines of {0} afresh again.").format(ids[0])
            if len(ids) == 1
            else self.tr("The show writes the lines of {0} products afresh again.").format(len(ids)),
        )

    # ---- saving ----------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        if self.script is not None:
            text = json.dumps(self.script.to_dict(), ensure_ascii=False, indent=2, default=str)
            Path(path).write_text(text + "\n", "utf-8")

    def _choose_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the script"), "script.json", "JSON (*.json)"
        )
        if path:
            self.save(Path(path))


def sound_output_found() -> bool:
    """Whether this computer has a sound output to play on (asked in a moment, before a voice
    takes seconds to load)."""
    from vhost.errors import VHostError
    from vhost.outputs.audio import find_device

    try:
        return find_device("auto") is not None
    except VHostError:  # no PortAudio, or a sound system that cannot be asked
        return False


def sound_check(player: Player, has_sound: Callable[[], bool] | None = None) -> Callable[[], bool]:
    """How a screen tells whether there is a sound output before it makes a sound: `has_sound`
    when given; else, for the computer's speakers (play_on_speakers), whether it has one; any
    other player (a test's) plays wherever it plays."""
    if has_sound is not None:
        return has_sound
    return sound_output_found if player is play_on_speakers else (lambda: True)


def play_on_speakers(audio: np.ndarray, rate: int) -> str | None:
    """Play on the default sound output; one sentence (a core Message) when there is none."""
    from vhost.errors import VHostError
    from vhost.messages import QT_TRANSLATE_NOOP, Message, message_of
    from vhost.outputs.audio import _sounddevice, how_to_get_audio

    try:
        sounddevice = _sounddevice()
        sounddevice.play(audio, rate, blocking=True)
    except VHostError as exc:
        return message_of(exc)
    except Exception as exc:  # PortAudio: no device, busy device
        return Message(
            QT_TRANSLATE_NOOP("vhost", "there is no sound output to play on ({reason}); {advice}"),
            reason=exc,
            advice=how_to_get_audio(),
        )
    return None


def _utf16(text: str) -> int:
    """The length of `text` as Qt counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2
