"""Supervision for long runs: named tasks restarted with backoff, heartbeats that notice a
stage which stopped moving.

A stage beats while it works. The watchdog (its own thread, so it sees a stage that blocks the
event loop too) reports a stage that is *busy* yet silent for longer than its limit, once, with
every thread's stack in the log, and reports again when it moves. A stage waiting for
work is not stalled: it marks itself idle.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
import traceback
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

RESTART_BACKOFF = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)  # seconds before restarting a crashed task


class Heartbeats:
    def __init__(self, report: Callable[[str, str, float], None], check_every: float = 0.5) -> None:
        """report(stage, "stalled" | "recovered", seconds since its last beat)."""
        self._report = report
        self._check_every = check_every
        self._limits: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self._busy: dict[str, bool] = {}
        self._stalled: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None

    def watch(self, stage: str, limit: float) -> None:
        with self._lock:
            self._limits[stage] = limit
            self._last[stage] = time.monotonic()
            self._busy[stage] = False

    def beat(self, stage: str, busy: bool = True) -> None:
        """The stage moved; busy=False means it now waits for work (cannot stall)."""
        self._last[stage] = time.monotonic()
        self._busy[stage] = busy

    def stalled(self) -> list[str]:
        with self._lock:
            return sorted(self._stalled)

    def check(self, now: float | None = None) -> None:
        """One round of the watchdog (called by its thread; tests call it directly)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            stages = list(self._limits.items())
        for stage, limit in stages:
            silent = now - self._last.get(stage, now)
            stuck = self._busy.get(stage, False) and silent > limit
            if stuck and stage not in self._stalled:
                self._stalled.add(stage)
                log.error("the %s stage has not moved for %.1f s\n%s", stage, silent, self._stacks())
                self._report(stage, "stalled", silent)
            elif not stuck and stage in self._stalled:
                self._stalled.discard(stage)
                log.warning("the %s stage moves again", stage)
                self._report(stage, "recovered", silent)

    def start(self) -> None:
        if self._watchdog is None:
            self._watchdog = threading.Thread(target=self._run, name="engine-watchdog", daemon=True)
            self._watchdog.start()

    def stop(self) -> None:
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=2)

    def _run(self) -> None:
        while not self._stop.wait(self._check_every):
            try:
                self.check()
            except Exception:  # the watchdog must outlive anything it watches
                log.exception("the watchdog's check failed")

    @staticmethod
    def _stacks() -> str:
        """Every thread's stack (the stalled work may run on a worker, not on the thread that
        beats), for the log file."""
        names = {thread.ident: thread.name for thread in threading.enumerate()}
        return "\n".join(
            f"--- thread {names.get(ident, ident)}\n" + "".join(traceback.format_stack(frame))
            for ident, frame in sys._current_frames().items()
        )


async def supervised(
    name: str,
    work: Callable[[], Awaitable[None]],
    on_crash: Callable[[str, BaseException], None],
    keep_going: Callable[[], bool],
) -> None:
    """Run `work` until it returns; when it raises, report it and start it again after a
    growing pause, for as long as `keep_going()` says."""
    crashes = 0
    while keep_going():
        try:
            await work()
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("the %s task crashed (%s); restarting it", name, exc)
            on_crash(name, exc)
            await asyncio.sleep(RESTART_BACKOFF[min(crashes, len(RESTART_BACKOFF) - 1)])
            crashes += 1
