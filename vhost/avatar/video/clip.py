"""Reading a presenter clip as it was filmed: upright (rotation metadata honoured), at a constant
frame rate (phones record variable rates), scaled so its long side fits the working size."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi")
MAX_FPS = 30  # faster clips are thinned: a show runs at 25-30 frames a second
WORKING_LONG_SIDE = 1280  # enough for the presenter's half of a 1080p stream
MAX_SECONDS = 300.0


def is_video(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_SUFFIXES


@dataclass(frozen=True)
class ClipInfo:
    path: Path
    fps: float  # the constant rate frames are read at
    seconds: float  # how long the clip runs (all of it, even past MAX_SECONDS)
    width: int  # upright working size
    height: int
    rotation: int  # degrees the picture was turned to stand upright (0, 90, 180, 270)


def probe_clip(path: Path) -> ClipInfo:
    """What the clip is; a file that is not a readable video is one sentence."""
    import av

    if not path.exists():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} does not exist; give the path of a video (MP4, MOV or WebM) of the presenter.",
                ),
                path=path,
            )
        )
    if path.is_dir():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "{path} is a folder; give the path of a video file."), path=path
            )
        )
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise AvatarError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost", "{path} has no picture, only sound; give a video of the presenter."
                        ),
                        path=path,
                    )
                )
            stream = container.streams.video[0]
            rate = float(stream.average_rate or stream.guessed_rate or 25)
            seconds = _duration(container, stream)
            rotation = 0
            for frame in container.decode(stream):
                rotation = int(round(frame.rotation or 0)) % 360
                width, height = frame.width, frame.height
                break
            else:
                raise AvatarError(
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "{path} holds no video frames; record the clip again."),
                        path=path,
                    )
                )
    except av.error.FFmpegError as exc:
        log.info("FFmpeg could not read %s: %s", path, exc)
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{file} is not a video vhost can read; use an MP4, MOV or WebM from a phone or camera.",
                ),
                file=path.name,
            )
        ) from exc
    if rotation in (90, 270):
        width, height = height, width
    scale = min(1.0, WORKING_LONG_SIDE / max(width, height))
    fps = _working_rate(rate)
    return ClipInfo(path, fps, seconds, _even(width * scale), _even(height * scale), rotation)


def read_frames(info: ClipInfo, first: int = 0, count: int | None = None) -> Iterator[np.ndarray]:
    """Upright RGB frames at `info.fps`, from frame `first`: frame k shows the picture that was on
    screen at time k / fps, so a variable-rate clip plays at its real speed."""
    import av

    limit = int(min(info.seconds, MAX_SECONDS) * info.fps + 0.5)
    end = limit if count is None else min(limit, first + count)
    index = 0  # the next output frame
    pending = None  # the decoded frame on screen now, converted only when it is used
    picture: np.ndarray | None = None
    with av.open(str(info.path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        start_seconds = float((stream.start_time or 0) * (stream.time_base or 0))
        for frame in container.decode(stream):
            at = float(frame.time) - start_seconds if frame.time is not None else index / info.fps
            # every output moment before this frame's time shows the frame before it
            while pending is not None and index < end and index / info.fps < at - 1e-6:
                if index >= first:
                    if picture is None:
                        picture = _working(pending, info)
                    yield picture
                index += 1
            if index >= end:
                return
            pending, picture = frame, None
        while pending is not None and index < end:
            if index >= first:
                if picture is None:
                    picture = _working(pending, info)
                yield picture
            index += 1


def _working(frame, info: ClipInfo) -> np.ndarray:  # noqa: ANN001 - a PyAV frame
    import cv2

    picture = _upright(frame.to_ndarray(format="rgb24"), info.rotation)
    if picture.shape[1] != info.width or picture.shape[0] != info.height:
        picture = cv2.resize(picture, (info.width, info.height), interpolation=cv2.INTER_AREA)
    return picture


def _working_rate(rate: float) -> float:
    """The clip's own rate; for a faster clip an even fraction of it when that is a show's rate
    (50 → 25, 60 → 30, 48 → 24: every n-th frame, so motion stays even), else MAX_FPS."""
    if not rate or round(rate) < 1:
        return 25.0
    rounded = float(round(rate))
    if rounded <= MAX_FPS:
        return rounded
    even = rounded / int(np.ceil(rounded / MAX_FPS))
    return even if even >= 24 else float(MAX_FPS)


def _upright(picture: np.ndarray, rotation: int) -> np.ndarray:
    """Turn a decoded picture as the file's display matrix says (FFmpeg reports the
    anticlockwise angle that shows it upright)."""
    turns = {90: 1, 180: 2, 270: 3}.get(rotation, 0)
    return np.ascontiguousarray(np.rot90(picture, k=turns)) if turns else picture


def _duration(container, stream) -> float:  # noqa: ANN001 - PyAV objects
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return 0.0


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)
