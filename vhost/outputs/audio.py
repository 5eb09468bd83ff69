"""AudioDevice: the presenter's voice on a sound device via sounddevice (PortAudio): speakers,
or a virtual cable that OBS or a streaming tool captures (PulseAudio's null sink on Linux,
VB-CABLE on Windows, BlackHole on macOS).

The device plays on its own crystal while the engine runs on the system clock; the two differ
by up to ~100 ppm, a few seconds a day. So the device pulls from a small buffer, and the
buffer is kept near its target by "elastic silence": when it runs long, a silent frame is
left out; when it runs short, a silent frame is played twice. Speech is never cut or
stretched. If the buffer still overflows (a stalled device), the oldest audio is dropped, and
a device that fails is reopened with backoff while the rest of the stream goes on.
"""

from __future__ import annotations

import logging
import platform
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

from vhost.errors import REINSTALL, BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.outputs.base import AVFrame

log = logging.getLogger(__name__)

TARGET = 0.2  # seconds of audio buffered ahead of the device (Python threads jitter by tens of ms)
SLACK = 0.08  # drift allowed either side of the target before a silent frame is adjusted
LIMIT = 0.8  # beyond this the oldest audio is dropped (the device has stalled)
SILENT_RMS = 1e-4
LATENCY = 0.1  # seconds: larger device blocks; a Python callback every 2 ms would starve under load
BLOCK = 1024  # samples per callback (~21 ms)
REOPEN_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)


def how_to_get_audio(system: str | None = None) -> Message:
    """What to install so a streaming tool hears the presenter, in words first (the app's
    Settings and Live screens show a fuller, translated guide with a Test button)."""
    system = system or platform.system()
    if system == "Linux":
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "for OBS, make a virtual cable, a PulseAudio or PipeWire null sink"
                " (`pactl load-module module-null-sink sink_name=vhost`), and run"
                " `PULSE_SINK=vhost vhost live --audio pulse` (OBS captures the monitor of that sink)",
            )
        )
    if system == "Darwin":
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost", "install BlackHole (a free virtual audio cable), then choose it: --audio BlackHole"
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "vhost", 'install VB-CABLE (a free virtual audio cable), then choose it: --audio "CABLE Input"'
        )
    )


def output_devices() -> list[dict[str, Any]]:
    """The sound devices that can play, as sounddevice lists them."""
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default = sd.default.device[1]
    except Exception as exc:  # PortAudio raises its own error types
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "The sound system cannot be queried ({reason}); {advice}."),
                reason=exc,
                advice=how_to_get_audio(),
            )
        ) from exc
    return [
        {"index": i, "name": d["name"], "channels": d["max_output_channels"], "default": i == default}
        for i, d in enumerate(devices)
        if d["max_output_channels"] > 0
    ]


def find_device(choice: str) -> int | None:
    """auto: the default output (None if there is none); else an index or part of a name."""
    devices = output_devices()
    if choice == "auto":
        default = next((d for d in devices if d["default"]), devices[0] if devices else None)
        return None if default is None else int(default["index"])
    if choice.isdigit() and any(d["index"] == int(choice) for d in devices):
        return int(choice)
    matches = [d for d in devices if choice.lower() in d["name"].lower()]
    exact = [d for d in matches if d["name"].lower() == choice.lower()]
    if exact or matches:
        return int((exact or matches)[0]["index"])
    names = ", ".join(repr(d["name"]) for d in devices) or Message(QT_TRANSLATE_NOOP("vhost", "none"))
    raise BackendError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost", "There is no sound output called {name} (outputs here: {names}); {advice}."
            ),
            name=repr(choice),
            names=names,
            advice=how_to_get_audio(),
        )
    )


class AudioDevice:
    name = "audio"

    def __init__(self, device: int | None, sample_rate: int = 48000, stream_factory: Any = None) -> None:
        """stream_factory(callback) → an object with start/stop/close/active (tests pass a fake;
        by default a sounddevice OutputStream on `device`)."""
        self.device = device
        self.sample_rate = sample_rate
        self._factory = stream_factory or self._open_sounddevice
        self._chunks: deque[np.ndarray] = deque()
        self._buffered = 0  # samples in _chunks
        self._offset = 0  # samples already played from _chunks[0]
        self._level = TARGET  # the buffer's average level, in seconds
        self._lock = threading.Lock()
        self.written = 0
        self.silences_skipped = 0
        self.silences_repeated = 0
        self.dropped_samples = 0
        self.underruns = 0  # callbacks that found the buffer empty (after the start)
        self.errors = 0
        self.reopens = 0
        self.last_error: str | None = None
        self._started = False
        self._attempt = 0
        self._next_attempt = 0.0
        self._stream = self._factory(self._callback)
        self._stream.start()

    # ---- the engine side -------------------------------------------------------------------------
    def write(self, frame: AVFrame) -> None:
        self._reopen_if_needed()
        audio = frame.audio.astype(np.float32, copy=False)
        silent = float(np.sqrt(np.mean(audio * audio))) < SILENT_RMS if audio.size else True
        with self._lock:
            # Decide on the buffer's average level, not its instant one, which swings by a
            # device block each callback.
            self._level += 0.02 * (self._buffered / self.sample_rate - self._level)
            seconds = self._level
            if silent and self._started and seconds > TARGET + SLACK:
                self.silences_skipped += 1  # the device runs slow: leave out a moment of silence
                return
            copies = 2 if silent and self._started and seconds < TARGET - SLACK else 1
            self.silences_repeated += copies - 1  # the device runs fast: a moment more silence
            for _ in range(copies):
                self._chunks.append(audio)
                self._buffered += len(audio)
            while self._buffered - self._offset > LIMIT * self.sample_rate and len(self._chunks) > 1:
                oldest = self._chunks.popleft()
                self.dropped_samples += len(oldest) - self._offset
                self._buffered -= len(oldest)
                self._offset = 0
            self.written += 1

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except Exception as exc:
            log.warning("the audio device did not close cleanly (%s)", exc)

    def latency(self) -> float:
        """Seconds from a frame's audio being written to it being heard: the buffer's target plus
        the device's own latency."""
        return TARGET + float(getattr(self._stream, "latency", 0.0) or 0.0)

    def stats(self) -> dict[str, float]:
        return {
            "frames": self.written,
            "buffer_ms": round(1000 * self._buffered / self.sample_rate),
            "underruns": self.underruns,
            "silences_skipped": self.silences_skipped,
            "silences_repeated": self.silences_repeated,
            "dropped_samples": self.dropped_samples,
            "errors": self.errors,
            "reopens": self.reopens,
        }

    # ---- the device side (PortAudio's thread) ----------------------------------------------------
    def _callback(self, out: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        filled = 0
        with self._lock:
            if not self._started and self._buffered < TARGET * self.sample_rate:
                out.fill(0)  # wait until the buffer holds its target before playing
                return
            self._started = True
            while filled < frames and self._chunks:
                chunk = self._chunks[0]
                take = min(frames - filled, len(chunk) - self._offset)
                out[filled : filled + take, 0] = chunk[self._offset : self._offset + take]
                filled += take
                self._offset += take
                if self._offset >= len(chunk):
                    self._chunks.popleft()
                    self._buffered -= len(chunk)
                    self._offset = 0
            if filled < frames:
                self.underruns += 1
        out[filled:, 0] = 0
        if out.shape[1] > 1:
            out[:, 1:] = out[:, :1]

    def _reopen_if_needed(self) -> None:
        if getattr(self._stream, "active", True):
            self._attempt = 0
            return
        now = time.monotonic()
        if now < self._next_attempt:
            return
        self._next_attempt = now + REOPEN_BACKOFF[min(self._attempt, len(REOPEN_BACKOFF) - 1)]
        self._attempt += 1
        try:
            self._stream.close()
        except Exception:  # the old stream is gone either way
            pass
        try:
            self._stream = self._factory(self._callback)
            self._stream.start()
            self.reopens += 1
            self._started = False
            log.warning("the audio device was reopened")
        except Exception as exc:
            self.errors += 1
            self.last_error = str(exc)
            log.error("the audio device cannot be reopened (%s); trying again later", exc)

    def _open_sounddevice(self, callback: Any) -> Any:
        sd = _sounddevice()
        try:
            channels = min(2, max(1, int(sd.query_devices(self.device, "output")["max_output_channels"])))
            return sd.OutputStream(
                samplerate=self.sample_rate,
                device=self.device,
                channels=channels,
                dtype="float32",
                callback=callback,
                latency=LATENCY,
                blocksize=BLOCK,
            )
        except Exception as exc:  # PortAudio's errors: no such device, unsupported rate, busy
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The sound output {device} cannot be opened at {rate} Hz ({reason}); {advice}.",
                    ),
                    device=repr(self.device),
                    rate=self.sample_rate,
                    reason=exc,
                    advice=how_to_get_audio(),
                )
            ) from exc


def _sounddevice() -> Any:
    try:
        import sounddevice
    except ImportError as exc:
        raise BackendError(
            Message(
                REINSTALL,
                package="sounddevice",
            )
        ) from exc
    except OSError as exc:  # the PortAudio library itself is missing
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "The PortAudio library is missing ({reason}); install it (Debian/Ubuntu: sudo apt install"
                    " libportaudio2) or go live with --audio none.",
                ),
                reason=exc,
            )
        ) from exc
    return sounddevice


TONE_SECONDS = 1.0


def play_test_tone(
    choice: str = "auto",
    seconds: float = TONE_SECONDS,
    sample_rate: int = 48000,
    stream_factory: Any = None,
    report: Callable[[float], None] | None = None,
    timeout: float = 5.0,
) -> str:
    """Play a soft 440 Hz tone on the sound output `choice` (auto, an index or part of a name, as
    the show picks it) and wait until it has played. Returns the output's name. BackendError
    with the reason alone (the caller adds its own guidance) when it cannot play.
    `stream_factory(callback)` opens the stream (tests pass a fake; by default PortAudio's);
    `report(fraction)` is called while it plays (it may raise to cancel)."""
    index, name = _test_device(choice)
    count = max(1, int(seconds * sample_rate))
    t = np.arange(count, dtype=np.float32) / sample_rate
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.05).astype(np.float32)
    tone = (0.2 * np.sin(2 * np.pi * 440.0 * t) * fade).astype(np.float32)
    played = 0
    done = threading.Event()

    def callback(out: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        nonlocal played
        take = min(frames, count - played)
        out.fill(0)
        if take > 0:
            out[:take] = tone[played : played + take, np.newaxis]
            played += take
        if played >= count:
            done.set()

    def open_stream(callback: Any) -> Any:
        sd = _sounddevice()
        channels = min(2, max(1, int(sd.query_devices(index, "output")["max_output_channels"])))
        return sd.OutputStream(
            samplerate=sample_rate,
            device=index,
            channels=channels,
            dtype="float32",
            callback=callback,
            latency=LATENCY,
            blocksize=BLOCK,
        )

    try:
        stream = (stream_factory or open_stream)(callback)
        stream.start()
    except BackendError:
        raise
    except Exception as exc:  # PortAudio's errors: busy, unsupported rate, gone
        raise BackendError(str(exc).rstrip(". ") or type(exc).__name__) from exc
    try:
        deadline = time.monotonic() + seconds + timeout
        while not done.wait(0.05):
            if report is not None:
                report(played / count)
            if time.monotonic() > deadline:
                raise BackendError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost", "the sound output took the tone but did not play it (is it busy?)"
                        )
                    )
                )
        if report is not None:
            report(1.0)
        time.sleep(float(getattr(stream, "latency", 0.0) or 0.0))  # the last block leaves the device
        return name
    finally:
        try:
            stream.stop()
            stream.close()
        except Exception:  # the tone has played or failed; a stream that will not close is let go
            pass


def _test_device(choice: str) -> tuple[int | None, str]:
    """The output `choice` names (as find_device picks it), with its name; BackendError with the
    reason alone."""
    try:
        devices = output_devices()
    except BackendError as exc:
        raise BackendError(str(exc.__cause__ or exc).rstrip(". ")) from exc
    chosen: dict[str, Any] | None
    if choice == "auto":
        chosen = next((d for d in devices if d["default"]), devices[0] if devices else None)
        if chosen is None:
            raise BackendError(Message(QT_TRANSLATE_NOOP("vhost", "this computer has no sound output")))
    elif choice.isdigit():
        chosen = next((d for d in devices if d["index"] == int(choice)), None)
    else:
        matches = [d for d in devices if choice.lower() in str(d["name"]).lower()]
        exact = [d for d in matches if str(d["name"]).lower() == choice.lower()]
        chosen = (exact or matches)[0] if matches else None
    if chosen is None:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "there is no sound output called {name} on this computer now"),
                name=repr(choice),
            )
        )
    return int(chosen["index"]), str(chosen["name"])
