"""How well a recogniser understands the speech, against what was meant to be said.

The recogniser is PocketSphinx (its US English model ships inside the PyPI package, so this
runs offline). Each subtitle cue (a sentence) is recognised on its own and compared with its
text, read out the way the voice reads it (prices and numbers as words): word and character
error rates over all cues. A small, old recogniser errs on perfect speech too, so the figures
are for comparing two renders or voices, not an absolute score. No Chinese recogniser ships as
a package, so Chinese speech is not scored (and says so).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

RATE = 16000
RECOGNISER = "pocketsphinx 5 (en-us)"
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Intelligibility:
    lang: str
    cues: int
    recogniser: str | None  # None: no recogniser for this language
    word_error: float | None = None
    char_error: float | None = None
    examples: tuple[tuple[str, str], ...] = ()  # (meant, heard) for the worst cues


def edit_distance(a: list[str] | str, b: list[str] | str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """An integer as the words the voice says ("316" → "three hundred sixteen")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            rest = n % size
            return f"{number_words(n // size)} {name}" + (f" {number_words(rest)}" if rest else "")
    raise AssertionError("unreachable")


def _words(text: str) -> list[str]:
    """What the voice says for `text`, as lowercase words (numbers spelt out, "500ml" → "five
    hundred m l" as espeak reads a unit it does not know)."""
    from vhost.speech.normalize_en import normalize_en

    said = normalize_en(text).lower().replace("-", " ")
    said = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", said)
    return _WORD.findall(said)


def recognise(audio16k: np.ndarray) -> str:
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


def score_speech(
    audio: np.ndarray, rate: int, cues: list[tuple[float, float, str]], lang: str
) -> Intelligibility:
    """`audio` (mono float) scored cue by cue against each cue's text."""
    if lang != "en":
        return Intelligibility(lang, len(cues), None)
    from scipy.signal import resample_poly

    audio16k = resample_poly(audio, RATE, rate).astype(np.float32) if rate != RATE else audio
    word_errors = word_total = char_errors = char_total = 0
    scored = []
    for start, end, text in cues:
        meant = _words(text)
        if not meant:
            continue
        piece = audio16k[int(start * RATE) : int(end * RATE) + RATE // 10]
        heard = _WORD.findall(recognise(piece).lower())
        errors = edit_distance(meant, heard)
        word_errors += errors
        word_total += len(meant)
        char_errors += edit_distance(" ".join(meant), " ".join(heard))
        char_total += len(" ".join(meant))
        scored.append((errors / len(meant), " ".join(meant), " ".join(heard)))
    if not word_total:
        return Intelligibility(lang, 0, RECOGNISER)
    worst = sorted(scored, reverse=True)[:3]
    return Intelligibility(
        lang,
        len(scored),
        RECOGNISER,
        round(word_errors / word_total, 3),
        round(char_errors / char_total, 3),
        tuple((meant, heard) for _, meant, heard in worst),
    )
