"""The Live screen: what goes out (the preview), Go Live / Pause / Stop, the outputs' lights
with a fix hint for each missing one, the line being spoken, what comes next, and the figures
(uptime, fps, A/V offset)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vhost.chat.sources.base import SourceHealth
from vhost.engine.events import Metrics
from vhost.gui.health import HealthStrip
from vhost.gui.messages import shown
from vhost.outputs.preflight import Destination, Readiness

LIGHTS = ("camera", "audio", "rtmp", "recording")
# on: in use; ready: will be used at Go Live; off: not used; problem: missing or reconnecting.
_COLOURS = {"on": "#2e9d4f", "ready": "#4a86c5", "off": "#9a9a9a", "problem": "#d08a00", "failed": "#c0392b"}


class Light(QWidget):
    """A coloured dot, a name and a short state; while the output is not on, "How to set this
    up" opens the guide for this computer's system (in the app's language, with "Test this
    output" when the Settings screen is in the same window)."""

    def __init__(self, title: str, parent: QWidget | None = None, output: str = "") -> None:
        super().__init__(parent)
        self.title, self.output = title, output  # output: camera, audio, rtmp or recording
        self.dot, self.label = QLabel("●"), QLabel(title)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #666;")
        self.fix = QPushButton(self.tr("How to set this up"))
        self.fix.setFlat(True)
        self.fix.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.fix.clicked.connect(self._show_hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dot)
        row.addWidget(self.label)
        row.addWidget(self.detail)
        row.addWidget(self.fix)
        row.addStretch(1)
        self.state, self.hint = "", ""
        self.guide: QDialog | None = None
        self.set("off", "")

    def set(self, state: str, detail: str, hint: str = "") -> None:
        """`hint`: the output is missing (its guide's first sentence becomes the tooltip)."""
        self.state, self.hint = state, hint
        self.dot.setStyleSheet(f"color: {_COLOURS[state]}; font-size: 16px;")
        self.detail.setText(detail)
        if hint and self.output:
            from vhost.gui.output_guides import guide_summary

            hint = guide_summary(self.output)
        self.setToolTip(hint or detail)
        self.fix.setVisible(bool(hint) or (bool(self.output) and state not in ("on", "ready")))

    def _show_hint(self) -> None:
        if not self.output:  # a light without a guide: its hint, selectable
            box = QMessageBox(QMessageBox.Icon.Information, self.title, self.hint, parent=self)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()
            return
        from vhost.gui.output_setup import SetupGuide
        from vhost.gui.output_tests import find_output_tests

        self.guide = SetupGuide(self.output, self, find_output_tests(self))
        self.guide.finished.connect(self.guide.deleteLater)
        self.guide.open()


class LivePanel(QWidget):
    go_live = Signal()
    pause = Signal(bool)  # True: pause, False: resume
    stop = Signal()
    start_over = Signal()  # start the resumed show again from the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel(self.tr("Press Go Live to start the show."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 270)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #111; color: #ddd;")
        self._pixmap: QPixmap | None = None

        self.go_button = QPushButton(self.tr("Go Live"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.go_button.clicked.connect(self.go_live)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.stop_button.clicked.connect(self.stop)
        # What the audience gets: on air, a preview only, or nothing yet (never "live" before
        # the first frame has left).
        self.mode = QLabel()
        self.mode.setStyleSheet("font-weight: bold; padding: 0 8px;")
        self.preview_only = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode)
        for button in (self.go_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)

        titles = {
            "camera": self.tr("Virtual camera"),
            "audio": self.tr("Audio device"),
            "rtmp": self.tr("RTMP"),
            "recording": self.tr("Recording"),
        }
        self.lights = {name: Light(titles[name], output=name) for name in LIGHTS}
        lights = QGridLayout()
        for position, name in enumerate(LIGHTS):
            lights.addWidget(self.lights[name], position // 2, position % 2)
        self.chat_light = Light(self.tr("Chat"))  # the chat source: connected, last comment
        lights.addWidget(self.chat_light, len(LIGHTS) // 2, 0, 1, 2)
        self.show_chat(None)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        self.next_line.setStyleSheet("color: #666;")
        self.figures = HealthStrip()
        # A resumed show says so, with the way back to the top.
        self.resumed = QLabel()
        self.resumed.setWordWrap(True)
        self.start_over_button = QPushButton(self.tr("Start from the top"))
        self.start_over_button.clicked.connect(self.start_over)
        resumed_row = QHBoxLayout()
        resumed_row.addWidget(self.resumed, 1)
        resumed_row.addWidget(self.start_over_button)
        self.show_resumed("")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addLayout(lights)
        layout.addWidget(self.caption)
        layout.addWidget(self.next_line)
        layout.addWidget(self.figures)
        layout.addLayout(resumed_row)
        layout.addWidget(self.problem)
        self.set_state("idle")

    # ---- what the window tells it ---------------------------------------------------------
    def set_state(self, state: str) -> None:
        live = state in ("starting", "live", "paused")
        self._on_air = live
        self.go_button.setEnabled(not live)
        self.pause_button.setEnabled(state in ("live", "paused"))
        self.stop_button.setEnabled(live)
        if not live:
            self.pause_button.setChecked(False)
        self._show_mode(state)
        if state == "starting":
            self.show_stage("")
            self.figures.reset()
        elif state in ("stopped", "failed"):  # nothing goes out now: the last picture would lie
            self.figures.reset()  # nor the last second's figures
            self.show_resumed("")
            self._pixmap = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Off air. Go Live (F5) starts the show again."))
            self.caption.setText("")
            self.show_next("")
            for light in self.lights.values():
                if light.state in ("on", "problem"):
                    light.set("off", self.tr("off air"))

    def _show_mode(self, state: str) -> None:
        if state in ("live", "paused") and self.preview_only:
            text, colour = self.tr("PREVIEW ONLY: not on air"), "#666"
        elif state == "live":
            text, colour = self.tr("● ON AIR"), "#c0392b"
        elif state == "paused":
            text, colour = self.tr("● ON AIR (paused)"), "#d08a00"
        elif state == "starting":
            text, colour = self.tr("Starting…"), "#666"
        else:
            text, colour = "", "#666"
        self.mode.setText(text)
        self.mode.setStyleSheet(f"font-weight: bold; padding: 0 8px; color: {colour};")

    def show_resumed(self, text: str) -> None:
        """Where a resumed show continues ("" hides the line and its button)."""
        self.resumed.setText(text)
        self.resumed.setVisible(bool(text))
        self.start_over_button.setVisible(bool(text))

    def show_stage(self, stage: str) -> None:
        """What the starting show is doing (a show builder stage code)."""
        what = {
            "outputs": self.tr("opening the camera, sound and stream"),
            "catalog": self.tr("reading the catalog"),
            "presenter": self.tr("loading the presenter's face"),
            "voice": self.tr("loading the voice"),
            "chat": self.tr("loading the chat models"),
            "first_line": self.tr("making the first line"),
        }.get(stage, self.tr("getting ready"))
        self.preview.setText(self.tr("Starting: {0}…").format(what))

    def show_destination(self, destination: Destination) -> None:
        """Before Go Live: whether this output will be used, and if not, why."""
        light = self.lights[destination.output]
        match destination.readiness:
            case Readiness.READY if destination.output == "recording" and Path(destination.detail).exists():
                # An earlier show recorded there: this one goes beside it, never over it.
                light.set("ready", self.tr("a new file beside {0}").format(Path(destination.detail).name))
            case Readiness.READY:
                light.set("ready", self.tr("will use {0}").format(destination.detail))
            case Readiness.OFF:
                light.set("off", self.tr("switched off in Settings"))
            case Readiness.NOT_SET:
                light.set("off", self.tr("not set up"))
            case Readiness.MISSING:
                light.set("problem", self.tr("not found on this computer"))

    def show_picture(self, image: QImage) -> None:
        if not self._on_air:  # a last frame arriving after Stop would freeze on screen
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()

    def show_metrics(self, metrics: Metrics) -> None:
        self.figures.follow(metrics)
        self.show_next(metrics.next or "")
        rtmp = metrics.outputs.get("rtmp")
        if rtmp is not None:
            connected = rtmp.get("connected")
            self.lights["rtmp"].set(
                "on" if connected else "problem",
                self.tr("streaming") if connected else self.tr("reconnecting…"),
            )

    def show_chat(self, health: SourceHealth | None, failure: str | None = None) -> None:
        """The chat light, once a second while live: is the source connected, when did the
        last comment come, and whether the bridge turned anyone away."""
        if failure:
            self.chat_light.set("failed", self.tr("stopped: {0}").format(shown(failure)))
            return
        if health is None:
            self.chat_light.set("off", self.tr("no chat source (Settings → Chat source)"))
            return
        last = (
            self.tr("last comment {0} s ago").format(int(time.time() - health.last_message_at))
            if health.last_message_at is not None
            else self.tr("no comment yet")
        )
        if health.connected is False:
            self.chat_light.set("problem", self.tr("{0}: reconnecting… ({1})").format(health.name, last))
            return
        detail = self.tr("{0}: {1}").format(health.name, last)
        if health.clients is not None:  # the local bridge: who is handing chat in
            detail += self.tr(", {0} bridge connection(s)").format(health.clients)
        if health.refused:
            detail += self.tr(", {0} request(s) refused (a wrong token or a web page)").format(health.refused)
        recent = health.last_message_at is not None and time.time() - health.last_message_at < 120
        if health.refused and not recent:
            state = "problem"
        else:
            state = "on" if recent or health.connected else "ready"
        self.chat_light.set(state, detail)

    def show_line(self, text: str, kind: str, question: str | None) -> None:
        prefix = self.tr("Answering “{0}”: ").format(question) if question else ""
        self.caption.setText(prefix + text if kind != "pause" else "")

    def show_next(self, text: str) -> None:
        self.next_line.setText(self.tr("Next: {0}").format(text) if text else "")

    def show_problem(self, message: str) -> None:
        """One sentence (a core Message is shown in the app's language)."""
        self.problem.setText(shown(message))

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause.emit(paused)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's signature
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is not None:
            self.preview.setPixmap(
                self._pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
