"""StreamPicture: the presenter (a photo's face warp or a video presenter's clip) composited into the
stream layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import numpy as np

from vhost.avatar.library import Presenter
from vhost.avatar.rig import AvatarRig
from vhost.domain import Product
from vhost.render.compositor import Compositor
from vhost.render.face import FaceRenderer
from vhost.render.labels import DEFAULT_LABEL, AiLabel
from vhost.render.video_face import VideoFaceRenderer


def face_renderer(
    presenter: Presenter, width: int, height: int, fps: float = 30, seed: int = 0
) -> FaceRenderer | VideoFaceRenderer:
    """The renderer for a photo presenter or a video presenter; each `render(params)` call of a
    video presenter is the next frame of the show at `fps`."""
    if isinstance(presenter, AvatarRig):
        return FaceRenderer(presenter, width, height)
    return VideoFaceRenderer(presenter, width, height, fps, seed)


class StreamPicture:
    def __init__(
        self,
        presenter: Presenter,
        lang: str,
        width: int = 1280,
        height: int = 720,
        shop: str | None = None,
        wording: Callable[[str], str | None] | None = None,
        fps: float = 30,
        ai_label: AiLabel | None = DEFAULT_LABEL,
        preview: bool = False,
    ) -> None:
        self.width, self.height = width, height
        self.compositor = Compositor(width, height, lang, shop, wording, ai_label, preview)
        _, _, avatar_w, avatar_h = self.compositor.layout.avatar
        self.face = face_renderer(presenter, avatar_w, avatar_h, fps)
        self.compositor.set_avatar(self.face.base)

    def close(self) -> None:
        """Let go of what the presenter holds open (a video presenter's clip)."""
        if isinstance(self.face, VideoFaceRenderer):
            self.face.close()

    def picture(
        self,
        params: np.ndarray,
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        if isinstance(self.face, VideoFaceRenderer):
            self.face.follow(now)
        x0, y0, _, _ = self.face.roi
        face = self.face.render_roi(params)
        return self.compositor.compose(face, (x0, y0), product, caption, now, question)
