"""A prepared video presenter, as kept on disk:

DIR/video.json     what the clip is: frame rate, size, jumps for looping, notes
DIR/clip.mp4       the usable stretch with the mouth closed at rest (H.264; a keyframe at
                   every jump target so the player can get there at once)
DIR/landmarks.npz  the face's 478 landmarks in every frame (1/16-pixel fixed point)
DIR/poster.png     the first frame, for lists and previews
DIR/mouth.png/json the clip's own mouth interior, when the clip shows one
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vhost.avatar.mouth import MouthTexture
from vhost.avatar.video.loop import Jump
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

VIDEO_VERSION = 1
INFO, CLIP, LANDMARKS, POSTER = "video.json", "clip.mp4", "landmarks.npz", "poster.png"
_REBUILD = QT_TRANSLATE_NOOP(
    "vhost", "rebuild it from the video with `vhost avatar build VIDEO --out {folder}`."
)


def _rebuild(template: str, folder: Path, **arguments: object) -> AvatarError:
    """`template`: "… {folder} …; {rebuild}" — the refusal, then how to make the presenter again."""
    return AvatarError(
        Message(template, folder=folder, rebuild=Message(_REBUILD, folder=folder), **arguments)
    )


_FIXED = 16.0  # landmark fixed-point scale: 1/16 pixel, int16 holds up to 2047 px


@dataclass
class VideoAvatar:
    folder: Path
    name: str
    fps: float
    size: tuple[int, int]  # clip (width, height)
    landmarks: np.ndarray  # (frames, 478, 2) float32, mouth closed
    jumps: list[Jump]
    image: np.ndarray  # the poster frame, RGB
    mouth: MouthTexture | None = None
    light: float = 1.0  # the face's light relative to an evenly lit face (tints a generic mouth)
    notes: list[str] = field(default_factory=list)

    @property
    def frames(self) -> int:
        return len(self.landmarks)

    @property
    def seconds(self) -> float:
        return self.frames / self.fps

    @property
    def clip(self) -> Path:
        return self.folder / CLIP

    @property
    def face_box(self) -> tuple[float, float, float, float]:
        """Where the face goes over the whole clip (x0, y0, x1, y1)."""
        points = self.landmarks[:, :468]
        x0, y0 = points.min(axis=(0, 1))
        x1, y1 = points.max(axis=(0, 1))
        return float(x0), float(y0), float(x1), float(y1)

    @property
    def typical_face(self) -> tuple[float, float]:
        """The face's median width and height."""
        spans = np.ptp(self.landmarks[:, :468], axis=1)
        return float(np.median(spans[:, 0])), float(np.median(spans[:, 1]))

    def save_data(self) -> None:
        """Everything but clip.mp4 (the builder writes that while it closes the mouth)."""
        from PIL import Image

        self.folder.mkdir(parents=True, exist_ok=True)
        fixed = np.round(self.landmarks * _FIXED).astype(np.int16)
        np.savez_compressed(self.folder / LANDMARKS, landmarks=fixed)
        Image.fromarray(self.image).save(self.folder / POSTER, optimize=True)
        if self.mouth is not None:
            self.mouth.save(self.folder)
        info = {
            "version": VIDEO_VERSION,
            "kind": "video",
            "name": self.name,
            "fps": self.fps,
            "size": list(self.size),
            "frames": self.frames,
            "light": round(self.light, 3),
            "jumps": [[j.source, j.target, j.cost, j.blend] for j in self.jumps],
            "notes": self.notes,
        }
        (self.folder / INFO).write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> VideoAvatar:
        from PIL import Image

        path = folder / INFO
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
            if info.get("version") != VIDEO_VERSION:
                raise _rebuild(
                    QT_TRANSLATE_NOOP("vhost", "{folder} was made by another vhost version; {rebuild}"),
                    folder,
                )
            with np.load(folder / LANDMARKS) as data:
                landmarks = data["landmarks"].astype(np.float32) / _FIXED
            poster = np.array(Image.open(folder / POSTER).convert("RGB"))
            avatar = cls(
                folder=folder,
                name=str(info.get("name", folder.name)),
                fps=float(info["fps"]),
                size=(int(info["size"][0]), int(info["size"][1])),
                landmarks=landmarks,
                jumps=[Jump(int(s), int(t), float(c), int(b)) for s, t, c, b in info["jumps"]],
                image=poster,
                light=float(info.get("light", 1.0)),
                notes=list(info.get("notes", [])),
            )
            frames = int(info["frames"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _rebuild(
                QT_TRANSLATE_NOOP("vhost", "{folder} is a damaged video presenter ({reason}); {rebuild}"),
                folder,
                reason=exc,
            ) from exc
        if landmarks.ndim != 3 or landmarks.shape[1:] != (478, 2) or len(landmarks) != frames:
            raise _rebuild(QT_TRANSLATE_NOOP("vhost", "{folder} does not match its clip; {rebuild}"), folder)
        if not avatar.clip.is_file():
            raise _rebuild(
                QT_TRANSLATE_NOOP("vhost", "{clip} is missing; {rebuild}"), folder, clip=avatar.clip
            )
        avatar.mouth = MouthTexture.load(folder)
        return avatar


def is_video_avatar(folder: Path) -> bool:
    return (folder / INFO).is_file()
