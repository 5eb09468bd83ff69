"""Speech → text with Whisper, and the score of one sentence against what was meant."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.quality import textscore, whisper_model

RATE = 16000
SEED = 19


@dataclass(frozen=True)
class Heard:
    meant: str  # the text the voice was given
    heard: str  # what the recogniser wrote
    units: int  # characters (zh) or words (en) meant, after normalising
    errors: int  # edits between the normalised texts, at most `units` (see textscore)
    syllables: int = 0  # zh: toned pinyin syllables meant
    syllable_errors: int = 0
    audio_seconds: float = 0.0
    recognition_seconds: float = 0.0


def transcribe(audio16k: np.ndarray, lang: str, models_dir: Path) -> str:
    """Whisper's text for 16 kHz mono audio in a known language.

    Whisper's own decoding: beam search at temperature 0, and sampling at rising temperatures
    only when that text repeats itself (a long loop such as "3.2.3.2…" compresses too well) or
    is improbable; a short loop gets through, and textscore caps what one line can cost.
    The sampler's seed is fixed, so a rerun on the same audio writes the same text.
    """
    import ctranslate2

    model = whisper_model.load(models_dir)
    ctranslate2.set_random_seed(SEED)
    segments, _ = model.transcribe(
        np.ascontiguousarray(audio16k, np.float32),
        language=lang,
        beam_size=5,
        condition_on_previous_text=False,
        without_timestamps=True,
        vad_filter=False,
    )
    return "".join(segment.text for segment in segments).strip()


def hear(audio16k: np.ndarray, meant: str, lang: str, models_dir: Path) -> Heard:
    """Transcribe one sentence and count its errors against `meant` (see textscore)."""
    whisper_model.load(models_dir)  # loading is not recognition: keep it out of the timing
    started = time.perf_counter()
    heard = transcribe(audio16k, lang, models_dir)
    took = time.perf_counter() - started
    want, got = textscore.units(meant, lang), textscore.units(heard, lang)
    syllables = syllable_errors = 0
    if lang == "zh":
        want_py, got_py = textscore.zh_syllables(want), textscore.zh_syllables(got)
        syllables, syllable_errors = len(want_py), textscore.capped_errors(want_py, got_py)
    return Heard(
        meant,
        heard,
        len(want),
        textscore.capped_errors(want, got),
        syllables,
        syllable_errors,
        round(len(audio16k) / RATE, 3),
        round(took, 3),
    )


@dataclass(frozen=True)
class Score:
    """Sentences of one language pooled: errors over all units, as ASR papers count them."""

    lang: str
    sentences: int
    error_rate: float  # CER for zh, WER for en
    syllable_error_rate: float | None  # zh only
    audio_seconds: float
    recognition_rtf: float  # recognition time / audio time
    worst: tuple[tuple[str, str], ...]  # (meant, heard) of the worst sentences

    @property
    def measure(self) -> str:
        return "CER" if self.lang == "zh" else "WER"


def pool(lang: str, heard: list[Heard], worst: int = 3) -> Score:
    units = sum(h.units for h in heard)
    audio = sum(h.audio_seconds for h in heard)
    syllables = sum(h.syllables for h in heard)
    ranked = sorted(heard, key=lambda h: h.errors / max(h.units, 1), reverse=True)
    return Score(
        lang,
        len(heard),
        round(sum(h.errors for h in heard) / max(units, 1), 4),
        round(sum(h.syllable_errors for h in heard) / syllables, 4) if syllables else None,
        round(audio, 2),
        round(sum(h.recognition_seconds for h in heard) / audio, 3) if audio else 0.0,
        tuple((h.meant, h.heard) for h in ranked[:worst] if h.errors),
    )
