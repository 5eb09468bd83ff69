"""Stand-ins for the devices a live show writes to (no v4l2loopback, no sound card needed):
each behaves like the library object it replaces and keeps what it was given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

SoundCallback = Callable[[np.ndarray, int, Any, Any], None]


class StandInCamera:
    """Behaves like pyvirtualcam.Camera (monkeypatch it in): takes RGB frames of the agreed size,
    refuses any other, and keeps them."""

    def __init__(
        self, width: int, height: int, fps: float, device: str | None = None, fmt: Any = None
    ) -> None:
        self.width, self.height, self.fps = width, height, fps
        self.device = device or "/dev/video9"
        self.frames: list[np.ndarray] = []
        self.closed = False

    def send(self, frame: np.ndarray) -> None:
        if frame.shape != (self.height, self.width, 3) or frame.dtype != np.uint8:
            raise ValueError(f"a {self.width}x{self.height} RGB camera got {frame.shape} {frame.dtype}")
        self.frames.append(frame)

    def close(self) -> None:
        self.closed = True


class StandInSoundStream:
    """Behaves like a PortAudio output stream (AudioDevice's stream_factory makes one): the test
    pulls blocks as the device's own clock would, and what was played is kept, one channel."""

    def __init__(self, callback: SoundCallback) -> None:
        self.callback = callback
        self.active = False
        self.played: list[np.ndarray] = []

    def start(self) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        self.active = False

    def pull(self, samples: int) -> None:
        """The device asks for `samples` stereo samples; both channels must carry the voice."""
        out = np.zeros((samples, 2), np.float32)
        self.callback(out, samples, None, None)
        if not np.array_equal(out[:, 0], out[:, 1]):
            raise AssertionError("the two channels of the sound differ")
        self.played.append(out[:, 0].copy())
