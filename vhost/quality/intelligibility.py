"""How well a recogniser understands a rendered show's speech, against what was meant.

Each subtitle cue (a sentence) is recognised on its own and compared with its text (see
textscore for how both sides are normalised): character error rate for Chinese, word error
rate for English, pooled over all cues.

The recogniser is Whisper base (the optional extra `vhost[quality]`) for both languages, so
figures compare across languages and with `vhost quality --voices`. PocketSphinx stays as the
English fallback when the extra is not installed: it ships with vhost itself and still tells a
good render from a broken one, but it errs on perfect speech too (its figures name it, so they
are not compared with Whisper's). Without the extra, Chinese is not scored and says how to fix it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.messages import message_of
from vhost.quality import textscore, whisper_model
from vhost.quality.recognise import RATE, hear, pool

POCKETSPHINX = "pocketsphinx 5 (en-us)"
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Intelligibility:
    lang: str
    cues: int
    recogniser: str | None  # None: no recogniser for this language (see `missing`)
    word_error: float | None = None  # en: WER
    char_error: float | None = None  # zh: CER (en: over the spelt-out words' letters)
    syllable_error: float | None = None  # zh: toned pinyin
    recognition_rtf: float | None = None
    examples: tuple[tuple[str, str], ...] = ()  # (meant, heard) for the worst cues
    missing: str | None = None  # why no recogniser, and how to install one


def score_speech(
    audio: np.ndarray, rate: int, cues: list[tuple[float, float, str]], lang: str, models_dir: Path
) -> Intelligibility:
    """`audio` (mono float) scored cue by cue against each cue's text."""
    from scipy.signal import resample_poly

    audio16k = resample_poly(audio, RATE, rate).astype(np.float32) if rate != RATE else audio
    pieces = [
        (audio16k[int(start * RATE) : int(end * RATE) + RATE // 10], text)
        for start, end, text in cues
        if textscore.units(text, lang)
    ]
    if not whisper_model.available():
        missing = str(message_of(whisper_model.missing_package()))
        if lang != "en":
            return Intelligibility(lang, len(cues), None, missing=missing)
        return _pocketsphinx(pieces, lang, missing)
    if not pieces:
        return Intelligibility(lang, 0, whisper_model.NAME)
    heard = [hear(piece, text, lang, models_dir) for piece, text in pieces]
    score = pool(lang, heard)
    return Intelligibility(
        lang,
        len(heard),
        whisper_model.NAME,
        score.error_rate if lang == "en" else None,
        score.error_rate if lang == "zh" else None,
        score.syllable_error_rate,
        score.recognition_rtf,
        score.worst,
    )


def _pocketsphinx(pieces: list[tuple[np.ndarray, str]], lang: str, missing: str) -> Intelligibility:
    word_errors = word_total = char_errors = char_total = 0
    scored = []
    for piece, text in pieces:
        meant = textscore.en_units(text)
        heard = _WORD.findall(_recognise(piece).lower())
        errors = textscore.edit_distance(meant, heard)
        word_errors += errors
        word_total += len(meant)
        char_errors += textscore.edit_distance(" ".join(meant), " ".join(heard))
        char_total += len(" ".join(meant))
        scored.append((errors / len(meant), " ".join(meant), " ".join(heard)))
    if not word_total:
        return Intelligibility(lang, 0, POCKETSPHINX, missing=missing)
    worst = sorted(scored, reverse=True)[:3]
    return Intelligibility(
        lang,
        len(scored),
        POCKETSPHINX,
        round(word_errors / word_total, 3),
        round(char_errors / char_total, 3),
        examples=tuple((meant, heard) for _, meant, heard in worst),
        missing=missing,
    )


def _recognise(audio16k: np.ndarray) -> str:
    decoder = _decoder()
    decoder.start_utt()
    decoder.process_raw((np.clip(audio16k, -1, 1) * 32767).astype("<i2").tobytes(), full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return hypothesis.hypstr if hypothesis else ""


@functools.cache
def _decoder():  # noqa: ANN202 - pocketsphinx.Decoder, loaded once: its model takes a second
    from pocketsphinx import Decoder

    return Decoder(samprate=RATE, loglevel="FATAL")
