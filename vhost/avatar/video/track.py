"""Following the presenter's face through every frame (MediaPipe face mesh in tracking mode),
smoothed over time so the landmarks do not jitter, with what each frame is like: how many
faces, how frontal, a thumbnail for spotting cuts and for matching frames when looping."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from vhost.avatar import topology as T
from vhost.avatar.detect import quiet_native_logs
from vhost.avatar.mouth import face_brightness

THUMB_SIDE = 48  # pixels on the long side: enough to see a body move, cheap to compare
SMOOTH_SECONDS = 0.04  # landmark smoothing (a blink still reads as a blink)
# points that move with the head but not with speech or expression: for the head's pose
POSE_POINTS = (33, 133, 362, 263, 168, 6, 197, 1, 10, 109, 338, 234, 454)


@dataclass
class Tracked:
    fps: float
    landmarks: np.ndarray  # (N, 478, 2) float32 working pixels; NaN where no face was found
    faces: np.ndarray  # (N,) int: faces seen in each frame
    thumbs: np.ndarray  # (N, h, w) uint8 grey thumbnails of the whole picture
    brightness: np.ndarray  # (N,) mean light on the face, 0..255 (NaN without a face)
    size: tuple[int, int]  # working (width, height)

    def __len__(self) -> int:
        return len(self.faces)


def track_faces(
    frames: Iterable[np.ndarray],
    fps: float,
    size: tuple[int, int],
    progress: Callable[[int], None] | None = None,
) -> Tracked:
    import cv2

    width, height = size
    scale = THUMB_SIDE / max(width, height)
    thumb_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    points: list[np.ndarray] = []
    counts: list[int] = []
    thumbs: list[np.ndarray] = []
    light: list[float] = []
    missing = np.full((478, 2), np.nan, np.float32)
    with quiet_native_logs():
        import mediapipe as mp

        with mp.solutions.face_mesh.FaceMesh(
            static_image_mode=False,
            max_num_faces=2,  # a second face means someone else is in the shot
            refine_landmarks=True,
            min_detection_confidence=0.5,
            min_tracking_confidence=0.5,
        ) as mesh:
            for index, rgb in enumerate(frames):
                found = mesh.process(rgb).multi_face_landmarks or []
                faces = [
                    np.array([(p.x * width, p.y * height) for p in face.landmark], np.float32)
                    for face in found
                ]
                faces.sort(key=lambda f: -float(np.ptp(f[:, 0]) * np.ptp(f[:, 1])))
                counts.append(len(faces))
                points.append(faces[0] if faces else missing)
                grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
                thumbs.append(cv2.resize(grey, thumb_size, interpolation=cv2.INTER_AREA))
                light.append(face_brightness(grey, faces[0]) if faces else float("nan"))
                if progress is not None:
                    progress(index + 1)
    landmarks = smooth_landmarks(np.array(points, np.float32).reshape(-1, 478, 2), fps)
    return Tracked(
        fps,
        landmarks,
        np.array(counts, np.int32),
        np.array(thumbs, np.uint8).reshape(len(counts), thumb_size[1], thumb_size[0]),
        np.array(light, np.float32),
        (width, height),
    )


def smooth_landmarks(landmarks: np.ndarray, fps: float) -> np.ndarray:
    """Gaussian smoothing over time, separately in each run of frames that have a face."""
    sigma = SMOOTH_SECONDS * fps
    out = landmarks.copy()
    if sigma < 0.3 or len(landmarks) < 3:
        return out
    radius = max(1, int(round(3 * sigma)))
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    present = ~np.isnan(landmarks[:, 0, 0])
    for start, end in runs(present):
        block = landmarks[start:end].reshape(end - start, -1).astype(np.float64)
        padded = np.pad(block, ((radius, radius), (0, 0)), mode="edge")
        smoothed = sum(kernel[k] * padded[k : k + len(block)] for k in range(len(kernel)))
        out[start:end] = np.asarray(smoothed).reshape(end - start, 478, 2).astype(np.float32)
    return out


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    padded = np.concatenate([[False], mask.astype(bool), [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def turn_of(landmarks: np.ndarray) -> tuple[float, float, float]:
    """(yaw, pitch, roll) as rough fractions: 0 looking straight at the camera; |yaw| 0.2 is a
    head turned about 25 degrees. From where the nose sits between the cheeks and the eyes."""
    left, right = landmarks[234], landmarks[454]
    nose = landmarks[1]
    span = max(1e-6, float(right[0] - left[0]))
    yaw = (float(nose[0] - left[0]) / span) - 0.5
    top, chin = landmarks[T.FOREHEAD_TOP], landmarks[T.CHIN]
    pitch = (float(nose[1] - top[1]) / max(1e-6, float(chin[1] - top[1]))) - 0.55
    dx, dy = landmarks[263] - landmarks[33]
    roll = float(np.arctan2(dy, dx))
    return yaw, pitch, roll


def pose_transforms(landmarks: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """(N, 2, 3) similarity transforms taking the reference face's pose points onto each frame's
    (least squares: rotation, uniform scale, shift)."""
    src = reference[list(POSE_POINTS)].astype(np.float64)
    src_mean = src.mean(axis=0)
    a = src - src_mean
    out = np.zeros((len(landmarks), 2, 3))
    for index, frame in enumerate(landmarks):
        dst = frame[list(POSE_POINTS)].astype(np.float64)
        dst_mean = dst.mean(axis=0)
        b = dst - dst_mean
        norm = float((a * a).sum()) or 1.0
        c = float((a * b).sum()) / norm  # scale·cos
        s = float((a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]).sum()) / norm  # scale·sin
        linear = np.array([[c, -s], [s, c]])
        out[index, :, :2] = linear
        out[index, :, 2] = dst_mean - linear @ src_mean
    return out
