"""The output contract and the media frame every output receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class AVFrame:
    """One video frame and exactly its own audio (1/fps seconds), leaving the engine together."""

    index: int
    picture: np.ndarray  # RGB uint8, height × width × 3
    audio: np.ndarray  # float32 mono at sample_rate, samples_per_frame long
    sample_rate: int
    fps: int
    utterance_id: int | None = None  # what was being said, None in silence

    @property
    def pts(self) -> float:
        return self.index / self.fps


class Output(Protocol):
    name: str

    def write(self, frame: AVFrame) -> None:
        """Take one frame without blocking the engine (queue it or drop it and count the drop)."""
        ...

    def close(self) -> None: ...

    def stats(self) -> dict[str, float]:
        """Counters for the live status and soak reports (frames, dropped, errors…)."""
        ...
