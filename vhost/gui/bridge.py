"""Bridges a LiveSession onto the Qt GUI thread: a timer takes the engine's events and the
newest picture and re-emits them as signals, so widgets only ever run on the GUI thread."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from vhost.gui.session import LiveSession

REFRESH_MS = 66  # the preview at about 15 pictures a second: enough to watch, cheap to draw


class EngineBridge(QObject):
    picture = Signal(QImage)  # the newest frame that went out
    event = Signal(str, dict)  # an engine or chat event: kind, data
    state = Signal(str)  # idle, starting, live, paused, stopped, failed

    def __init__(self, session: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shown = -1
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._pump)
        self._was_running = False

    def start(self) -> None:
        self.state.emit("starting")
        try:
            self.session.start()
        except Exception as exc:  # a user's mistake (no face, a missing model): one sentence
            self.state.emit("failed")
            self.event.emit("error", {"where": "start", "message": str(exc)})
            return
        self._was_running = True
        self._timer.start()

    def stop(self) -> None:
        self.session.stop()
        self._pump()
        self._timer.stop()

    def _pump(self) -> None:
        for event in self.session.events():
            data = dict(event.data)
            data.setdefault("stream_time", event.stream_time)
            self.event.emit(event.kind, data)
            if event.kind == "state":
                self.state.emit(str(data.get("state")))
        index, frame = self.session.preview.latest()
        if frame is not None and index != self._shown:
            self._shown = index
            self.picture.emit(to_qimage(frame))
        if self._was_running and not self.session.running:
            self._was_running = False
            self._timer.stop()
            if self.session.error:
                self.state.emit("failed")


def to_qimage(rgb: np.ndarray) -> QImage:
    """An RGB uint8 picture as a QImage that owns its pixels (the frame may be reused)."""
    rgb = np.ascontiguousarray(rgb)
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
