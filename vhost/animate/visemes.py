"""Phoneme → mouth shape (jaw open, lip width, lip rounding) for Kokoro's phoneme symbols.

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
BILABIALS = frozenset("pbmㄅㄆㄇ")

_SHAPES: dict[str, MouthShape] = {}
_MARKS = ',.!?;:—…"()“”'  # punctuation: a pause, the mouth closed


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

# Kokoro v1.1-zh reads misaki's zh_frontend symbols: a bopomofo letter per initial or simple
# final, and a stand-in hanzi per compound final (压 = ia, 王 = uang…). A final takes the shape of
# its main vowel (ian sounds iɛn: mid; iong sounds jʊŋ: rounded); the tone digits 1-5 return
# None like v1.0's tone arrows, and R (erhua) colours the vowel like ɚ.
_add("ㄅㄆㄇ", CLOSED)  # b p m
_add("ㄈ", _SHAPES["f"])
_add("ㄉㄊㄋㄌ", _SHAPES["t"])  # d t n l
_add("ㄍㄎㄏ", _SHAPES["k"])  # g k h
_add("ㄐㄑㄒㄓㄔㄕㄖ", _SHAPES["ʂ"])  # j q x, zh ch sh r
_add("ㄗㄘㄙ", _SHAPES["s"])  # z c s
_add("ㄚㄞㄠㄢㄤ压阳要穵外万王", _SHAPES["a"])  # a ai ao an ang, ia iang iao, ua uai uan uang
_add("ㄜㄝㄟㄣㄥㄦ言月元为文瓮R", _SHAPES["ə"])  # e ie ei en eng er, ian üe üan uei uen ueng, erhua
_add("ㄧㄭ十阴应", _SHAPES["i"])  # i, the i of zi and of zhi, in ing
_add("ㄛㄡ又我", _SHAPES["o"])  # o ou iou uo
_add("ㄨㄩ用中云", _SHAPES["u"])  # u ü iong ong ün


def shape_for(symbol: str) -> MouthShape | None:
    """The mouth shape for one phoneme symbol; None for marks that extend the previous sound."""
    if symbol in _SHAPES:
        return _SHAPES[symbol]
    if symbol.isspace() or symbol in _MARKS:
        return CLOSED
    return None


def is_pause(symbol: str) -> bool:
    return symbol.isspace() or symbol in _MARKS
