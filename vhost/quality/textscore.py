"""Error rates between what a voice was asked to say and what a recogniser heard.

Both sides go through the same normaliser, so only differences a listener would hear count:
- zh: numbers, prices, percentages and units become words with vhost's own normaliser (the one
  the voice reads through: "¥129" is said 一百二十九元, and a recogniser writing 129元 or 一百二十九元
  has heard it right); traditional characters become simplified (Whisper writes either);
  punctuation and spaces go. Each Chinese character is one unit, each Latin word one unit (the
  usual "mixed error rate" for Mandarin with English brand names). A recogniser picks among
  homophones by its language model (红枣 and 红藻 are both hóng zǎo), so the toned-pinyin
  syllable error rate is given too: it scores the pronunciation rather than the spelling.
- en: lowercase words; prices, percentages, decimals and integers spelt out as the voice reads
  them ("$29.99" → twenty nine dollars ninety nine); units after a number and their spelt-out
  names are one token (500 ml, 500 milliliters, 500 millilitres all read "500 ml").
Pooled over many sentences, a sentence counts at most as wholly wrong (errors capped at its
length): a recogniser that loops ("3.2.3.2.…") on one line would otherwise outweigh the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LATIN = re.compile(r"[a-z0-9']+")
_ZH_UNIT = re.compile(r"[\u3400-\u9fff]|[a-z0-9']+")

# canonical unit token ← abbreviations (after a number) and spelt-out names (anywhere)
_EN_UNITS = {
    "ml": ("ml", "milliliter", "milliliters", "millilitre", "millilitres"),
    "l": ("l", "liter", "liters", "litre", "litres"),
    "kg": ("kg", "kilo", "kilos", "kilogram", "kilograms"),
    "g": ("g", "gram", "grams"),
    "cm": ("cm", "centimeter", "centimeters", "centimetre", "centimetres"),
    "mm": ("mm", "millimeter", "millimeters", "millimetre", "millimetres"),
    "mah": ("mah",),
    "w": ("w", "watt", "watts"),
}
_ABBREVIATION = re.compile(
    r"(\d)\s*(" + "|".join(sorted((a for a in _EN_UNITS), key=len, reverse=True)) + r")\b"
)
_SPELT = {name: unit for unit, names in _EN_UNITS.items() for name in names[1:]}


def edit_distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Levenshtein distance (insertions, deletions and substitutions) between two sequences."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def error_rate(meant: Sequence[str], heard: Sequence[str]) -> float:
    """Edits to turn `meant` into `heard`, per unit meant (above 1 when much more was heard)."""
    if not meant:
        return 0.0 if not heard else 1.0
    return edit_distance(meant, heard) / len(meant)


def capped_errors(meant: Sequence[str], heard: Sequence[str]) -> int:
    """Edits between the two, at most one per unit meant (a runaway transcript is one wrong line)."""
    return min(edit_distance(meant, heard), max(len(meant), 1 if heard else 0))


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


def _decimal(match: re.Match[str]) -> str:
    whole, fraction = match.group(1), match.group(2)
    return f" {number_words(int(whole))} point {' '.join(_ONES[int(d)] for d in fraction)} "


def en_units(text: str) -> list[str]:
    """English text as the lowercase words it is spoken as."""
    from vhost.speech.normalize_en import normalize_en

    said = normalize_en(text).lower().replace("&", " and ")
    said = _ABBREVIATION.sub(r"\1 \2", said)
    said = re.sub(r"(\d+)\.(\d+)", _decimal, said)
    said = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", said)
    words = _LATIN.findall(said.replace("-", " "))
    return [_SPELT.get(w, w) for w in words]


def zh_units(text: str) -> list[str]:
    """Chinese text as characters (and Latin words), numbers read out, simplified."""
    from snownlp.normal import zh2hans

    from vhost.speech.normalize_zh import normalize_zh

    return _ZH_UNIT.findall(zh2hans(normalize_zh(text)).lower())


def zh_syllables(units: list[str]) -> list[str]:
    """The toned pinyin of zh units (Latin words kept as they are), read in context."""
    from pypinyin import Style, lazy_pinyin

    syllables: list[str] = []
    run: list[str] = []  # consecutive characters, read together so 一/不 and 多音字 fit their words
    for unit in [*units, ""]:
        if len(unit) == 1 and "\u3400" <= unit <= "\u9fff":
            run.append(unit)
            continue
        syllables += lazy_pinyin("".join(run), style=Style.TONE3, neutral_tone_with_five=True)
        run = []
        if unit:
            syllables.append(unit)
    return syllables


def units(text: str, lang: str) -> list[str]:
    return zh_units(text) if lang == "zh" else en_units(text)
