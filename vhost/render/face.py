"""Real-time CPU face renderer: one dense warp per frame, built from precomputed fields.

At start-up each control's landmark displacements are spread over the pixels of the head
region by piecewise-linear interpolation on the rig's mesh (the margin rings and image border
are pinned, so the background never moves). A frame is then a weighted sum of those fields
(one small matrix product), one `cv2.remap`, and the mouth interior drawn where the lips part.
"""

from __future__ import annotations

import numpy as np

from vhost.animate.base import CONTROLS, INDEX
from vhost.avatar import topology as T
from vhost.avatar.deform import LANDMARK_CONTROLS, head_extent, head_mask, head_pivot, landmark_displacements
from vhost.avatar.mesh_fields import rasterise_values
from vhost.avatar.mouth import EVEN_LIGHT, face_brightness, mouth_from_picture
from vhost.avatar.rig import AvatarRig
from vhost.render.mouth import draw_mouth_interior

FIELD_NAMES = LANDMARK_CONTROLS + ("head_x", "head_y", "head_roll")


def frame_avatar(rig: AvatarRig, width: int, height: int) -> tuple[np.ndarray, float]:
    """Crop box (x0, y0, x1, y1) in photo pixels for a head-and-shoulders shot of the given aspect,
    and the scale from photo to output pixels."""
    x0, y0, x1, y1 = rig.face_box
    face_w, face_h = x1 - x0, y1 - y0
    image_h, image_w = rig.image.shape[:2]
    crop_w = min(image_w, face_w * 4.0, image_h * width / height)
    crop_h = crop_w * height / width
    if crop_h > image_h:
        crop_h = image_h
        crop_w = crop_h * width / height
    cx = (x0 + x1) / 2
    left = float(np.clip(cx - crop_w / 2, 0, image_w - crop_w))
    top = float(np.clip(y0 - 0.75 * face_h, 0, image_h - crop_h))
    return np.array([left, top, left + crop_w, top + crop_h]), width / crop_w


class FaceRenderer:
    def __init__(self, rig: AvatarRig, width: int, height: int) -> None:
        import cv2

        self.size = (width, height)
        crop, scale = frame_avatar(rig, width, height)
        self.landmarks = ((rig.landmarks - crop[:2]) * scale).astype(np.float64)
        photo = _crop_resize(rig.image, crop, width, height)
        brightness = face_brightness(photo, self.landmarks)
        self.light = float(np.clip(brightness / EVEN_LIGHT, 0.4, 1.3))  # tints a generic mouth
        # the painted mouth when there is one, else the photo's own teeth when it smiles with them
        self.mouth_texture = rig.mouth or mouth_from_picture(photo, self.landmarks, brightness)
        self.base = _close_photo_mouth(photo, self.landmarks)
        mesh = ((rig.mesh_points - crop[:2]) * scale).astype(np.float64)
        x0, y0, x1, y1 = head_extent(self.landmarks)
        self.head_box = (
            max(0, int(x0)),
            max(0, int(y0)),
            min(width, int(np.ceil(x1))),
            min(height, int(np.ceil(y1))),
        )
        self.roi = (0, 0, width, height)  # breathing moves the whole figure, not only the head
        rx0, ry0, rx1, ry1 = self.head_box
        ys, xs = np.mgrid[ry0:ry1, rx0:rx1].astype(np.float64)
        self._grid_x = xs.astype(np.float32)
        self._grid_y = ys.astype(np.float32)
        displacements = landmark_displacements(self.landmarks)
        self._landmark_moves = self._landmark_fields(displacements)
        # Fields hold backward displacements (output pixel → source offset), so a frame samples
        # the photo at grid + field.
        self._fields = np.concatenate(
            [
                self._mesh_fields(mesh, rig.triangles, displacements),
                -self._head_at(xs, ys).astype(np.float32),
            ]
        ).reshape(len(FIELD_NAMES), -1)
        self._weights = np.zeros(len(FIELD_NAMES), np.float32)
        self._cv2 = cv2
        self._face_width = float(np.ptp(self.landmarks[list(T.FACE_OVAL), 0]))
        self._body = body_weight(self.landmarks, width, height)
        self._body_at_landmarks = _sample(self._body, self.landmarks)[:, None]  # how each one is carried
        full_y, full_x = np.mgrid[0:height, 0:width].astype(np.float32)
        self._full_x, self._full_y = full_x, full_y

    def _mesh_fields(
        self,
        mesh: np.ndarray,
        triangles: np.ndarray,
        displacements: dict[str, np.ndarray],
    ) -> np.ndarray:
        """Backward fields (output pixel → where to sample), exact for each control at full weight.

        seal is always on, so every other control's field is measured on top of it:
        field(control) = backward(seal + control) - backward(seal)."""
        # Where the lips meet, sample a little inside each lip, not the lip/teeth edge itself.
        inset = np.zeros_like(mesh)
        lip_px = 0.012 * float(np.linalg.norm(self.landmarks[T.CHIN] - self.landmarks[T.FOREHEAD_TOP]))
        inset[list(T.UPPER_LIP_INNER[1:-1]), 1] = -lip_px
        inset[list(T.LOWER_LIP_INNER[1:-1]), 1] = lip_px

        def backward(move: np.ndarray) -> np.ndarray:
            moved = np.zeros_like(mesh)
            moved[:468] = move[:468]
            return rasterise_values(mesh + moved, triangles, inset - moved, self.head_box)

        sealed = displacements["seal"]
        base = backward(sealed)
        fields = [base] + [backward(sealed + displacements[name]) - base for name in LANDMARK_CONTROLS[1:]]
        return np.stack(fields).astype(np.float32)

    def _head_at(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        mask = head_mask(xs, ys, self.landmarks)
        width = float(np.ptp(self.landmarks[list(T.FACE_OVAL), 0]))
        pivot = head_pivot(self.landmarks)
        zeros = np.zeros_like(mask)
        return np.stack(
            [
                np.stack([mask * width, zeros], -1),
                np.stack([zeros, mask * width], -1),
                np.stack([-(ys - pivot[1]) * mask, (xs - pivot[0]) * mask], -1),
            ]
        )

    def _landmark_fields(self, displacements: dict[str, np.ndarray]) -> np.ndarray:
        moves = [displacements[name] for name in LANDMARK_CONTROLS]
        head = self._head_at(self.landmarks[:, 0], self.landmarks[:, 1])
        return np.concatenate([np.stack(moves), head]).astype(np.float64)  # (fields, 478, 2)

    def _weights_for(self, params: np.ndarray) -> np.ndarray:
        w = self._weights
        w[0] = 1.0  # seal: the rest pose has closed lips
        for i, name in enumerate(FIELD_NAMES[1:], start=1):
            w[i] = params[INDEX[name]]
        return w

    def _body_shift(self, params: np.ndarray) -> tuple[float, float]:
        """How far (output pixels) the upper body has moved in this frame."""
        return (
            float(params[INDEX["body_x"]]) * self._face_width,
            float(params[INDEX["body_y"]]) * self._face_width,
        )

    def posed_landmarks(self, params: np.ndarray) -> np.ndarray:
        """Where each landmark is in this frame (output pixels)."""
        moved = self.landmarks + np.tensordot(
            self._weights_for(params).astype(np.float64), self._landmark_moves, axes=1
        )
        bx, by = self._body_shift(params)
        if bx or by:
            moved = moved + self._body_at_landmarks * np.array([bx, by])
        return moved

    def render_roi(self, params: np.ndarray) -> np.ndarray:
        """The presenter's picture for one frame (RGB), to be pasted at `self.roi` (all of it: the
        body breathes and sways, carrying the head, whose own motion and face move within)."""
        cv2 = self._cv2
        weights = self._weights_for(params)
        field = (weights @ self._fields).reshape(self._grid_x.shape + (2,))
        hx0, hy0, hx1, hy1 = self.head_box
        bx, by = self._body_shift(params)
        if abs(bx) < 0.02 and abs(by) < 0.02:  # still: only the head region changes
            frame = self.base.copy()
            frame[hy0:hy1, hx0:hx1] = cv2.remap(
                self.base,
                self._grid_x + field[..., 0],
                self._grid_y + field[..., 1],
                cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REPLICATE,
            )
        else:  # backward map: an output pixel shows what the body carried onto it
            map_x = self._full_x - bx * self._body
            map_y = self._full_y - by * self._body
            map_x[hy0:hy1, hx0:hx1] += field[..., 0]
            map_y[hy0:hy1, hx0:hx1] += field[..., 1]
            frame = cv2.remap(self.base, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        posed: np.ndarray = self.posed_landmarks(params)
        draw_mouth_interior(
            frame,
            posed[list(T.UPPER_LIP_INNER)],
            posed[list(T.LOWER_LIP_INNER)],
            self.mouth_texture,
            self.light,
        )
        return frame

    def render(self, params: np.ndarray) -> np.ndarray:
        """The whole avatar picture for one frame."""
        return self.render_roi(params)


def body_weight(landmarks: np.ndarray, width: int, height: int) -> np.ndarray:
    """How much of the upper body's motion each pixel takes (0..1): all of it over the head,
    neck and shoulders, fading out towards the sides and to nothing at the picture's edges, so
    the frame's border (and the backdrop far from the figure) stays put."""
    oval = landmarks[list(T.FACE_OVAL)]
    face_w = float(np.ptp(oval[:, 0]))
    face_h = float(np.ptp(oval[:, 1]))
    cx = float(oval[:, 0].mean())
    top, chin = float(oval[:, 1].min()), float(oval[:, 1].max())
    xs = np.arange(width, dtype=np.float32)
    ys = np.arange(height, dtype=np.float32)
    edge = 0.08 * width  # the sides are pinned too: the picture meets the stream's backdrop there
    sides = _smoothstep(xs / edge) * _smoothstep((width - 1 - xs) / edge)
    across = np.exp(-0.5 * ((xs - cx) / (1.2 * face_w)) ** 2) * sides
    rising = _smoothstep(ys / max(top - 0.3 * face_h, 1.0))
    low = chin + 0.6 * face_h
    falling = 1.0 - _smoothstep((ys - low) / max(height - 1 - low, 1.0))
    return (np.minimum(rising, falling)[:, None] * across[None, :]).astype(np.float32)


def _smoothstep(x: np.ndarray) -> np.ndarray:
    t = np.clip(x, 0.0, 1.0)
    return t * t * (3 - 2 * t)


def _sample(grid: np.ndarray, points: np.ndarray) -> np.ndarray:
    """`grid`'s value at each point (nearest pixel)."""
    height, width = grid.shape
    xs = np.clip(np.round(points[:, 0]).astype(int), 0, width - 1)
    ys = np.clip(np.round(points[:, 1]).astype(int), 0, height - 1)
    return grid[ys, xs].astype(np.float64)


def _close_photo_mouth(image: np.ndarray, landmarks: np.ndarray) -> np.ndarray:
    """Paint over teeth and mouth that show in the photo (a smile) with the lips' own colours, so
    the closed rest pose and every opening show only the renderer's own mouth interior."""
    import cv2

    polygon = landmarks[list(T.UPPER_LIP_INNER + T.LOWER_LIP_INNER[1:-1][::-1])]
    mask: np.ndarray = np.zeros(image.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(polygon).astype(np.int32)], (255,))
    if not mask.any():
        return image
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8), iterations=2)
    return cv2.inpaint(image, mask, 5, cv2.INPAINT_TELEA)


def _crop_resize(image: np.ndarray, crop: np.ndarray, width: int, height: int) -> np.ndarray:
    import cv2

    scale_x = width / (crop[2] - crop[0])
    scale_y = height / (crop[3] - crop[1])
    matrix = np.array([[scale_x, 0, -crop[0] * scale_x], [0, scale_y, -crop[1] * scale_y]], np.float64)
    interpolation = cv2.INTER_AREA if scale_x < 1 else cv2.INTER_CUBIC
    return cv2.warpAffine(
        image, matrix, (width, height), flags=interpolation, borderMode=cv2.BORDER_REPLICATE
    )


__all__ = ["CONTROLS", "FaceRenderer", "frame_avatar"]
