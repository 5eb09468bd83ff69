"""Closing the clip's mouth at rest: where the presenter talks or smiles with parted lips in the
clip, the lips are warped together (the teeth painted over first), so the voice alone opens the
mouth and the recorded mouth never fights it. Also: the mouth interior taken from the clip's own
open-mouth frames."""

from __future__ import annotations

import numpy as np

from vhost.avatar import topology as T
from vhost.avatar.builder import build_mesh
from vhost.avatar.deform import landmark_displacements
from vhost.avatar.mesh_fields import rasterise_values
from vhost.avatar.mouth import MouthTexture

MIN_GAP_PX = 0.8  # lips closer than this are closed already
OPEN_FOR_TEXTURE = 0.12  # inner-lip gap / mouth width: the teeth show clearly


def lip_gap(landmarks: np.ndarray) -> float:
    return float(landmarks[T.LOWER_LIP_MID, 1] - landmarks[T.UPPER_LIP_MID, 1])


def mouth_width(landmarks: np.ndarray) -> float:
    return float(np.linalg.norm(landmarks[T.MOUTH_CORNERS[1]] - landmarks[T.MOUTH_CORNERS[0]]))


def seal_frame(rgb: np.ndarray, landmarks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(picture with the lips closed, landmarks as they now are)."""
    import cv2

    move = landmark_displacements(landmarks)["seal"]
    gaps = [
        landmarks[lo, 1] - landmarks[up, 1]
        for up, lo in zip(T.UPPER_LIP_INNER, T.LOWER_LIP_INNER, strict=True)
    ]
    if max(gaps) < MIN_GAP_PX:
        return rgb, landmarks
    height, width = rgb.shape[:2]
    lips = landmarks[list(T.UPPER_LIP_OUTER + T.LOWER_LIP_OUTER)]
    pad = 0.6 * mouth_width(landmarks)
    x0, y0 = np.maximum(np.floor(lips.min(axis=0) - pad), 0).astype(int)
    x1, y1 = np.minimum(np.ceil(lips.max(axis=0) + pad), [width, height]).astype(int)
    box = (int(x0), int(y0), int(x1), int(y1))
    patch = rgb[y0:y1, x0:x1]
    inner = landmarks[list(T.UPPER_LIP_INNER + T.LOWER_LIP_INNER[1:-1][::-1])] - [x0, y0]
    inside = np.zeros(patch.shape[:2], np.uint8)
    cv2.fillPoly(inside, [np.round(inner).astype(np.int32)], (255,))
    mask = cv2.dilate(inside, np.ones((3, 3), np.uint8), iterations=2)
    painted = cv2.inpaint(np.ascontiguousarray(patch), mask, 4, cv2.INPAINT_TELEA)
    # backward field: each output pixel samples the picture where the moved mesh came from;
    # at the seam, a little inside each lip rather than the lips' wet edge
    points, triangles = build_mesh(landmarks, width, height)
    moved = np.zeros_like(points)
    moved[:468] = move[:468]
    inset = np.zeros_like(points)
    lip_px = 0.012 * float(np.linalg.norm(landmarks[T.CHIN] - landmarks[T.FOREHEAD_TOP]))
    inset[list(T.UPPER_LIP_INNER[1:-1]), 1] = -lip_px
    inset[list(T.LOWER_LIP_INNER[1:-1]), 1] = lip_px
    field = rasterise_values(points + moved, triangles, inset - moved, box)
    ys, xs = np.mgrid[0 : y1 - y0, 0 : x1 - x0].astype(np.float32)
    warped = cv2.remap(
        painted,
        xs + field[..., 0].astype(np.float32),
        ys + field[..., 1].astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    sealed = (landmarks + move).astype(np.float32)
    _smooth_seam(warped, sealed[list(T.UPPER_LIP_INNER)] - [x0, y0])
    out = rgb.copy()
    out[y0:y1, x0:x1] = warped
    return out, sealed


def _smooth_seam(patch: np.ndarray, seam: np.ndarray) -> None:
    """Where the lips were pressed together, a pixel or two of tooth or shadow can survive as
    specks along the seam; a median over a thin band around it removes them, and the seam gets
    the soft shadow closed lips have."""
    import cv2

    band = np.zeros(patch.shape[:2], np.uint8)
    cv2.polylines(band, [np.round(seam).astype(np.int32)], False, (255,), 3)
    if not band.any():
        return
    cleaned = cv2.medianBlur(patch, 5)
    keep = band[..., None] > 0
    patch[:] = np.where(keep, cleaned, patch)
    line = np.zeros(patch.shape[:2], np.uint8)
    cv2.polylines(line, [np.round(seam * 16).astype(np.int32)], False, (255,), 1, cv2.LINE_AA, 4)
    shade = 1.0 - 0.35 * cv2.GaussianBlur(line, (3, 3), 0).astype(np.float32)[..., None] / 255.0
    patch[:] = np.clip(patch.astype(np.float32) * shade, 0, 255).astype(np.uint8)


def mouth_from_frame(rgb: np.ndarray, landmarks: np.ndarray, face_light: float) -> MouthTexture | None:
    """The clip's own mouth interior (teeth, tongue, shadow in the presenter's light), from a
    frame where the lips are well apart; None when they are not. `face_light`: the face's mean
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
    light = float(np.clip(face_light / 150.0, 0.4, 1.3))
    shadow = np.minimum(darkest, np.array([70, 28, 32], np.float32) * light)
    rows = np.arange(depth, dtype=np.float32)[:, None, None]
    bottom = float(lower[:, 1].max() - y0)
    fade = np.clip((rows - bottom) / max(1.0, 0.5 * width), 0.0, 1.0)
    cavity = shadow * (1.0 - 0.45 * fade)  # deeper is darker
    soft = cv2.GaussianBlur(inside, (5, 5), 0).astype(np.float32)[..., None] / 255.0
    texture = patch.astype(np.float32) * soft + cavity * (1.0 - soft)
    return MouthTexture(np.clip(texture, 0, 255).astype(np.uint8), upper - [x0, y0], lower - [x0, y0])
