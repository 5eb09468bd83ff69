"""Outputs for tests: where a device would take the stream, these keep it to be looked at."""

from __future__ import annotations

from vhost.outputs.base import AVFrame
from vhost.outputs.null import NullOutput


class FrameCollector(NullOutput):
    """A NullOutput (pairing checks and all) that also keeps every frame, so a test can read the
    pictures, audio and utterance ids the engine sent, in order."""

    name = "collect"

    def __init__(self) -> None:
        super().__init__()
        self.frames_seen: list[AVFrame] = []

    def write(self, frame: AVFrame) -> None:
        super().write(frame)
        self.frames_seen.append(frame)
