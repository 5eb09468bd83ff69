"""StreamPicture: the presenter's face warp composited into the stream layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import numpy as np

from vhost.avatar.rig import AvatarRig
from vhost.domain import Product
from vhost.render.compositor import Compositor
from vhost.render.face import FaceRenderer


class StreamPicture:
    def __init__(
        self,
        rig: AvatarRig,
        lang: str,
        width: int = 1280,
        height: int = 720,
        shop: str | None = None,
        wording: Callable[[str], str | None] | None = None,
    ) -> None:
        self.width, self.height = width, height
        self.compositor = Compositor(width, height, lang, shop, wording)
        _, _, avatar_w, avatar_h = self.compositor.layout.avatar
        self.face = FaceRenderer(rig, avatar_w, avatar_h)
        self.compositor.set_avatar(self.face.base)

    def picture(
        self,
        params: np.ndarray,
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        x0, y0, _, _ = self.face.roi
        face = self.face.render_roi(params)
        return self.compositor.compose(face, (x0, y0), product, caption, now, question)
