"""The voice contract: a voice streams `SpeechChunk`s for a text.

Timings are relative to the start of the utterance, in seconds, so the animator can place
mouth shapes exactly; a voice that cannot know them yields none and the animator falls back
to the loudness of the audio.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class PhonemeTiming:
    phoneme: str  # one IPA symbol (or a pause mark such as "," or " ")
    start: float  # seconds from the start of the utterance
    end: float


@dataclass(frozen=True)
class SpeechChunk:
    audio: np.ndarray  # float32 mono in [-1, 1]
    sample_rate: int
    text: str  # the sentence this chunk speaks
    timings: tuple[PhonemeTiming, ...] = ()  # relative to the utterance start, not the chunk


@dataclass(frozen=True)
class Utterance:
    """A whole text spoken: the joined audio and all its timings."""

    text: str
    audio: np.ndarray
    sample_rate: int
    timings: tuple[PhonemeTiming, ...] = ()
    sentences: tuple[tuple[str, float, float], ...] = field(default=())  # (text, start, end)

    @property
    def duration(self) -> float:
        return len(self.audio) / self.sample_rate

    def sentence_at(self, t: float) -> str:
        """The sentence being spoken at t seconds; between sentences, the last one begun."""
        caption = self.sentences[0][0] if self.sentences else self.text
        for text, start, _ in self.sentences:
            if start <= t:
                caption = text
        return caption


class Voice(Protocol):
    name: str
    sample_rate: int

    def languages(self) -> tuple[str, ...]: ...

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        """Yield the audio of `text` sentence by sentence, as soon as each is ready."""
        ...


def speak(voice: Voice, text: str, lang: str) -> Utterance:
    """Run a voice to the end and join its chunks into one utterance."""
    parts: list[np.ndarray] = []
    timings: list[PhonemeTiming] = []
    sentences: list[tuple[str, float, float]] = []
    offset = 0
    for chunk in voice.stream(text, lang):
        start = offset / voice.sample_rate
        parts.append(chunk.audio.astype(np.float32, copy=False))
        offset += len(chunk.audio)
        timings.extend(chunk.timings)
        sentences.append((chunk.text, start, offset / voice.sample_rate))
    audio = np.concatenate(parts) if parts else np.zeros(0, np.float32)
    return Utterance(text, audio, voice.sample_rate, tuple(timings), tuple(sentences))


SPEED_RANGE = (0.5, 2.0)  # speaking rate
PITCH_RANGE = (-6.0, 6.0)  # semitones: beyond this a shifted voice stops sounding natural


def check_rate_and_pitch(speed: float, pitch: float) -> None:
    from vhost.errors import BackendError
    from vhost.messages import QT_TRANSLATE_NOOP, Message

    if not SPEED_RANGE[0] <= speed <= SPEED_RANGE[1]:
        low, high = SPEED_RANGE
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "A speaking rate of {rate} is out of range; use {low} to {high}."),
                rate=f"{speed:g}",
                low=f"{low:g}",
                high=f"{high:g}",
            )
        )
    if not PITCH_RANGE[0] <= pitch <= PITCH_RANGE[1]:
        low, high = PITCH_RANGE
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "A pitch of {pitch} semitones is out of range; use {low} to {high}."
                ),
                pitch=f"{pitch:+g}",
                low=f"{low:+g}",
                high=f"{high:+g}",
            )
        )


def resample(audio: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Polyphase resampling (exact ratio, no drift), e.g. a 24 kHz voice to 48 kHz stream audio."""
    if rate_in == rate_out or audio.size == 0:
        return audio.astype(np.float32)
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(rate_in, rate_out)
    return resample_poly(audio, rate_out // g, rate_in // g).astype(np.float32)


def pad_to_frames(audio: np.ndarray, samples_per_frame: int, breath_samples: int) -> np.ndarray:
    """Audio plus a breath of silence, padded up to a whole number of video frames, so that a
    line starts and ends on a frame boundary and frame k always carries samples [k·spf, (k+1)·spf)."""
    frames = max(1, -(-(len(audio) + breath_samples) // samples_per_frame))
    padded = np.zeros(frames * samples_per_frame, np.float32)
    padded[: len(audio)] = audio
    return padded
