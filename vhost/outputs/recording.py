"""Mp4Recording: the live output recorded as H.264 + AAC, on its own thread."""

from __future__ import annotations

from pathlib import Path

from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput
from vhost.render.mp4 import Mp4Writer


class Mp4Recording(ThreadedOutput):
    name = "recording"

    def __init__(self, path: Path, width: int, height: int, fps: int, lossless: bool = False) -> None:
        self.path = path
        self._writer = Mp4Writer(path, width, height, fps)  # opened here: a bad path fails at start
        super().__init__(max_seconds=1.0, fps=fps, lossless=lossless)

    def deliver(self, frame: AVFrame) -> None:
        self._writer.write(frame.picture, frame.audio)

    def finish(self) -> None:
        self._writer.close()
