"""RtmpOutput: push the stream to a platform (or OBS, or a local server) over RTMP, as FLV with
H.264 + AAC, reconnecting by itself with backoff when the server goes away.

While disconnected, frames are dropped (and counted) rather than queued: a live audience wants
the present, not a backlog. Each connection starts its own timestamps at zero.
"""

from __future__ import annotations

import logging
import time
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput
from vhost.render.labels import implicit_label

if TYPE_CHECKING:  # PyAV is imported when a stream starts, not with the module
    from av.audio.stream import AudioStream
    from av.container import OutputContainer
    from av.video.stream import VideoStream

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


class RtmpOutput(ThreadedOutput):
    name = "rtmp"

    def __init__(
        self, url: str, width: int, height: int, fps: int, bitrate: int = 2_500_000, lossless: bool = False
    ) -> None:
        self.url = check_url(url)
        self.size = (width, height)
        self.fps = fps
        self.bitrate = bitrate
        self.connected = False
        self.reconnects = 0
        self.disconnected_drops = 0
        self.bytes_sent = 0  # encoded bytes handed to the server (the health strip's bitrate)
        self.metadata = implicit_label()  # one content number for the whole stream
        self._container: OutputContainer | None = None
        self._video: VideoStream | None = None
        self._audio: AudioStream | None = None
        self._sent = 0  # frames on the current connection
        self._attempt = 0
        self._next_attempt = 0.0
        super().__init__(max_seconds=0.5, fps=fps, lossless=lossless)

    def deliver(self, frame: AVFrame) -> None:
        if not self.connected and not self._connect():
            self.disconnected_drops += 1
            return
        import av

        container, video, audio = self._container, self._video, self._audio
        assert container is not None and video is not None and audio is not None  # connected
        try:
            picture = av.VideoFrame.from_ndarray(frame.picture, format="rgb24")
            picture.pts = self._sent
            pcm = (np.clip(frame.audio, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
            sound = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
            sound.sample_rate = frame.sample_rate
            sound.pts = self._sent * len(frame.audio)
            packets = [*video.encode(picture), *audio.encode(sound)]
            container.mux(packets)
            self.bytes_sent += sum(packet.size for packet in packets)
            self._sent += 1
        except (OSError, av.FFmpegError) as exc:  # the server went away mid-stream
            log.warning(
                "RTMP connection to %s lost (%s); reconnecting", safe_url(self.url), self._hide_key(exc)
            )
            self._disconnect()
            self._schedule()

    def finish(self) -> None:
        if self.connected:
            try:
                assert self._container is not None and self._video is not None and self._audio is not None
                self._container.mux(self._video.encode(None))
                self._container.mux(self._audio.encode(None))
            except Exception:  # the stream is ending anyway; a lost tail is not an error
                pass
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

        try:
            container = av.open(self.url, "w", format="flv", timeout=5.0)
            container.metadata.update(self.metadata)  # FLV's onMetaData: the implicit AI label
            video = container.add_stream("libx264", rate=self.fps)
            video.width, video.height = self.size
            video.pix_fmt = "yuv420p"
            video.bit_rate = self.bitrate
            video.time_base = Fraction(1, self.fps)
            video.codec_context.gop_size = 2 * self.fps  # a keyframe every 2 s, as platforms ask
            video.options = {"preset": "veryfast", "tune": "zerolatency"}
            audio = container.add_stream("aac", rate=48000)
            audio.layout = "mono"
            audio.bit_rate = 128_000
        except (OSError, av.FFmpegError) as exc:
            if self._attempt == 0:
                log.warning(
                    "cannot reach RTMP server %s (%s); retrying with backoff",
                    safe_url(self.url),
                    self._hide_key(exc),
                )
            self._schedule()
            return False
        self._container, self._video, self._audio = container, video, audio
        if self._attempt:
            self.reconnects += 1
        self.connected, self._sent, self._attempt = True, 0, 0
        log.info("streaming to %s", safe_url(self.url))
        return True

    def _disconnect(self) -> None:
        self.connected = False
        try:
            if self._container is not None:
                self._container.close()
        except Exception:  # closing a broken connection can fail again; nothing to save
            pass
        self._container, self._video, self._audio = None, None, None

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
