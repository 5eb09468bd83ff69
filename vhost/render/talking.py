"""A short talking clip of a presenter: the face alone, saying one utterance (for checking a new
face or voice before going live; the same animator and face renderer as the show)."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from vhost.animate.animator import Animator
from vhost.avatar.library import Presenter
from vhost.render.picture import face_renderer
from vhost.render.video_face import VideoFaceRenderer
from vhost.speech.base import Utterance

TAIL = 0.4  # seconds of the face at rest after the last word


def talking_frames(
    rig: Presenter,
    utterance: Utterance,
    width: int = 360,
    height: int = 480,
    fps: int = 25,
    progress: Callable[[float], None] | None = None,
) -> list[np.ndarray]:
    """One RGB picture per frame; `progress(fraction)` after each (it may raise to stop)."""
    face = face_renderer(rig, width, height, fps)
    count = math.ceil((utterance.duration + TAIL) * fps)
    track = Animator(fps).track(count, speech=[(0.0, utterance)])
    frames = []
    try:
        for index in range(count):
            frames.append(face.render(track.frame(index)))
            if progress is not None:
                progress((index + 1) / count)
    finally:
        if isinstance(face, VideoFaceRenderer):
            face.close()
    return frames
