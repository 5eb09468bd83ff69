"""The inside of an open mouth: a dark cavity, upper teeth under the upper lip, a hint of lower
teeth and tongue when it opens wide. Drawn in the gap between the posed inner lips, with a
soft edge, on a patch only as big as the mouth.
"""

from __future__ import annotations

import numpy as np

from vhost.avatar.mouth import MouthTexture, close_seam
from vhost.render.mouth_texture import draw_textured_mouth

_CAVITY_TOP = np.array([70, 28, 32], np.float32)
_CAVITY_BOTTOM = np.array([38, 12, 16], np.float32)
_TEETH = np.array([232, 226, 214], np.float32)
_TONGUE = np.array([160, 70, 78], np.float32)
MIN_GAP = 0.8  # pixels; below this the lips are closed and nothing is drawn


def draw_mouth_interior(
    image: np.ndarray,
    upper: np.ndarray,
    lower: np.ndarray,
    texture: MouthTexture | None = None,
    light: float = 1.0,
) -> None:
    """Paint into `image` (RGB uint8, modified in place) between the inner-lip lines, both given
    corner to corner in the same order, in `image` pixel coordinates; with the avatar's painted
    mouth (`texture`) when it has one, else the generic cavity and teeth, lit as the face is
    (`light`: the face's brightness relative to an evenly lit one)."""
    import cv2

    gaps = lower[:, 1] - upper[:, 1]
    if gaps.max() < MIN_GAP:
        close_seam(image, (upper + lower) / 2)
        return
    polygon = np.concatenate([upper, lower[::-1]])
    box = _patch_box(polygon, image.shape, min_height=2)
    if box is None:
        return
    x0, y0, x1, y1 = box
    patch_w, patch_h = x1 - x0, y1 - y0
    shift = 4  # sub-pixel precision for the anti-aliased outline
    points = np.round((polygon - [x0, y0]) * (1 << shift)).astype(np.int32)
    mask = np.zeros((patch_h, patch_w), np.uint8)
    cv2.fillPoly(mask, [points], (255,), cv2.LINE_AA, shift)
    alpha = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255.0
    if texture is not None:
        draw_textured_mouth(image, upper, texture, box, alpha)
        _draw_seam(image, upper, strength=0.25)
        return

    xs = np.arange(x0, x1, dtype=np.float32)
    order = np.argsort(upper[:, 0])
    top = np.interp(xs, upper[order, 0], upper[order, 1])
    order = np.argsort(lower[:, 0])
    bottom = np.interp(xs, lower[order, 0], lower[order, 1])
    gap = np.maximum(bottom - top, 0.0)
    mouth_w = float(upper[:, 0].max() - upper[:, 0].min())
    ys = np.arange(y0, y1, dtype=np.float32)[:, None]
    depth = np.clip((ys - top) / np.maximum(gap, 1.0), 0.0, 1.0)[..., None]
    colour = _CAVITY_TOP * (1 - depth) + _CAVITY_BOTTOM * depth

    centre = (upper[:, 0].min() + upper[:, 0].max()) / 2
    across = np.clip(1 - np.abs(xs - centre) / (mouth_w / 2 + 1e-6), 0.0, 1.0)  # 1 mid, 0 corners
    shade = (0.55 + 0.45 * across**0.7)[None, :, None]
    teeth_h = np.minimum(0.13 * mouth_w, 0.55 * gap)[None, :]
    upper_teeth = (ys >= top - 1) & (ys < top + teeth_h)
    # lips barely apart let little light in: the teeth behind are in their shadow, not white
    lit = (0.35 + 0.65 * np.clip(gap / (0.16 * mouth_w), 0.0, 1.0))[None, :, None]
    colour = np.where(upper_teeth[..., None], _TEETH * shade * lit, colour)
    # faint gaps between teeth, a tooth every ~mouth_w/9
    seams = (np.abs(((xs - centre) / max(mouth_w / 9, 2.0)) % 1.0 - 0.5) > 0.47)[None, :, None]
    colour = np.where(upper_teeth[..., None] & seams, colour * 0.93, colour)

    wide_open = np.clip((gap - 0.18 * mouth_w) / (0.2 * mouth_w), 0.0, 1.0)[None, :]
    lower_teeth = (ys > bottom - 0.06 * mouth_w * wide_open) & (ys <= bottom + 1)
    colour = np.where(lower_teeth[..., None], _TEETH * shade * 0.9, colour)
    tongue_top = bottom - 0.3 * gap
    tongue = ((ys > tongue_top) & ~lower_teeth)[..., None] * (0.5 * wide_open)[..., None]
    colour = colour * (1 - tongue) + _TONGUE * shade * tongue

    colour = np.minimum(cv2.GaussianBlur(colour.astype(np.float32), (3, 3), 0) * light, 255.0)  # soft inside
    region = image[y0:y1, x0:x1].astype(np.float32)
    image[y0:y1, x0:x1] = (region * (1 - alpha) + colour * alpha).astype(np.uint8)
    _draw_seam(image, upper, strength=0.25)  # the shadow the upper lip casts


def _draw_seam(image: np.ndarray, line: np.ndarray, strength: float = 0.45) -> None:
    """Closed lips meet in a soft dark line; without it a still mouth looks painted on."""
    import cv2

    box = _patch_box(line, image.shape, min_height=1)
    if box is None:
        return
    x0, y0, x1, y1 = box
    shift = 4
    points = np.round((line - [x0, y0]) * (1 << shift)).astype(np.int32)
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.polylines(mask, [points], False, (255,), 1, cv2.LINE_AA, shift)
    alpha = mask.astype(np.float32)[..., None] / 255.0 * strength
    region = image[y0:y1, x0:x1].astype(np.float32)
    image[y0:y1, x0:x1] = (region * (1 - alpha) + region * 0.45 * alpha).astype(np.uint8)


def _patch_box(
    points: np.ndarray, shape: tuple[int, ...], min_height: int
) -> tuple[int, int, int, int] | None:
    """The small patch (x0, y0, x1, y1) around some points, inside the image; None when too small."""
    x0, y0 = np.floor(points.min(axis=0)).astype(int) - 2
    x1, y1 = np.ceil(points.max(axis=0)).astype(int) + 3
    height, width = shape[:2]
    x0, y0, x1, y1 = max(int(x0), 0), max(int(y0), 0), min(int(x1), width), min(int(y1), height)
    if x1 - x0 < 3 or y1 - y0 < min_height:
        return None
    return x0, y0, x1, y1
