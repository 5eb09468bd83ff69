"""Run an output's slow work (encoding, a device, a network) on its own thread behind a queue
bounded in seconds of media, so the engine's clock never waits for it.

`lossless` is for simulated time (soak runs, offline recordings): the engine waits for room
instead of dropping, because there is no wall-clock deadline to protect.
"""

from __future__ import annotations

import logging
import queue
import threading
from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from vhost.outputs.base import AVFrame

log = logging.getLogger(__name__)

Item = TypeVar("Item")


class QueuedWorker(ABC, Generic[Item]):
    """A thread taking items (each 1/fps seconds of media) from a bounded queue."""

    name = "worker"

    def __init__(self, max_seconds: float = 0.5, fps: int = 30, lossless: bool = False) -> None:
        self._queue: queue.Queue[Item | None] = queue.Queue(max(1, int(max_seconds * fps)))
        self._lossless = lossless
        self._closed = False
        self.written = 0
        self.dropped = 0
        self.errors = 0
        self.last_error: str | None = None
        self._thread = threading.Thread(target=self._work, name=f"output-{self.name}", daemon=True)
        self._thread.start()

    @abstractmethod
    def deliver(self, item: Item) -> None:
        """Send one item to the device, file or server (runs on the worker's own thread)."""

    def finish(self) -> None:  # noqa: B027 - optional hook: most outputs have nothing to flush
        """Called on the worker's thread after the last item."""

    def put(self, item: Item) -> bool:
        """Queue an item without waiting (unless lossless); False when it was dropped."""
        if self._lossless:
            self._queue.put(item)
            return True
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self.dropped += 1  # this output is behind; the stream and the other outputs go on
            return False
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Finish what is queued and stop; a hung device is abandoned after `timeout`. Closing
        twice is harmless (outputs sharing a stage each close it)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            log.error("the %s output is stuck; leaving %d frames unsent", self.name, self._queue.qsize())
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("the %s output did not finish within %.0f s; leaving it", self.name, timeout)

    def stats(self) -> dict[str, float]:
        return {"frames": self.written, "dropped": self.dropped, "errors": self.errors}

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            try:
                self.deliver(item)
                self.written += 1
            except Exception as exc:  # reported in stats and the log; the next item is tried again
                self.errors += 1
                message = f"{type(exc).__name__}: {exc}"
                if message != self.last_error:  # log each new failure once, not 30 times a second
                    log.exception(
                        "the %s output failed (%s); it keeps trying with the next frames", self.name, message
                    )
                self.last_error = message
        try:
            self.finish()
        except Exception as exc:
            self.errors += 1
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.exception("the %s output failed while finishing (%s)", self.name, self.last_error)


class ThreadedOutput(QueuedWorker[AVFrame]):
    """An output the engine writes its frames to."""

    name = "threaded"

    def write(self, frame: AVFrame) -> None:
        self.put(frame)
