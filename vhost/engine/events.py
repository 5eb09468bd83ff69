"""The engine's event stream: state changes, lines started and ended, errors, metrics.

Observers (the CLI status line, the GUI, tests) subscribe and read at their own pace. Each has a
bounded queue; when an observer falls behind, its oldest events are dropped, never the engine's
time.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    kind: str  # "state", "line_started", "line_ended", "error", "metrics"
    stream_time: float
    data: dict[str, Any] = field(default_factory=dict)


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[queue.Queue[Event]] = []
        self._lock = threading.Lock()
        self.dropped = 0  # events thrown away because an observer fell behind

    def subscribe(self, capacity: int = 1024) -> queue.Queue[Event]:
        inbox: queue.Queue[Event] = queue.Queue(capacity)
        with self._lock:
            self._subscribers.append(inbox)
        return inbox

    def unsubscribe(self, inbox: queue.Queue[Event]) -> None:
        with self._lock:
            if inbox in self._subscribers:
                self._subscribers.remove(inbox)

    def publish(self, event: Event) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for inbox in subscribers:
            while True:
                try:
                    inbox.put_nowait(event)
                    break
                except queue.Full:
                    try:
                        inbox.get_nowait()  # drop the oldest for this slow observer
                        self.dropped += 1
                    except queue.Empty:
                        pass

    def backlog(self) -> int:
        """Events waiting in the fullest observer's queue."""
        with self._lock:
            return max((inbox.qsize() for inbox in self._subscribers), default=0)

    def observers(self) -> int:
        with self._lock:
            return len(self._subscribers)
