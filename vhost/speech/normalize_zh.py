"""Chinese text → the words a presenter says: numbers, prices, percentages, dates, units.

A voice must never read "¥1,299" digit by digit or guess at "8.5折". Everything with digits is
rewritten into Chinese words before phonemes are made; Latin-script words (brand names such
as iPhone or USB-C) are left as they are for the English phonemizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")

# Units a shop sells in, longest first so "mAh" wins over "m".
_UNITS = {
    "mAh": "毫安时",
    "kWh": "千瓦时",
    "km": "公里",
    "cm": "厘米",
    "mm": "毫米",
    "ml": "毫升",
    "mL": "毫升",
    "kg": "公斤",
    "KG": "公斤",
    "Kg": "公斤",
    "g": "克",
    "L": "升",
    "l": "升",
    "m": "米",
    "W": "瓦",
    "w": "瓦",
    "V": "伏",
    "Hz": "赫兹",
    "GB": "G",
    "TB": "T",
    "寸": "寸",
    "℃": "摄氏度",
    "°C": "摄氏度",
    "°": "度",
    "斤": "斤",
    "英寸": "英寸",
    "P": "P",
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))


def int_to_zh(number: int, *, liang: bool = True) -> str:
    """Read a whole number the way it is said: 1299 → 一千二百九十九, 10 → 十, 2000 → 两千."""
    if number < 0:
        return "负" + int_to_zh(-number, liang=liang)
    if number == 0:
        return "零"
    groups: list[int] = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    words = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(words)
            continue
        if words and (need_zero or group < 1000):
            words += "零"
        words += _group_to_zh(group) + _BIG_UNITS[index]
        need_zero = False
    if words.startswith("一十"):
        words = words[1:]  # 十五, not 一十五
    if liang:
        # 两 before 千/万/亿 at the start of a group reads naturally (两千, 两万), 二 elsewhere.
        words = re.sub(r"(^|零)二(?=[千万亿])", r"\1两", words)
    return words


def _group_to_zh(group: int) -> str:
    words = ""
    zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero = bool(words)
            continue
        if zero:
            words += "零"
            zero = False
        words += _DIGITS[digit] + _SMALL_UNITS[position]
    return words


def digits_to_zh(digits: str) -> str:
    """Read digit by digit (years, phone numbers, model numbers): 2026 → 二零二六."""
    return "".join(_DIGITS[int(d)] for d in digits if d.isdigit())


def decimal_to_zh(text: str) -> str:
    """12.50 → 十二点五; whole numbers as cardinals."""
    text = text.replace(",", "").replace("，", "")
    whole, _, fraction = text.partition(".")
    words = int_to_zh(int(whole or "0"))
    fraction = fraction.rstrip("0")
    return words + ("点" + digits_to_zh(fraction) if fraction else "")


def _money(match: re.Match[str]) -> str:
    amount = match.group("amount")
    wan = match.group("wan") or ""
    return decimal_to_zh(amount) + wan + "元"


def _price_with_unit(match: re.Match[str]) -> str:
    return decimal_to_zh(match.group("amount")) + (match.group("wan") or "") + match.group("unit")


def _date(match: re.Match[str]) -> str:
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    return f"{digits_to_zh(year)}年{int_to_zh(int(month), liang=False)}月{int_to_zh(int(day), liang=False)}日"


def _clock(match: re.Match[str]) -> str:
    hour, minute = int(match.group("h")), int(match.group("min"))
    words = int_to_zh(hour, liang=False) + "点"
    if minute == 30:
        return words + "半"
    if minute:
        words += ("零" if minute < 10 else "") + int_to_zh(minute, liang=False) + "分"
    return words


def _percent(match: re.Match[str]) -> str:
    return "百分之" + decimal_to_zh(match.group("n"))


def _discount(match: re.Match[str]) -> str:
    return decimal_to_zh(match.group("n")) + "折"


def _unit(match: re.Match[str]) -> str:
    return decimal_to_zh(match.group("n")) + _UNITS[match.group("unit")]


def _range(match: re.Match[str]) -> str:
    return decimal_to_zh(match.group("a")) + "到" + decimal_to_zh(match.group("b"))


def _fraction(match: re.Match[str]) -> str:
    return int_to_zh(int(match.group("b"))) + "分之" + int_to_zh(int(match.group("a")))


def _ordinal_or_plain(match: re.Match[str]) -> str:
    text = match.group(0)
    plain = text.replace(",", "")
    if "." not in plain and len(plain) >= 5 and plain.startswith("0"):
        return digits_to_zh(plain)  # codes and phone numbers keep their digits
    if "." not in plain and len(plain) >= 7 and "," not in text:
        return digits_to_zh(plain)
    return decimal_to_zh(plain)


def _amount_with_unit(match: re.Match[str]) -> str:
    unit = "块" if match.group("unit") == "块" else "元"
    return decimal_to_zh(match.group("amount")) + (match.group("wan") or "") + unit


def _year(match: re.Match[str]) -> str:
    return digits_to_zh(match.group("y")) + "年"


def _day_or_hour(match: re.Match[str]) -> str:
    return int_to_zh(int(match.group("n")), liang=False) + match.group("u")


_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_DECIMAL = r"\d+(?:\.\d+)?"
_COUNTED = r"(?=\s*(?:" + _UNIT_RE + r"|[天个件岁人分元块斤号月]))"
# Order matters: money and dates first, so their digits are gone before the plain-number rule.
_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"[¥￥]\s*(?P<amount>" + _NUMBER + r")(?P<wan>[万亿]?)\s*元?"), _money),
    (
        re.compile(r"(?P<amount>" + _NUMBER + r")\s*(?P<wan>[万亿]?)(?P<unit>元|块|RMB|rmb)"),
        _amount_with_unit,
    ),
    (re.compile(r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})[日号]?"), _date),
    (re.compile(r"(?P<h>\d{1,2})[:：](?P<min>\d{2})"), _clock),
    (re.compile(r"(?P<n>" + _DECIMAL + r")\s*[%％]"), _percent),
    (re.compile(r"(?P<n>" + _DECIMAL + r")\s*折"), _discount),
    (re.compile(r"(?P<a>" + _DECIMAL + r")\s*[-~～—]\s*(?P<b>" + _DECIMAL + r")" + _COUNTED), _range),
    (re.compile(r"(?P<n>" + _DECIMAL + r")\s*(?P<unit>" + _UNIT_RE + r")(?![A-Za-z])"), _unit),
    (re.compile(r"(?P<a>\d+)\s*/\s*(?P<b>\d+)"), _fraction),
    (re.compile(r"(?P<y>\d{4})年"), _year),
    (re.compile(r"(?P<n>\d{1,2})(?P<u>[月日号点时])"), _day_or_hour),
    (re.compile(r"[+＋](?=\d)"), lambda _: "加"),
    (re.compile(r"(?<=\d)\s*[x×*]\s*(?=\d)"), lambda _: "乘"),
    (re.compile(_NUMBER), _ordinal_or_plain),
]

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def normalize_zh(text: str) -> str:
    """Rewrite every number-bearing expression in Chinese text into Chinese words."""
    text = text.translate(_FULL_WIDTH)
    for pattern, replace in _RULES:
        text = pattern.sub(replace, text)
    # Two in front of a measure word is 两 (两件, 两个), as people say it.
    text = re.sub(r"(?<![一二三四五六七八九十百千万零点第])二(?=[个件只瓶盒条双套袋包斤次天块])", "两", text)
    return text
