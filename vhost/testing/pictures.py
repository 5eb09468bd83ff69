"""Stand-in picture renderers: no face, no fonts, a few bytes a frame."""

from __future__ import annotations

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
