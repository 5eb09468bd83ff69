"""NullOutput: takes every frame, checks the pairing, keeps nothing (tests, soak runs, headless)."""

from __future__ import annotations

from vhost.outputs.base import AVFrame


class NullOutput:
    name = "null"

    def __init__(self) -> None:
        self.frames = 0
        self.audio_samples = 0
        self.gaps = 0  # frames that did not follow the previous index
        self.bad_audio = 0  # frames whose audio was not exactly 1/fps long
        self.max_av_offset_ms = 0.0
        self._last = -1

    def write(self, frame: AVFrame) -> None:
        if frame.index != self._last + 1:
            self.gaps += 1
        if len(frame.audio) * frame.fps != frame.sample_rate:
            self.bad_audio += 1
        self._last = frame.index
        self.frames += 1
        self.audio_samples += len(frame.audio)
        offset = abs(self.audio_samples / frame.sample_rate - self.frames / frame.fps) * 1000
        self.max_av_offset_ms = max(self.max_av_offset_ms, offset)

    def close(self) -> None:
        pass

    def stats(self) -> dict[str, float]:
        return {
            "frames": self.frames,
            "gaps": self.gaps,
            "bad_audio": self.bad_audio,
            "max_av_offset_ms": round(self.max_av_offset_ms, 3),
        }
