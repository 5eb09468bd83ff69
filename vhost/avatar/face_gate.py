"""The face gate: a picture is a presenter only when a face detector is confident it shows a
real face where the face mesh put one. The mesh alone fits a face shape to anything face-like
(a cup on its saucer turned sideways); the detector's score and its own eye, nose and mouth
points must agree with the mesh. The detector also runs on tiles of a big picture, so a face
too small for the mesh is still found and can be refused with its size."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vhost.avatar.detect import DetectedFace, quiet_native_logs

MIN_SCORE = 0.7  # the detector's confidence that a box holds a real face
TILE = 512  # pixels; big pictures are also searched in tiles this size
_AGREE = 0.5  # eye, nose and mouth of detector and mesh within this share of the eye span


@dataclass(frozen=True)
class FaceBox:
    score: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in picture pixels
    points: np.ndarray  # (4, 2): right eye, left eye, nose tip, mouth centre (subject's sides)

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]


def detect_boxes(rgb: np.ndarray) -> list[FaceBox]:
    """Every face the full-range detector sees, in the whole picture and in overlapping tiles
    of it, best first (duplicates merged)."""
    height, width = rgb.shape[:2]
    found: list[FaceBox] = []
    with quiet_native_logs():
        import mediapipe as mp

        with mp.solutions.face_detection.FaceDetection(
            model_selection=1, min_detection_confidence=0.5
        ) as detector:
            found += _detect(detector, rgb, 0, 0)
            if max(height, width) > TILE * 1.25:
                step = TILE * 3 // 4
                for y in range(0, max(1, height - TILE // 4), step):
                    for x in range(0, max(1, width - TILE // 4), step):
                        found += _detect(
                            detector, np.ascontiguousarray(rgb[y : y + TILE, x : x + TILE]), x, y
                        )
    found.sort(key=lambda f: -f.score)
    kept: list[FaceBox] = []
    for face in found:
        if all(_overlap(face.box, other.box) < 0.3 for other in kept):
            kept.append(face)
    return kept


def _detect(detector, rgb: np.ndarray, x: int, y: int) -> list[FaceBox]:  # noqa: ANN001 - MediaPipe
    result = detector.process(rgb)
    height, width = rgb.shape[:2]
    boxes = []
    for detection in result.detections or []:
        box = detection.location_data.relative_bounding_box
        x0, y0 = x + box.xmin * width, y + box.ymin * height
        points = np.array(
            [(x + k.x * width, y + k.y * height) for k in detection.location_data.relative_keypoints[:4]],
            np.float32,
        )
        boxes.append(
            FaceBox(
                float(detection.score[0]), (x0, y0, x0 + box.width * width, y0 + box.height * height), points
            )
        )
    return boxes


def confirmed(face: DetectedFace, boxes: list[FaceBox]) -> bool:
    """True when a confident detection sits on this mesh face with its eyes, nose and mouth
    where the mesh has them."""
    lm = face.landmarks
    mesh_points = np.array(
        [
            (lm[33] + lm[133]) / 2,  # right eye (the subject's), on the picture's left
            (lm[362] + lm[263]) / 2,
            lm[1],
            (lm[13] + lm[14]) / 2,
        ]
    )
    span = float(np.linalg.norm(mesh_points[1] - mesh_points[0])) or 1.0
    for box in boxes:
        if box.score < MIN_SCORE or _overlap(box.box, face.box) < 0.3:
            continue
        if float(np.linalg.norm(box.points - mesh_points, axis=1).max()) <= _AGREE * span:
            return True
    return False


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    inter = max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return inter / smaller if smaller > 0 else 0.0
