"""ScriptedChat: a chat source that replays the same comments lap after lap for as long as the
show runs (a soak run's viewers), each lap with fresh message ids."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from vhost.domain import ChatMessage

_POLL = 0.01  # wall seconds between looks at the stream clock


class ScriptedChat:
    name = "scripted"

    def __init__(self, timed: Sequence[tuple[float, ChatMessage]], lap: float | None = None) -> None:
        """`timed`: (stream second, message) pairs for one lap; `lap`: seconds from one lap's
        start to the next (default: a few seconds after the last message)."""
        if not timed:
            raise ValueError("a scripted chat needs at least one message")
        self.timed = sorted(timed, key=lambda pair: pair[0])
        self.lap = lap if lap is not None else self.timed[-1][0] + 5.0
        if self.lap <= self.timed[-1][0]:
            raise ValueError("a lap must be longer than the time of its last message")
        self.sent = 0

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        lap = 0
        while True:
            for at, message in self.timed:
                due = lap * self.lap + at
                while now() < due:
                    if stop.wait(_POLL):
                        return
                if stop.is_set():
                    return
                self.sent += 1
                yield replace(message, id=f"{message.id}-{lap}")
            lap += 1
