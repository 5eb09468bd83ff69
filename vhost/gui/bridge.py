"""Bridges a LiveSession onto the Qt GUI thread: a timer takes the engine's events and the
newest picture and re-emits them as signals, so widgets only ever run on the GUI thread."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from vhost.engine.events import Problem, StateChanged
from vhost.gui.session import LiveSession

REFRESH_MS = 66  # the preview at about 15 pictures a second: enough to watch, cheap to draw


class EngineBridge(QObject):
    picture = Signal(QImage)  # the newest frame that went out
    event = Signal(object)  # an engine or chat event (a vhost.engine.events.Event)
    state = Signal(str)  # idle, starting, live, paused, stopped, failed
    ready = Signal()  # the engine is built (its outputs are open or about to be)
    stage = Signal(str)  # while starting: what the show is loading (vhost.show.builder.STAGES)

    def __init__(self, session: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shown = -1
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._pump)
        self._was_running = self._told_ready = False
        self._stage = ""

    def start(self) -> None:
        """Start the show; the engine is built on the show's thread, so this returns at once."""
        self.state.emit("starting")
        self._was_running, self._told_ready, self._stage = True, False, ""
        self.session.start()
        self._timer.start()

    def stop(self, wait: bool = True) -> None:
        """Stop the show. Without `wait` the window goes on at once and the state turns to
        stopped when the show's thread has ended (it may still be loading models)."""
        self.session.stop(wait=wait)
        self._pump()
        if not self.session.running:
            self._timer.stop()

    def _pump(self) -> None:
        session = self.session
        if session.stage != self._stage:
            self._stage = session.stage
            self.stage.emit(self._stage)
        if session.started and not self._told_ready and session.error is None and not session.stop_asked:
            self._told_ready = True
            self.ready.emit()
        for event in self.session.events():
            self.event.emit(event)
            if isinstance(event, StateChanged):
                self.state.emit(event.state)
        index, frame = self.session.preview.latest()
        if frame is not None and index != self._shown:
            self._shown = index
            self.picture.emit(to_qimage(frame))
        if self._was_running and not self.session.running:
            self._was_running = False
            self._timer.stop()
            if self.session.error:
                if not self._told_ready:  # it never started: say why (a running show said it)
                    self.event.emit(Problem(stream_time=0.0, where="start", message=self.session.error))
                self.state.emit("failed")
            elif not self._told_ready:  # stopped before the engine was built
                self.state.emit("stopped")


def to_qimage(rgb: np.ndarray) -> QImage:
    """An RGB uint8 picture as a QImage that owns its pixels (the frame may be reused)."""
    rgb = np.ascontiguousarray(rgb)
    height, width, _ = rgb.shape
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
