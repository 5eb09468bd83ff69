"""The store's record of a live show, kept from the engine's events whichever front end
started it: the show's place after every line (a crash or kill -9 loses at most the line being
spoken), every line said, every chat decision and the session's figures."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vhost.chat.loop import ChatDecided, ChatResolved
from vhost.engine.events import Event, LineEnded, LineStarted, Metrics, StateChanged
from vhost.store import ChatEntry, LivePosition, SaidLine, Store

FIGURES_EVERY = 10  # stream seconds between updates of the session's figures


@dataclass(frozen=True, kw_only=True)
class _Finish(Event):
    """Ends the recording: queued after the show's own events, so they are all written first."""


class ShowRecorder:
    """Reads the engine's events on its own thread and writes them to the store at `path`.
    `engine` is a LiveEngine with the `show_key` and `resumed_from` that build_engine gives it."""

    def __init__(self, engine: Any, path: Path, capacity: int = 4096, ai_label: Any = None) -> None:
        """`ai_label`: the visible AI-generated label the show carries (None: shown without one);
        the session's figures keep whether it was on (spoken disclosures are lines said)."""
        self.engine, self.path = engine, path
        self.label_shown = ai_label is not None
        self.rows = 0  # rows written (lines said, chat decisions), for a soak run's store check
        self._inbox = engine.events.subscribe(capacity=capacity)
        self._thread = threading.Thread(target=self._run, name="show-records", daemon=True)

    def start(self) -> ShowRecorder:
        self._thread.start()
        return self

    def finish(self, timeout: float | None = None) -> None:
        """Record what is still waiting and close the store; call after the show and its chat
        have stopped (a decision made as the show stops is still recorded)."""
        if self._thread.is_alive():
            self._inbox.put(_Finish(stream_time=0.0), timeout=timeout)
        self._thread.join(timeout)

    def _run(self) -> None:
        base: LivePosition | None = self.engine.resumed_from
        self._spoken_before = base.lines_spoken if base else 0
        self._seconds_before = base.stream_seconds if base else 0.0
        self._products: dict[int, str | None] = {}
        try:
            with Store(self.path) as store:
                session = store.start_session(self.engine.show_key)
                while not isinstance(event := self._inbox.get(), _Finish):
                    if isinstance(event, StateChanged) and event.state == "stopped":
                        store.update_session(session, self._figures(), outcome="stopped")
                    else:
                        self._record(store, session, event)
        finally:
            self.engine.events.unsubscribe(self._inbox)

    def _record(self, store: Store, session: int, event: Event) -> None:
        match event:
            case Metrics() if int(event.stream_time) % FIGURES_EVERY == 0:
                store.update_session(session, self._figures())
            case LineStarted():
                self._products[event.id] = event.product
                if len(self._products) > 64:  # a line cut off by an interrupt never ends: forget it
                    del self._products[next(iter(self._products))]
            case ChatDecided():
                store.record_chat(session, chat_entry(event))
                self.rows += 1
            case ChatResolved():
                store.resolve_chat(session, event.id, event.action, event.reply, event.reason)
            case LineEnded():
                self._line_ended(store, session, event)

    def _line_ended(self, store: Store, session: int, event: LineEnded) -> None:
        product = self._products.pop(event.id, None)  # every line's, a pause's too
        if event.kind == "pause":
            return
        now = _now()
        said = SaidLine(now, round(event.stream_time, 3), event.kind, product, event.text, event.cut)
        store.record_said(session, said)
        self.rows += 1
        position = event.position
        if position is not None:
            place = LivePosition(
                position.round,
                position.line,
                self._spoken_before + event.lines_spoken,
                self._seconds_before + event.stream_time,
                now,
                position.to_json(),
            )
            store.save_live_position(self.engine.show_key, place)

    def _figures(self) -> dict[str, float]:
        return {**figures(self.engine), "ai_label_shown": float(self.label_shown)}


def chat_entry(event: ChatDecided) -> ChatEntry:
    """A decision as the store keeps it: the viewer's pseudonym, never their name; an answer
    held for the operator is "pending" until a ChatResolved says what became of it."""
    return ChatEntry(
        _now(),
        round(event.stream_time, 3),
        event.viewer,
        event.kind,
        event.text,
        "pending" if event.pending else event.action,
        event.intent,
        event.product,
        event.reply,
        event.reason,
        event.sentiment,
        event.latency_ms,
        event.id or None,
    )


def figures(engine: Any) -> dict[str, float]:
    """The session's figures as the store keeps them."""
    stats = engine.stats
    return {
        "stream_seconds": stats.frames / engine.fps,
        "frames": stats.frames,
        "lines_spoken": stats.lines_spoken,
        "answers_spoken": stats.answers_spoken,
        "dropped_frames": stats.dropped_frames,
        "errors": stats.errors,
        "max_av_offset_ms": stats.max_av_offset_ms,
    }


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
