"""A mouth interior: a picture of this avatar's own open mouth (teeth, tongue, shadow), taken
from the photo or clip when it shows one (`mouth_from_picture`) or painted once by a diffusion
model (`vhost avatar mouth`), and drawn by the renderer instead of its generic one
(`render/mouth_texture.py`).

Kept as AVATAR/mouth.png (the mouth opened as wide as the rig allows) with AVATAR/mouth.json
(the inner-lip lines in that picture).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.avatar import topology as T

PICTURE, LINES = "mouth.png", "mouth.json"
OPEN_FOR_TEXTURE = 0.12  # inner-lip gap / mouth width: the teeth show clearly
EVEN_LIGHT = 150.0  # mean grey of an evenly lit face


@dataclass(frozen=True)
class MouthTexture:
    image: np.ndarray  # RGB uint8
    upper: np.ndarray  # (N, 2) inner upper lip in picture pixels, corner to corner
    lower: np.ndarray  # (N, 2) inner lower lip, same order

    def save(self, folder: Path) -> None:
        from PIL import Image

        Image.fromarray(self.image).save(folder / PICTURE)
        lines = {"upper": np.round(self.upper, 2).tolist(), "lower": np.round(self.lower, 2).tolist()}
        (folder / LINES).write_text(json.dumps(lines), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> MouthTexture | None:
        """The avatar's painted mouth, or None when it has none (or it cannot be read)."""
        from PIL import Image

        if not (folder / PICTURE).is_file():
            return None
        try:
            lines = json.loads((folder / LINES).read_text(encoding="utf-8"))
            image = np.array(Image.open(folder / PICTURE).convert("RGB"))
            return cls(image, np.array(lines["upper"], np.float32), np.array(lines["lower"], np.float32))
        except (OSError, ValueError, KeyError):
            return None


def face_brightness(picture: np.ndarray, landmarks: np.ndarray) -> float:
    """Mean grey (0-255) over the face's box; `picture` is RGB or already grey."""
    x0, y0 = np.maximum(landmarks[:468].min(axis=0), 0).astype(int)
    x1, y1 = landmarks[:468].max(axis=0).astype(int)
    patch = picture[y0 : max(y0 + 1, y1), x0 : max(x0 + 1, x1)].astype(np.float32)
    if patch.ndim == 3:
        patch = patch @ np.array([0.299, 0.587, 0.114], np.float32)
    return float(patch.mean()) if patch.size else float("nan")


def lip_gap(landmarks: np.ndarray) -> float:
    return float(landmarks[T.LOWER_LIP_MID, 1] - landmarks[T.UPPER_LIP_MID, 1])


def mouth_width(landmarks: np.ndarray) -> float:
    return float(np.linalg.norm(landmarks[T.MOUTH_CORNERS[1]] - landmarks[T.MOUTH_CORNERS[0]]))


def mouth_from_picture(rgb: np.ndarray, landmarks: np.ndarray, face_light: float) -> MouthTexture | None:
    """The presenter's own mouth interior (teeth, tongue, shadow in their light), from a photo
    or video frame where the lips are well apart; None when they are not. `face_light`: the face's mean
    grey (0-255)."""
    import cv2

    width = mouth_width(landmarks)
    if width < 8 or lip_gap(landmarks) < OPEN_FOR_TEXTURE * width:
        return None
    upper = landmarks[list(T.UPPER_LIP_INNER)].astype(np.float32)
    lower = landmarks[list(T.LOWER_LIP_INNER)].astype(np.float32)
    x0 = int(max(0, np.floor(upper[:, 0].min() - 4)))
    x1 = int(min(rgb.shape[1], np.ceil(upper[:, 0].max() + 5)))
    y0 = int(max(0, np.floor(upper[:, 1].min() - 4)))
    depth = int(np.ceil(upper[:, 1].max() - y0 + 0.8 * width))  # room for the widest opening
    patch = np.zeros((depth, x1 - x0, 3), np.uint8)
    visible = rgb[y0 : min(rgb.shape[0], y0 + depth), x0:x1]
    patch[: len(visible)] = visible
    inside = np.zeros(patch.shape[:2], np.uint8)
    polygon = np.concatenate([upper, lower[::-1]]) - [x0, y0]
    cv2.fillPoly(inside, [np.round(polygon).astype(np.int32)], (255,))
    if not inside.any():
        return None
    # Beyond what the clip shows, the mouth's depth: its own darkest colour when the clip shows a
    # real cavity, never lighter than a shadowed mouth in this light (teeth and lips only: a
    # smile) so a wide opening is dark, not lip-coloured.
    pixels = patch[inside > 0].astype(np.float32)
    luma = pixels @ np.array([0.3, 0.59, 0.11], np.float32)
    darkest = pixels[luma <= np.percentile(luma, 10)].mean(axis=0)
    light = float(np.clip(face_light / EVEN_LIGHT, 0.4, 1.3))
    shadow = np.minimum(darkest, np.array([70, 28, 32], np.float32) * light)
    rows = np.arange(depth, dtype=np.float32)[:, None, None]
    bottom = float(lower[:, 1].max() - y0)
    fade = np.clip((rows - bottom) / max(1.0, 0.5 * width), 0.0, 1.0)
    cavity = shadow * (1.0 - 0.45 * fade)  # deeper is darker
    soft = cv2.GaussianBlur(inside, (5, 5), 0).astype(np.float32)[..., None] / 255.0
    texture = patch.astype(np.float32) * soft + cavity * (1.0 - soft)
    return MouthTexture(np.clip(texture, 0, 255).astype(np.uint8), upper - [x0, y0], lower - [x0, y0])


def close_seam(image: np.ndarray, seam: np.ndarray, strength: float = 0.45) -> None:
    """Where lips meet (`seam`: points corner to corner, image pixels): a pixel or two of tooth or
    shadow left between them would show as specks, so a median over a thin band along the seam
    removes them; then the soft dark line closed lips have (without it a still mouth looks
    painted on). `image` is changed in place."""
    import cv2

    height, width = image.shape[:2]
    x0, y0 = np.maximum(np.floor(seam.min(axis=0)).astype(int) - 4, 0)
    x1, y1 = np.minimum(np.ceil(seam.max(axis=0)).astype(int) + 5, [width, height])
    if x1 - x0 < 3 or y1 - y0 < 3:
        return
    patch = image[y0:y1, x0:x1]
    local = seam - [x0, y0]
    band = np.zeros(patch.shape[:2], np.uint8)
    cv2.polylines(band, [np.round(local).astype(np.int32)], False, (255,), 3)
    cleaned = np.where(band[..., None] > 0, cv2.medianBlur(np.ascontiguousarray(patch), 5), patch)
    line = np.zeros(patch.shape[:2], np.uint8)
    inner = local[1:-1] if len(local) > 4 else local  # the shadow stops short of the corners
    cv2.polylines(line, [np.round(inner * 16).astype(np.int32)], False, (255,), 1, cv2.LINE_AA, 4)
    alpha = cv2.GaussianBlur(line, (3, 3), 0).astype(np.float32)[..., None] / 255.0 * strength * 0.55
    image[y0:y1, x0:x1] = np.clip(cleaned.astype(np.float32) * (1.0 - alpha), 0, 255).astype(np.uint8)
