"""The Presenter screen: who presents and in which voice.

Import a photo: the face is found (MediaPipe face mesh) on a worker thread, the landmarks and
the animated regions are drawn over it for a person to check, and the face is saved as an
avatar folder the show uses from the next Go Live. Choose a voice, its speaking rate and its
pitch; hear a test sentence, or watch the face say it (made on a worker thread with progress
and Cancel, then played with its sound). A photo with no usable face, or a voice that cannot
be opened, is one sentence, under the face or under the voice it is about, until the next action
on that side. On a computer with no sound output, "Hear it" says so at once (before the voice
takes seconds to load), and "Save as WAV…" saves the sentence to hear elsewhere. "Clone a
voice…" asks for a recording, a name, the engine and the owner's consent (clone_dialog.py),
clones it on a worker thread and chooses the new voice; "Remove clone" deletes a saved clone.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vhost.gui.bridge import to_qimage
from vhost.gui.clone_dialog import OPENVOICE, CloneDialog, CloneRequest
from vhost.gui.dialogs import confirm
from vhost.gui.messages import error_text, listed, shown
from vhost.gui.prefs import GuiPrefs
from vhost.gui.script_panel import Player, sound_check
from vhost.gui.tables import say
from vhost.gui.work import Job, ProgressStrip

PREVIEW_FPS = 25
TEST_SENTENCES = {
    "zh": "欢迎来到直播间，这款保温杯今天只要八十九元。",
    "en": "Welcome to the shop! This bottle is only eighty-nine today.",
}
# (voice name, rate, pitch) → an opened voice (this takes a second or two: models load)
VoiceOpener = Callable[[str, float, float], Any]


class PresenterPanel(QWidget):
    changed = Signal()  # the presenter or the voice changed: save the app's choices
    _no_sound = Signal(str)  # from the sound thread: why there was no sound

    def __init__(
        self,
        prefs: GuiPrefs,
        avatars_dir: Path,
        voices: list[tuple[str, str]],
        open_voice: VoiceOpener,
        player: Player,
        parent: QWidget | None = None,
        has_sound: Callable[[], bool] | None = None,
        not_fetched: set[str] | frozenset[str] = frozenset(),
        clone_engines: dict[str, str] | None = None,
        models: Callable[[], Path] | None = None,
    ) -> None:
        """`has_sound()`: whether there is a sound output to play on (see sound_check);
        `not_fetched`: voices listed whose model is not pulled yet (shown, not choosable);
        `clone_engines`: each saved clone's engine from its record ("openvoice" or "xtts"),
        which says whether a shop may use it commercially; `models()`: the models folder the
        app uses now, where clones are made and removed (without it, no Clone or Remove)."""
        super().__init__(parent)
        self.prefs, self.avatars_dir = prefs, avatars_dir
        self.open_voice, self.player = open_voice, player
        self.has_sound = sound_check(player, has_sound)
        self.models = models
        self.clone_dialog: CloneDialog | None = None  # the one open now
        self._last_clone: CloneRequest | None = None  # filled in again after a refusal
        self._busy = False  # a face or voice job runs: the buttons wait
        self.rig: Any = None
        self._landmarks: Any = None  # the face with its landmarks drawn (RGB)
        self.clip: list[Any] = []
        self._clip_at = 0
        self._clip_timer = QTimer(self)
        self._clip_timer.setInterval(1000 // PREVIEW_FPS)
        self._clip_timer.timeout.connect(self._next_clip_frame)
        self._no_sound.connect(
            lambda problem: say(self.voice_status, self.tr("No sound: {0}").format(problem), problem=True)
        )

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 360)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("background: #111; color: #ddd;")
        self.face_name = QLabel()
        self.face_name.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import photo or video…"))
        self.shipped_button = QPushButton(self.tr("Use the shipped presenter"))
        self.import_button.clicked.connect(self._choose_photo)
        self.shipped_button.clicked.connect(self.use_shipped)
        face_buttons = QHBoxLayout()
        face_buttons.addWidget(self.import_button)
        face_buttons.addWidget(self.shipped_button)
        face_buttons.addStretch(1)
        face = QGroupBox(self.tr("Face"))
        face_layout = QVBoxLayout(face)
        face_layout.addWidget(self.picture, 1)
        face_layout.addWidget(self.face_name)
        face_layout.addLayout(face_buttons)
        self.face_status = QLabel()  # what became of the last import, under the face
        self.face_status.setWordWrap(True)
        face_layout.addWidget(self.face_status)

        self.voice = QComboBox()
        described = {
            "kokoro": self.tr("female, clear (the default)"),
            "kokoro-gongitsune": self.tr("female, clear"),
            "kokoro-kumo": self.tr("male"),
            "kokoro-nezumi": self.tr("female, bright"),
            "kokoro-alpha": self.tr("female, warm"),
            "kokoro-tebukuro": self.tr("female, calm"),
        }
        for name, description in voices:
            if name.startswith("clone:"):  # clones from before engines: XTTS
                description = self._clone_text((clone_engines or {}).get(name, "xtts"))
            if name.startswith("kokoro-") and name not in described:  # the Mandarin families:
                self.voice.addItem(description, name)  # told apart by description, not model ids
                if name in not_fetched:  # shown, not choosable: the tooltip says how to fetch it
                    item = self.voice.model().item(self.voice.count() - 1)  # type: ignore[attr-defined]
                    item.setEnabled(False)
                    item.setToolTip(description)
            elif not name.startswith("coqui:"):
                self.voice.addItem(f"{name} — {described.get(name, description)}", name)
        if prefs.voice and self.voice.findData(prefs.voice) < 0:  # e.g. a Coqui model set by hand
            self.voice.addItem(prefs.voice, prefs.voice)
        self.voice.setCurrentIndex(max(0, self.voice.findData(prefs.voice or "kokoro")))
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 2.0)
        self.speed.setSingleStep(0.05)
        self.speed.setSuffix("×")
        self.speed.setValue(prefs.speed)
        self.pitch = QDoubleSpinBox()
        self.pitch.setRange(-6.0, 6.0)
        self.pitch.setSingleStep(0.5)
        self.pitch.setSuffix(self.tr(" semitones"))
        self.pitch.setValue(prefs.pitch)
        self.pitch.setEnabled(not (prefs.voice or "").startswith("clone:"))
        self.clone_button = QPushButton(self.tr("Clone a voice…"))
        self.clone_button.setToolTip(
            self.tr("Make a voice from a recording of someone speaking (with their consent)")
        )
        self.remove_button = QPushButton(self.tr("Remove clone"))
        self.clone_button.clicked.connect(self.open_clone_dialog)
        self.remove_button.clicked.connect(self.remove_clone)
        clones = QHBoxLayout()
        clones.addWidget(self.clone_button)
        clones.addWidget(self.remove_button)
        clones.addStretch(1)
        for button in (self.clone_button, self.remove_button):
            button.setVisible(models is not None)
        self.voice.currentIndexChanged.connect(self._voice_changed)
        self.voice.currentIndexChanged.connect(self._removable)
        self._removable()
        for spin in (self.speed, self.pitch):
            spin.valueChanged.connect(self._voice_changed)
        self.sentence = QLineEdit(TEST_SENTENCES.get(prefs.lang, TEST_SENTENCES["en"]))
        self.hear_button = QPushButton(self.tr("Hear it"))
        self.watch_button = QPushButton(self.tr("Watch the face say it"))
        self.wav_button = QPushButton(self.tr("Save as WAV…"))
        self.wav_button.setToolTip(
            self.tr("Save the test sentence in this voice as a WAV file, to hear it on another device")
        )
        self.hear_button.clicked.connect(self.hear)
        self.watch_button.clicked.connect(self.watch)
        self.wav_button.clicked.connect(self._choose_wav)
        tries = QHBoxLayout()
        tries.addWidget(self.hear_button)
        tries.addWidget(self.watch_button)
        tries.addWidget(self.wav_button)
        tries.addStretch(1)
        voice = QGroupBox(self.tr("Voice"))
        form = QFormLayout(voice)
        form.addRow(self.tr("Voice"), self.voice)
        if models is not None:
            form.addRow("", clones)
        form.addRow(self.tr("Speaking rate"), self.speed)
        form.addRow(self.tr("Pitch"), self.pitch)
        form.addRow(self.tr("Test sentence"), self.sentence)
        form.addRow("", tries)

        self.progress = ProgressStrip()
        self.voice_status: QLabel = QLabel()  # what became of the last try of the voice
        self.voice_status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(voice)
        right.addWidget(self.progress)
        right.addWidget(self.voice_status)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addWidget(face, 3)
        columns.addLayout(right, 2)
        self._show_current_face()

    # ---- the face --------------------------------------------------------------------------
    def _show_current_face(self) -> None:
        from vhost.avatar.library import load_avatar, preview_picture
        from vhost.errors import VHostError

        try:
            self.rig, _ = load_avatar(self.prefs.avatar or None)
        except VHostError as exc:
            self.rig = self._landmarks = None
            self.face_name.setText(error_text(exc))
            return
        self._landmarks = preview_picture(self.rig)
        self._show_picture(self._landmarks)
        where = self.prefs.avatar or self.tr("the shipped presenter")
        self.face_name.setText(self.tr("Presenter: {0} ({1})").format(self.rig.name, where))

    def import_photo(self, photo: Path) -> Job:
        """Find the face on a worker thread; when it is usable, save it and use it on air.
        A video becomes a video presenter (it takes about as long as the clip runs)."""
        from vhost.avatar.builder import build_avatar, draw_preview
        from vhost.avatar.library import preview_picture
        from vhost.avatar.video.build import build_video_avatar
        from vhost.avatar.video.clip import is_video

        stages = {
            "tracking the face": self.tr("Following the face through the video…"),
            "finding loop points": self.tr("Finding where the video can loop unseen…"),
            "closing the mouth and saving": self.tr("Closing the mouth at rest and saving…"),
        }

        def video(report):  # noqa: ANN001, ANN202
            report(0.02, self.tr("Reading {0}…").format(photo.name))
            folder = self.avatars_dir / _folder_name(photo.stem)
            spans = {"tracking the face": (0.02, 0.6), "finding loop points": (0.6, 0.65)}
            spans["closing the mouth and saving"] = (0.65, 1.0)

            def progress(stage: str, fraction: float) -> None:
                start, end = spans.get(stage, (0.0, 1.0))
                report(start + (end - start) * fraction, stages.get(stage, stage))

            avatar = build_video_avatar(photo, folder, progress=progress)
            report(1.0, "")
            return avatar, preview_picture(avatar), folder

        def work(report):  # noqa: ANN001, ANN202
            if is_video(photo):
                return video(report)
            report(0.05, self.tr("Finding the face in {0}…").format(photo.name))
            rig = build_avatar(photo)
            report(0.7, self.tr("Saving the presenter…"))
            folder = self.avatars_dir / _folder_name(rig.name)
            rig.save(folder)
            _save_png(draw_preview(rig), folder / "landmarks.png")  # the whole mesh, as the CLI keeps
            report(1.0, "")
            return rig, preview_picture(rig), folder

        say(self.face_status, "")  # the last import's message is over: this one starts
        job = Job(self.tr("Building the presenter"), work, self)
        job.finished.connect(self._imported)
        job.failed.connect(lambda sentence: say(self.face_status, sentence, problem=True))
        job.cancelled.connect(
            lambda: say(self.face_status, self.tr("Cancelled; the presenter is unchanged."))
        )
        return self._follow(job)

    def _imported(self, result: tuple) -> None:
        self.rig, self._landmarks, folder = result
        self.prefs.avatar = str(folder)
        self._show_picture(self._landmarks)
        notes = listed(self.rig.notes)
        self.face_name.setText(self.tr("Presenter: {0} ({1})").format(self.rig.name, folder))
        say(
            self.face_status,
            self.tr("The face was found; check the drawn landmarks. It goes on air at the next Go Live.")
            + (f" ({notes})" if notes else ""),
        )
        self.changed.emit()

    def _follow(self, job: Job) -> Job:
        """Show the job's progress; the panel's own buttons wait until it ends (one face or one
        voice at a time: two would share the CPU and the later one would win)."""
        buttons = (
            self.import_button,
            self.shipped_button,
            self.hear_button,
            self.watch_button,
            self.wav_button,
            self.clone_button,
            self.remove_button,
        )
        for button in buttons:
            button.setEnabled(False)
        self._busy = True

        def ended(*_: object) -> None:
            self._busy = False
            for button in buttons:
                button.setEnabled(True)
            self._removable()

        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        return self.progress.follow(job)

    def use_shipped(self) -> None:
        say(self.face_status, "")
        self.prefs.avatar = ""
        self._show_current_face()
        self.changed.emit()

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo of one face, or a video of the presenter"),
            "",
            self.tr("Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.m4v *.webm)"),
        )
        if path:
            self.import_photo(Path(path))

    def _show_picture(self, rgb: Any) -> None:
        pixmap = QPixmap.fromImage(to_qimage(rgb))
        self.picture.setPixmap(
            pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # ---- the voice -------------------------------------------------------------------------
    def _voice_changed(self, *_: object) -> None:
        say(self.voice_status, "")  # an earlier try's message was about another voice
        self.prefs.voice = self.voice.currentData() or ""
        cloned = self.prefs.voice.startswith("clone:")  # a clone keeps the recording's pitch
        if cloned and self.pitch.value():
            self.pitch.setValue(0.0)  # comes back here through valueChanged
            return
        self.pitch.setEnabled(not cloned)
        self.prefs.speed, self.prefs.pitch = self.speed.value(), self.pitch.value()
        self.changed.emit()

    def _speak(self, report) -> Any:  # noqa: ANN001 - Report
        from vhost.speech.base import speak

        report(0.02, self.tr("Opening the voice…"))
        voice = self.open_voice(self.prefs.voice or "kokoro", self.prefs.speed, self.prefs.pitch)
        report(0.1, self.tr("Speaking…"))
        return speak(voice, self.sentence.text().strip() or TEST_SENTENCES["en"], self.prefs.lang)

    def no_sound_text(self) -> str:
        return self.tr(
            "This computer has no sound output to play on; set one up in Settings → Camera, sound and"
            " recording (How to set this up)."
        )

    def hear(self) -> Job | None:
        """Say the test sentence on the sound output; where there is none, say so at once
        (None: nothing started) and offer Save as WAV."""
        say(self.voice_status, "")
        if not self.has_sound():
            say(
                self.voice_status,
                self.no_sound_text() + " " + self.tr("Save as WAV… keeps the sentence to hear elsewhere."),
                problem=True,
            )
            self.wav_button.setFocus()
            return None
        job = Job(self.tr("Trying the voice"), self._speak, self)
        job.finished.connect(lambda utterance: self._play_sound(utterance))
        job.failed.connect(lambda sentence: say(self.voice_status, sentence, problem=True))
        return self._follow(job)

    def save_wav(self, path: Path) -> Job:
        """The test sentence in this voice, saved as a WAV file (made on a worker thread)."""
        from vhost.speech.wav import write_wav

        def work(report):  # noqa: ANN001, ANN202
            utterance = self._speak(report)
            report(0.9, self.tr("Saving {0}…").format(Path(path).name))
            write_wav(Path(path), utterance.audio, utterance.sample_rate)
            report(1.0, "")
            return utterance

        say(self.voice_status, "")
        job = Job(self.tr("Saving the test sentence"), work, self)
        job.finished.connect(
            lambda utterance: say(
                self.voice_status,
                self.tr("Saved to {0} ({1} s).").format(path, f"{utterance.duration:.1f}"),
            )
        )
        job.failed.connect(lambda sentence: say(self.voice_status, sentence, problem=True))
        return self._follow(job)

    def _choose_wav(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the test sentence as"), "voice-test.wav", "WAV (*.wav)"
        )
        if path:
            self.save_wav(Path(path))

    def watch(self) -> Job | None:
        """The face says the test sentence: speech, then each frame (with progress), then the
        clip plays here with its sound."""
        from vhost.render.talking import talking_frames

        say(self.voice_status, "")
        rig = self.rig
        if rig is None:
            say(
                self.voice_status, self.tr("There is no face to animate: import a photo first."), problem=True
            )
            return None

        def work(report):  # noqa: ANN001, ANN202
            utterance = self._speak(report)
            frames = talking_frames(
                rig,
                utterance,
                fps=PREVIEW_FPS,
                progress=lambda done: report(0.3 + 0.7 * done, self.tr("Animating the face…")),
            )
            return utterance, frames

        job = Job(self.tr("Making the talking preview"), work, self)
        job.finished.connect(self._play_clip)
        job.failed.connect(lambda sentence: say(self.voice_status, sentence, problem=True))
        job.cancelled.connect(lambda: say(self.voice_status, self.tr("Preview cancelled.")))
        return self._follow(job)

    def _play_clip(self, result: tuple) -> None:
        utterance, self.clip = result
        self._clip_at = 0
        self._clip_timer.start()
        self._play_sound(utterance)

    def _next_clip_frame(self) -> None:
        if self._clip_at >= len(self.clip):
            self._clip_timer.stop()
            if self._landmarks is not None:
                self._show_picture(self._landmarks)  # back to the landmarks, to check the face again
            return
        self._show_picture(self.clip[self._clip_at])
        self._clip_at += 1

    def _play_sound(self, utterance: Any) -> None:
        if not self.has_sound():  # (the face still plays: watched without sound)
            say(self.voice_status, self.no_sound_text(), problem=True)
            return
        say(self.voice_status, self.tr("Speaking ({0} s).").format(f"{utterance.duration:.1f}"))

        def play() -> None:
            problem = self.player(utterance.audio, utterance.sample_rate)
            if problem:  # no sound card: the picture still plays; say why there is no sound
                self._no_sound.emit(shown(problem))

        threading.Thread(target=play, name="presenter-sound", daemon=True).start()

    # ---- cloning ---------------------------------------------------------------------------
    def _clone_text(self, engine: str) -> str:
        """What the voice list says of a clone: its engine, and whether a shop may use it."""
        if engine == OPENVOICE:
            return self.tr("cloned from a recording (OpenVoice V2, commercial use allowed)")
        return self.tr("cloned from a recording (XTTS-v2, not for commercial use)")

    def _removable(self, *_: object) -> None:
        cloned = str(self.voice.currentData() or "").startswith("clone:")
        self.remove_button.setEnabled(cloned and not self._busy)
        self.remove_button.setToolTip(
            self.tr("Delete the chosen cloned voice")
            if cloned
            else self.tr("Only a cloned voice can be removed; choose one in the list first.")
        )

    def _bases(self) -> list[tuple[str, str]]:
        """The voices listed that OpenVoice may speak in: not a clone, not a Coqui model, pulled."""
        bases = []
        for row in range(self.voice.count()):
            name = str(self.voice.itemData(row) or "")
            item = self.voice.model().item(row)  # type: ignore[attr-defined]
            if name and not name.startswith(("clone:", "coqui:")) and item.isEnabled():
                bases.append((name, self.voice.itemText(row)))
        return bases

    def open_clone_dialog(self) -> CloneDialog | None:
        """Ask what to clone (the dialog stays on top of the app, which goes on meanwhile);
        Clone starts the cloning here."""
        if self.models is None:
            return None
        dialog = CloneDialog(
            self._bases(), self.prefs.voice or "kokoro", self.models(), self, last=self._last_clone
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.clone(dialog.request()))
        dialog.destroyed.connect(lambda *_: setattr(self, "clone_dialog", None))
        self.clone_dialog = dialog
        dialog.open()
        return dialog

    def clone(self, request: CloneRequest) -> Job | None:
        """Check the recording and save it as `clone:NAME` on a worker thread; then the new
        voice is listed and chosen. A refusal is one sentence under the voice."""
        if self.models is None:
            return None
        models_dir = self.models()
        stages = {
            "reading the recording": self.tr("Reading the recording…"),
            "loading the OpenVoice converter": self.tr("Loading OpenVoice…"),
            "loading XTTS": self.tr("Loading XTTS…"),
            "listening to the voice": self.tr("Listening to the voice…"),
            "learning the tone colour": self.tr("Learning the base voice's own tone colour…"),
        }

        def work(report):  # noqa: ANN001, ANN202
            def step(fraction: float, what: str) -> None:
                if fraction < 1.0:  # (once saved, the clone is there: no Cancel after that)
                    stage = next((k for k in stages if what.startswith(k)), "")
                    report(0.02 + 0.96 * fraction, stages.get(stage, ""))

            if request.engine == OPENVOICE:
                from vhost.speech import openvoice
                from vhost.speech.registry import open_voice

                base = request.base or "kokoro"
                return openvoice.clone_voice(
                    request.recording, request.name, models_dir, open_voice, base, report=step
                )
            from vhost.speech import xtts

            return xtts.clone_voice(request.recording, request.name, models_dir, report=step)

        say(self.voice_status, "")
        self._last_clone = request
        started = time.time()
        job = Job(self.tr("Cloning the voice"), work, self)
        job.finished.connect(self._cloned)
        job.failed.connect(lambda sentence: say(self.voice_status, sentence, problem=True))
        job.cancelled.connect(lambda: self._clone_cancelled(request, models_dir, started))
        return self._follow(job)

    def _clone_cancelled(self, request: CloneRequest, models_dir: Path, started: float) -> None:
        from vhost.errors import VHostError
        from vhost.speech.clones import RECORD, read_record, voices_root

        saved = voices_root(models_dir) / request.name / RECORD
        if saved.is_file() and saved.stat().st_mtime >= started:  # Cancel came as it was saved
            try:
                self._cloned(read_record(request.name, models_dir))
                return
            except VHostError:
                pass
        say(self.voice_status, self.tr("Cancelled; no voice was saved."))

    def _cloned(self, record: dict) -> None:
        from vhost.speech.clones import engine_of

        self._last_clone = None
        self._forget_opened()  # a clone saved again under its name must not be heard as before
        name, engine = "clone:" + str(record["name"]), engine_of(record)
        text = f"{name} — {self._clone_text(engine)}"
        row = self.voice.findData(name)
        if row < 0:
            clones = [
                r for r in range(self.voice.count()) if str(self.voice.itemData(r)).startswith("clone:")
            ]
            row = clones[-1] + 1 if clones else self.voice.count()
            self.voice.insertItem(row, text, name)
        else:
            self.voice.setItemText(row, text)
        self.voice.setCurrentIndex(row)  # (clears the voice's message: the new one follows)
        facts = (
            f"{float(record.get('seconds', 0)):.1f}",
            f"{float(record.get('loudness_dbfs', 0)):.0f}",
            f"{float(record.get('snr_db', 0)):.0f}",
        )
        if engine == OPENVOICE:
            said = self.tr(
                "Saved {0} from {1} s of speech (loudness {2} dBFS, {3} dB above the background) and"
                " chose it. OpenVoice V2 has the MIT licence: a shop's stream may use this voice."
            )
        else:
            said = self.tr(
                "Saved {0} from {1} s of speech (loudness {2} dBFS, {3} dB above the background) and"
                " chose it. XTTS-v2's licence (CPML) does not allow commercial use: a shop's stream may"
                " not use this voice without a commercial licence for the model."
            )
        say(self.voice_status, said.format(name, *facts))

    def remove_clone(self) -> bool:
        """Delete the chosen clone (after asking); a voice that is not a clone is refused."""
        from vhost.errors import VHostError
        from vhost.speech.clones import remove_voice

        say(self.voice_status, "")
        name = str(self.voice.currentData() or "")
        if not name.startswith("clone:") or self.models is None:
            say(
                self.voice_status,
                self.tr("Only a cloned voice can be removed; choose one in the list first."),
                problem=True,
            )
            return False
        if not confirm(
            self,
            self.tr("Remove the voice?"),
            self.tr(
                "Remove the cloned voice {0}? Its saved copy is deleted; the recording it was made"
                " from stays where it is."
            ).format(name),
            self.tr("Remove it"),
            self.tr("Keep it"),
        ):
            return False
        try:
            removed = remove_voice(name.removeprefix("clone:"), self.models())
        except (VHostError, OSError) as exc:
            say(self.voice_status, error_text(exc), problem=True)
            return False
        self._forget_opened()
        row = self.voice.findData(name)
        self.voice.setCurrentIndex(max(0, self.voice.findData("kokoro")))  # (before it goes from the list)
        self.voice.removeItem(row)
        say(
            self.voice_status,
            self.tr("Removed the voice {0}; the presenter now speaks as {1}.").format(
                name, self.voice.currentData()
            )
            if removed
            else self.tr("{0} was no longer saved; it is gone from the list.").format(name),
        )
        return True

    def _forget_opened(self) -> None:
        """The app keeps the last voice it opened; a clone saved again or removed is opened anew."""
        forget = getattr(self.open_voice, "forget", None)
        if callable(forget):
            forget()


def _folder_name(name: str) -> str:
    """A folder name from the photo's: letters, digits, CJK, - and _ only."""
    return re.sub(r"[^\w\-]+", "_", name, flags=re.UNICODE).strip("_") or "presenter"


def _save_png(rgb: Any, path: Path) -> None:
    from PIL import Image

    Image.fromarray(rgb).save(path)
