"""The sound device output: elastic silence against clock drift, reopening, clear messages, and a
real run into PulseAudio's null sink (a real-time device, as OBS would capture it)."""

import os
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

from vhost.engine.live import STREAM_RATE
from vhost.errors import BackendError
from vhost.outputs import audio as audio_output
from vhost.outputs.audio import TARGET, AudioDevice, how_to_get_audio
from vhost.outputs.base import AVFrame
from vhost.testing import StandInSoundStream, TimedOut, wait_until

FPS = 30
SPF = STREAM_RATE // FPS


def frames(count, speech_every=3):
    """Frames whose audio is a running ramp in speech (so order and loss can be checked) and zero
    in silence: two of every `speech_every` frames speak."""
    for index in range(count):
        speaking = index % speech_every != 0
        audio = (
            (np.arange(SPF, dtype=np.float32) + index * SPF) / 1e7 + 0.01
            if speaking
            else np.zeros(SPF, np.float32)
        )
        yield AVFrame(
            index,
            np.zeros((2, 2, 3), np.uint8),
            audio.astype(np.float32),
            STREAM_RATE,
            FPS,
            index if speaking else None,
        )


@pytest.mark.parametrize("device_rate", [STREAM_RATE * 0.998, STREAM_RATE * 1.002])
def test_drift_is_absorbed_by_silence_and_speech_is_never_lost(device_rate):
    streams = []
    device = AudioDevice(
        0, STREAM_RATE, stream_factory=lambda cb: streams.append(StandInSoundStream(cb)) or streams[-1]
    )
    stream = streams[0]
    owed = 0.0
    sent_speech = []
    for frame in frames(30 * 60):  # one minute of stream, the device 0.2% slow or fast (an extreme crystal)
        device.write(frame)
        if frame.utterance_id is not None:
            sent_speech.append(frame.audio)
        owed += device_rate / FPS
        while owed >= 256:
            stream.pull(256)
            owed -= 256
    played = np.concatenate(stream.played)
    speech = np.concatenate(sent_speech)
    heard = played[played > 0]
    assert device.dropped_samples == 0
    assert np.array_equal(heard, speech[: len(heard)])  # in order, none lost
    assert len(speech) - len(heard) <= TARGET * 2 * STREAM_RATE  # what is left is still buffered
    if device_rate < STREAM_RATE:
        assert device.silences_skipped > 0 and device.silences_repeated <= 1
    else:
        assert device.silences_repeated > 0 and device.silences_skipped <= 1
    assert device.stats()["buffer_ms"] < 300


def test_a_device_that_dies_is_reopened_with_backoff(monkeypatch):
    streams = []
    device = AudioDevice(
        0, STREAM_RATE, stream_factory=lambda cb: streams.append(StandInSoundStream(cb)) or streams[-1]
    )
    streams[0].active = False  # unplugged
    clock = [1000.0]
    monkeypatch.setattr(audio_output.time, "monotonic", lambda: clock[0])
    for frame in frames(5):
        device.write(frame)
    assert len(streams) == 2 and device.reopens == 1 and streams[1].active
    streams[1].active = False
    device.write(next(frames(1)))
    assert len(streams) == 2  # too soon: waits out the backoff
    clock[0] += 3
    device.write(next(frames(1)))
    assert len(streams) == 3 and device.reopens == 2


def test_a_missing_device_is_one_sentence_with_the_way_to_get_one(monkeypatch):
    monkeypatch.setattr(
        audio_output,
        "output_devices",
        lambda: [{"index": 3, "name": "Speakers", "channels": 2, "default": True}],
    )
    assert audio_output.find_device("auto") == 3
    assert audio_output.find_device("speak") == 3 and audio_output.find_device("3") == 3
    with pytest.raises(BackendError) as caught:
        audio_output.find_device("CABLE Input")
    message = str(caught.value)
    assert "'Speakers'" in message and "\n" not in message
    assert "module-null-sink" in how_to_get_audio("Linux") and "BlackHole" in how_to_get_audio("Darwin")
    assert "VB-CABLE" in how_to_get_audio("Windows")


def test_devices_command_lists_outputs_or_says_how_to_get_one(cli):
    code, out, err = cli("devices", "--json")
    assert code == 0, err
    import json

    listing = json.loads(out)
    assert listing["audio"] or listing["audio_problem"]
    assert listing["camera"]["available"] or "v4l2loopback" in listing["camera"]["problem"]


@pytest.fixture
def null_sink(tmp_path):
    """A PulseAudio server of our own with a null sink called vhost_test."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("PulseAudio is not installed (Debian: apt install pulseaudio)")
    runtime = tmp_path / "pulse"
    runtime.mkdir()
    env = dict(os.environ, HOME=str(tmp_path), PULSE_RUNTIME_PATH=str(runtime), XDG_RUNTIME_DIR=str(runtime))
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=vhost_test rate=48000",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    socket = runtime / "native"
    try:
        wait_until(lambda: socket.exists() or server.poll() is not None, 20, "PulseAudio's socket")
    except TimedOut:
        pass  # skipped just below, saying what PulseAudio said
    if not socket.exists():
        server.kill()
        pytest.skip(f"PulseAudio would not start here: {server.stderr.read().decode()[-300:]}")
    client_env = dict(env, PULSE_SERVER=f"unix:{socket}", PULSE_SINK="vhost_test")
    yield client_env
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.slow
def test_live_plays_the_voice_in_real_time_into_a_null_sink(null_sink, tmp_path):
    recording = tmp_path / "monitor.f32"
    with open(recording, "wb") as sink:
        listener = subprocess.Popen(
            [
                "parec",
                "--device=vhost_test.monitor",
                "--format=float32le",
                "--rate=48000",
                "--channels=1",
                "--raw",
                "--latency-msec=50",
            ],
            env=null_sink,
            stdout=sink,
        )
        started = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "vhost",
                "live",
                "--duration",
                "20",
                "--audio",
                "pulse",
                "--camera",
                "none",
                "--size",
                "320x180",
            ],
            env=null_sink,
            capture_output=True,
            text=True,
            timeout=300,
        )
        wall = time.monotonic() - started
        listener.terminate()
        listener.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert "sound output: device" in done.stderr
    heard = np.fromfile(recording, np.float32)
    assert len(heard) / STREAM_RATE >= 19  # the monitor ran for the whole show
    windows = heard[: len(heard) // 4800 * 4800].reshape(-1, 4800)
    loud = np.sqrt((windows**2).mean(axis=1)) > 0.01
    assert loud.sum() >= 50  # at least five seconds of voice reached the device
    figures = next(line for line in done.stdout.splitlines() if line.strip().startswith("audio:"))
    underruns = int(figures.split("underruns ")[1].split(",")[0])
    frames_played = int(figures.split("frames ")[1].split(",")[0])
    assert frames_played >= 20 * 30 - 30 and underruns <= 3, figures
    assert wall < 300
