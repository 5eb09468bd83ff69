"""ScriptedChat: a chat source that replays the same comments lap after lap for as long as the
show runs (a soak run's viewers), each lap from new viewers with fresh message ids, as a real
room sees new people all day."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from vhost.domain import ChatMessage
from vhost.testing.waiting import TimedOut

if TYPE_CHECKING:
    from vhost.chat.loop import ChatDecided
    from vhost.chat.sources.base import ChatSource

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
                yield replace(message, id=f"{message.id}-{lap}", user_id=f"{message.user_id}-{lap}")
            lap += 1


class SilentChat:
    """A chat source with nothing to say: the test hands messages to the chat loop itself
    (ChatLoop.handle), at the frames it chooses."""

    name = "none"

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        return iter(())


class ChatReader:
    """Runs a chat source's messages() on its own thread, as the chat loop does, and keeps what
    arrives, so a test waits for the n-th message (wait_for) instead of sleeping."""

    def __init__(self, source: ChatSource, now: Callable[[], float] = lambda: 0.0) -> None:
        """`now`: the stream clock the source is given (seconds)."""
        self.source, self.now = source, now
        self.got: list[ChatMessage] = []
        self.error: BaseException | None = None  # what ended the source, if it failed
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"read-{source.name}", daemon=True)
        self._arrived = threading.Condition()

    def start(self) -> ChatReader:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            for message in self.source.messages(self.now, self.stop):
                with self._arrived:
                    self.got.append(message)
                    self._arrived.notify_all()
        except BaseException as exc:  # kept for wait_for's message; the thread ends either way
            self.error = exc
        finally:
            with self._arrived:
                self._arrived.notify_all()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ChatMessage]:
        """The messages so far, once at least `count` have arrived; TimedOut (saying how many
        came, and why the source ended if it did) after `timeout` seconds."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.got) >= count or not self.thread.is_alive(), timeout)
            if len(self.got) >= count:
                return list(self.got)
        ended = f"; the source ended ({self.error!r})" if not self.thread.is_alive() else ""
        raise TimedOut(f"only {len(self.got)} of {count} chat messages arrived in {timeout:g} s{ended}")

    def close(self, timeout: float = 5.0) -> None:
        """Ask the source to stop and wait for its thread."""
        self.stop.set()
        self.thread.join(timeout)


def decided(stream_time: float = 0.0, **fields: Any) -> ChatDecided:
    """A chat decision as the chat loop publishes it, with plain defaults for what a test leaves
    out (a spoken comment from one viewer)."""
    from vhost.chat.loop import ChatDecided

    defaults: dict[str, Any] = {
        "id": "",
        "viewer": "viewer-00000000",
        "name": "",
        "kind": "comment",
        "text": "",
        "action": "speak",
        "intent": "other",
        "product": None,
        "reply": None,
        "reason": None,
        "sentiment": None,
        "latency_ms": 1.0,
    }
    return ChatDecided(stream_time=stream_time, **{**defaults, **fields})
