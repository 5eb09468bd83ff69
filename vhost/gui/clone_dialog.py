"""Asks what a voice clone needs: a recording of the voice (a sound file, or a video with its
sound), a name, the engine (OpenVoice V2, which a shop may use, or XTTS-v2, which it may not),
the voice OpenVoice speaks in before the tone colour is applied, and the voice owner's consent.
Clone stays disabled, with a line saying why, until all of it is there; a name already saved is
replaced only when the person agrees. The cloning itself is the Presenter screen's work."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vhost.errors import VHostError
from vhost.gui.dialogs import confirm
from vhost.gui.messages import error_text
from vhost.gui.tables import say

OPENVOICE, XTTS = "openvoice", "xtts"
DEFAULT_BASE = "kokoro"
RECORDINGS = "*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus *.mp4 *.mov *.m4v *.webm *.mkv"


@dataclass(frozen=True)
class CloneRequest:
    recording: Path
    name: str
    engine: str  # OPENVOICE or XTTS
    base: str | None  # OpenVoice's base voice; None for XTTS


def suggested_name(stem: str) -> str:
    """A clone name from a file's: letters, digits, CJK, - and _ only, at most 40."""
    return re.sub(r"[^\w\-]+", "_", stem, flags=re.UNICODE).strip("_")[:40]


class CloneDialog(QDialog):
    def __init__(
        self,
        bases: list[tuple[str, str]],
        current: str,
        models_dir: Path,
        parent: QWidget | None = None,
        last: CloneRequest | None = None,
    ) -> None:
        """`bases`: the voices OpenVoice may speak in, as (name, what the voice list shows);
        `current`: the voice chosen now (the base when it is one of them, else kokoro);
        `models_dir`: where clones are saved (to ask before replacing one); `last`: the
        previous request, filled in again (after a refusal, to fix one thing and try again)."""
        super().__init__(parent)
        self.models_dir = models_dir
        self.setWindowTitle(self.tr("Clone a voice"))
        self.setMinimumWidth(560)

        self.hint = QLabel(
            self.tr(
                "Use 10–30 s of clear speech by one speaker, with little background noise. A sound"
                " file or a video with sound will do."
            )
        )
        self.hint.setWordWrap(True)
        self.recording = QLineEdit()
        self.recording.setPlaceholderText(self.tr("A sound file or a video of the voice speaking"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose_recording)
        chosen = QHBoxLayout()
        chosen.addWidget(self.recording, 1)
        chosen.addWidget(self.browse)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("For example shop_owner (letters, digits, - or _)"))
        self.engine = QComboBox()
        self.engine.addItem(self.tr("OpenVoice V2 — commercial use allowed"), OPENVOICE)
        self.engine.addItem(self.tr("XTTS-v2 — not for commercial use"), XTTS)
        self.licence = QLabel()  # what the chosen engine's licence allows
        self.licence.setWordWrap(True)
        self.base = QComboBox()
        for name, text in bases:
            self.base.addItem(text, name)
        at = self.base.findData(current)  # a clone cannot be a base: then kokoro
        self.base.setCurrentIndex(at if at >= 0 else max(0, self.base.findData(DEFAULT_BASE)))
        self.base.setToolTip(
            self.tr("OpenVoice speaks with this voice, then gives it the tone colour of the recording.")
        )
        self.consent = QCheckBox(self.tr("The owner of this voice agreed to have it cloned"))
        self.problem = QLabel()  # why Clone is not yet enabled
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.clone_button = self.buttons.addButton(self.tr("Clone"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._clone)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Recording"), chosen)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Engine"), self.engine)
        form.addRow("", self.licence)
        form.addRow(self.tr("Base voice"), self.base)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if last is not None:
            self.recording.setText(str(last.recording))
            self.name.setText(last.name)
            self.engine.setCurrentIndex(max(0, self.engine.findData(last.engine)))
            if last.base and self.base.findData(last.base) >= 0:
                self.base.setCurrentIndex(self.base.findData(last.base))
        self.recording.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self.engine.currentIndexChanged.connect(self._engine_changed)
        self.consent.toggled.connect(self._validate)
        self._engine_changed()

    # ---- what was asked ----------------------------------------------------------------------
    def request(self) -> CloneRequest:
        engine = self.engine.currentData()
        return CloneRequest(
            Path(self.recording.text().strip()).expanduser(),
            self.name.text().strip(),
            engine,
            self.base.currentData() if engine == OPENVOICE else None,
        )

    def missing(self) -> str:
        """Why Clone cannot start yet (one sentence), or "" when it can."""
        from vhost.speech.clones import check_name

        recording = self.recording.text().strip()
        if not recording:
            return self.tr("Choose a recording of the voice.")
        if not Path(recording).expanduser().is_file():
            return self.tr("{0} is not a file; choose the recording again.").format(recording)
        name = self.name.text().strip()
        if not name:
            return self.tr("Give the voice a name.")
        try:
            check_name(name)
        except VHostError as exc:
            return error_text(exc)
        if not self.consent.isChecked():
            return self.tr("Tick the box to confirm that the owner of this voice agreed to have it cloned.")
        return ""

    # ---- the dialog's own steps --------------------------------------------------------------
    def _engine_changed(self, *_: object) -> None:
        openvoice = self.engine.currentData() == OPENVOICE
        self.base.setEnabled(openvoice)
        say(
            self.licence,
            self.tr("MIT licence: a shop's stream may use this voice.")
            if openvoice
            else self.tr(
                "XTTS-v2's licence (CPML) does not allow commercial use: a shop's stream may not use"
                " this voice without a commercial licence for the model."
            ),
            problem=not openvoice,
        )
        self._validate()

    def _validate(self, *_: object) -> None:
        problem = self.missing()
        self.clone_button.setEnabled(not problem)
        self.problem.setText(problem)

    def _choose_recording(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a recording of the voice"),
            "",
            self.tr("Recordings and videos ({0});;All files (*)").format(RECORDINGS),
        )
        if path:
            self.recording.setText(path)
            if not self.name.text().strip():
                self.name.setText(suggested_name(Path(path).stem))

    def _clone(self) -> None:
        from vhost.speech.clones import RECORD, voices_root

        if self.missing():
            self._validate()
            return
        name = self.request().name
        if (voices_root(self.models_dir) / name / RECORD).is_file() and not confirm(
            self,
            self.tr("Replace the voice?"),
            self.tr(
                "A cloned voice named {0} is already saved. Replace it with a clone of this recording?"
            ).format(name),
            self.tr("Replace it"),
            self.tr("Keep it"),
        ):
            self.name.setFocus()
            self.name.selectAll()
            return
        self.accept()
