"""A replay file: JSON lines of comments (and gifts, likes, follows), for tests, demos and
`vhost answer`. One object per line:

    {"id": "c1", "user": "u42", "name": "小王", "text": "多少钱", "kind": "comment", "t": 12.5}

Only "text" is required (not even that for a gift, like, follow or enter). "t" is when it
arrives, in seconds after the show starts; without it, a comment arrives every
DEFAULT_SPACING seconds after the one before.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_SPACING = 3.0
_POLL = 0.02  # seconds between looks at the stream clock while waiting for a message's time


class ReplayChat:
    name = "replay"

    def __init__(self, path: Path, speed: float = 1.0) -> None:
        """`speed`: comments come this many times as fast as their "t" says (0.5: half as
        often), to see how the presenter copes with a busier or quieter chat."""
        self.path = path
        self.timed = [(at / speed, message) for at, message in read_replay(path)]

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        for at, message in self.timed:
            while now() < at:
                if stop.wait(_POLL):
                    return
            if stop.is_set():
                return
            yield message


def read_replay(path: Path) -> list[tuple[float, ChatMessage]]:
    """(arrival second, message) for every line; a bad line is one clear error naming it."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ChatError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "The chat replay file {path} does not exist; check the path."),
                path=path,
            )
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "Cannot read the chat replay file {path} ({reason}); save it as UTF-8 text."
                ),
                path=path,
                reason=exc,
            )
        ) from exc
    timed: list[tuple[float, ChatMessage]] = []
    at = 0.0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = Message(QT_TRANSLATE_NOOP("vhost", "{path}, line {number}"), path=path, number=number)
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{where} is not JSON ({reason}); write one JSON object per line."
                    ),
                    where=where,
                    reason=exc.msg,
                )
            ) from exc
        if not isinstance(data, dict):
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{where} is not a JSON object; write one {example} object per line."
                    ),
                    where=where,
                    example='{"text": ...}',
                )
            )
        try:
            kind = ChatKind(data.get("kind", "comment"))
        except ValueError:
            kinds = ", ".join(k.value for k in ChatKind)
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "{where} has kind {kind}; use one of {kinds}."),
                    where=where,
                    kind=repr(data.get("kind")),
                    kinds=kinds,
                )
            ) from None
        text = data.get("text", "")
        if not isinstance(text, str) or (kind is ChatKind.COMMENT and not text.strip()):
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", '{where} has no "text"; a comment needs the viewer\'s words.'),
                    where=where,
                )
            )
        try:
            at = float(data["t"]) if "t" in data else at + DEFAULT_SPACING
        except (TypeError, ValueError):
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", '{where} has "t": {value}; give seconds as a number.'),
                    where=where,
                    value=repr(data["t"]),
                )
            ) from None
        user = str(data.get("user", data.get("user_id", "")))
        message = ChatMessage(
            text=text,
            user_id=user,
            name=str(data.get("name", user)),
            platform=str(data.get("platform", "replay")),
            kind=kind,
            id=str(data.get("id", number)),
        )
        timed.append((at, message))
    return sorted(timed, key=lambda pair: pair[0])
