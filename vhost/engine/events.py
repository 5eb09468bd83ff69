"""The engine's event stream: state changes, lines started and ended, problems, metrics.

Each kind of event is its own frozen class, so an observer matches on the class and reads typed
fields (`match event: case LineStarted(kind="answer"): …`) instead of parsing a dict. Observers
(the CLI status line, the app, the store's recorder, tests) subscribe and read at their own pace.
Each has a bounded queue; when an observer falls behind, its oldest events are dropped, never the
engine's time.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened at `stream_time` seconds into the show."""

    stream_time: float


@dataclass(frozen=True, kw_only=True)
class StateChanged(Event):
    state: str  # "live", "paused", "stopped"


@dataclass(frozen=True, kw_only=True)
class LineStarted(Event):
    """A line went on air (a script line, an answer, the operator's words, a pause)."""

    id: int
    kind: str  # "script", "answer", "say", "pause", …
    text: str
    product: str | None = None  # the product on screen
    question: str | None = None  # the viewer's comment an answer replies to
    reply_to: str | None = None  # that comment's id
    position: Any = None  # the director's place (DirectorPosition) after a script line


@dataclass(frozen=True, kw_only=True)
class LineEnded(Event):
    id: int
    kind: str
    text: str
    cut: bool = False  # it gave way to a more urgent line before its end
    position: Any = None
    lines_spoken: int = 0  # lines spoken in this run so far


@dataclass(frozen=True, kw_only=True)
class LineSkipped(Event):
    """A queued line that was never said (it expired waiting, e.g. a late thank-you)."""

    id: int
    text: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Problem(Event):
    """Something went wrong in one part (`where`: "voice", "render", an output's name, "chat", …);
    the show goes on unless a StateChanged("stopped") follows."""

    where: str
    message: str
    voice: str | None = None  # the voice that failed, for a voice problem
    text: str | None = None  # the line it failed on


@dataclass(frozen=True, kw_only=True)
class Stalled(Event):
    """A stage stopped moving (`recovered` False) or moves again (True)."""

    where: str
    message: str
    recovered: bool = False


@dataclass(frozen=True, kw_only=True)
class Metrics(Event):
    """Once a second: how the show keeps time and what its outputs report."""

    stream_seconds: float
    fps: float | None
    av_offset_ms: float
    buffer_seconds: float
    frames: int
    dropped_frames: int
    product: str | None
    next: str | None  # what is said next, for the operator's screen
    outputs: dict[str, dict[str, Any]] = field(default_factory=dict)  # output name → its stats
    stalled: list[str] = field(default_factory=list)
    # Speech ready to play: the lines queued plus the sound made ahead and not said yet.
    ahead_seconds: float = 0.0
    cache_hit_rate: float | None = None  # the script's lines whose sound was ready when wanted


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
