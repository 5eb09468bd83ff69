"""PreviewOutput: keeps the latest picture that went out, for the desktop app's live preview.

The app shows exactly what the viewers get: it reads this output's last frame, it never draws
the stream itself. Holding one reference per frame costs nothing; the reader takes it when it
wants (a screen refresh), so a slow window never slows the stream.
"""

from __future__ import annotations

import threading

import numpy as np

from vhost.outputs.base import AVFrame


class PreviewOutput:
    name = "preview"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._picture: np.ndarray | None = None
        self._index = -1
        self.frames = 0

    def write(self, frame: AVFrame) -> None:
        with self._lock:
            self._picture, self._index = frame.picture, frame.index
            self.frames += 1

    def latest(self) -> tuple[int, np.ndarray | None]:
        """(index, RGB picture) of the newest frame; (-1, None) before the first."""
        with self._lock:
            return self._index, self._picture

    def close(self) -> None:
        pass

    def stats(self) -> dict[str, float]:
        return {"frames": self.frames}
