"""RTMP push against a real RTMP listener on 127.0.0.1 (PyAV's FFmpeg, in its own process)."""

import asyncio
import json
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.rtmp import RtmpOutput, check_url

FPS = 25


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _receiver(url: str, frames: int = 0, settle: float = 1.0) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "vhost.testing.rtmp_receiver", url, "--frames", str(frames)],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(settle)  # let it bind the port
    return process


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
    from vhost.testing import FakeVoice

    from .test_engine import FlatPicture

    url = f"rtmp://127.0.0.1:{_port()}/live/test-key"
    receiver = _receiver(url)
    picture = FlatPicture()
    picture.width, picture.height = 64, 36
    output = RtmpOutput(url, 64, 36, FPS, lossless=True)
    engine = LiveEngine(
        FakeVoice(),
        picture,
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
    assert output.stats()["errors"] == 0


@pytest.mark.slow
def test_the_server_restarting_mid_stream_is_survived():
    url = f"rtmp://127.0.0.1:{_port()}/live/test-key"
    first = _receiver(url, frames=30)  # hangs up after 30 frames: the "restart"
    output = RtmpOutput(url, 64, 36, FPS)
    second = None
    index = 0
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        output.write(_frame(index))
        index += 1
        time.sleep(1 / FPS)
        if second is None and first.poll() is not None:
            second = _receiver(url, settle=0)  # the server is back; frames keep coming meanwhile
        if second is not None and output.reconnects >= 1 and output.connected and index % FPS == 0:
            break
    for _ in range(2 * FPS):  # two more seconds on the new connection
        output.write(_frame(index))
        index += 1
        time.sleep(1 / FPS)
    output.close()
    assert json.loads(first.communicate(timeout=10)[0])["frames"] == 30
    result = json.loads(second.communicate(timeout=30)[0])
    assert output.reconnects == 1 and result["frames"] >= FPS
    # frames made while the server was away were dropped, not queued up for later
    assert output.disconnected_drops > 0 and 30 + result["frames"] < index
