"""Prepare a video presenter from a clip: read it upright at a constant rate, follow the face,
keep the longest usable stretch, find the loop's jumps, close the mouth at rest, and save it
compactly (`presenter.py` says what is kept)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np

from vhost.avatar.detect import DetectedFace
from vhost.avatar.face_gate import confirmed, detect_boxes
from vhost.avatar.folder import clear_presenter, output_folder
from vhost.avatar.mouth import (
    EVEN_LIGHT,
    OPEN_FOR_TEXTURE,
    MouthTexture,
    lip_gap,
    mouth_from_picture,
    mouth_width,
)
from vhost.avatar.video.clip import MAX_SECONDS, ClipInfo, probe_clip, read_frames
from vhost.avatar.video.loop import find_jumps
from vhost.avatar.video.presenter import CLIP, VideoAvatar
from vhost.avatar.video.seal import seal_frame
from vhost.avatar.video.stretch import usable_stretch
from vhost.avatar.video.track import Tracked, track_faces, turn_of
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

Progress = Callable[[str, float], None]  # (stage, fraction of it done)


def build_video_avatar(
    video: Path, out: Path, name: str | None = None, progress: Progress | None = None
) -> VideoAvatar:
    out = output_folder(out)  # a wrong --out is one sentence before a minute of work
    info = probe_clip(video)
    notes: list[str] = []
    if info.rotation:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "turned the clip upright as its rotation metadata says ({degrees}°)"
                ),
                degrees=info.rotation,
            )
        )
    if info.seconds > MAX_SECONDS:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "the clip runs {minutes} minutes; only its first 5 minutes are used"
                ),
                minutes=f"{info.seconds / 60:.1f}",
            )
        )
    total = int(min(info.seconds, MAX_SECONDS) * info.fps + 0.5)

    def tick(done: int) -> None:
        if progress is not None and done % 10 == 0:
            progress("tracking the face", min(1.0, done / max(total, 1)))

    tracked = track_faces(read_frames(info), info.fps, (info.width, info.height), tick)
    stretch = usable_stretch(tracked, video.name)
    notes += stretch.notes(len(tracked))
    landmarks = tracked.landmarks[stretch.start : stretch.end]
    notes += recording_advice(tracked, stretch.start, stretch.end)
    if progress is not None:
        progress("finding loop points", 0.0)
    jumps = find_jumps(loop_features(tracked, stretch.start, stretch.end), info.fps)
    work = out.with_name(out.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    face_light = float(np.nanmedian(tracked.brightness[stretch.start : stretch.end]))
    targets = {j.target for j in jumps}
    try:
        sealed, poster, mouth = _write_clip(
            info, stretch.start, landmarks, targets, face_light, work / CLIP, progress
        )
        avatar = VideoAvatar(
            folder=work,
            name=name or video.stem,
            fps=info.fps,
            size=(info.width, info.height),
            landmarks=sealed,
            jumps=jumps,
            image=poster,
            mouth=mouth,
            light=float(np.clip(face_light / EVEN_LIGHT, 0.4, 1.3)),
            notes=notes,
        )
        avatar.save_data()
        _replace_folder(work, out)
    except BaseException:  # refused, cancelled or broken: leave nothing half-written behind
        shutil.rmtree(work, ignore_errors=True)
        raise
    avatar.folder = out
    return avatar


def loop_features(tracked: Tracked, start: int, end: int) -> np.ndarray:
    """What two frames must share to be swapped unseen: the whole picture (body, hands) and the
    face's landmarks (pose, expression), each scaled by its own typical frame-to-frame change."""
    thumbs = tracked.thumbs[start:end].reshape(end - start, -1).astype(np.float32)
    faces = tracked.landmarks[start:end, :468].reshape(end - start, -1).astype(np.float32)
    parts = []
    for part in (thumbs, faces):
        step = np.median(np.linalg.norm(np.diff(part, axis=0), axis=1)) if len(part) > 1 else 1.0
        parts.append(part / max(float(step), 1e-3))
    return np.concatenate(parts, axis=1) / np.sqrt(2.0)


def recording_advice(tracked: Tracked, start: int, end: int) -> list[str]:
    """How the clip compares with what records best (mouth closed and relaxed, looking at the
    camera, small natural movements, even light)."""
    notes: list[str] = []
    faces = tracked.landmarks[start:end]
    widths = np.array([mouth_width(f) for f in faces])
    gaps = np.array([lip_gap(f) for f in faces])
    open_share = float(np.mean(gaps > 0.06 * widths))
    if open_share > 0.3:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "the lips are apart in {share} of the clip (talking or a broad smile); vhost closes"
                    " them, but a clip with the mouth closed and relaxed looks most natural",
                ),
                share=f"{open_share:.0%}",
            )
        )
    yaws = np.array([turn_of(f)[0] for f in faces])
    if float(np.median(np.abs(yaws))) > 0.08:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "the presenter mostly looks past the camera; look straight into it for the best result",
                )
            )
        )
    centres = faces[:, :468].mean(axis=1)
    face_w = float(np.median(np.ptp(faces[:, :468, 0], axis=1)))
    sway = float(np.linalg.norm(centres.std(axis=0))) / max(face_w, 1.0)
    if sway < 0.01:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "the presenter hardly moves, which can look like a still photo; move a little, naturally",
                )
            )
        )
    elif sway > 0.25:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "the presenter moves a lot; smaller, calmer movements loop more smoothly"
                )
            )
        )
    light = tracked.brightness[start:end]
    median = float(np.nanmedian(light))
    if median < 60:
        notes.append(
            Message(QT_TRANSLATE_NOOP("vhost", "the face is dark; record facing a window or a lamp"))
        )
    elif median > 215:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "the face is very bright; move away from the light or lower the exposure"
                )
            )
        )
    if float(np.nanstd(light)) > 18:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "the light on the face changes during the clip; record where the light is steady"
                )
            )
        )
    return notes


def _write_clip(
    info: ClipInfo,
    start: int,
    landmarks: np.ndarray,
    keyframes: set[int],
    face_light: float,
    path: Path,
    progress: Progress | None,
) -> tuple[np.ndarray, np.ndarray, MouthTexture | None]:
    """Encode the stretch with the mouth closed at rest; (sealed landmarks, poster, mouth)."""
    import av

    count = len(landmarks)
    ratios = np.array([lip_gap(f) / max(mouth_width(f), 1.0) for f in landmarks])
    widest = int(np.argmax(ratios)) if ratios.max() >= OPEN_FOR_TEXTURE else -1
    sealed = np.empty_like(landmarks)
    poster: np.ndarray | None = None
    mouth = None
    rate = Fraction(info.fps).limit_denominator(1001)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=rate)
        stream.width, stream.height = info.width, info.height
        stream.pix_fmt = "yuv420p"
        # quality high enough to be encoded again by the show (veryfast at CRF 19: 41 dB against
        # medium at CRF 18, at 40 % of its time and 85 % of its size); a keyframe every 2 s at most
        stream.options = {"crf": "19", "preset": "veryfast", "g": str(int(2 * info.fps)), "bf": "0"}
        stream.codec_context.time_base = Fraction(1) / rate
        for index, rgb in enumerate(read_frames(info, start, count)):
            if index >= count:
                break
            if index == 0 and not confirmed(DetectedFace(landmarks[0]), detect_boxes(rgb)):
                raise AvatarError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost",
                            "{file} does not show a real face that vhost can be sure of; record a person"
                            " facing the camera, the whole face in the picture, in even light.",
                        ),
                        file=info.path.name,
                    )
                )
            if index == widest:
                mouth = mouth_from_picture(rgb, landmarks[index], face_light)
            closed, sealed[index] = seal_frame(rgb, landmarks[index])
            if poster is None:
                poster = closed
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(closed), format="rgb24")
            frame.pts = index
            if index in keyframes:
                frame.pict_type = av.video.frame.PictureType.I
            for packet in stream.encode(frame):
                container.mux(packet)
            if progress is not None and index % 10 == 0:
                progress("closing the mouth and saving", index / count)
        for packet in stream.encode():
            container.mux(packet)
    if poster is None:
        raise OSError(f"{info.path} could not be read a second time")
    return sealed, poster, mouth


def _replace_folder(work: Path, out: Path) -> None:
    """Put the finished presenter where it was asked for, replacing an older one there."""
    out.mkdir(parents=True, exist_ok=True)
    clear_presenter(out)
    for item in work.iterdir():
        target = out / item.name
        if target.is_dir():
            shutil.rmtree(target)
        item.replace(target)
    work.rmdir()
