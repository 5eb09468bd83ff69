"""The Live screen: what goes out (the preview), Go Live / Pause / Stop, the outputs' lights
with a fix hint for each missing one, the line being spoken, what comes next, and the figures
(uptime, fps, A/V offset)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vhost.engine.events import Metrics

LIGHTS = ("camera", "audio", "rtmp", "recording")
_COLOURS = {"on": "#2e9d4f", "off": "#9a9a9a", "problem": "#d08a00", "failed": "#c0392b"}


class Light(QWidget):
    """A coloured dot, a name and a short state; when the output is missing, a button shows
    how to get it (the exact command, selectable)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.dot, self.label = QLabel("●"), QLabel(title)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #666;")
        self.fix = QPushButton(self.tr("How to fix"))
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
        self.set("off", "")

    def set(self, state: str, detail: str, hint: str = "") -> None:
        self.state, self.hint = state, hint
        self.dot.setStyleSheet(f"color: {_COLOURS[state]}; font-size: 16px;")
        self.detail.setText(detail)
        self.setToolTip(hint or detail)
        self.fix.setVisible(bool(hint))

    def _show_hint(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.title, self.hint, parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()


class LivePanel(QWidget):
    go_live = Signal()
    pause = Signal(bool)  # True: pause, False: resume
    stop = Signal()

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
        buttons = QHBoxLayout()
        for button in (self.go_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)

        titles = {
            "camera": self.tr("Virtual camera"),
            "audio": self.tr("Audio device"),
            "rtmp": self.tr("RTMP"),
            "recording": self.tr("Recording"),
        }
        self.lights = {name: Light(titles[name]) for name in LIGHTS}
        lights = QGridLayout()
        for position, name in enumerate(LIGHTS):
            lights.addWidget(self.lights[name], position // 2, position % 2)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        self.next_line.setStyleSheet("color: #666;")
        self.figures = QLabel()
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
        if state == "starting":
            self.preview.setText(self.tr("Starting: loading the voice and the face…"))
        elif state in ("stopped", "failed"):  # nothing goes out now: the last picture would lie
            self._pixmap = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Off air. Go Live (F5) starts the show again."))
            self.caption.setText("")
            self.show_next("")
            for light in self.lights.values():
                if light.state in ("on", "problem"):
                    light.set("off", self.tr("off air"))

    def show_picture(self, image: QImage) -> None:
        if not self._on_air:  # a last frame arriving after Stop would freeze on screen
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()

    def show_metrics(self, metrics: Metrics) -> None:
        seconds = int(metrics.stream_seconds)
        uptime = f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        self.figures.setText(
            self.tr("Uptime {0}   fps {1}   A/V offset {2} ms   speech ready {3} s").format(
                uptime,
                f"{metrics.fps or 0:.1f}",
                f"{metrics.av_offset_ms:.1f}",
                f"{metrics.buffer_seconds:.1f}",
            )
        )
        self.show_next(metrics.next or "")
        rtmp = metrics.outputs.get("rtmp")
        if rtmp is not None:
            connected = rtmp.get("connected")
            self.lights["rtmp"].set(
                "on" if connected else "problem",
                self.tr("streaming") if connected else self.tr("reconnecting…"),
            )

    def show_line(self, text: str, kind: str, question: str | None) -> None:
        prefix = self.tr("Answering “{0}”: ").format(question) if question else ""
        self.caption.setText(prefix + text if kind != "pause" else "")

    def show_next(self, text: str) -> None:
        self.next_line.setText(self.tr("Next: {0}").format(text) if text else "")

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)

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
