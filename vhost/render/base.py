"""The picture contract the engine draws through: face parameters + what to show → one frame."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

import numpy as np

from vhost.domain import Product


class PictureRenderer(Protocol):
    width: int
    height: int

    def picture(
        self,
        params: np.ndarray,
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        """One RGB frame (height × width × 3, uint8) for these face parameters; `question` is a
        viewer's question being answered (shown above the caption)."""
        ...
