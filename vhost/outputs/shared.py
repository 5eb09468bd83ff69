"""The encoder stage shared by the outputs that need H.264 + AAC (the recording, the RTMP push),
and the base of those outputs: "sinks" that only mux the packets it hands them.

The engine still sees one output per destination (its stats, name and address): each sink's
write() passes the engine's frame on to the encoder, which takes each frame index once however
many sinks pass it. Encoder and sinks each run on their own thread behind queues bounded in
seconds of media, so a slow disk or a reconnecting server holds up neither the engine nor the
other sink.
"""

from __future__ import annotations

import threading
from abc import abstractmethod

from vhost.outputs.base import AVFrame
from vhost.outputs.encoder import RECORDING, EncodedFrame, EncoderSettings, FrameEncoder
from vhost.outputs.threaded import QueuedWorker


class SharedEncoder(QueuedWorker[AVFrame]):
    name = "encoder"

    def __init__(
        self, width: int, height: int, fps: int, settings: EncoderSettings = RECORDING, lossless: bool = False
    ) -> None:
        self.fps = fps
        self.codec = FrameEncoder(width, height, fps, settings)  # opened here: a problem shows at start
        self._sinks: list[PacketSink] = []
        self._last = -1
        self._lock = threading.Lock()  # sinks may close from different threads
        super().__init__(max_seconds=1.0, fps=fps, lossless=lossless)

    def attach(self, sink: PacketSink) -> None:
        if self._last >= 0:
            raise RuntimeError("attach every sink before the first frame")
        self._sinks.append(sink)

    def write(self, frame: AVFrame) -> None:
        if frame.index <= self._last:
            return  # another sink of this encoder has passed this frame on already
        self._last = frame.index
        self.put(frame)

    def deliver(self, item: AVFrame) -> None:
        encoded = self.codec.encode(item)
        for sink in self._sinks:
            sink.put(encoded)

    def finish(self) -> None:
        tail = self.codec.flush()
        if tail.packets:
            for sink in self._sinks:
                sink.put(tail)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            super().close(timeout)


class PacketSink(QueuedWorker[EncodedFrame]):
    """An output that muxes an encoder's packets (deliver() gets one EncodedFrame at a time)."""

    def __init__(self, encoder: SharedEncoder, max_seconds: float, lossless: bool = False) -> None:
        self.encoder = encoder
        self._resync = False
        self._tails = 0
        super().__init__(max_seconds=max_seconds, fps=encoder.fps, lossless=lossless)
        encoder.attach(self)

    @abstractmethod
    def deliver(self, item: EncodedFrame) -> None: ...

    def write(self, frame: AVFrame) -> None:
        self.encoder.write(frame)

    def put(self, item: EncodedFrame) -> bool:
        # Frames after a dropped one would decode as garbage: skip to the next keyframe.
        if self._resync and item.keyframe is None and item.index >= 0:
            self.dropped += 1
            return False
        queued = super().put(item)
        self._resync = not queued
        if queued and item.index < 0:
            self._tails += 1  # the encoder's tail is packets, not a frame of the show
        return queued

    def close(self, timeout: float = 10.0) -> None:
        self.encoder.close(timeout)  # its last packets reach this sink's queue first
        super().close(timeout)

    def stats(self) -> dict[str, float]:
        """This destination's frames; what the shared encoder lost or failed on, it lost too."""
        return {
            "frames": self.written - self._tails,
            "dropped": self.dropped + self.encoder.dropped,
            "errors": self.errors + self.encoder.errors,
        }
