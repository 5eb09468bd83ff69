"""A reference recording for voice cloning: trim it and check it.

Each engine copies a voice from a window of clean speech (XTTS 6-30 s, OpenVoice 10-30 s). A
recording that is too short gives a vague copy, one that is too long is cut by the model
anyway, and one that is too quiet, clipped, mostly silence or noisy gives a copy with the same
faults; each is refused with the fix.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

RECORDING = QT_TRANSLATE_NOOP("vhost", "a recording of the voice")  # what to give instead
MIN_SECONDS, MAX_SECONDS = 6.0, 30.0
QUIETEST_DBFS = -35.0  # speech quieter than this on average is mostly noise once amplified
MOST_CLIPPED = 0.001  # share of samples at full scale
LEAST_SPEECH = 0.45  # share of the trimmed recording that is voice, not pause
LEAST_SNR_DB = 15.0  # the loud frames against the quiet tenth (pauses, gaps between words)
FRAME = 0.02  # seconds per loudness frame


@dataclass(frozen=True)
class Reference:
    audio: np.ndarray  # float32 mono, trimmed, levelled to about -20 dBFS
    sample_rate: int
    seconds: float
    loudness_dbfs: float  # of the speech, before levelling
    speech_share: float
    snr_db: float


def _db(x: float) -> float:
    return 20.0 * float(np.log10(max(x, 1e-9)))


def check_reference(
    audio: np.ndarray,
    sample_rate: int,
    source: str = "The recording",
    min_seconds: float = MIN_SECONDS,
    max_seconds: float = MAX_SECONDS,
) -> Reference:
    """Trim leading and trailing silence and refuse a recording that would clone badly."""
    window = {"source": source, "low": f"{min_seconds:g}", "high": f"{max_seconds:g}"}
    hop = int(FRAME * sample_rate)
    frames = len(audio) // hop
    if frames < 2:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "{source} is empty; record {low}-{high} s of the voice speaking."),
                **window,
            )
        )
    rms = np.sqrt(np.mean(audio[: frames * hop].reshape(frames, hop).astype(np.float64) ** 2, axis=1))
    loudest = float(np.percentile(rms, 95))
    if loudest < 1e-4:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{source} is silent; record {low}-{high} s of the voice speaking."
                ),
                **window,
            )
        )
    voiced = rms > loudest * 10 ** (-30 / 20)  # within 30 dB of the loud parts
    first, last = np.flatnonzero(voiced)[[0, -1]]
    trimmed = audio[first * hop : (last + 1) * hop]
    seconds = len(trimmed) / sample_rate
    if seconds < min_seconds:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} holds only {seconds} s of speech; record {low}-{high} s of the voice speaking.",
                ),
                seconds=f"{seconds:.1f}",
                **window,
            )
        )
    if seconds > max_seconds:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} holds {seconds} s of speech; cut it to the clearest {low}-{high} s"
                    " (the model uses at most {high} s).",
                ),
                seconds=f"{seconds:.0f}",
                **window,
            )
        )
    if np.mean(np.abs(trimmed) >= 0.99) > MOST_CLIPPED:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} is clipped (too loud: the peaks are cut off); record it again with less gain.",
                ),
                source=source,
            )
        )
    kept = rms[first : last + 1]
    speech = kept > loudest * 10 ** (-20 / 20)
    share = float(np.mean(speech))
    loudness = _db(float(np.sqrt(np.mean(kept[speech] ** 2))))
    if loudness < QUIETEST_DBFS:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} is too quiet ({loudness} dBFS); record closer to the microphone or with"
                    " more gain.",
                ),
                source=source,
                loudness=f"{loudness:.0f}",
            )
        )
    if share < LEAST_SPEECH:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} is mostly pauses ({share} speech); record the voice speaking steadily for"
                    " {low}-{high} s.",
                ),
                share=f"{share:.0%}",
                **window,
            )
        )
    # The quiet tenth of the recording (pauses, the gaps between words) is the background.
    snr = _db(float(np.percentile(rms, 90))) - _db(float(np.percentile(rms, 10)))
    if snr < LEAST_SNR_DB:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{source} is noisy (speech only {snr} dB above the background); record in a quiet room.",
                ),
                source=source,
                snr=f"{snr:.0f}",
            )
        )
    level = 10 ** (-20 / 20) / 10 ** (loudness / 20)
    levelled = np.clip(trimmed * level, -1.0, 1.0).astype(np.float32)
    return Reference(levelled, sample_rate, seconds, round(loudness, 1), round(share, 2), round(snr, 1))
