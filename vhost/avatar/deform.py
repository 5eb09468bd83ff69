"""How each face control moves the landmarks (one displacement per landmark per unit).

All sizes are fractions of the face's own height H and width W, so one rig works for any photo
size. `seal` closes a photo's parted lips (a smile showing teeth) so the rest pose is a closed
mouth; the renderer applies it at full weight on every frame and the jaw opens from there.
"""

from __future__ import annotations

import numpy as np

from vhost.avatar import topology as T

LANDMARK_CONTROLS = ("seal", "jaw", "wide", "round", "blink_l", "blink_r", "brow")
MOUTH_CONTROLS = ("seal", "jaw", "wide", "round")


def landmark_displacements(landmarks: np.ndarray) -> dict[str, np.ndarray]:
    """{control: (478, 2) displacement in the landmarks' pixel units for a value of 1}.

    The mouth's moves are measured on the face turned upright (eye line level), then turned
    back: a tilted head opens its jaw along its own chin line, not the picture's vertical.
    Lids and brows keep the picture's vertical (each lid point closes onto its partner)."""
    lm = landmarks.astype(np.float64)
    moves = _upright_displacements(lm)
    dx, dy = lm[263] - lm[33]
    angle = float(np.arctan2(dy, dx))
    if abs(angle) < 1e-3:
        return moves
    cos, sin = np.cos(angle), np.sin(angle)
    to_upright = np.array([[cos, sin], [-sin, cos]])
    turned = _upright_displacements(lm @ to_upright.T)
    for name in MOUTH_CONTROLS:
        moves[name] = turned[name] @ to_upright
    return moves


def _upright_displacements(lm: np.ndarray) -> dict[str, np.ndarray]:
    height = float(np.linalg.norm(lm[T.CHIN] - lm[T.FOREHEAD_TOP]))
    oval = lm[list(T.FACE_OVAL)]
    width = float(oval[:, 0].max() - oval[:, 0].min())
    mouth_centre = (lm[T.MOUTH_CORNERS[0]] + lm[T.MOUTH_CORNERS[1]]) / 2
    half_mouth = max(1.0, abs(lm[T.MOUTH_CORNERS[1], 0] - lm[T.MOUTH_CORNERS[0], 0]) / 2)
    lips = sorted(set(T.UPPER_LIP_OUTER + T.LOWER_LIP_OUTER + T.UPPER_LIP_INNER + T.LOWER_LIP_INNER))
    out = {name: np.zeros_like(lm) for name in LANDMARK_CONTROLS}

    # seal: inner lips meet halfway, outer lips follow a third of the way.
    for upper, lower in zip(T.UPPER_LIP_INNER, T.LOWER_LIP_INNER, strict=True):
        gap = max(0.0, lm[lower, 1] - lm[upper, 1])
        out["seal"][upper, 1] += gap / 2
        out["seal"][lower, 1] -= gap / 2
    for upper, lower in zip(T.UPPER_LIP_OUTER[1:-1], T.LOWER_LIP_OUTER[1:-1], strict=True):
        gap = max(0.0, lm[T.LOWER_LIP_MID, 1] - lm[T.UPPER_LIP_MID, 1])
        out["seal"][upper, 1] += gap / 6
        out["seal"][lower, 1] -= gap / 6

    # jaw: everything below the mouth corners swings down, most at the middle, least at the sides.
    drop = 0.16 * height
    corner_y = mouth_centre[1]
    lower_lip_y = lm[T.LOWER_LIP_MID, 1]
    for index in range(468):
        x, y = lm[index]
        if y <= corner_y:
            continue
        vertical = min(1.0, (y - corner_y) / max(1.0, lower_lip_y - corner_y))
        sideways = np.clip(1 - 0.6 * ((x - mouth_centre[0]) / (0.5 * width)) ** 2, 0.25, 1.0)
        out["jaw"][index, 1] = drop * vertical * sideways
    # The lower lip hangs from the corners in a rounded curve (by its distance from the middle,
    # not by its height: a smile's lip rises towards the corners and would open in a sharp V).
    for index in T.LOWER_LIP_INNER[1:-1] + T.LOWER_LIP_OUTER[1:-1]:
        across = min(1.0, abs(lm[index, 0] - mouth_centre[0]) / half_mouth)
        out["jaw"][index, 1] = drop * (0.3 + 0.7 * np.cos(0.5 * np.pi * across) ** 0.6)
    for index in T.UPPER_LIP_INNER[1:-1] + T.UPPER_LIP_OUTER[1:-1]:
        out["jaw"][index, 1] = -0.06 * drop  # the upper lip lifts a little
    for index in T.MOUTH_CORNERS + T.INNER_CORNERS:
        out["jaw"][index, 1] = 0.3 * drop

    # wide / round: lip points slide sideways, the more the nearer the corners.
    for index in lips:
        offset = (lm[index, 0] - mouth_centre[0]) / half_mouth
        out["wide"][index, 0] = np.sign(offset) * abs(offset) ** 2 * 0.05 * width
        out["round"][index, 0] = -np.sign(offset) * abs(offset) ** 1.5 * 0.07 * width
    for index in T.UPPER_LIP_OUTER[2:-2]:
        out["round"][index, 1] = -0.012 * height  # pout
    for index in T.LOWER_LIP_OUTER[2:-2]:
        out["round"][index, 1] = 0.012 * height

    # blinks: upper lids come down onto the lower lids, which rise a little to meet them.
    for control, upper_lid, lower_lid in (
        ("blink_r", T.RIGHT_EYE_UPPER, T.RIGHT_EYE_LOWER),
        ("blink_l", T.LEFT_EYE_UPPER, T.LEFT_EYE_LOWER),
    ):
        for upper, lower in zip(upper_lid[1:-1], lower_lid[1:-1], strict=True):
            gap = max(0.0, lm[lower, 1] - lm[upper, 1])
            out[control][upper, 1] = 0.85 * gap
            out[control][lower, 1] = -0.15 * gap

    for index in T.RIGHT_BROW + T.LEFT_BROW:
        out["brow"][index, 1] = -0.035 * height
    return out


def head_mask(xs: np.ndarray, ys: np.ndarray, landmarks: np.ndarray) -> np.ndarray:
    """1 over the head (face and hair), fading to 0 over the neck and the background around it."""
    oval = landmarks[list(T.FACE_OVAL)].astype(np.float64)
    height = float(np.linalg.norm(landmarks[T.CHIN] - landmarks[T.FOREHEAD_TOP]))
    width = float(oval[:, 0].max() - oval[:, 0].min())
    cx, cy = oval[:, 0].mean(), oval[:, 1].mean() - 0.12 * height
    r = np.sqrt(((xs - cx) / (0.85 * width)) ** 2 + ((ys - cy) / (0.75 * height)) ** 2)
    t = np.clip((1.3 - r) / 0.5, 0.0, 1.0)
    return t * t * (3 - 2 * t)


def head_extent(landmarks: np.ndarray) -> tuple[float, float, float, float]:
    """The box outside which no control moves anything (x0, y0, x1, y1)."""
    oval = landmarks[list(T.FACE_OVAL)].astype(np.float64)
    height = float(np.linalg.norm(landmarks[T.CHIN] - landmarks[T.FOREHEAD_TOP]))
    width = float(oval[:, 0].max() - oval[:, 0].min())
    cx, cy = oval[:, 0].mean(), oval[:, 1].mean() - 0.12 * height
    rx, ry = 1.4 * 0.85 * width, 1.4 * 0.75 * height
    return cx - rx, cy - ry, cx + rx, cy + ry


def head_pivot(landmarks: np.ndarray) -> np.ndarray:
    """The head tilts about the top of the neck, a little below the chin."""
    height = float(np.linalg.norm(landmarks[T.CHIN] - landmarks[T.FOREHEAD_TOP]))
    return landmarks[T.CHIN].astype(np.float64) + np.array([0.0, 0.15 * height])
