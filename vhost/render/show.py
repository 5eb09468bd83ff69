"""Render a scripted show offline: script lines → voice → face → composited frames → MP4.

The show is built line by line so memory stays flat however long it is. Each line occupies a
whole number of video frames (its speech plus a short breath), and each frame is written with
exactly its own slice of the audio, so sound and picture share one clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from vhost.animate.animator import Animator
from vhost.avatar.library import Presenter
from vhost.domain import ShowLine
from vhost.render.labels import DEFAULT_LABEL, AiLabel
from vhost.render.mp4 import AUDIO_RATE, Mp4Writer
from vhost.render.picture import StreamPicture
from vhost.speech.base import Utterance, Voice, pad_to_frames, resample, speak

BREATH = 0.35  # seconds of silence after each line
Progress = Callable[[float, float | None], None]  # (seconds rendered, seconds planned or None)


@dataclass(frozen=True)
class RenderReport:
    path: Path
    frames: int
    fps: int
    lines: int
    video_seconds: float
    audio_seconds: float
    wall_seconds: float
    cues: tuple[tuple[float, float, str], ...] = ()  # (start, end, sentence) as said, for subtitles


class ShowRenderer:
    def __init__(
        self,
        rig: Presenter,
        voice: Voice,
        lang: str,
        width: int = 1280,
        height: int = 720,
        fps: int = 30,
        seed: int = 0,
        shop: str | None = None,
        wording: Callable[[str], str | None] | None = None,
        ai_label: AiLabel | None = DEFAULT_LABEL,
    ) -> None:
        self.lang = lang
        self.fps = fps
        self.voice = voice
        self.picture = StreamPicture(rig, lang, width, height, shop, wording, fps, ai_label)
        self.animator = Animator(fps, seed)

    def render(
        self,
        lines: Iterator[ShowLine],
        out: Path,
        now: datetime,
        seconds: float | None = None,
        progress: Progress | None = None,
    ) -> RenderReport:
        started = time.perf_counter()
        limit = None if seconds is None else int(round(seconds * self.fps))
        width, height = self.picture.width, self.picture.height
        count = 0
        audio_samples = 0
        cues: list[tuple[float, float, str]] = []
        with Mp4Writer(out, width, height, self.fps) as writer:
            for line in lines:
                if limit is not None and writer.frames >= limit:
                    break
                utterance = speak(self.voice, line.text, self.lang)
                audio = pad_to_frames(
                    resample(utterance.audio, utterance.sample_rate, AUDIO_RATE),
                    writer.samples_per_frame,
                    int(BREATH * AUDIO_RATE),
                )
                frames = len(audio) // writer.samples_per_frame
                if limit is not None and writer.frames + frames > limit:
                    frames = limit - writer.frames
                    audio = _fade_out(audio[: frames * writer.samples_per_frame])
                start = writer.frames / self.fps
                shown = start + frames / self.fps
                cues.extend(
                    (start + s, min(start + e, shown), text)
                    for text, s, e in utterance.sentences
                    if start + s < shown - 0.2  # a sentence cut off before it was heard is left out
                )
                self._write_line(writer, utterance, line, audio, frames, now)
                audio_samples += frames * writer.samples_per_frame
                count += 1
                if progress:
                    progress(writer.frames / self.fps, seconds)
            frames_written = writer.frames
        self.picture.close()
        return RenderReport(
            out,
            frames_written,
            self.fps,
            count,
            frames_written / self.fps,
            audio_samples / AUDIO_RATE,
            time.perf_counter() - started,
            tuple(cues),
        )

    def _write_line(
        self,
        writer: Mp4Writer,
        utterance: Utterance,
        line: ShowLine,
        audio: np.ndarray,
        frames: int,
        now: datetime,
    ) -> None:
        first = writer.frames
        start = first / self.fps
        track = self.animator.track(frames, speech=[(start, utterance)], start_frame=first)
        spf = writer.samples_per_frame
        for i in range(frames):
            local = i / self.fps
            moment = now + timedelta(seconds=start + local)
            picture = self.picture.picture(track.frame(i), line.product, utterance.sentence_at(local), moment)
            writer.write(picture, audio[i * spf : (i + 1) * spf])


def _fade_out(audio: np.ndarray, seconds: float = 0.03) -> np.ndarray:
    """A show cut short mid-word ends with a short fade, not a click."""
    n = min(len(audio), int(seconds * AUDIO_RATE))
    if n:
        audio = audio.copy()
        audio[-n:] *= np.linspace(1.0, 0.0, n, dtype=np.float32)
    return audio
