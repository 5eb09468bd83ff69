"""The outputs that carry H.264 + AAC (a recording, an RTMP push), built so that with both on
the picture and sound are encoded once and the same packets go into the file and the stream:
encoding is the costliest part of an output (about a third of real time at 720p on two cores),
and a second copy of it buys nothing."""

from __future__ import annotations

from pathlib import Path

from vhost.outputs.encoder import STREAM_BITRATE, EncoderSettings
from vhost.outputs.recording import Mp4Recording
from vhost.outputs.rtmp import RtmpOutput, check_url
from vhost.outputs.shared import SharedEncoder


def encoded_outputs(
    width: int,
    height: int,
    fps: int,
    record: Path | None = None,
    rtmp: str | None = None,
    lossless: bool = False,
    bitrate: int = STREAM_BITRATE,
) -> tuple[Mp4Recording | None, RtmpOutput | None]:
    """The recording and the RTMP push that were asked for (None for one that was not). Both
    share one encoder at the stream's settings (a steady bitrate, a keyframe every 2 s); a bad
    address or path fails here, before anything runs."""
    if rtmp is not None:
        check_url(rtmp)
    if record is None or rtmp is None:
        recording = Mp4Recording(record, width, height, fps, lossless) if record is not None else None
        stream = RtmpOutput(rtmp, width, height, fps, bitrate, lossless) if rtmp is not None else None
        return recording, stream
    encoder = SharedEncoder(width, height, fps, EncoderSettings(bitrate=bitrate), lossless)
    try:
        recording = Mp4Recording(record, width, height, fps, lossless, encoder)
        return recording, RtmpOutput(rtmp, width, height, fps, bitrate, lossless, encoder)
    except BaseException:
        encoder.close()
        raise
