"""Recording and RTMP push sharing one encoder: the same H.264 + AAC packets go into the MP4 file
and the FLV stream, the stream reconnects while the recording goes on, and a bad path fails at
start."""

import json
import shutil
import subprocess
import sys
import threading
import time
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.encoded import encoded_outputs
from vhost.outputs.encoder import EncoderSettings, FrameEncoder, PacketMuxer
from vhost.render.labels import implicit_label
from vhost.testing import free_port, wait_listening, wait_until

from .rtmp_server import nginx

FPS = 25
SIZE = (64, 36)
TEXTURE = np.random.default_rng(7).integers(0, 255, (SIZE[1], SIZE[0], 3), dtype=np.uint8)

needs_nginx = pytest.mark.skipif(
    not (
        shutil.which("nginx")
        and shutil.which("ffprobe")
        and Path("/usr/lib/nginx/modules/ngx_rtmp_module.so").exists()
    ),
    reason="nginx with its RTMP module and ffprobe are not installed"
    " (Debian: apt install nginx-light libnginx-mod-rtmp ffmpeg)",
)


def _frame(index: int) -> AVFrame:
    """A picture that moves every frame (so each packet is different) and a tone."""
    picture = np.roll(TEXTURE, index, axis=1)
    samples = 48000 // FPS
    tone = 0.2 * np.sin(2 * np.pi * 440 * (index * samples + np.arange(samples)) / 48000)
    return AVFrame(index, picture, tone.astype(np.float32), 48000, FPS)


def _write(outputs, frames: range) -> None:
    for index in frames:
        frame = _frame(index)
        for output in outputs:  # as the engine does: every output gets every frame
            output.write(frame)


def _probe(path: Path) -> dict:
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-show_streams", "-show_format", "-of", "json"]
        + [str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def _video_packets(path: Path) -> list[tuple[bytes, bool]]:
    import av

    with av.open(str(path)) as container:
        return [(bytes(packet), packet.is_keyframe) for packet in container.demux(video=0) if packet.size]


def _label(tags: dict) -> dict:
    aigc = json.loads(tags["AIGC"])
    assert aigc["Label"] == "1" and aigc["ContentProducer"] == "vhost" and aigc["ProduceID"]
    return aigc


def test_the_encoder_gives_muxers_its_headers_and_a_keyframe_every_two_seconds(tmp_path):
    encoder = FrameEncoder(*SIZE, FPS, EncoderSettings(bitrate=500_000))
    assert encoder.video.codec_context.extradata and encoder.audio.codec_context.extradata  # avcC, ASC
    encoded = [encoder.encode(_frame(index)) for index in range(6 * FPS)]
    keyframes = [frame.index for frame in encoded if frame.keyframe is not None]
    assert keyframes == [0, 2 * FPS, 4 * FPS]
    # A muxer opened mid-stream starts at a keyframe with its clock at zero, as a reconnect does.
    late = PacketMuxer(str(tmp_path / "late.flv"), "flv", encoder, implicit_label())
    origin = encoded[2 * FPS].keyframe
    assert origin == Fraction(2)
    for frame in encoded[2 * FPS :]:
        late.mux(frame, origin)
    late.close()
    encoder.flush()
    probe = _probe(tmp_path / "late.flv")
    streams = {stream["codec_type"]: stream for stream in probe["streams"]}
    assert streams["video"]["codec_name"] == "h264" and int(streams["video"]["nb_read_frames"]) == 4 * FPS
    assert streams["audio"]["codec_name"] == "aac" and float(streams["video"]["start_time"]) < 0.1
    _label(probe["format"]["tags"])


def test_a_bad_recording_path_fails_at_start_and_leaves_no_encoder_running(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    before = threading.active_count()
    with pytest.raises(BackendError, match="choose a folder you can write to"):
        encoded_outputs(*SIZE, FPS, blocker / "show.mp4", "rtmp://127.0.0.1:1935/live/key")
    with pytest.raises(BackendError, match="not an RTMP address"):
        encoded_outputs(*SIZE, FPS, tmp_path / "show.mp4", "http://example.com/live")
    wait_until(lambda: threading.active_count() <= before, 10, "the encoder's thread to end")
    assert not (tmp_path / "show.mp4").exists()  # the bad address stopped it before the file


def test_the_show_builder_gives_recording_and_push_one_encoder(tmp_path):
    from vhost.show.builder import show_outputs

    outputs = show_outputs(SIZE, FPS, record=tmp_path / "show.mp4", rtmp="rtmp://127.0.0.1:1/live/key")
    try:
        recording, stream = outputs[1], outputs[-1]
        assert (recording.name, stream.name) == ("recording", "rtmp")
        assert recording.encoder is stream.encoder and stream.encoder.codec.settings.bitrate
        alone = show_outputs(SIZE, FPS, record=tmp_path / "alone.mp4")
        assert [output.name for output in alone] == ["null", "recording"]
        assert alone[1].encoder.codec.settings.bitrate is None  # a file alone: constant quality
        alone[1].close()
    finally:
        for output in outputs:
            output.close()


@pytest.mark.slow
@needs_nginx
def test_recording_and_stream_get_the_same_packets(tmp_path):
    port = free_port()
    server = nginx(tmp_path, port, keep=True)
    try:
        recording, stream = encoded_outputs(
            *SIZE, FPS, tmp_path / "show.mp4", f"rtmp://127.0.0.1:{port}/live/show", lossless=True
        )
        assert recording is not None and stream is not None
        _write([recording, stream], range(6 * FPS))
        recording.close()
        stream.close()
        wait_until(lambda: (tmp_path / "show.flv").exists(), 10, "nginx to keep the stream")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert recording.stats() == {"frames": 6 * FPS, "dropped": 0, "errors": 0}
    assert stream.stats()["errors"] == 0 and stream.stats()["bytes"] > 0
    kept, streamed = _video_packets(tmp_path / "show.mp4"), _video_packets(tmp_path / "show.flv")
    assert len(kept) == 6 * FPS and kept == streamed  # byte for byte: encoded once
    assert [index for index, (_, key) in enumerate(kept) if key] == [0, 2 * FPS, 4 * FPS]
    for path in (tmp_path / "show.mp4", tmp_path / "show.flv"):
        streams = {stream["codec_type"]: stream for stream in _probe(path)["streams"]}
        assert (streams["video"]["codec_name"], streams["audio"]["codec_name"]) == ("h264", "aac")
        assert int(streams["video"]["nb_read_frames"]) == 6 * FPS
        assert streams["audio"]["sample_rate"] == "48000"
    _label(_probe(tmp_path / "show.mp4")["format"]["tags"])  # the FLV's label: in the next test


def _receiver(url: str, port: int, frames: int = 0, wait: bool = True) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "vhost.testing.rtmp_receiver", url, "--frames", str(frames)],
        stdout=subprocess.PIPE,
        text=True,
    )
    if wait:
        wait_listening(port, 30, "the RTMP receiver")
    return process


@pytest.mark.slow
def test_the_stream_reconnects_while_the_recording_goes_on(tmp_path):
    import av

    port = free_port()
    url = f"rtmp://127.0.0.1:{port}/live/test-key"
    first = _receiver(url, port, frames=30)  # hangs up after 30 frames: the "restart"
    recording, stream = encoded_outputs(*SIZE, FPS, tmp_path / "show.mp4", url)
    assert recording is not None and stream is not None
    second = None
    index = 0
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        _write([recording, stream], range(index, index + 1))
        index += 1
        if index == 4 * FPS:  # the recording as it is on disk mid-show, as a kill -9 leaves it
            shutil.copy(tmp_path / "show.mp4", tmp_path / "killed.mp4")
        time.sleep(1 / FPS)  # simulates a live source: one frame every 1/FPS s, on the real clock
        if second is None and first.poll() is not None:
            second = _receiver(url, port, wait=False)  # the server is back; frames keep coming
        reconnected = second is not None and stream.reconnects >= 1 and stream.connected
        if reconnected and index > 4 * FPS and index % FPS == 0:
            break
    for _ in range(3 * FPS):  # three more seconds on the new connection
        _write([recording, stream], range(index, index + 1))
        index += 1
        time.sleep(1 / FPS)  # as above
    recording.close()
    stream.close()
    assert json.loads(first.communicate(timeout=10)[0])["frames"] == 30
    result = json.loads(second.communicate(timeout=30)[0]) if second else {}
    assert stream.reconnects >= 1 and result["frames"] >= FPS and stream.disconnected_drops > 0
    _label(result["metadata"])  # the new connection's onMetaData carries the AI label again
    # The recording missed nothing while the stream was away.
    assert recording.stats()["frames"] == index and recording.stats()["dropped"] == 0
    with av.open(str(tmp_path / "show.mp4")) as container:
        times = [frame.pts * frame.time_base for frame in container.decode(video=0)]
    steps = {later - earlier for earlier, later in zip(times, times[1:], strict=False)}
    assert len(times) == index and steps == {Fraction(1, FPS)}
    with av.open(str(tmp_path / "killed.mp4")) as container:
        assert 2 * FPS <= sum(1 for _ in container.decode(video=0)) < 4 * FPS  # finished fragments play
