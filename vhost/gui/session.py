"""A live show run for the desktop app: the engine's asyncio loop on its own thread.

The window never waits on the show, not even while it is built (models load for seconds):
the show's thread builds it (vhost.show.builder, as `vhost live` does), then runs it. The window
steers it through the LiveShow's verbs (pause, say now, approve, stop), which are safe from any
thread, reads the pictures that went out from a PreviewOutput and takes the show's events from a
queue on a timer (see bridge.py). Nothing here imports Qt, so the session is tested without a
screen.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from vhost.engine.events import Event, Problem
from vhost.errors import VHostError
from vhost.messages import QT_TRANSLATE_NOOP, Message, message_of
from vhost.outputs.preview import PreviewOutput
from vhost.show.live_show import LiveShow

log = logging.getLogger(__name__)

# (outputs the show must write to, besides its own; where the building is, by stage code, see
# vhost.show.builder.STAGES) → a LiveShow, built and not yet run.
ShowFactory = Callable[[list[Any], Callable[[str], None]], LiveShow]


class LiveSession:
    def __init__(self, make_show: ShowFactory) -> None:
        self.make_show = make_show
        self.preview = PreviewOutput()
        self.show: LiveShow | None = None
        # Why the show stopped, when it did not stop on request: a Message (the window shows it
        # in its language; the log has the English and the details).
        self.error: str | None = None
        self._events: queue.Queue[Event] | None = None
        self._thread: threading.Thread | None = None
        self._built = threading.Event()
        self._stop_asked = False  # Stop pressed while the show was still being built
        self.stage = ""  # what the building show is doing (a builder stage code), read by the window

    @property
    def running(self) -> bool:
        """The show's thread is alive: building the show, or streaming."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def started(self) -> bool:
        """The show is built (or building it failed: see `error`)."""
        return self._built.is_set()

    def start(self, duration: float | None = None) -> None:
        """Build the show and run it, on the show's own thread; returns at once."""
        if self.running:
            return
        self.error, self._stop_asked, self.stage = None, False, ""
        self._built = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(duration,), name="live-show", daemon=True)
        self._thread.start()

    def wait_started(self, timeout: float | None = None) -> bool:
        """Wait until the show is built or failed to build (for callers without a window)."""
        return self._built.wait(timeout)

    def _run(self, duration: float | None) -> None:
        if not self._build():
            if self.show is not None:  # built, then Stop came first: close what it opened
                self.show.finish()
            return
        assert self.show is not None
        try:
            self.show.run(duration)
        except Exception as exc:  # shown in the window as one sentence; the details are logged
            log.exception("the live show stopped (%s)", exc)
            self.error = Message(
                QT_TRANSLATE_NOOP("vhost", "The show stopped: {reason}"), reason=message_of(exc)
            )
            self.show.events.publish(Problem(stream_time=0.0, where="engine", message=self.error))

    def _build(self) -> bool:
        """The show, its chat and its store record (this takes seconds: models load). False:
        do not run."""
        try:
            self.show = self.make_show([self.preview], self._at)
            self._events = self.show.events.subscribe(capacity=4096)
            self.stage = "first_line"  # built: the first line is being made
        except VHostError as exc:  # a user's mistake (no face, a missing model): its own sentence
            log.info("the live show could not start: %s", exc)
            self.error = message_of(exc)
        except Exception as exc:
            log.exception("the live show could not start (%s)", exc)
            self.error = Message(
                QT_TRANSLATE_NOOP("vhost", "The show could not start: {reason}"), reason=message_of(exc)
            )
        finally:
            self._built.set()
        return self.error is None and not self._stop_asked

    def _at(self, stage: str) -> None:
        self.stage = stage  # (one string swapped whole: safe to read from the window's thread)

    def events(self) -> list[Event]:
        """The show's events since the last call (never blocks)."""
        taken: list[Event] = []
        while self._events is not None:
            try:
                taken.append(self._events.get_nowait())
            except queue.Empty:
                break
        return taken

    def stop(self, timeout: float = 10.0, wait: bool = True) -> None:
        """Finish the frame and close every output; with `wait`, wait for the show's thread
        (a show still loading its models ends as soon as they are loaded)."""
        self._stop_asked = True
        if self.show is not None:
            self.show.stop()
        if wait and self._thread is not None:
            self._thread.join(timeout)

    @property
    def stop_asked(self) -> bool:
        return self._stop_asked
