"""Face parameters, one row per video frame (the data every animation source produces).

Units: mouth and brow controls run 0..1 (1 = widest the rig allows); blinks 0 open .. 1 shut;
head_x/head_y are in face widths; head_roll in radians; body_x/body_y (the upper body swaying and
rising with each breath, the head riding on it) in face widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from vhost.speech.base import Utterance

CONTROLS = (
    "jaw",
    "wide",
    "round",
    "blink_l",
    "blink_r",
    "brow",
    "head_x",
    "head_y",
    "head_roll",
    "body_x",
    "body_y",
)
INDEX = {name: i for i, name in enumerate(CONTROLS)}


@dataclass
class FaceTrack:
    fps: float
    values: np.ndarray  # (frames, len(CONTROLS)) float32

    @classmethod
    def zeros(cls, fps: float, frames: int) -> FaceTrack:
        return cls(fps, np.zeros((frames, len(CONTROLS)), np.float32))

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.values[:, INDEX[name]]

    def __setitem__(self, name: str, column: np.ndarray) -> None:
        self.values[:, INDEX[name]] = column

    def frame(self, index: int) -> np.ndarray:
        return self.values[index]


class MotionSource(Protocol):
    """Anything that turns stream time (and the speech placed on it) into face parameters."""

    fps: float

    def track(
        self, n_frames: int, speech: Sequence[tuple[float, Utterance]] = (), start_frame: int = 0
    ) -> FaceTrack: ...
