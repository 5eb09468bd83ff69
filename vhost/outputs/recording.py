"""Mp4Recording: the live output recorded as H.264 + AAC, on its own thread.

The file is fragmented MP4: its index is written every few seconds instead of being held in
memory to the end, so a day-long recording costs no more memory than a minute, and a recording
cut off by a crash or kill -9 still plays up to its last fragment."""

from __future__ import annotations

from pathlib import Path

from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput
from vhost.render.mp4 import Mp4Writer


class Mp4Recording(ThreadedOutput):
    name = "recording"

    def __init__(self, path: Path, width: int, height: int, fps: int, lossless: bool = False) -> None:
        self.path = path
        # Opened here, so a bad path fails at start.
        self._writer = Mp4Writer(path, width, height, fps, fragmented=True)
        super().__init__(max_seconds=1.0, fps=fps, lossless=lossless)

    def deliver(self, frame: AVFrame) -> None:
        self._writer.write(frame.picture, frame.audio)

    def finish(self) -> None:
        self._writer.close()
