"""Can this picture be a presenter? The warp renderer needs one face seen from the front, mouth
closed (it draws its own mouth interior) and eyes open (it draws its own blinks). Used to keep
the good candidates a diffusion model makes and to check a restyled photo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from vhost.avatar import topology as T

MOST_YAW = 0.22  # nose off the cheeks' midpoint, in half face widths (~13° of head turn)
MOST_ROLL = 12.0  # degrees the eye line may tilt
MOST_MOUTH_GAP = 0.035  # inner lips apart, in face heights
LEAST_EYE_OPEN = 0.16  # lid gap over eye width, each eye
LEAST_FACE_SHARE = 0.15  # face width over picture width: smaller faces animate poorly
LEAST_FACE_PX = 96


@dataclass(frozen=True)
class FaceFit:
    reasons: tuple[str, ...]  # why the picture cannot be a presenter; empty when it can
    measures: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.reasons


def _eye_open(landmarks: np.ndarray, top: int, bottom: int, outer: int, inner: int) -> float:
    gap = np.linalg.norm(landmarks[top] - landmarks[bottom])
    return float(gap / max(float(np.linalg.norm(landmarks[outer] - landmarks[inner])), 1e-6))


def measure(landmarks: np.ndarray) -> dict[str, float]:
    right_cheek, left_cheek = landmarks[234], landmarks[454]
    half_width = max(float(np.linalg.norm(left_cheek - right_cheek)) / 2, 1e-6)
    yaw = float((landmarks[T.NOSE_TIP][0] - (right_cheek[0] + left_cheek[0]) / 2) / half_width)
    dx, dy = landmarks[263] - landmarks[33]
    height = float(np.linalg.norm(landmarks[T.CHIN] - landmarks[T.FOREHEAD_TOP]))
    gap = float(np.linalg.norm(landmarks[14] - landmarks[13]))
    return {
        "yaw": round(yaw, 3),
        "roll_degrees": round(float(np.degrees(np.arctan2(dy, dx))), 1),
        "mouth_gap": round(gap / max(height, 1e-6), 3),
        "right_eye_open": round(_eye_open(landmarks, 159, 145, 33, 133), 3),
        "left_eye_open": round(_eye_open(landmarks, 386, 374, 263, 362), 3),
        "face_width_px": round(half_width * 2, 1),
    }


def judge_face(rgb: np.ndarray) -> FaceFit:
    """Whether `rgb` (an upright picture) can be a presenter, with the reasons when not."""
    from vhost.avatar.detect import detect_faces

    faces = detect_faces(rgb)
    if not faces:
        return FaceFit(("no face",))
    m = measure(faces[0].landmarks)
    reasons = []
    if len(faces) > 1:
        reasons.append(f"{len(faces)} faces")
    if m["face_width_px"] < max(LEAST_FACE_PX, LEAST_FACE_SHARE * rgb.shape[1]):
        reasons.append("face too small")
    if abs(m["yaw"]) > MOST_YAW:
        reasons.append("face turned to the side")
    if abs(m["roll_degrees"]) > MOST_ROLL:
        reasons.append("head tilted")
    if m["mouth_gap"] > MOST_MOUTH_GAP:
        reasons.append("mouth open")
    if min(m["right_eye_open"], m["left_eye_open"]) < LEAST_EYE_OPEN:
        reasons.append("eyes closed")
    return FaceFit(tuple(reasons), m)
