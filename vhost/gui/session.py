"""A live show run for the desktop app: the engine's asyncio loop on its own thread.

The window never waits on the engine, not even while it is built (models load for seconds):
the show's thread builds it, then runs it. The window steers it with the engine's thread-safe
commands (pause, answer, stop), reads the pictures that went out from a PreviewOutput and takes
the engine's events from a queue on a timer (see bridge.py). Nothing here imports Qt, so the
session is tested without a screen.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from vhost.engine.events import Event, Problem
from vhost.errors import VHostError
from vhost.outputs.preview import PreviewOutput

log = logging.getLogger(__name__)

# (outputs the engine must write to) → the engine; (engine) → a started chat loop or None;
# (engine) → the store's started recorder of the show (vhost.show.recorder.ShowRecorder).
EngineFactory = Callable[[list[Any]], Any]
ChatFactory = Callable[[Any], Any]
RecorderFactory = Callable[[Any], Any]


class LiveSession:
    def __init__(
        self,
        make_engine: EngineFactory,
        make_chat: ChatFactory | None = None,
        make_recorder: RecorderFactory | None = None,
    ) -> None:
        self.make_engine, self.make_chat, self.make_recorder = make_engine, make_chat, make_recorder
        self.preview = PreviewOutput()
        self.engine: Any = None
        self.chat: Any = None
        self.recorder: Any = None
        self.error: str | None = None  # why the show stopped, when it did not stop on request
        self._events: queue.Queue[Event] | None = None
        self._thread: threading.Thread | None = None
        self._built = threading.Event()
        self._stop_asked = False  # Stop pressed while the engine was still being built

    @property
    def running(self) -> bool:
        """The show's thread is alive: building the engine, or streaming."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def started(self) -> bool:
        """The engine is built (or building it failed: see `error`)."""
        return self._built.is_set()

    def start(self, duration: float | None = None) -> None:
        """Build the engine and stream, on the show's own thread; returns at once."""
        if self.running:
            return
        self.error, self._stop_asked = None, False
        self.chat = self.recorder = None
        self._built = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(duration,), name="live-show", daemon=True)
        self._thread.start()

    def wait_started(self, timeout: float | None = None) -> bool:
        """Wait until the engine is built or failed to build (for callers without a window)."""
        return self._built.wait(timeout)

    def _run(self, duration: float | None) -> None:
        try:
            if not self._build():
                return
            asyncio.run(self.engine.run(duration))
        except Exception as exc:  # shown in the window as one sentence; the details are logged
            log.exception("the live show stopped (%s)", exc)
            self.error = f"The show stopped: {exc}"
            self.engine.events.publish(Problem(stream_time=0.0, where="engine", message=self.error))
        finally:
            if self.chat is not None:
                self.chat.stop()
            if self.recorder is not None:  # after the chat: its last decisions are recorded too
                self.recorder.finish(timeout=5.0)

    def _build(self) -> bool:
        """The engine and the chat (this takes seconds: models load). False: do not run."""
        try:
            self.engine = self.make_engine([self.preview])
            self._events = self.engine.events.subscribe(capacity=4096)
            # The recorder first, so the chat's first decisions are recorded too.
            self.recorder = self.make_recorder(self.engine) if self.make_recorder else None
            self.chat = self.make_chat(self.engine) if self.make_chat else None
        except VHostError as exc:  # a user's mistake (no face, a missing model): its own sentence
            self.error = str(exc)
        except Exception as exc:
            log.exception("the live show could not start (%s)", exc)
            self.error = f"The show could not start: {exc}"
        finally:
            self._built.set()
        return self.error is None and not self._stop_asked

    def events(self) -> list[Event]:
        """The engine's events since the last call (never blocks)."""
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
        if self.engine is not None:
            self.engine.stop()
        if wait and self._thread is not None:
            self._thread.join(timeout)

    @property
    def stop_asked(self) -> bool:
        return self._stop_asked
