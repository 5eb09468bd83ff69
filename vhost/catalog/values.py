"""Parsing of single catalog cells: money, stock, dates, lists, specs, FAQ, text.

Each parser takes what a JSON value, a CSV cell or an XLSX cell can be and either returns the
typed value or raises ValueError whose message is the human reason ("'abc' is not a price"), a
vhost.messages.Message so the app shows it in its own language.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from vhost.domain import FaqPair
from vhost.messages import QT_TRANSLATE_NOOP, Message

_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u3000\xa0]+")

# The reasons a cell is refused (the importer adds the row and the field).
EMPTY = QT_TRANSLATE_NOOP("vhost", "is empty")
NOT_A_PRICE = QT_TRANSLATE_NOOP("vhost", "{value} is not a price")
NEGATIVE = QT_TRANSLATE_NOOP("vhost", "{value} is negative")


def _refused(template: str, **arguments: Any) -> ValueError:
    return ValueError(Message(template, **arguments))


def clean_text(value: Any) -> str | None:
    """Text with HTML tags and entities removed and whitespace tidied; None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if "<" in text or "&" in text:
        text = text.replace("\\n", "\n")  # WooCommerce writes a description's new lines as "\n"
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    text = "\n".join(line for line in lines if line)
    return text or None


# --- money -------------------------------------------------------------------------------

_CURRENCY_MARKS: tuple[tuple[str, str], ...] = (
    # Longest first, so "US$" wins over "$" and "HK$" over "$".
    ("人民币", "CNY"),
    ("HK$", "HKD"),
    ("US$", "USD"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("HKD", "HKD"),
    ("¥", "CNY"),
    ("元", "CNY"),
    ("块", "CNY"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
)
_PLAIN_NUMBER = re.compile(r"^(\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$")


def canonical_decimal(value: Decimal) -> Decimal:
    """1299.00 → 1299, 19.90 → 19.9: the form a host would say out loud."""
    return Decimal(format(value.normalize(), "f"))


def parse_money(value: Any) -> tuple[Decimal, str | None]:
    """A price cell → (amount, currency or None when the cell names none)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _refused(EMPTY)
    if isinstance(value, bool):
        raise _refused(NOT_A_PRICE, value=repr(value))
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
        currency = None
    else:
        raw = str(value)
        text = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
        currency = None
        upper = text.upper()
        for mark, code in _CURRENCY_MARKS:
            if mark in upper:
                currency = currency or code
                upper = upper.replace(mark, "")
        text = upper
        multiplier = Decimal(1)
        if text.endswith("万"):
            multiplier, text = Decimal(10000), text[:-1]
        negative = text.startswith("-")
        text = text.lstrip("+-")
        if not _PLAIN_NUMBER.match(text):
            raise _refused(NOT_A_PRICE, value=repr(raw.strip()))
        amount = Decimal(text.replace(",", "")) * multiplier
        if negative:
            amount = -amount
    if not amount.is_finite():
        raise _refused(NOT_A_PRICE, value=repr(value))
    if amount < 0:
        raise _refused(NEGATIVE, value=str(value))
    return canonical_decimal(amount), currency


# --- stock -------------------------------------------------------------------------------

_STOCK = re.compile(r"^(\d+|\d{1,3}(?:,\d{3})+)(件|个|台|套|瓶|盒|双|pcs|pieces|units|items)?$")


# What stock cells say when nothing is left (compared lower-case, without spaces).
SOLD_OUT = frozenset(
    (
        "缺货",
        "无货",
        "没货",
        "售罄",
        "已售罄",
        "售完",
        "已售完",
        "卖完了",
        "已卖完",
        "断货",
        "暂时缺货",
        "暂无库存",
        "无库存",
    )
    + ("soldout", "outofstock", "none", "nostock")
)


def parse_stock(value: Any) -> int:
    if isinstance(value, bool):
        raise _refused(QT_TRANSLATE_NOOP("vhost", "{value} is not a number of items"), value=repr(value))
    if isinstance(value, int):
        count = value
    elif isinstance(value, float) and value.is_integer():
        count = int(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().lower().replace(" ", "")
        if text in SOLD_OUT:  # a back office's word for none left: 0, never "unknown"
            return 0
        if text.startswith("-") and _STOCK.match(text[1:]):
            raise _refused(NEGATIVE, value=str(value))
        match = _STOCK.match(text)
        if not match:
            raise _refused(
                QT_TRANSLATE_NOOP("vhost", "{value} is not a whole number of items"),
                value=repr(str(value).strip()),
            )
        count = int(match.group(1).replace(",", ""))
    if count < 0:
        raise _refused(NEGATIVE, value=str(value))
    return count


# --- dates -------------------------------------------------------------------------------

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y.%m.%d %H:%M",
    "%Y.%m.%d",
)
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?\s*(?:(\d{1,2})(?:[:点时](\d{1,2})?分?)?)?$")


def parse_datetime(value: Any) -> datetime:
    """A date cell → naive local datetime. "24:00" means midnight at the end of that day."""
    if isinstance(value, datetime):
        return _to_local_naive(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        raise _refused(EMPTY)
    day_after = False
    if re.search(r"\b24:00(:00)?$", text):
        text, day_after = re.sub(r"24:00(:00)?$", "00:00", text), True
    parsed = _parse_date_text(text)
    if parsed is None:
        raise _refused(
            QT_TRANSLATE_NOOP("vhost", "{value} is not a date (use e.g. 2026-11-30 23:59)"),
            value=repr(str(value).strip()),
        )
    return parsed + timedelta(days=1) if day_after else parsed


def _parse_date_text(text: str) -> datetime | None:
    try:
        return _to_local_naive(datetime.fromisoformat(text))
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    match = _CN_DATE.match(text)
    if match:
        year, month, day, hour, minute = match.groups()
        hour_i, minute_i = int(hour or 0), int(minute or 0)
        try:
            base = datetime(int(year), int(month), int(day))
        except ValueError:
            return None
        if hour_i == 24 and minute_i == 0:
            return base + timedelta(days=1)
        if hour_i > 23 or minute_i > 59:
            return None
        return base.replace(hour=hour_i, minute=minute_i)
    return None


def _to_local_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


# --- lists, specs, FAQ ---------------------------------------------------------------------

_LIST_SEPARATORS = re.compile(r"\s*(?:[;；|｜\n]|\s•\s)\s*")


def split_list(value: Any) -> tuple[str, ...]:
    """A list cell ("轻薄；长续航" or a JSON list) → cleaned, non-empty items."""
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        items = [clean_text(v) for v in value]
    else:
        text = clean_text(value) or ""
        items = [item.strip(" •-·") for item in _LIST_SEPARATORS.split(text)]
    return tuple(item for item in items if item)


_SPEC_PAIR = re.compile(r"^(?P<key>[^:：=]+?)\s*[:：=]\s*(?P<value>.+)$")


def parse_specs(value: Any) -> tuple[tuple[str, str], ...]:
    """Specs as {"容量": "500ml"}, [["容量", "500ml"]] or "容量:500ml; 重量:1kg"."""
    if value is None:
        return ()
    pairs: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, list | tuple) and len(item) == 2:
                pairs.append((item[0], item[1]))
            elif isinstance(item, dict) and {"name", "value"} <= set(item):
                pairs.append((item["name"], item["value"]))
            else:
                pairs.extend(_split_spec_text(item))
    else:
        pairs = _split_spec_text(value)
    result = []
    for key, val in pairs:
        key_text, val_text = clean_text(key), clean_text(val)
        if key_text and val_text:
            result.append((key_text, val_text))
    return tuple(result)


def _split_spec_text(value: Any) -> list[tuple[str, str]]:
    pairs = []
    for item in split_list(value):
        match = _SPEC_PAIR.match(item)
        if not match:
            raise _refused(QT_TRANSLATE_NOOP("vhost", "{item} is not 'name: value'"), item=repr(item))
        pairs.append((match["key"], match["value"]))
    return pairs


# A question marker starts the text or follows a separator or a sentence end ("…可以。问：…").
_FAQ_MARKERS = re.compile(r"(?:^|(?<=[\s;；|。！？.!?]))(Q|问)\s*[:：]\s*", re.IGNORECASE)
_ANSWER_MARKER = re.compile(r"\s*(?:A|答)\s*[:：]\s*", re.IGNORECASE)


def parse_faq(value: Any) -> tuple[FaqPair, ...]:
    """FAQ as [{"q": ..., "a": ...}] or text "Q: ... A: ...; Q: ... A: ..." / "问：…答：…"."""
    if value is None:
        return ()
    pairs: list[FaqPair] = []
    if isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, dict):
                question = clean_text(_first(item, "q", "question", "问", "问题"))
                answer = clean_text(_first(item, "a", "answer", "答", "答案"))
            elif isinstance(item, list | tuple) and len(item) == 2:
                question, answer = clean_text(item[0]), clean_text(item[1])
            else:
                raise _refused(
                    QT_TRANSLATE_NOOP("vhost", "{item} is not a question and answer pair"), item=repr(item)
                )
            if not question or not answer:
                raise _refused(QT_TRANSLATE_NOOP("vhost", "an entry has no question or no answer"))
            pairs.append(FaqPair(question, answer))
        return tuple(pairs)
    text = clean_text(value) or ""
    chunks = [c for c in _FAQ_MARKERS.split(text) if c and c.strip()]
    # split() keeps the captured marker: [marker, body, marker, body, ...]
    bodies = [chunks[i + 1] for i in range(0, len(chunks) - 1) if chunks[i].upper() in ("Q", "问")]
    if not bodies:
        raise _refused(QT_TRANSLATE_NOOP("vhost", "write it as 'Q: question A: answer' (or 问：…答：…)"))
    for body in bodies:
        parts = _ANSWER_MARKER.split(body, maxsplit=1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise _refused(
                QT_TRANSLATE_NOOP("vhost", "{question} has no answer (write 'A: ...' after the question)"),
                question=repr(body.strip()),
            )
        pairs.append(FaqPair(parts[0].strip(" ;；|"), parts[1].strip(" ;；|")))
    return tuple(pairs)


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in mapping:
            return mapping[key]
    return None
