"""Encode once, mux many: H.264 + AAC packets made from the engine's frames by one pair of codec
contexts, and the muxer that writes those same packets into a container (a fragmented MP4 file,
FLV to an RTMP server, or both at once).

The codec contexts are opened with the global-header flag, so the H.264 parameter sets and the
AAC config sit in their extradata (not in the first packet): each container copies them into
its own header (avcC and the ASC for MP4, the sequence headers for FLV), including an RTMP
connection made in the middle of the stream. A keyframe every 2 s, as streaming platforms ask,
lets a reconnecting muxer start within 2 s and a recording cut off by a kill end at most 2 s
early.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.outputs.base import AVFrame
from vhost.render.mp4 import AUDIO_RATE, FRAGMENTED_MP4

if TYPE_CHECKING:  # PyAV is imported when an encoder opens, not with the module
    import av
    from av.audio.stream import AudioStream
    from av.container import OutputContainer
    from av.video.stream import VideoStream

KEYFRAME_SECONDS = 2
STREAM_BITRATE = 2_500_000


@dataclass(frozen=True)
class EncoderSettings:
    """`bitrate` None: constant quality (crf), best for a file alone; a number: the steady
    bitrate and no-lookahead tuning a live stream needs (a shared encoder uses the stream's)."""

    bitrate: int | None = None
    crf: int = 23
    preset: str = "veryfast"


RECORDING = EncoderSettings()


@dataclass(frozen=True)
class EncodedPacket:
    """One compressed packet, as plain data any thread and any muxer can take."""

    video: bool
    data: bytes
    pts: int
    dts: int
    duration: int
    time_base: Fraction
    keyframe: bool

    @property
    def start(self) -> Fraction:
        return self.pts * self.time_base

    @property
    def end(self) -> Fraction:
        return (self.pts + self.duration) * self.time_base


@dataclass(frozen=True)
class EncodedFrame:
    """What one engine frame became (index -1: the encoder's last packets at the end)."""

    index: int
    packets: tuple[EncodedPacket, ...]

    @property
    def keyframe(self) -> Fraction | None:
        """When the keyframe this frame carries starts (None: no keyframe)."""
        return next((packet.start for packet in self.packets if packet.video and packet.keyframe), None)


class FrameEncoder:
    """H.264 + AAC for one stream of AVFrames (not thread-safe: one thread encodes)."""

    def __init__(self, width: int, height: int, fps: int, settings: EncoderSettings = RECORDING) -> None:
        import av
        from av.codec.context import Flags

        if AUDIO_RATE % fps:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{fps} fps does not divide {rate} audio samples evenly; use 24, 25, 30, 50 or 60.",
                    ),
                    fps=fps,
                    rate=AUDIO_RATE,
                )
            )
        self.size, self.fps, self.settings = (width, height), fps, settings
        self.samples_per_frame = AUDIO_RATE // fps
        self.frames = 0
        # A container that is never written holds the contexts: its streams are the templates
        # each muxer copies (codec, size, rates, extradata).
        self._template = av.open("", "w", format="null")
        video = self._template.add_stream("libx264", rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        video.time_base = Fraction(1, fps)
        video.codec_context.gop_size = KEYFRAME_SECONDS * fps
        if settings.bitrate:
            video.bit_rate = settings.bitrate
            video.options = {"preset": settings.preset, "tune": "zerolatency"}
        else:
            video.options = {"preset": settings.preset, "crf": str(settings.crf)}
        audio = self._template.add_stream("aac", rate=AUDIO_RATE)
        audio.layout = "mono"
        audio.bit_rate = 128_000
        audio.time_base = Fraction(1, AUDIO_RATE)
        for stream in (video, audio):
            stream.codec_context.flags |= Flags.global_header
            stream.codec_context.open()
        self._template.start_encoding()  # copies each opened context, extradata too, to its stream
        self.video: VideoStream = video
        self.audio: AudioStream = audio

    def encode(self, frame: AVFrame) -> EncodedFrame:
        """The frame's picture and its 1/fps s of sound (float32 in [-1, 1]), compressed."""
        import av

        if len(frame.audio) != self.samples_per_frame or frame.sample_rate != AUDIO_RATE:
            raise ValueError(
                f"a frame needs {self.samples_per_frame} audio samples at {AUDIO_RATE} Hz,"
                f" got {len(frame.audio)} at {frame.sample_rate} Hz"
            )
        picture = av.VideoFrame.from_ndarray(frame.picture, format="rgb24")
        picture.pts = self.frames
        pcm = (np.clip(frame.audio, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
        sound = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        sound.sample_rate = AUDIO_RATE
        sound.pts = self.frames * self.samples_per_frame
        self.frames += 1
        return self._frame(frame.index, [*self.video.encode(picture), *self.audio.encode(sound)])

    def flush(self) -> EncodedFrame:
        """What the codecs still hold; call once, at the end."""
        tail = self._frame(-1, [*self.video.encode(None), *self.audio.encode(None)])
        self._template.close()
        return tail

    def _frame(self, index: int, packets: list[av.Packet]) -> EncodedFrame:
        return EncodedFrame(
            index,
            tuple(
                EncodedPacket(
                    packet.stream.type == "video",
                    bytes(packet),
                    packet.pts or 0,
                    packet.dts if packet.dts is not None else packet.pts or 0,
                    packet.duration or 0,
                    packet.time_base,
                    packet.is_keyframe,
                )
                for packet in packets
            ),
        )


class PacketMuxer:
    """One container taking an encoder's packets unchanged: no second encode."""

    def __init__(
        self,
        target: str,
        container_format: str,
        encoder: FrameEncoder,
        metadata: dict[str, str],
        options: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Opens `target` (a file or a server); PyAV's errors reach the caller, who words them."""
        import av

        if timeout is None:
            self._container: OutputContainer = av.open(target, "w", format=container_format, options=options)
        else:
            self._container = av.open(target, "w", format=container_format, options=options, timeout=timeout)
        try:
            self._container.metadata.update(metadata)  # the implicit AI label: MP4 user tags, onMetaData
            self._video = self._container.add_stream_from_template(encoder.video)
            self._audio = self._container.add_stream_from_template(encoder.audio)
        except BaseException:
            self._container.close()
            raise

    def mux(self, encoded: EncodedFrame, origin: Fraction = Fraction(0)) -> int:
        """Write a frame's packets, timed from `origin` (seconds into the encoder's stream; sound
        that ended before it is left out); returns the bytes written."""
        import av

        packets = []
        for packet in encoded.packets:
            if not packet.video and packet.end < origin:
                continue
            shift = int(origin / packet.time_base)
            out = av.Packet(packet.data)
            out.pts, out.dts, out.duration = packet.pts - shift, packet.dts - shift, packet.duration
            out.time_base = packet.time_base
            out.is_keyframe = packet.keyframe
            out.stream = self._video if packet.video else self._audio
            packets.append(out)
        self._container.mux(packets)
        return sum(packet.size for packet in packets)

    def close(self) -> None:
        self._container.close()


def open_mp4(path: Path, encoder: FrameEncoder, metadata: dict[str, str]) -> PacketMuxer:
    """A fragmented MP4 file for the encoder's packets, opened at once so a bad path fails at
    start, in one sentence."""
    import av

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return PacketMuxer(str(path), "mp4", encoder, metadata, dict(FRAGMENTED_MP4))
    except (OSError, av.FFmpegError) as exc:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "Cannot write {path} ({reason}); choose a folder you can write to."
                ),
                path=str(path),
                reason=str(exc),
            )
        ) from exc
