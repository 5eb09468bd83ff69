"""Chat text as vhost reads it: one width, no emoji, no stretched characters.

Viewers type "多少钱？？？？", "ＨＯＷ　ＭＵＣＨ", "好好好好看😍😍" and "pleeeease". Understanding works
on a normal form; a fingerprint (no punctuation, no spaces) tells repeats apart from new
questions for flood control.
"""

from __future__ import annotations

import re
import unicodedata

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\u2b00-\u2bff\ufe0f\u200d\u20e3\U000e0020-\U000e007f]+"
)
_STRETCH = re.compile(r"(\D)\1{2,}")  # three or more of the same character (digits are numbers)
_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
# A length as it is said: "1米5" and "一米八" are 1.5 m and 1.8 m (a bed, a height)
_SPOKEN_METRES = re.compile(r"([0-9一两二三])米([0-9一二三四五六七八九]{1,2})(?![0-9厘公米])")
_DIGITS = dict(zip("一两二三四五六七八九", "1223456789", strict=True))


def _metres(match: re.Match[str]) -> str:
    whole, part = ("".join(_DIGITS.get(ch, ch) for ch in group) for group in match.groups())
    return f"{whole}.{part}米"


def normalize(text: str) -> str:
    """Full-width to half-width, emoji out, lower case, "钱钱钱钱" → "钱钱", "1米5" → "1.5米",
    spaces tidied."""
    text = unicodedata.normalize("NFKC", text)
    text = _EMOJI.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))
    text = _STRETCH.sub(r"\1\1", text.lower())
    text = _SPOKEN_METRES.sub(_metres, text)
    return _SPACES.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    """The normal form without punctuation or spaces: "多少钱？" and "多少钱!!" are one question."""
    return _PUNCTUATION.sub("", normalize(text))
