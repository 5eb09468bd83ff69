"""Build an avatar rig from a photo: detect the face, add a still margin, triangulate."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from vhost.avatar import topology as T
from vhost.avatar.detect import find_face, load_photo
from vhost.avatar.face_gate import MIN_SCORE, confirmed, detect_boxes
from vhost.avatar.mouth import lip_gap, mouth_width
from vhost.avatar.rig import AvatarRig
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

_BROAD_SMILE = 0.18  # inner-lip gap / mouth width: closing a grin this wide stretches the lips
_MIN_FACE_PX = 48  # below this the mouth is a few pixels and cannot be animated believably


def build_avatar(photo: Path, name: str | None = None) -> AvatarRig:
    rgb, notes = load_photo(photo)
    return rig_from_picture(rgb, name or photo.stem, notes, str(photo))


def rig_from_picture(rgb: np.ndarray, name: str, notes: list[str], source: str) -> AvatarRig:
    """The rig for an RGB picture (`source` names it in errors: a file, or what made it)."""
    rgb, faces, turned = find_face(rgb)
    boxes = detect_boxes(rgb)
    faces = [face for face in faces if confirmed(face, boxes)]
    if not faces:
        seen = [box for box in boxes if box.score >= MIN_SCORE]
        if seen and seen[0].width < 2 * _MIN_FACE_PX:
            raise AvatarError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The face in {source} is only {width} pixels wide, too small to animate; use a"
                        " closer or sharper photo where the face is at least {least} pixels wide (the"
                        " original, not a reduced copy).",
                    ),
                    source=source,
                    width=f"{seen[0].width:.0f}",
                    least=_MIN_FACE_PX * 2,
                )
            )
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "No face was found in {source}; use a well-lit photo that shows one face from the"
                    " front, eyes open, not covered.",
                ),
                source=source,
            )
        )
    if turned:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "the photo was saved sideways or upside down; turned it upright ({degrees}°"
                    " anticlockwise)",
                ),
                degrees=turned * 90,
            )
        )
    if len(faces) > 1:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("vhost", "{count} faces were found; using the largest"), count=len(faces)
            )
        )
    face = faces[0]
    x0, y0, x1, y1 = face.box
    if min(x1 - x0, y1 - y0) < _MIN_FACE_PX:
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "The face in {source} is only {width} pixels wide; use a closer or larger photo"
                    " where the face is at least {least} pixels wide.",
                ),
                source=source,
                width=f"{x1 - x0:.0f}",
                least=_MIN_FACE_PX * 2,
            )
        )
    if lip_gap(face.landmarks) > _BROAD_SMILE * mouth_width(face.landmarks):
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "the photo smiles with its teeth showing: its teeth are used when the mouth opens, but"
                    " closing such a smile stretches the lips; a photo with the lips closed and relaxed"
                    " looks most natural at rest",
                )
            )
        )
    points, triangles = build_mesh(face.landmarks, rgb.shape[1], rgb.shape[0])
    return AvatarRig(
        image=rgb,
        landmarks=face.landmarks,
        mesh_points=points,
        triangles=triangles,
        name=name,
        notes=notes,
    )


def build_mesh(landmarks: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    """Landmarks plus two rings around the face and the image border, Delaunay-triangulated.

    The rings sit outside the face oval; they never move for mouth, eyes or brows, so
    everything beyond them (hair edge, neck, background) stays still."""
    from scipy.spatial import Delaunay

    oval = landmarks[list(T.FACE_OVAL)]
    centre = oval.mean(axis=0)
    rings = [centre + (oval - centre) * factor for factor in (1.3, 1.8)]
    border = _border_points(width, height, steps=8)
    points = np.concatenate([landmarks[:468], *rings, border]).astype(np.float32)
    points[:, 0] = points[:, 0].clip(0, width - 1)
    points[:, 1] = points[:, 1].clip(0, height - 1)
    points = _drop_duplicates(points)
    triangles = Delaunay(points).simplices.astype(np.int32)
    return points, triangles


def _border_points(width: int, height: int, steps: int) -> np.ndarray:
    xs = np.linspace(0, width - 1, steps + 1)
    ys = np.linspace(0, height - 1, steps + 1)
    top = np.stack([xs, np.zeros_like(xs)], 1)
    bottom = np.stack([xs, np.full_like(xs, height - 1)], 1)
    left = np.stack([np.zeros_like(ys[1:-1]), ys[1:-1]], 1)
    right = np.stack([np.full_like(ys[1:-1], width - 1), ys[1:-1]], 1)
    return np.concatenate([top, bottom, left, right])


def _drop_duplicates(points: np.ndarray) -> np.ndarray:
    """Keep the first of points closer than half a pixel (ring points clipped onto the border)."""
    keep: list[int] = []
    rounded = np.round(points * 2).astype(np.int64)
    seen: set[tuple[int, int]] = set()
    for index, (x, y) in enumerate(rounded):
        if index < 468 or (x, y) not in seen:
            keep.append(index)
            seen.add((int(x), int(y)))
    return points[keep]


def draw_preview(rig: AvatarRig) -> np.ndarray:
    """The photo with the mesh and the animated regions drawn, for a person to check."""
    import cv2

    preview = rig.image.copy()
    for a, b, c in rig.triangles:
        polygon = rig.mesh_points[[a, b, c]].astype(np.int32)
        cv2.polylines(preview, [polygon], True, (90, 200, 255), 1, cv2.LINE_AA)
    return draw_regions(preview, rig.landmarks, copy=False)


def draw_regions(image: np.ndarray, landmarks: np.ndarray, copy: bool = True) -> np.ndarray:
    """Lips, eyes, brows and irises outlined on a picture of the face."""
    import cv2

    from vhost.avatar.rig import REGIONS

    preview = image.copy() if copy else image
    for name, colour in (
        ("lips_outer", (255, 60, 60)),
        ("mouth_inner", (255, 200, 0)),
        ("right_eye", (60, 255, 60)),
        ("left_eye", (60, 255, 60)),
        ("right_brow", (255, 0, 255)),
        ("left_brow", (255, 0, 255)),
    ):
        polygon = landmarks[list(REGIONS[name])].astype(np.int32)
        cv2.polylines(preview, [polygon], name not in ("right_brow", "left_brow"), colour, 1, cv2.LINE_AA)
    for iris in ("right_iris", "left_iris"):
        centre = landmarks[REGIONS[iris][0]]
        cv2.circle(preview, (int(centre[0]), int(centre[1])), 2, (255, 255, 0), -1, cv2.LINE_AA)
    return preview
