"""RtmpOutput: push the stream to a platform (or OBS, or a local server) over RTMP, as FLV with
H.264 + AAC, reconnecting by itself with backoff when the server goes away.

While disconnected, frames are dropped (and counted) rather than queued: a live audience wants
the present, not a backlog. Each connection starts at a keyframe (at most 2 s away) with its own
timestamps at zero. The packets come from an encoder of its own, or one shared with the recording.
"""

from __future__ import annotations

import logging
import time
from fractions import Fraction

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.outputs.encoder import STREAM_BITRATE, EncodedFrame, EncoderSettings, PacketMuxer
from vhost.outputs.shared import PacketSink, SharedEncoder
from vhost.render.labels import implicit_label

log = logging.getLogger(__name__)

BACKOFF = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)  # seconds between reconnect attempts


def check_url(url: str) -> str:
    if not url.startswith(("rtmp://", "rtmps://")) or len(url) < 10:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{url} is not an RTMP address; it looks like rtmp://live.example.com/app/STREAM-KEY"
                    " (copy it from your platform's streaming settings).",
                ),
                url=repr(url),
            )
        )
    return url


class RtmpOutput(PacketSink):
    name = "rtmp"

    def __init__(
        self,
        url: str,
        width: int,
        height: int,
        fps: int,
        bitrate: int = STREAM_BITRATE,
        lossless: bool = False,
        encoder: SharedEncoder | None = None,
    ) -> None:
        """`encoder`: one shared with a recording (its settings must be a stream's, with a
        bitrate); None: an encoder of its own at `bitrate`."""
        self.url = check_url(url)
        self.connected = False
        self.reconnects = 0
        self.disconnected_drops = 0  # frames made while no server took them (or before a keyframe)
        self.bytes_sent = 0  # encoded bytes handed to the server (the health strip's bitrate)
        self.metadata = implicit_label()  # one content number for the whole stream
        self._muxer: PacketMuxer | None = None
        self._origin: Fraction | None = None  # where the current connection's clock starts
        self._attempt = 0
        self._next_attempt = 0.0
        shared = encoder or SharedEncoder(width, height, fps, EncoderSettings(bitrate=bitrate), lossless)
        self.bitrate = shared.codec.settings.bitrate
        super().__init__(shared, max_seconds=1.0, lossless=lossless)

    def deliver(self, item: EncodedFrame) -> None:
        if not self.connected and not self._connect():
            self.disconnected_drops += 1
            return
        if self._origin is None:  # a connection starts at a keyframe, its timestamps at zero
            if item.keyframe is None:
                self.disconnected_drops += 1
                return
            self._origin = item.keyframe
        import av

        assert self._muxer is not None  # connected
        try:
            self.bytes_sent += self._muxer.mux(item, self._origin)
        except (OSError, av.FFmpegError) as exc:  # the server went away mid-stream
            log.warning(
                "RTMP connection to %s lost (%s); reconnecting", safe_url(self.url), self._hide_key(exc)
            )
            self._disconnect()
            self._schedule()

    def finish(self) -> None:
        self._disconnect()

    def stats(self) -> dict[str, float]:
        return {
            **super().stats(),
            "connected": int(self.connected),
            "reconnects": self.reconnects,
            "disconnected_drops": self.disconnected_drops,
            "bytes": self.bytes_sent,
        }

    def _connect(self) -> bool:
        if time.monotonic() < self._next_attempt:
            return False
        import av

        try:  # FLV's onMetaData carries the implicit AI label
            muxer = PacketMuxer(self.url, "flv", self.encoder.codec, self.metadata, timeout=5.0)
        except (OSError, av.FFmpegError) as exc:
            if self._attempt == 0:
                log.warning(
                    "cannot reach RTMP server %s (%s); retrying with backoff",
                    safe_url(self.url),
                    self._hide_key(exc),
                )
            self._schedule()
            return False
        self._muxer, self._origin = muxer, None
        if self._attempt:
            self.reconnects += 1
        self.connected, self._attempt = True, 0
        log.info("streaming to %s", safe_url(self.url))
        return True

    def _disconnect(self) -> None:
        self.connected = False
        try:
            if self._muxer is not None:
                self._muxer.close()
        except Exception:  # closing a broken connection can fail again; nothing to save
            pass
        self._muxer, self._origin = None, None

    def _hide_key(self, exc: Exception) -> str:
        """FFmpeg's messages quote the whole address; the stream key must not reach a log."""
        return str(exc).replace(self.url, safe_url(self.url))

    def _schedule(self) -> None:
        self._next_attempt = time.monotonic() + BACKOFF[min(self._attempt, len(BACKOFF) - 1)]
        self._attempt += 1


def safe_url(url: str) -> str:
    """The address without its stream key, for logs."""
    head, _, _ = url.rpartition("/")
    return head + "/****"
