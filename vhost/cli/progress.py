"""A one-line progress bar on stderr (redrawn in place on a terminal, every 10% otherwise)."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    def __init__(self, label: str, stream=None, unit: str = "s") -> None:  # noqa: ANN001 - any text stream
        """`unit` "s": seconds of media (with the speed against real time); else e.g. "MB"."""
        self.label, self.unit = label, unit
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self._last_decile = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: float, total: float | None) -> None:
        wall = time.perf_counter() - self.started
        speed = f"{wall / done:.2f}× real time" if done > 0 and self.unit == "s" else ""
        if total:
            fraction = min(1.0, done / total)
            filled = int(fraction * 30)
            text = (
                f"{self.label} [{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%}"
                f"  {done:.1f}/{total:.0f} {self.unit}  {speed}"
            )
            decile = int(fraction * 10)
        else:
            text = f"{self.label} {done:.1f} {'s rendered' if self.unit == 's' else self.unit}  {speed}"
            decile = int(done // 30)
        if self._tty:
            self.stream.write("\r" + text)
            self.stream.flush()
        elif decile != self._last_decile:
            self.stream.write(text + "\n")
        self._last_decile = decile

    def finish(self) -> None:
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()
