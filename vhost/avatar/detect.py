"""Photo loading and face landmark detection (MediaPipe face mesh, 478 points with irises)."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

WORKING_MAX_SIDE = 1600  # enough for a 1080p presenter; bigger photos are scaled down first
_DETECT_MIN_SIDE = 480  # tiny photos are scaled up so the detector sees a face


@dataclass(frozen=True)
class DetectedFace:
    landmarks: np.ndarray  # (478, 2) float32 pixel coordinates in the working image

    @property
    def box(self) -> tuple[float, float, float, float]:
        x0, y0 = self.landmarks.min(axis=0)
        x1, y1 = self.landmarks.max(axis=0)
        return float(x0), float(y0), float(x1), float(y1)

    @property
    def area(self) -> float:
        x0, y0, x1, y1 = self.box
        return (x1 - x0) * (y1 - y0)


def load_photo(path: Path) -> tuple[np.ndarray, list[str]]:
    """Read any common photo as upright RGB, at most WORKING_MAX_SIDE on its long side."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    notes: list[str] = []
    if not path.exists():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{path} does not exist; give the path of a photo (JPEG or PNG) of one face."
                ),
                path=path,
            )
        )
    if path.is_dir():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "{path} is a folder; give the path of a photo file."), path=path
            )
        )
    Image.MAX_IMAGE_PIXELS = 400_000_000  # a 16K photo is fine; the guard is for broken files
    try:
        with Image.open(path) as opened:
            image: Image.Image = opened
            image.draft("RGB", (WORKING_MAX_SIDE, WORKING_MAX_SIDE))  # JPEG decodes at reduced size
            oriented = ImageOps.exif_transpose(image)
            if oriented is not image and image.getexif().get(0x0112, 1) != 1:
                notes.append(
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "turned the photo upright as its EXIF orientation says")
                    )
                )
            image = oriented
            if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
                rgba = image.convert("RGBA")
                backdrop = Image.new("RGBA", rgba.size, (235, 235, 235, 255))
                image = Image.alpha_composite(backdrop, rgba)
                notes.append(
                    Message(QT_TRANSLATE_NOOP("vhost", "filled the transparent background with light grey"))
                )
            if image.mode in ("L", "1", "I", "I;16", "F"):
                notes.append(
                    Message(QT_TRANSLATE_NOOP("vhost", "the photo is greyscale; the presenter will be too"))
                )
            if max(image.size) > WORKING_MAX_SIDE:
                image.thumbnail((WORKING_MAX_SIDE, WORKING_MAX_SIDE), Image.Resampling.LANCZOS)
            rgb = np.array(image.convert("RGB"))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{path} is not a photo vhost can read ({reason}); use a JPEG or PNG."
                ),
                path=path,
                reason=exc,
            )
        ) from exc
    except Image.DecompressionBombError as exc:
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} is too large to open safely; save a smaller copy (under 16K pixels wide)"
                    " and try again.",
                ),
                path=path,
            )
        ) from exc
    if min(rgb.shape[:2]) < 64:
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} is only {width}×{height} pixels; use a photo at least 256 pixels on each side"
                    " with the face clearly visible.",
                ),
                path=path,
                width=rgb.shape[1],
                height=rgb.shape[0],
            )
        )
    return rgb, notes


def detect_faces(rgb: np.ndarray) -> list[DetectedFace]:
    """All faces in the image, largest first (empty when there is none)."""
    import cv2

    height, width = rgb.shape[:2]
    scale = max(1.0, _DETECT_MIN_SIDE / min(height, width))
    work = (
        cv2.resize(rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_CUBIC)
        if scale > 1
        else rgb
    )
    with quiet_native_logs():
        import mediapipe as mp

        with mp.solutions.face_mesh.FaceMesh(
            static_image_mode=True, max_num_faces=5, refine_landmarks=True, min_detection_confidence=0.5
        ) as mesh:
            result = mesh.process(np.ascontiguousarray(work))
    faces = []
    for face in result.multi_face_landmarks or []:
        points = np.array([(p.x * work.shape[1], p.y * work.shape[0]) for p in face.landmark], np.float32)
        faces.append(DetectedFace(points / scale))
    return sorted(faces, key=lambda f: f.area, reverse=True)


def detect_faces_anywhere(rgb: np.ndarray) -> list[DetectedFace]:
    """Like detect_faces, but when the whole picture shows no face, look at overlapping tiles too:
    the detector works on a small copy of the image, where a face that fills under a tenth of
    a big photo (a half-body shot, a wide 8K frame) is too small to see."""
    faces = detect_faces(rgb)
    height, width = rgb.shape[:2]
    for grid in (2, 3):
        if faces:
            break
        tile_h, tile_w = 2 * height // (grid + 1), 2 * width // (grid + 1)
        for row in range(grid):
            for col in range(grid):
                y, x = row * tile_h // 2, col * tile_w // 2
                for face in detect_faces(rgb[y : y + tile_h, x : x + tile_w]):
                    moved = DetectedFace(face.landmarks + np.array([x, y], np.float32))
                    if not any(_overlap(moved, other) > 0.3 for other in faces):
                        faces.append(moved)
    return sorted(faces, key=lambda f: f.area, reverse=True)


def _overlap(a: DetectedFace, b: DetectedFace) -> float:
    ax0, ay0, ax1, ay1 = a.box
    bx0, by0, bx1, by1 = b.box
    inter = max(0.0, min(ax1, bx1) - max(ax0, bx0)) * max(0.0, min(ay1, by1) - max(ay0, by0))
    return inter / max(1e-6, min(a.area, b.area))


def find_face(rgb: np.ndarray) -> tuple[np.ndarray, list[DetectedFace], int]:
    """Detect faces and turn the photo upright when the face lies sideways or upside down (a phone
    photo saved without its EXIF turn). Returns the image as used, its faces and the quarter
    turns applied (anticlockwise)."""
    faces = detect_faces_anywhere(rgb)
    if not faces:
        for turns in (1, 3, 2):  # the detector can miss a face lying on its side; look again
            faces = detect_faces_anywhere(np.ascontiguousarray(np.rot90(rgb, k=turns)))
            if faces:
                break
        else:
            return rgb, [], 0
        rgb = np.ascontiguousarray(np.rot90(rgb, k=turns))
        extra = turns
    else:
        extra = 0
    turns = _quarter_turns(faces[0])
    if turns:
        rgb = np.ascontiguousarray(np.rot90(rgb, k=turns))
        faces = detect_faces_anywhere(rgb) or faces
    return rgb, faces, (extra + turns) % 4


def _quarter_turns(face: DetectedFace) -> int:
    """How many anticlockwise quarter turns make the face upright, from the line between its eyes
    (the subject's right eye corner is on the image's left when upright)."""
    dx, dy = face.landmarks[263] - face.landmarks[33]
    angle = np.degrees(np.arctan2(dy, dx))  # 0 upright; 90 when the eye line points down the image
    return int(round(angle / 90.0)) % 4


@contextlib.contextmanager
def quiet_native_logs():
    """MediaPipe's C++ logs go straight to fd 2; keep them out of the user's terminal."""
    os.environ.setdefault("GLOG_minloglevel", "2")
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
