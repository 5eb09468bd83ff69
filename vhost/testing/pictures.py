"""Stand-in picture renderers: no face, no fonts, a few bytes a frame."""

from __future__ import annotations

import time
from datetime import datetime

import numpy as np

from vhost.domain import Product


class JawPicture:
    """A small frame whose red channel is the jaw's opening (parameter 0), so a test can read
    the mouth back from the pixels; green is set while a product's card would be up."""

    def __init__(self, width: int = 32, height: int = 18) -> None:
        self.width, self.height = width, height

    def picture(
        self,
        params: np.ndarray,
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        frame = np.zeros((self.height, self.width, 3), np.uint8)
        frame[..., 0] = int(255 * min(1.0, max(0.0, float(params[0]))))
        frame[..., 1] = 255 if product is not None else 0
        return frame


class PacedPicture(JawPicture):
    """A JawPicture that takes `seconds` of wall time a frame, as a real renderer's work would:
    a show on a simulated clock then runs a few times faster than real time instead of as fast
    as it can, so threads beside it (a chat, the voice lanes) have time to do their part."""

    def __init__(self, width: int = 32, height: int = 18, seconds: float = 0.004) -> None:
        super().__init__(width, height)
        self.seconds = seconds

    def picture(
        self,
        params: np.ndarray,
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        time.sleep(self.seconds)  # simulates a renderer's work; it waits for nothing
        return super().picture(params, product, caption, now, question)
