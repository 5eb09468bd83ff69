"""Closing the clip's mouth at rest: where the presenter talks or smiles with parted lips in the
clip, the lips are warped together (the teeth painted over first), so the voice alone opens the
mouth and the recorded mouth never fights it."""

from __future__ import annotations

import numpy as np

from vhost.avatar import topology as T
from vhost.avatar.builder import build_mesh
from vhost.avatar.deform import landmark_displacements
from vhost.avatar.mesh_fields import rasterise_values
from vhost.avatar.mouth import close_seam, mouth_width

MIN_GAP_PX = 0.8  # lips closer than this are closed already


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
    close_seam(warped, sealed[list(T.UPPER_LIP_INNER)] - [x0, y0], strength=0.6)
    out = rgb.copy()
    out[y0:y1, x0:x1] = warped
    return out, sealed
