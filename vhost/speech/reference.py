"""A reference recording for voice cloning: trim it and check it.

XTTS copies a voice from 6-30 s of clean speech. A recording that is too short gives a vague
copy, one that is too long is cut by the model anyway, and one that is too quiet, clipped,
mostly silence or noisy gives a copy with the same faults; each is refused with the fix.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vhost.errors import BackendError

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


def check_reference(audio: np.ndarray, sample_rate: int, source: str = "The recording") -> Reference:
    """Trim leading and trailing silence and refuse a recording that would clone badly."""
    hop = int(FRAME * sample_rate)
    frames = len(audio) // hop
    if frames < 2:
        raise BackendError(f"{source} is empty; record 6-30 s of the voice speaking.")
    rms = np.sqrt(np.mean(audio[: frames * hop].reshape(frames, hop).astype(np.float64) ** 2, axis=1))
    loudest = float(np.percentile(rms, 95))
    if loudest < 1e-4:
        raise BackendError(f"{source} is silent; record 6-30 s of the voice speaking.")
    voiced = rms > loudest * 10 ** (-30 / 20)  # within 30 dB of the loud parts
    first, last = np.flatnonzero(voiced)[[0, -1]]
    trimmed = audio[first * hop : (last + 1) * hop]
    seconds = len(trimmed) / sample_rate
    if seconds < MIN_SECONDS:
        raise BackendError(
            f"{source} holds only {seconds:.1f} s of speech; record 6-30 s of the voice speaking."
        )
    if seconds > MAX_SECONDS:
        raise BackendError(
            f"{source} holds {seconds:.0f} s of speech; cut it to the clearest 6-30 s"
            " (the model uses at most 30 s)."
        )
    if np.mean(np.abs(trimmed) >= 0.99) > MOST_CLIPPED:
        raise BackendError(
            f"{source} is clipped (too loud: the peaks are cut off); record it again with less gain."
        )
    kept = rms[first : last + 1]
    speech = kept > loudest * 10 ** (-20 / 20)
    share = float(np.mean(speech))
    loudness = _db(float(np.sqrt(np.mean(kept[speech] ** 2))))
    if loudness < QUIETEST_DBFS:
        raise BackendError(
            f"{source} is too quiet ({loudness:.0f} dBFS); record closer to the microphone or with more gain."
        )
    if share < LEAST_SPEECH:
        raise BackendError(
            f"{source} is mostly pauses ({share:.0%} speech); record the voice speaking steadily for 6-30 s."
        )
    # The quiet tenth of the recording (pauses, the gaps between words) is the background.
    snr = _db(float(np.percentile(rms, 90))) - _db(float(np.percentile(rms, 10)))
    if snr < LEAST_SNR_DB:
        raise BackendError(
            f"{source} is noisy (speech only {snr:.0f} dB above the background); record in a quiet room."
        )
    level = 10 ** (-20 / 20) / 10 ** (loudness / 20)
    levelled = np.clip(trimmed * level, -1.0, 1.0).astype(np.float32)
    return Reference(levelled, sample_rate, seconds, round(loudness, 1), round(share, 2), round(snr, 1))
