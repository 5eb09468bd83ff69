"""RTMP push against a real RTMP listener on 127.0.0.1 (PyAV's FFmpeg, in its own process)."""

import asyncio
import json
import subprocess
import sys
import time

import numpy as np
import pytest

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.rtmp import RtmpOutput, check_url
from vhost.testing import PipeLines, free_port, wait_listening, wait_until

from .rtmp_server import nginx

FPS = 25


def _receiver(port: int, frames: int = 0, wait: bool = True) -> subprocess.Popen:
    """vhost.testing.rtmp_receiver on `port`; with `wait`, once it listens there."""
    process = subprocess.Popen(
        [sys.executable, "-m", "vhost.testing.rtmp_receiver", _url(port), "--frames", str(frames)],
        stdout=subprocess.PIPE,
        text=True,
    )
    if wait:
        wait_listening(port, 30, "the RTMP receiver")
    return process


def _url(port: int) -> str:
    return f"rtmp://127.0.0.1:{port}/live/test-key"


def _frame(index: int) -> AVFrame:
    picture = np.full((36, 64, 3), index % 255, np.uint8)
    return AVFrame(index, picture, np.zeros(48000 // FPS, np.float32), 48000, FPS)


def test_bad_addresses_get_one_sentence():
    with pytest.raises(BackendError, match="not an RTMP address"):
        check_url("http://example.com/live")
    assert check_url("rtmp://127.0.0.1/live/key") == "rtmp://127.0.0.1/live/key"


@pytest.mark.slow
def test_the_engine_streams_to_an_rtmp_server():
    from vhost.animate.animator import Animator
    from vhost.domain import ShowLine
    from vhost.engine.clock import ManualClock
    from vhost.engine.live import LiveEngine
    from vhost.testing import FakeVoice, JawPicture

    port = free_port()
    receiver = _receiver(port)
    output = RtmpOutput(_url(port), 64, 36, FPS, lossless=True)
    engine = LiveEngine(
        FakeVoice(),
        JawPicture(64, 36),
        Animator(FPS),
        iter([ShowLine("你好，直播开始了。", None)]),
        [output],
        ManualClock(),
        "zh",
        fps=FPS,
    )
    asyncio.run(engine.run(duration=4.0))
    result = json.loads(receiver.communicate(timeout=30)[0])
    assert result["frames"] == 4 * FPS and (result["width"], result["height"]) == (64, 36)
    assert output.stats()["errors"] == 0 and output.stats()["bytes"] > 0
    # The implicit AI-generated label travels in the stream's onMetaData.
    aigc = json.loads(result["metadata"]["AIGC"])
    assert aigc["Label"] == "1" and aigc["ContentProducer"] == "vhost" and aigc["ProduceID"]


@pytest.mark.slow
def test_the_server_restarting_mid_stream_is_survived():
    port = free_port()
    first = _receiver(port, frames=30)  # hangs up after 30 frames: the "restart"
    output = RtmpOutput(_url(port), 64, 36, FPS)
    second = None
    index = 0
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        output.write(_frame(index))
        index += 1
        time.sleep(1 / FPS)  # simulates a live source: one frame every 1/FPS s, on the real clock
        if second is None and first.poll() is not None:
            second = _receiver(port, wait=False)  # the server is back; frames keep coming meanwhile
        if second is not None and output.reconnects >= 1 and output.connected and index % FPS == 0:
            break
    for _ in range(2 * FPS):  # two more seconds on the new connection
        output.write(_frame(index))
        index += 1
        time.sleep(1 / FPS)  # simulates a live source, as above
    output.close()
    assert json.loads(first.communicate(timeout=10)[0])["frames"] == 30
    result = json.loads(second.communicate(timeout=30)[0])
    # One reconnect, or more when the restarted receiver was not listening yet at the first try.
    assert output.reconnects >= 1 and result["frames"] >= FPS
    # frames made while the server was away were dropped, not queued up for later
    assert output.disconnected_drops > 0 and 30 + result["frames"] < index


def _probe(url: str, within: float = 120.0) -> dict:
    """ffprobe's view of the stream, once somebody publishes to it (retrying until then)."""
    last = {}

    def streams():
        done = subprocess.run(
            ["ffprobe", "-v", "error", "-rw_timeout", "10000000", "-show_streams", "-of", "json", url],
            capture_output=True,
            text=True,
            timeout=60,
        )
        last["stderr"] = done.stderr
        found = json.loads(done.stdout or "{}").get("streams", [])
        return done.returncode == 0 and len(found) == 2 and {stream["codec_type"]: stream for stream in found}

    return wait_until(streams, within, lambda: f"ffprobe to see the stream ({last['stderr']})", interval=1.0)


@pytest.mark.slow
def test_live_pushes_to_nginx_rtmp_survives_its_restart_and_ffprobe_reads_it(tmp_path):
    import shutil
    from pathlib import Path

    if not (
        shutil.which("nginx")
        and shutil.which("ffprobe")
        and Path("/usr/lib/nginx/modules/ngx_rtmp_module.so").exists()
    ):
        pytest.skip(
            "nginx with its RTMP module and ffprobe are not installed"
            " (Debian: apt install nginx-light libnginx-mod-rtmp ffmpeg)"
        )
    port = free_port()
    url = f"rtmp://127.0.0.1:{port}/live/vhost-test"
    server = nginx(tmp_path, port)
    live = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vhost",
            "live",
            "--duration",
            "60",
            "--camera",
            "none",
            "--audio",
            "none",
            "--size",
            "320x180",
            "--rtmp",
            url,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said, complained = PipeLines(live.stdout), PipeLines(live.stderr)
    try:
        streams = _probe(url)  # waits until vhost publishes
        assert (streams["video"]["codec_name"], streams["video"]["width"], streams["video"]["height"]) == (
            "h264",
            320,
            180,
        )
        assert (streams["audio"]["codec_name"], streams["audio"]["sample_rate"]) == ("aac", "48000")
        server.terminate()  # the server goes away mid-stream...
        server.wait(timeout=10)
        complained.wait_for("lost", 60)  # vhost noticed
        server = nginx(tmp_path, port)  # ...and comes back: vhost reconnects by itself
        streams = _probe(url)
        assert streams["video"]["codec_name"] == "h264" and streams["audio"]["codec_name"] == "aac"
    finally:
        live.terminate()  # Ctrl+C's signal: a clean stop
        live.wait(timeout=60)
        out, err = said.text(), complained.text()
        server.terminate()
        server.wait(timeout=10)
    assert "Stopped after" in out, err
    assert "lost" in err and "vhost-test" not in err  # the stream key never reaches the terminal
    figures = next(line for line in out.splitlines() if line.strip().startswith("rtmp:"))
    assert int(figures.split("reconnects ")[1].split(",")[0]) >= 1, figures
