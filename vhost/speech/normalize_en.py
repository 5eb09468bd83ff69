"""English text → the words a presenter says, for the few things espeak reads badly.

espeak reads plain numbers well; prices with a currency sign, percentages and "x2" it does
not ("$19.99" would become "dollar nineteen point nine nine").
"""

from __future__ import annotations

import re

_CURRENCY = {"$": "dollars", "¥": "yuan", "￥": "yuan", "€": "euros", "£": "pounds"}


def _money(match: re.Match[str]) -> str:
    unit = _CURRENCY[match.group("sign")]
    whole, _, cents = match.group("amount").replace(",", "").partition(".")
    cents = cents.rstrip("0")
    if unit == "dollars" and cents:
        return f"{whole} dollars {cents.ljust(2, '0')}"
    if cents:
        return f"{whole} point {' '.join(cents)} {unit}"
    return f"{whole} {unit if whole != '1' else unit.rstrip('s')}"


def normalize_en(text: str) -> str:
    text = re.sub(r"(?P<sign>[$¥￥€£])\s*(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)", _money, text)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"\1 percent", text)
    text = re.sub(r"(?<=\d)\s*[x×]\s*(?=\d)", " times ", text)
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    return text
