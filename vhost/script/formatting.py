"""How numbers, money and times are written in a script, per language.

Digits stay digits here ("1299元", "$19.90"); turning them into spoken words is the voice's
text normaliser's job, so a script on screen (captions, the editor) stays readable.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

_ZH_CURRENCY = {"CNY": "元", "USD": "美元", "EUR": "欧元", "GBP": "英镑", "HKD": "港币"}
_EN_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u2b00-\u2bff\ufe0f\u200d]+"
)


def money(amount: Decimal, currency: str, lang: str) -> str:
    if lang == "zh":
        return f"{_plain(amount)}{_ZH_CURRENCY.get(currency, currency)}"
    if currency in _EN_PREFIX:
        cents = amount != amount.to_integral_value()
        return f"{_EN_PREFIX[currency]}{amount:,.2f}" if cents else f"{_EN_PREFIX[currency]}{amount:,}"
    name = {"CNY": "yuan"}.get(currency, currency)
    return f"{amount:,} {name}"


def _plain(amount: Decimal) -> str:
    return format(amount, "f")


def time_left(end: datetime, now: datetime, lang: str) -> str | None:
    """ "2小时15分钟" / "2 hours 15 minutes" until ``end``; None when under a minute or past."""
    minutes = int((end - now).total_seconds() // 60)
    if minutes < 1:
        return None
    hours, mins = divmod(minutes, 60)
    if lang == "zh":
        return (f"{hours}小时" if hours else "") + (f"{mins}分钟" if mins else "")
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


def moment(when: datetime, lang: str) -> str:
    """A promotion boundary as a host says it: "11月30日23:59", "November 30 at 23:59"."""
    # A deal that ends at 00:00 ends "tonight at midnight" of the day before; saying the
    # next day's date with 0点 confuses viewers. "十二点"/"midnight" in words adds no number.
    midnight = when.hour == 0 and when.minute == 0
    day = when - timedelta(days=1) if midnight else when
    if lang == "zh":
        clock = "晚上十二点" if midnight else f"{when:%H:%M}"
        return f"{day.month}月{day.day}日{clock}"
    clock = "midnight" if midnight else f"{when:%H:%M}"
    return f"{day:%B} {day.day} at {clock}"


def speakable(text: str) -> str:
    """Catalog text as it can be spoken: emoji removed, whitespace tidied."""
    return re.sub(r"\s+", " ", _EMOJI.sub("", text)).strip()


_SENTENCE = re.compile(r"(?<=[。！？!?])|(?<=[.])\s")


def first_sentences(text: str, limit: int) -> str:
    """Leading sentences of ``text`` up to about ``limit`` characters (at least one sentence)."""
    out = ""
    for sentence in _SENTENCE.split(text):
        if out and len(out) + len(sentence) > limit:
            break
        out += sentence
    return out.strip()


def strip_end_punctuation(text: str) -> str:
    return text.rstrip("。．.！!；;，,、 ")


def as_question(text: str, lang: str) -> str:
    text = strip_end_punctuation(text).rstrip("？?")
    return text + ("？" if lang == "zh" else "?")


def as_statement(text: str, lang: str) -> str:
    if text.endswith(("。", "！", "？", ".", "!", "?")):
        return text
    return text + ("。" if lang == "zh" else ".")
