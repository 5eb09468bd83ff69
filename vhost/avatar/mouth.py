"""A painted mouth interior: a picture of this avatar's own open mouth (teeth, tongue, shadow),
made once by a diffusion model (`vhost avatar mouth`) and drawn by the renderer instead of its
generic one (`render/mouth_texture.py`).

Kept as AVATAR/mouth.png (the mouth opened as wide as the rig allows) with AVATAR/mouth.json
(the inner-lip lines in that picture).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PICTURE, LINES = "mouth.png", "mouth.json"


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
