"""EventRecorder: keeps every event an engine publishes, in order, so a test reads them as a list
(or waits for one) instead of draining the bus's queue by hand."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from typing import TypeVar

from vhost.engine.events import Event, EventBus, LineStarted
from vhost.testing.waiting import TimedOut

E = TypeVar("E", bound=Event)


class EventRecorder:
    """Subscribes at once, so nothing published from then on is missed. Read it from one thread
    (the test's, or the engine's inside an output's write())."""

    def __init__(self, bus: EventBus, capacity: int = 100_000) -> None:
        self._inbox = bus.subscribe(capacity)
        self._kept: list[Event] = []

    def events(self) -> list[Event]:
        """Every event published so far (taking in what arrived since the last look)."""
        while True:
            try:
                self._kept.append(self._inbox.get_nowait())
            except queue.Empty:
                return self._kept

    def of(self, kind: type[E]) -> list[E]:
        """The events of this class (LineStarted, Problem, …)."""
        return [event for event in self.events() if isinstance(event, kind)]

    def started(self, kind: str | None = None) -> list[LineStarted]:
        """Every line begun (only lines of `kind`: "script", "answer", ...)."""
        return [line for line in self.of(LineStarted) if kind is None or line.kind == kind]

    def wait_for(self, matches: Callable[[Event], bool], timeout: float = 10.0, what: str = "") -> Event:
        """The first event (already kept or still to come) that `matches`; TimedOut if none
        arrives within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            found = next((event for event in self.events() if matches(event)), None)
            if found is not None:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimedOut(f"gave up after {timeout:g} s waiting for {what or 'an event that matches'}")
            try:
                self._kept.append(self._inbox.get(timeout=left))
            except queue.Empty:
                pass
