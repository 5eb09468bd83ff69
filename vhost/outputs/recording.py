"""Mp4Recording: the live output recorded as H.264 + AAC, on its own thread.

The file is fragmented MP4: its index is written every few seconds instead of being held in
memory to the end, so a day-long recording costs no more memory than a minute, and a recording
cut off by a crash or kill -9 still plays up to its last fragment. Alone it has an encoder of
its own (constant quality); with an RTMP push it shares the push's encoder (encode once)."""

from __future__ import annotations

from pathlib import Path

from vhost.outputs.encoder import RECORDING, EncodedFrame, open_mp4
from vhost.outputs.shared import PacketSink, SharedEncoder
from vhost.render.labels import implicit_label


class Mp4Recording(PacketSink):
    name = "recording"

    def __init__(
        self,
        path: Path,
        width: int,
        height: int,
        fps: int,
        lossless: bool = False,
        encoder: SharedEncoder | None = None,
    ) -> None:
        self.path = path
        own = encoder is None
        shared = encoder or SharedEncoder(width, height, fps, RECORDING, lossless)
        try:
            self._muxer = open_mp4(path, shared.codec, implicit_label())  # a bad path fails at start
        except BaseException:
            if own:
                shared.close()
            raise
        # Packets are small: two seconds of them ride out a slow disk without a gap.
        super().__init__(shared, max_seconds=2.0, lossless=lossless)

    def deliver(self, item: EncodedFrame) -> None:
        self._muxer.mux(item)

    def finish(self) -> None:
        self._muxer.close()
