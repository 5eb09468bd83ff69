"""The avatar rig: the photo, its 478 neutral landmarks, a mesh and named regions.

Saved as `DIR/avatar.json` (numbers) next to `DIR/photo.png` (the working photo) and
`DIR/landmarks.png` (a preview with the mesh drawn, for people to check the detection).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vhost.avatar import topology as T
from vhost.avatar.folder import clear_presenter, output_folder
from vhost.avatar.mouth import MouthTexture
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

RIG_VERSION = 1

REGIONS = {
    "mouth_inner": T.UPPER_LIP_INNER + T.LOWER_LIP_INNER[1:-1][::-1],
    "lips_outer": T.UPPER_LIP_OUTER + T.LOWER_LIP_OUTER[1:-1][::-1],
    "right_eye": T.RIGHT_EYE_UPPER + T.RIGHT_EYE_LOWER[1:-1][::-1],
    "left_eye": T.LEFT_EYE_UPPER + T.LEFT_EYE_LOWER[1:-1][::-1],
    "right_iris": T.RIGHT_IRIS,
    "left_iris": T.LEFT_IRIS,
    "right_brow": T.RIGHT_BROW,
    "left_brow": T.LEFT_BROW,
    "face_oval": T.FACE_OVAL,
}


@dataclass
class AvatarRig:
    image: np.ndarray  # RGB uint8, the working photo
    landmarks: np.ndarray  # (478, 2) float32, neutral pose, pixel coordinates
    mesh_points: np.ndarray  # (N, 2) landmarks[:468] + margin rings + image border anchors
    triangles: np.ndarray  # (M, 3) int32 indices into mesh_points
    name: str = "avatar"
    notes: list[str] = field(default_factory=list)
    mouth: MouthTexture | None = None  # the painted mouth interior, when one was made

    @property
    def face_box(self) -> tuple[float, float, float, float]:
        x0, y0 = self.landmarks[:468].min(axis=0)
        x1, y1 = self.landmarks[:468].max(axis=0)
        return float(x0), float(y0), float(x1), float(y1)

    @property
    def face_height(self) -> float:
        return float(np.linalg.norm(self.landmarks[T.CHIN] - self.landmarks[T.FOREHEAD_TOP]))

    @property
    def face_width(self) -> float:
        x0, _, x1, _ = self.face_box
        return x1 - x0

    @property
    def mouth_gap(self) -> float:
        """How far apart the inner lips are in the photo (0 for a closed mouth)."""
        return float(self.landmarks[T.LOWER_LIP_MID][1] - self.landmarks[T.UPPER_LIP_MID][1])

    def region(self, name: str) -> np.ndarray:
        return self.landmarks[list(REGIONS[name])]

    def save(self, folder: Path) -> Path:
        from PIL import Image

        folder = output_folder(folder)
        folder.mkdir(parents=True, exist_ok=True)
        clear_presenter(folder)
        Image.fromarray(self.image).save(folder / "photo.png", optimize=True)
        data = {
            "version": RIG_VERSION,
            "name": self.name,
            "photo": "photo.png",
            "size": [int(self.image.shape[1]), int(self.image.shape[0])],
            "landmarks": np.round(self.landmarks, 2).tolist(),
            "mesh_points": np.round(self.mesh_points, 2).tolist(),
            "triangles": self.triangles.tolist(),
            "regions": {name: list(indices) for name, indices in REGIONS.items()},
            "notes": self.notes,
        }
        if self.mouth is not None:
            self.mouth.save(folder)
        path = folder / "avatar.json"
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: Path) -> AvatarRig:
        from PIL import Image

        path = folder / "avatar.json" if folder.is_dir() else folder
        if not path.is_file():
            raise AvatarError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{folder} holds no avatar.json; build one with `vhost avatar build PHOTO"
                        " --out {folder}`.",
                    ),
                    folder=folder,
                )
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != RIG_VERSION:
                raise AvatarError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost",
                            "{path} was made by another vhost version; rebuild it with `vhost avatar build`.",
                        ),
                        path=path,
                    )
                )
            image = np.array(Image.open(path.parent / data["photo"]).convert("RGB"))
            rig = cls(
                image=image,
                landmarks=np.array(data["landmarks"], np.float32),
                mesh_points=np.array(data["mesh_points"], np.float32),
                triangles=np.array(data["triangles"], np.int32),
                name=str(data.get("name", path.parent.name)),
                notes=list(data.get("notes", [])),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AvatarError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{path} is damaged ({reason}); rebuild it with `vhost avatar build`."
                    ),
                    path=path,
                    reason=exc,
                )
            ) from exc
        if rig.landmarks.shape != (478, 2) or list(image.shape[1::-1]) != data["size"]:
            raise AvatarError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{path} does not match its photo; rebuild it with `vhost avatar build`."
                    ),
                    path=path,
                )
            )
        rig.mouth = MouthTexture.load(path.parent)
        return rig
