"""The video presenter played live: the prepared clip wanders through its loop jumps, and only
the mouth follows the voice.

The mouth's movements are measured once on a reference frame of the clip (the same landmark
moves as the photo presenter, spread over the lower face as backward fields). For each frame,
the similarity transform that carries the reference face's pose onto that frame's face carries
the fields with it, so the jaw opens where the face is in this frame, at its size and tilt.
Blinks, head and body motion are the clip's own; the face parameters' blink and head controls
are not used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np

from vhost.animate.base import INDEX
from vhost.avatar import topology as T
from vhost.avatar.builder import build_mesh
from vhost.avatar.deform import landmark_displacements
from vhost.avatar.mesh_fields import rasterise_values
from vhost.avatar.video.loop import LoopPlayer
from vhost.avatar.video.presenter import VideoAvatar
from vhost.avatar.video.track import pose_transforms
from vhost.render.mouth import draw_mouth_interior

OPENING_CONTROLS = ("jaw", "wide", "round")
_INNER = list(T.UPPER_LIP_INNER + T.LOWER_LIP_INNER)
_N_UPPER = len(T.UPPER_LIP_INNER)


def frame_clip(avatar: VideoAvatar, width: int, height: int) -> np.ndarray:
    """One crop box (x0, y0, x1, y1) for the whole clip, head and shoulders at the output's
    aspect."""
    x0, y0, x1, y1 = avatar.face_box
    face_w, face_h = avatar.typical_face
    clip_w, clip_h = avatar.size
    crop_w = min(clip_w, max(face_w * 4.0, (x1 - x0) * 1.6), clip_h * width / height)
    crop_h = crop_w * height / width
    if crop_h > clip_h:
        crop_h = clip_h
        crop_w = crop_h * width / height
    left = float(np.clip((x0 + x1) / 2 - crop_w / 2, 0, clip_w - crop_w))
    top = float(np.clip(y0 - 0.75 * face_h, 0, clip_h - crop_h))
    return np.array([left, top, left + crop_w, top + crop_h])


class ClipFrames:
    """Random access to the clip's frames: decoding runs on from the last frame asked for, and a
    jump seeks to the keyframe the builder put at every jump target."""

    def __init__(self, path: str, fps: float) -> None:
        self._path = path
        self._fps = fps
        self._container: Any = None
        self.index = -1
        self.picture: np.ndarray | None = None

    def _open(self) -> None:
        import av

        self._container = av.open(self._path)
        self._stream = self._container.streams.video[0]
        self._stream.thread_type = "AUTO"
        self._frames = self._container.decode(self._stream)
        self.index = -1

    def get(self, index: int) -> np.ndarray:
        if index == self.index and self.picture is not None:
            return self.picture
        if self._container is None:  # first use, or used again after close()
            self._open()
        if not (self.index < index <= self.index + 8):
            seconds = index / self._fps
            self._container.seek(int(seconds / float(self._stream.time_base or 1)), stream=self._stream)
            self._frames = self._container.decode(self._stream)
        for frame in self._frames:
            at = int(round(float(frame.time or 0.0) * self._fps))
            if at >= index:
                self.index, self.picture = at, frame.to_ndarray(format="rgb24")
                return self.picture
        # past the end (a damaged or shortened clip): hold the last picture
        if self.picture is None:
            raise EOFError("the presenter's clip holds no frames")
        return self.picture

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None


class VideoFaceRenderer:
    """Same role as the photo presenter's FaceRenderer: `render(params)` is the whole presenter
    picture for the next frame of the show (every call is one frame at `fps`)."""

    def __init__(self, avatar: VideoAvatar, width: int, height: int, fps: float = 30, seed: int = 0) -> None:
        import cv2

        self._cv2 = cv2
        self.size = (width, height)
        self.avatar = avatar
        self._crop = np.round(frame_clip(avatar, width, height)).astype(
            int
        )  # whole pixels: a slice, not a resample, per frame
        self._scale = width / (self._crop[2] - self._crop[0])
        self.landmarks = ((avatar.landmarks - self._crop[:2]) * self._scale).astype(np.float64)
        reference = self.landmarks[0]
        self._poses = pose_transforms(self.landmarks, reference)
        self._moves = landmark_displacements(reference)
        self._build_fields(reference)
        self.fps = fps
        self.player = LoopPlayer(avatar.frames, avatar.fps, fps, avatar.jumps, seed)
        self._origin: datetime | None = None  # the show moment of the first frame
        self._played = 0  # show frames the player has advanced through
        self._decoders = [ClipFrames(str(avatar.clip), avatar.fps), ClipFrames(str(avatar.clip), avatar.fps)]
        self._cache: dict[int, np.ndarray] = {}
        self.mouth_texture = avatar.mouth
        self.roi = (0, 0, width, height)
        self.base = self._output(0)

    def _build_fields(self, reference: np.ndarray) -> None:
        """Backward fields of the mouth controls at full weight, over the lower face of the
        reference frame (output pixels)."""
        width, height = self.size
        # The reference's lips are closed, so its inner-lip points pairwise coincide; triangulate
        # them parted (as the jaw parts them) so every lip point keeps its own triangles.
        parted = reference + 0.5 * self._moves["jaw"]
        mesh, triangles = build_mesh(parted, width, height)
        mesh = mesh.astype(np.float64)
        mesh[:468] = reference[:468]
        moves = [self._moves[name][:468] for name in OPENING_CONTROLS]
        touched = np.zeros(len(mesh), bool)
        for move in moves:
            touched[:468] |= np.abs(move).max(axis=1) > 1e-6
        corners = mesh[triangles[touched[triangles].any(axis=1)]].reshape(-1, 2)
        extent = np.abs(np.stack(moves)).max(axis=(0, 1)) + 2
        x0, y0 = np.floor(corners.min(axis=0) - extent).astype(int)
        x1, y1 = np.ceil(corners.max(axis=0) + extent).astype(int)
        self._box = (max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(height, int(y1)))
        fields = []
        for move in moves:
            moved = np.zeros_like(mesh)
            moved[:468] = move
            fields.append(rasterise_values(mesh + moved, triangles, -moved, self._box))
        bx0, by0, bx1, by1 = self._box
        self._fields = np.stack(fields).reshape(len(moves), -1).astype(np.float32)
        self._field_shape = (by1 - by0, bx1 - bx0, 2)

    def _output(self, index: int) -> np.ndarray:
        """Clip frame `index` cropped and scaled to the presenter's area."""
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        decoder = min(
            self._decoders, key=lambda d: (index - d.index) if d.index <= index else 10**6 + d.index
        )
        picture = decoder.get(index)
        x0, y0, x1, y1 = self._crop
        interpolation = self._cv2.INTER_AREA if self._scale < 1 else self._cv2.INTER_LINEAR
        out = self._cv2.resize(picture[y0:y1, x0:x1], self.size, interpolation=interpolation)
        if len(self._cache) >= 4:
            self._cache.pop(next(iter(self._cache)))
        self._cache[index] = out
        return out

    def follow(self, moment: datetime) -> None:
        """Keep the clip on the show's clock: frames the show skipped (it fell behind and
        repeated a picture) are skipped here too, so the body never drifts into slow motion."""
        if self._origin is None:
            self._origin = moment
            return
        due = int(round((moment - self._origin).total_seconds() * self.fps))
        while self._played < due:
            self.player.advance()
            self._played += 1

    def render(self, params: np.ndarray) -> np.ndarray:
        shown = self.player.advance()
        self._played += 1
        picture = self._output(shown.frame)
        landmarks = self.landmarks[shown.frame]
        pose = self._poses[shown.frame]
        if shown.other is not None:
            other = self._output(shown.other)
            picture = self._cv2.addWeighted(picture, 1.0 - shown.mix, other, shown.mix, 0.0)
            landmarks = landmarks * (1 - shown.mix) + self.landmarks[shown.other] * shown.mix
            pose = pose * (1 - shown.mix) + self._poses[shown.other] * shown.mix
        weights = np.clip(np.array([params[INDEX[name]] for name in OPENING_CONTROLS], np.float32), 0.0, 1.5)
        if float(weights.max()) < 0.01:
            return picture  # the mouth at rest is the clip's own, closed by the builder
        picture = picture.copy() if shown.other is None else picture
        self._open_mouth(picture, landmarks, pose, weights)
        return picture

    def render_roi(self, params: np.ndarray) -> np.ndarray:
        return self.render(params)

    def _open_mouth(
        self, picture: np.ndarray, landmarks: np.ndarray, pose: np.ndarray, weights: np.ndarray
    ) -> None:
        cv2 = self._cv2
        linear, shift = pose[:, :2], pose[:, 2]
        field = (weights @ self._fields).reshape(self._field_shape)
        bx0, by0, bx1, by1 = self._box
        box_corners = np.array([[bx0, by0], [bx1, by0], [bx0, by1], [bx1, by1]], np.float64)
        placed = box_corners @ linear.T + shift
        height, width = picture.shape[:2]
        fx0, fy0 = np.maximum(np.floor(placed.min(axis=0)).astype(int), 0)
        fx1, fy1 = np.minimum(np.ceil(placed.max(axis=0)).astype(int), [width, height])
        if fx1 - fx0 < 2 or fy1 - fy0 < 2:
            return
        # reference-box pixel → frame-box pixel
        matrix = np.hstack([linear, (linear @ np.array([bx0, by0]) + shift - [fx0, fy0])[:, None]])
        carried = cv2.warpAffine(field, matrix, (int(fx1 - fx0), int(fy1 - fy0)), flags=cv2.INTER_LINEAR)
        vectors = carried @ linear.T.astype(np.float32)
        ys, xs = np.mgrid[fy0:fy1, fx0:fx1].astype(np.float32)
        patch = cv2.remap(
            picture,
            xs + vectors[..., 0],
            ys + vectors[..., 1],
            cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )
        moves = sum(w * self._moves[name][_INNER] for w, name in zip(weights, OPENING_CONTROLS, strict=True))
        posed = landmarks[_INNER] + np.asarray(moves) @ linear.T - [fx0, fy0]
        draw_mouth_interior(
            patch, posed[:_N_UPPER], posed[_N_UPPER:], self.mouth_texture, light=self.avatar.light
        )
        picture[fy0:fy1, fx0:fx1] = patch

    def close(self) -> None:
        """Let go of the clip's decoders (each holds the file open)."""
        for decoder in self._decoders:
            decoder.close()
