"""Draw an avatar's painted mouth (`avatar/mouth.py`) into the current inner-lip gap: columns
follow the mouth's width, rows hang from the upper lip at the picture's scale, so a small
opening shows the upper teeth and a wide one the tongue below.
"""

from __future__ import annotations

import numpy as np

from vhost.avatar.mouth import MouthTexture


def draw_textured_mouth(
    image: np.ndarray, upper: np.ndarray, texture: MouthTexture, box: tuple, alpha: np.ndarray
) -> None:
    """Fill `box` (x0, y0, x1, y1) of `image` with the texture where `alpha` (the inner-lip
    polygon's soft mask for that box) says, mapped into the current lips."""
    import cv2

    x0, y0, x1, y1 = box
    xs = np.arange(x0, x1, dtype=np.float32)
    ys = np.arange(y0, y1, dtype=np.float32)[:, None]
    order = np.argsort(upper[:, 0])
    top = np.interp(xs, upper[order, 0], upper[order, 1])
    left, width = float(upper[:, 0].min()), float(np.ptp(upper[:, 0])) or 1.0
    t_order = np.argsort(texture.upper[:, 0])
    t_left, t_width = float(texture.upper[:, 0].min()), float(np.ptp(texture.upper[:, 0])) or 1.0
    scale = t_width / width
    u = t_left + (xs - left) * scale
    t_top = np.interp(u, texture.upper[t_order, 0], texture.upper[t_order, 1])
    map_x = np.broadcast_to(u[None, :], (len(ys), len(xs))).astype(np.float32)
    map_y = (t_top[None, :] + (ys - top[None, :]) * scale).astype(np.float32)
    colour = cv2.remap(texture.image, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    patch = image[y0:y1, x0:x1].astype(np.float32)
    image[y0:y1, x0:x1] = (colour * alpha + patch * (1 - alpha)).round().astype(np.uint8)
