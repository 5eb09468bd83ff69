"""The Live screen's health strip, like a streaming tool's status bar: uptime, frames a second,
pictures repeated to keep time, this app's CPU, A/V offset, speech made ahead, and the RTMP
bitrate, each turning amber when it needs a look. Read from the engine's Metrics once a second."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from vhost.engine.events import Metrics

_WARN = "#b36b00"


class HealthStrip(QLabel):
    def __init__(self, target_fps: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target_fps = target_fps
        self.setTextFormat(Qt.TextFormat.RichText)
        self._cpu_at: tuple[float, float] | None = None  # (process CPU seconds, wall seconds)
        self._sent_at: tuple[float, float] | None = None  # (RTMP bytes, stream seconds)
        self._repeated = 0
        self.setToolTip(
            self.tr(
                "fps: pictures sent each second (steady near the target is smooth).\n"
                "Pictures repeated: the picture fell behind and the last one was sent again; the sound"
                " never stops.\n"
                "CPU: this app's share of the whole computer.\n"
                "A/V offset: how far sound and picture are apart (0 is exact).\n"
                "Voice made ahead: seconds of speech ready; below half a second the presenter may pause.\n"
                "RTMP: the stream's bitrate to the platform."
            )
        )

    def reset(self) -> None:
        """A new show: rates start again."""
        self._cpu_at = self._sent_at = None
        self._repeated = 0
        self.setText("")

    def cpu_percent(self) -> float | None:
        """This app's share of the whole machine since the last call (all cores = 100 %)."""
        now = (time.process_time(), time.monotonic())
        before = self._cpu_at
        if before is not None and now[1] - before[1] < 0.2:  # too short to measure: wait for more
            return None
        self._cpu_at = now
        if before is None:
            return None
        share = 100.0 * (now[0] - before[0]) / (now[1] - before[1]) / (os.cpu_count() or 1)
        return min(100.0, max(0.0, share))

    def rtmp_mbps(self, metrics: Metrics) -> float | None:
        rtmp = metrics.outputs.get("rtmp")
        if rtmp is None or "bytes" not in rtmp:
            return None
        now = (float(rtmp["bytes"]), metrics.stream_seconds)
        before, self._sent_at = self._sent_at, now
        if before is None or now[1] <= before[1]:
            return None
        return 8 * (now[0] - before[0]) / (now[1] - before[1]) / 1e6

    def follow(self, metrics: Metrics) -> None:
        seconds = int(metrics.stream_seconds)
        parts = [
            self.tr("Uptime {0}").format(f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
        ]
        fps = metrics.fps or 0.0
        parts.append(_flag(self.tr("fps {0}").format(f"{fps:.1f}"), fps < 0.9 * self.target_fps))
        newly = metrics.dropped_frames - self._repeated
        self._repeated = metrics.dropped_frames
        parts.append(_flag(self.tr("pictures repeated {0}").format(metrics.dropped_frames), newly > 0))
        cpu = self.cpu_percent()
        if cpu is not None:
            parts.append(_flag(self.tr("CPU {0} %").format(f"{cpu:.0f}"), cpu > 90))
        parts.append(self.tr("A/V offset {0} ms").format(f"{metrics.av_offset_ms:.1f}"))
        parts.append(
            _flag(
                self.tr("voice made ahead {0} s").format(f"{metrics.ahead_seconds:.0f}"),
                metrics.ahead_seconds < 0.5,
            )
        )
        rate = self.rtmp_mbps(metrics)
        if rate is not None:
            parts.append(_flag(self.tr("RTMP {0} Mb/s").format(f"{rate:.1f}"), rate < 0.3))
        self.setText("   ".join(parts))


def _flag(text: str, warn: bool) -> str:
    return f'<span style="color: {_WARN}; font-weight: bold;">{text}</span>' if warn else text
