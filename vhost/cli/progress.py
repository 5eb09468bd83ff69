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
        self._width = 0
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
        self._show(text, decile)

    def step(self, fraction: float, what: str = "") -> None:
        """A share (0..1) of work not measured in seconds or bytes (cloning, painting), with
        what it is doing now; fits the `report(fraction, what)` callbacks of that work."""
        fraction = min(1.0, max(0.0, fraction))
        filled = int(fraction * 30)
        self._show(
            f"{self.label} [{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%}  {what}", int(fraction * 10)
        )

    def _show(self, text: str, decile: int) -> None:
        if self._tty:  # pad over the end of a longer line drawn before
            self.stream.write("\r" + text.ljust(self._width))
            self.stream.flush()
            self._width = len(text)
        elif decile != self._last_decile:
            self.stream.write(text + "\n")
        self._last_decile = decile

    def finish(self) -> None:
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()
