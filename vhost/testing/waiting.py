"""Waiting on a condition instead of sleeping: a test polls what it waits for and fails with a
sentence saying what never happened, rather than hoping a fixed pause was long enough."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import IO, TypeVar

T = TypeVar("T")


class TimedOut(AssertionError):
    """What a test waited for did not happen in time (an AssertionError, so pytest reports a
    failure, not an error)."""


def wait_until(
    condition: Callable[[], T],
    timeout: float = 10.0,
    what: str | Callable[[], str] = "the condition",
    interval: float = 0.01,
) -> T:
    """Call `condition` every `interval` seconds until it returns something truthy, and return
    that; after `timeout` seconds raise TimedOut naming `what` (a callable is asked only then,
    so it can describe the last state seen)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            described = what() if callable(what) else what
            raise TimedOut(f"gave up after {timeout:g} s waiting for {described}")
        time.sleep(interval)


class PipeLines:
    """Reads a child process's pipe on a thread and keeps its lines, so a test can wait for a
    line (`wait_for`) while the process runs, and still read all of it afterwards (`text`)."""

    def __init__(self, pipe: IO[str]) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe: IO[str]) -> None:
        for line in pipe:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    def wait_for(self, fragment: str, timeout: float = 30.0) -> str:
        """The first line containing `fragment`, waiting for it to be written."""
        with self._changed:
            found = self._changed.wait_for(
                lambda: next((line for line in self.lines if fragment in line), None), timeout
            )
        if found is None:
            raise TimedOut(f"gave up after {timeout:g} s waiting for a line with {fragment!r}")
        return found

    def text(self, timeout: float = 30.0) -> str:
        """Everything read; waits (up to `timeout`) for the pipe to close first."""
        self._thread.join(timeout)
        with self._changed:
            return "".join(self.lines)
