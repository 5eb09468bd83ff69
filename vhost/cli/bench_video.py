"""`vhost bench`'s video presenter figures: preparing a clip (video_prepare_rtf: seconds of work
per second of clip) and playing it in a show (video_render_rtf: decode, mouth warp and
compositing per second of show)."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from vhost.config import ASSETS_DIR

SAMPLE_SECONDS = 12.0  # the stand-in clip's length when no clip is given


def bench_video(
    clip: Path | None, utterance: Any, width: int, height: int, fps: int, seconds: float
) -> dict[str, Any]:
    from vhost.animate.animator import Animator
    from vhost.avatar.video.build import build_video_avatar
    from vhost.avatar.video.clip import probe_clip
    from vhost.catalog import load_catalog
    from vhost.render.picture import StreamPicture

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = clip if clip is not None else _sample_clip(work / "sample.mp4")
        clip_seconds = min(probe_clip(source).seconds, 300.0)
        started = time.perf_counter()
        avatar = build_video_avatar(source, work / "presenter")
        prepare = time.perf_counter() - started
        product = load_catalog(ASSETS_DIR / "demo" / "catalog.json").catalog.products[0]
        stream = StreamPicture(avatar, "zh", width, height, "vhost", fps=fps)
        frames = max(1, int(seconds * fps))
        track = Animator(fps).track(frames, speech=[(0.0, utterance)])
        caption = utterance.sentences[0][0] if utterance.sentences else ""
        now = datetime.now()
        started = time.perf_counter()
        for i in range(frames):
            stream.picture(track.frame(i), product, caption, now)
        render = time.perf_counter() - started
        stream.close()
    return {
        "video_prepare_rtf": round(prepare / clip_seconds, 3),
        "video_render_rtf": round(render / (frames / fps), 4),
        "video_render_ms_per_frame": round(1000 * render / frames, 2),
        "video_clip": str(clip) if clip is not None else "the shipped presenter, animated (12 s, 600x800)",
        "video_clip_seconds": round(clip_seconds, 2),
    }


def _sample_clip(path: Path) -> Path:
    """A stand-in presenter clip when none is given: the shipped photo presenter idling
    (blinks, small head motion), so the figures need no file from the user."""
    import av

    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.render.face import FaceRenderer

    rig, _ = load_avatar(None)
    fps, width, height = 25, 600, 800
    face = FaceRenderer(rig, width, height)  # type: ignore[arg-type]
    frames = int(SAMPLE_SECONDS * fps)
    track = Animator(fps, seed=3).track(frames)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for i in range(frames):
            picture = np.ascontiguousarray(face.render(track.frame(i)))
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
