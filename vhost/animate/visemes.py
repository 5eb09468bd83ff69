"""Phoneme → mouth shape (jaw open, lip width, lip rounding) for Kokoro's IPA symbols.

Shapes follow the usual viseme classes; Mandarin finals and tones, English diphthong letters
(misaki writes eɪ as A, aɪ as I, aʊ as W, ɔɪ as Y, oʊ as O) all map here. Marks that carry no
sound of their own (stress, length, tone arrows) return None: they continue the sound before.
"""

from __future__ import annotations

from typing import NamedTuple


class MouthShape(NamedTuple):
    jaw: float
    wide: float
    round: float


CLOSED = MouthShape(0.0, 0.0, 0.0)
BILABIALS = frozenset("pbm")

_SHAPES: dict[str, MouthShape] = {}


def _add(symbols: str, shape: MouthShape) -> None:
    for symbol in symbols:
        _SHAPES[symbol] = shape


_add("aɑæɒIWɐ", MouthShape(0.95, 0.25, 0.0))  # open vowels
_add("ɛeAʌɜəɚɤᵊ", MouthShape(0.6, 0.35, 0.0))  # mid vowels
_add("iɪɨj", MouthShape(0.3, 0.75, 0.0))  # spread vowels
_add("oɔOYQ", MouthShape(0.6, 0.0, 0.7))  # rounded mid
_add("uʊwɥyø", MouthShape(0.3, 0.0, 0.95))  # rounded close
_add("pbm", CLOSED)  # bilabial: lips meet
_add("fv", MouthShape(0.12, 0.2, 0.0))  # lower lip to teeth
_add("θð", MouthShape(0.2, 0.3, 0.0))
_add("szʦʣ", MouthShape(0.15, 0.5, 0.0))
_add("ʃʒʧʤʂʐɕʑʨʥꭧ", MouthShape(0.2, 0.1, 0.45))  # post-alveolar: a little pout
_add("tdnlɾTɹrɻ", MouthShape(0.25, 0.3, 0.0))
_add("kgɡŋxhɣʔ", MouthShape(0.3, 0.25, 0.0))


def shape_for(symbol: str) -> MouthShape | None:
    """The mouth shape for one phoneme symbol; None for marks that extend the previous sound."""
    if symbol in _SHAPES:
        return _SHAPES[symbol]
    if symbol.isspace() or symbol in ',.!?;:—…"()':
        return CLOSED
    return None


def is_pause(symbol: str) -> bool:
    return symbol.isspace() or symbol in ',.!?;:—…"()'
