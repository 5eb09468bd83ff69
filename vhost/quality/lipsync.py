"""Lip sync measured from a finished video, the way a viewer sees it: the mouth's opening in each
frame (MediaPipe face landmarks) against the loudness of the sound under that frame.

The lag where the two match best is the A/V offset (positive: the mouth moves after the sound);
the correlation there says how well the mouth follows the speech at all; and the mouth's mean
opening while speaking and in pauses shows whether it moves when it should and rests when not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

MAX_LAG_SECONDS = 0.3
UPPER_LIP, LOWER_LIP, FOREHEAD, CHIN = 13, 14, 10, 152


@dataclass(frozen=True)
class LipSync:
    frames: int
    fps: float
    face_share: float  # frames where a face was found
    offset_ms: float  # mouth after sound when positive
    correlation: float  # mouth opening against loudness, at that offset
    correlation_at_zero: float
    open_speaking: float  # mean inner-lip gap above the face's rest, in face heights, while sound plays
    open_silent: float  # … and in pauses


def video_frames(path: Path, seconds: float | None) -> tuple[float, Iterator[np.ndarray]]:
    """(fps, RGB frames) of a video file's first video stream, up to `seconds`."""
    import av

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError) as exc:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} is not a video FFmpeg can read ({reason}); give an MP4 made by vhost render.",
                ),
                path=str(path),
                reason=str(exc),
            )
        ) from exc
    if not container.streams.video:
        container.close()
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{path} has no picture; lip sync needs a video (an MP4 made by vhost render)."
                ),
                path=str(path),
            )
        )
    stream = container.streams.video[0]
    fps = float(stream.average_rate or stream.guessed_rate or 25)
    limit = None if seconds is None else int(seconds * fps)

    def frames() -> Iterator[np.ndarray]:
        with container:
            for n, frame in enumerate(container.decode(stream)):
                if limit is not None and n >= limit:
                    break
                yield frame.to_ndarray(format="rgb24")

    return fps, frames()


def mouth_openings(frames: Iterator[np.ndarray]) -> np.ndarray:
    """The inner-lip gap per frame in face heights (NaN where no face was found)."""
    from vhost.avatar.detect import quiet_native_logs

    openings = []
    with quiet_native_logs():
        import mediapipe as mp

        with mp.solutions.face_mesh.FaceMesh(static_image_mode=True, max_num_faces=1) as mesh:
            for rgb in frames:
                found = mesh.process(np.ascontiguousarray(rgb)).multi_face_landmarks
                if not found:
                    openings.append(np.nan)
                    continue
                height, width = rgb.shape[:2]
                at = {
                    i: np.array([found[0].landmark[i].x * width, found[0].landmark[i].y * height])
                    for i in (UPPER_LIP, LOWER_LIP, FOREHEAD, CHIN)
                }
                face = float(np.linalg.norm(at[CHIN] - at[FOREHEAD]))
                openings.append(float(np.linalg.norm(at[LOWER_LIP] - at[UPPER_LIP])) / max(face, 1e-6))
    return np.array(openings, np.float64)


def loudness_per_frame(audio: np.ndarray, rate: int, fps: float, frames: int) -> np.ndarray:
    """RMS of the sound under each video frame."""
    edges = (np.arange(frames + 1) * rate / fps).astype(int)
    return np.array(
        [
            np.sqrt(np.mean(audio[a:b] ** 2)) if b > a and a < len(audio) else 0.0
            for a, b in zip(edges, edges[1:], strict=False)
        ]
    )


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    keep = np.isfinite(a) & np.isfinite(b)
    if keep.sum() < 10 or np.std(a[keep]) < 1e-9 or np.std(b[keep]) < 1e-9:
        return 0.0
    return float(np.corrcoef(a[keep], b[keep])[0, 1])


def score_lipsync(openings: np.ndarray, loudness: np.ndarray, fps: float) -> LipSync:
    n = min(len(openings), len(loudness))
    if n < fps:  # under a second
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "The video is under a second long; lip sync needs a few seconds of speech."
                )
            )
        )
    mouth, sound = openings[:n], loudness[:n]
    if np.isfinite(mouth).mean() < 0.5:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "No face was found in most frames; lip sync is measured on a video of the presenter.",
                )
            )
        )
    smooth = np.ones(3) / 3
    sound = np.convolve(sound, smooth, mode="same")
    lags = range(-int(MAX_LAG_SECONDS * fps), int(MAX_LAG_SECONDS * fps) + 1)
    # r(k): the mouth k frames later against the sound now; best k > 0 means the mouth lags
    r = np.array(
        [_correlation(mouth[max(k, 0) : n + min(k, 0)], sound[max(-k, 0) : n - max(k, 0)]) for k in lags]
    )
    best = int(np.argmax(r))
    shift = 0.0
    if 0 < best < len(r) - 1:  # the peak between frames, from a parabola through its neighbours
        left, mid, right = r[best - 1 : best + 2]
        curve = left - 2 * mid + right
        shift = 0.5 * (left - right) / curve if curve < 0 else 0.0
    speaking = sound > 0.1 * np.percentile(sound, 95)
    valid = np.isfinite(mouth)
    # Closed lips still measure a gap (how thick the lips look to the landmarks): count from rest.
    mouth = mouth - np.nanpercentile(mouth, 5)
    return LipSync(
        frames=n,
        fps=fps,
        face_share=round(float(valid.mean()), 3),
        offset_ms=round((lags[best] + shift) * 1000 / fps, 1),
        correlation=round(float(r[best]), 3),
        correlation_at_zero=round(float(r[list(lags).index(0)]), 3),
        open_speaking=round(
            float(np.nanmean(mouth[speaking & valid])) if (speaking & valid).any() else 0.0, 4
        ),
        open_silent=round(
            float(np.nanmean(mouth[~speaking & valid])) if (~speaking & valid).any() else 0.0, 4
        ),
    )
