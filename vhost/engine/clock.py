"""The engine's one clock. Audio is the master: frame k is due at k/fps seconds of stream
time, and frame k carries exactly samples [k·spf, (k+1)·spf). The clock only decides *when*
a frame leaves; it never decides *what* is in it, so no second clock can drift.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol


class Clock(Protocol):
    simulated: bool

    def now(self) -> float:
        """Seconds since the clock started."""
        ...

    async def sleep_until(self, moment: float) -> None: ...


class MonotonicClock:
    """Wall-clock pacing for a real stream."""

    simulated = False

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._start

    async def sleep_until(self, moment: float) -> None:
        delay = moment - self.now()
        await asyncio.sleep(delay if delay > 0 else 0)


class ManualClock:
    """Simulated time for tests and soak runs: sleeping jumps straight to the moment, so hours of
    stream run as fast as the machine renders them, deterministically."""

    simulated = True

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds

    async def sleep_until(self, moment: float) -> None:
        if moment > self._now:
            self._now = moment
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would
