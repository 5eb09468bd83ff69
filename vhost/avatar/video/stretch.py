"""Which part of a clip can be the presenter: one face, turned to the camera, wholly in the
picture, big enough, and no shot cut. The longest such stretch is kept; the rest is named."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from vhost.avatar.video.track import Tracked, runs, turn_of
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

MIN_SECONDS = 8.0  # less than this loops too visibly
ADVISED_SECONDS = 10.0  # what we ask people to record, at least
MIN_FACE_PX = 80  # a face narrower than this leaves a mouth of a few pixels
MAX_YAW, MAX_PITCH, MAX_ROLL = 0.17, 0.17, 0.35  # about 20°, 20° and 20°
CUT_GREY = 28.0  # mean thumbnail change (0-255) that no camera makes in one frame

REASONS = {
    "no_face": QT_TRANSLATE_NOOP("vhost", "no face"),
    "others": QT_TRANSLATE_NOOP("vhost", "someone else in the picture"),
    "turned": QT_TRANSLATE_NOOP("vhost", "the face turned away from the camera"),
    "outside": QT_TRANSLATE_NOOP("vhost", "the face partly out of the picture"),
    "small": QT_TRANSLATE_NOOP("vhost", "the face too small"),
}


@dataclass(frozen=True)
class Stretch:
    start: int  # first frame kept
    end: int  # one past the last
    fps: float
    dropped: dict[str, float] = field(default_factory=dict)  # reason → seconds
    cuts: tuple[float, ...] = ()  # where the shot changed (seconds into the clip)

    @property
    def seconds(self) -> float:
        return (self.end - self.start) / self.fps

    def notes(self, total: int) -> list[str]:
        notes: list[str] = []
        if self.seconds < ADVISED_SECONDS:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "only {seconds} s can be used; a clip of 30 s or more loops less visibly"
                    ),
                    seconds=f"{self.seconds:.1f}",
                )
            )
        if self.start > 0 or self.end < total:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "used {start}–{end} of the clip ({seconds} s of {total} s)"),
                    start=_clock(self.start / self.fps),
                    end=_clock(self.end / self.fps),
                    seconds=f"{self.seconds:.1f}",
                    total=f"{total / self.fps:.1f}",
                )
            )
        for reason, seconds in self.dropped.items():
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "left out {seconds} s with {reason}"),
                    seconds=f"{seconds:.1f}",
                    reason=Message(REASONS[reason]),
                )
            )
        if self.cuts:
            at = ", ".join(_clock(t) for t in self.cuts[:5])
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "the shot changes at {times}; only one shot is used"), times=at
                )
            )
        return notes


def frame_problems(tracked: Tracked) -> list[str | None]:
    """Why each frame cannot be used (a key of REASONS), or None when it can."""
    width, height = tracked.size
    problems: list[str | None] = []
    for count, face in zip(tracked.faces, tracked.landmarks, strict=True):
        if count == 0 or np.isnan(face[0, 0]):
            problems.append("no_face")
            continue
        if count > 1:
            problems.append("others")
            continue
        x0, y0 = face[:468].min(axis=0)
        x1, y1 = face[:468].max(axis=0)
        margin = 0.05 * (x1 - x0)
        if x0 < margin or y0 < margin or x1 > width - margin or y1 > height - margin:
            problems.append("outside")
        elif x1 - x0 < MIN_FACE_PX:
            problems.append("small")
        else:
            yaw, pitch, roll = turn_of(face)
            turned = abs(yaw) > MAX_YAW or abs(pitch) > MAX_PITCH or abs(roll) > MAX_ROLL
            problems.append("turned" if turned else None)
    return problems


def shot_cuts(tracked: Tracked) -> list[int]:
    """Frames where a new shot starts: the picture changes at once, or the face jumps."""
    thumbs = tracked.thumbs.astype(np.int16)
    change = np.abs(np.diff(thumbs, axis=0)).mean(axis=(1, 2))
    faces = tracked.landmarks[:, :468]  # a frame without a face is NaN throughout
    centres = faces.mean(axis=1)
    widths = np.ptp(faces[..., 0], axis=1)
    moved = np.linalg.norm(np.diff(centres, axis=0), axis=1) / np.maximum(widths[:-1], 1.0)
    typical = float(np.median(change)) if len(change) else 0.0
    cut = (change > max(CUT_GREY, 8 * typical)) | (np.nan_to_num(moved, nan=0.0) > 0.3)
    return [int(i) + 1 for i in np.flatnonzero(cut)]


def usable_stretch(tracked: Tracked, source: str) -> Stretch:
    """The longest run of usable frames inside one shot; too little is one sentence saying
    what to record."""
    problems = frame_problems(tracked)
    cuts = shot_cuts(tracked)
    good = np.array([p is None for p in problems], bool)
    boundaries = set(cuts)
    best = (0, 0)
    for start, end in runs(good):
        edges = [start, *sorted(c for c in boundaries if start < c < end), end]
        for a, b in zip(edges[:-1], edges[1:], strict=True):
            if b - a > best[1] - best[0]:
                best = (a, b)
    fps = tracked.fps
    seconds = (best[1] - best[0]) / fps
    if seconds < MIN_SECONDS:
        raise AvatarError(_too_little(problems, fps, seconds, bool(cuts), source))
    dropped: dict[str, float] = {}
    for problem in problems:
        if problem is not None:
            dropped[problem] = dropped.get(problem, 0.0) + 1 / fps
    # a change of picture to or from a frame without a face is said as "no face", not as a cut
    has_face = tracked.faces > 0
    shown_cuts = [c for c in cuts if has_face[c - 1] and has_face[c]]
    return Stretch(
        best[0],
        best[1],
        fps,
        {k: round(v, 1) for k, v in dropped.items() if v >= 0.05},
        tuple(round(c / fps, 2) for c in shown_cuts),
    )


def _too_little(problems: list[str | None], fps: float, seconds: float, cut: bool, source: str) -> Message:
    counts: dict[str, int] = {}
    for problem in problems:
        if problem is not None:
            counts[problem] = counts.get(problem, 0) + 1
    total = len(problems) / fps
    if counts.get("no_face", 0) == len(problems):
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "No face was found in {source}; record at least 10 s of one person facing the camera,"
                " the whole face in the picture, in even light.",
            ),
            source=source,
        )
    if total < MIN_SECONDS:
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{source} is only {seconds} s long; record 10 seconds to 5 minutes of yourself looking"
                " at the camera, mouth closed and relaxed, moving naturally.",
            ),
            source=source,
            seconds=f"{total:.1f}",
        )
    why: Message
    if counts:
        worst = max(counts, key=lambda k: counts[k])
        why = Message(
            QT_TRANSLATE_NOOP("vhost", "{seconds} s show {reason}"),
            seconds=f"{counts[worst] / fps:.0f}",
            reason=Message(REASONS[worst]),
        )
    elif cut:
        why = Message(QT_TRANSLATE_NOOP("vhost", "the shot changes too often"))
    else:
        why = Message(QT_TRANSLATE_NOOP("vhost", "no stretch is long enough"))
    return Message(
        QT_TRANSLATE_NOOP(
            "vhost",
            "{source} has only {seconds} s that can be used ({why}); record at least 10 s in one shot of"
            " one person facing the camera, the whole face in the picture, mouth closed and relaxed.",
        ),
        source=source,
        seconds=f"{seconds:.1f}",
        why=why,
    )


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"
