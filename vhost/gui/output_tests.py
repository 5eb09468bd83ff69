""" "Test this output": tries an output off the GUI thread and says in one sentence whether it
works and, if not, what to do. The virtual camera shows a moving test pattern for 2 s; the sound
output plays a short tone; RTMP connects and pushes 2 s of test pattern (the stream key is never
shown); the recording writes a 1 s file next to the chosen one and deletes it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QWidget,
)

from vhost.errors import BackendError
from vhost.gui.work import Cancelled, Job, ProgressStrip
from vhost.outputs.rtmp import safe_url

Work = Callable[[Callable[[float], None]], Any]  # a test: report(fraction) → its result

log = logging.getLogger(__name__)

# How long each test runs (tests of the app shorten them).
CAMERA_SECONDS = 2.0
TONE_SECONDS = 1.0
RTMP_SECONDS = 2.0
RECORDING_SECONDS = 1.0


def hide_key(text: str, url: str) -> str:
    """`text` (an error message) without the stream key: the URL as safe_url shows it, and the
    key itself wherever it appears."""
    text = text.replace(url, safe_url(url))
    key = url.rpartition("/")[2]
    return text.replace(key, "****") if len(key) >= 4 else text


def push_test_pattern(
    url: str,
    seconds: float = RTMP_SECONDS,
    size: tuple[int, int] = (640, 360),
    fps: int = 30,
    report: Callable[[float], None] | None = None,
    timeout: float = 5.0,
) -> None:
    """Connect to the RTMP `url` and push `seconds` of a moving test pattern with a soft tone, in
    real time, then hang up. BackendError with the reason alone, never with the stream key."""
    import av

    from vhost.outputs.camera import colour_bars

    width, height = size
    rate = 48000
    per_frame = rate // fps
    try:
        container = av.open(url, "w", format="flv", timeout=timeout)
    except Exception as exc:  # refused, no such host, timed out, rejected key
        raise BackendError(hide_key(str(exc), url).rstrip(". ")) from None  # no chained key
    try:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        video.time_base = Fraction(1, fps)
        video.codec_context.gop_size = fps
        video.options = {"preset": "veryfast", "tune": "zerolatency"}
        audio = container.add_stream("aac", rate=rate)
        audio.layout = "mono"
        frames = max(1, round(seconds * fps))
        start = time.monotonic()
        for index in range(frames):
            picture = av.VideoFrame.from_ndarray(colour_bars(width, height, index, fps), format="rgb24")
            picture.pts = index
            t = (np.arange(per_frame) + index * per_frame) / rate
            pcm = (0.1 * np.sin(2 * np.pi * 440.0 * t) * 32767).astype(np.int16).reshape(1, -1)
            sound = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
            sound.sample_rate = rate
            sound.pts = index * per_frame
            container.mux(video.encode(picture))
            container.mux(audio.encode(sound))
            if report is not None:
                report((index + 1) / frames)
            wait = start + (index + 1) / fps - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        container.mux(video.encode(None))
        container.mux(audio.encode(None))
    except (BackendError, Cancelled):
        raise
    except Exception as exc:  # the server hung up: a wrong key, a closed stream
        raise BackendError(hide_key(str(exc), url).rstrip(". ")) from None
    finally:
        try:
            container.close()
        except Exception:  # a broken connection may not close cleanly; the test is over
            pass


def write_test_recording(
    path: Path, seconds: float = RECORDING_SECONDS, report: Callable[[float], None] | None = None
) -> Path:
    """Write `seconds` of test pattern to a file next to `path` (never `path` itself), check it
    has content and delete it. Returns the folder. BackendError with the reason alone."""
    from vhost.outputs.camera import colour_bars
    from vhost.render.mp4 import AUDIO_RATE, Mp4Writer

    fps, (width, height) = 30, (320, 180)
    test = path.with_name(f"{path.stem or 'show'}.vhost-test{path.suffix or '.mp4'}")
    try:
        writer = Mp4Writer(test, width, height, fps, fragmented=True)
    except BackendError as exc:
        raise BackendError(str(exc.__cause__ or exc).rstrip(". ")) from exc
    try:
        frames = max(1, round(seconds * fps))
        silence = np.zeros(AUDIO_RATE // fps, np.float32)
        try:
            for index in range(frames):
                writer.write(colour_bars(width, height, index, fps), silence)
                if report is not None:
                    report((index + 1) / frames)
        finally:
            writer.close()
        if test.stat().st_size == 0:
            raise BackendError(f"{test.name} stayed empty (is the disk full?)")
    except OSError as exc:  # the disk filled up, the folder went away
        raise BackendError(str(exc).rstrip(". ")) from exc
    finally:
        try:
            test.unlink()
        except OSError:
            pass
    return test.parent


# ---- running them from the app ----------------------------------------------------------------
@dataclass
class OutputChoices:
    """What the Settings screen shows now (saved or not): the outputs a test tries."""

    camera: str = "auto"
    audio: str = "auto"
    record: str = ""
    rtmp: str | None = None  # the whole URL (typed, else kept); None when there is none
    rtmp_problem: str = ""  # why the typed server and key make no URL (one sentence), if so


class OutputTests(QObject):
    """Runs one output's test at a time on a worker thread; `ended` says in one sentence whether
    it worked (on the GUI thread). The Settings screen owns one; a guide dialog may use it."""

    started = Signal(str)  # the output
    ended = Signal(str, bool, str)  # the output, whether it works, one sentence

    def __init__(
        self,
        choices: Callable[[], OutputChoices],
        strip: ProgressStrip | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices, self.strip = choices, strip
        self.job: Job | None = None
        self.current = ""  # the output under test
        self._chosen = OutputChoices()  # what it tries

    @property
    def running(self) -> bool:
        return self.job is not None

    def run(self, output: str) -> Job | None:
        """Start `output`'s test; None when it cannot start (then `ended` has said why)."""
        if self.job is not None:
            self.ended.emit(output, False, self.tr("Another test is running; wait for it to end."))
            return None
        chosen = self.choices()
        refused, name, work = self._plan(output, chosen)
        if refused:
            self.ended.emit(output, False, refused)
            return None
        self.current, self._chosen = output, chosen
        job = self.job = Job(name, lambda report: work(lambda fraction: report(fraction, "")), self)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.started.emit(output)
        return self.strip.follow(job) if self.strip is not None else job.start()

    def _plan(self, output: str, chosen: OutputChoices) -> tuple[str, str, Work]:
        """(why it cannot be tested now or "", the job's name, the work)."""
        if output == "camera":
            device = None if chosen.camera in ("auto", "none") else chosen.camera
            refused = self.tr("The virtual camera is off in Settings; choose “when there is one” first.")
            return (
                refused if chosen.camera == "none" else "",
                self.tr("Testing the virtual camera"),
                lambda report: show_camera(device, report),
            )
        if output == "audio":
            refused = self.tr("The sound output is off in Settings; choose “when there is one” first.")
            return (
                refused if chosen.audio == "none" else "",
                self.tr("Testing the sound output"),
                lambda report: play_tone(chosen.audio, report),
            )
        if output == "rtmp":
            url = chosen.rtmp or ""
            refused = chosen.rtmp_problem or (
                "" if url else self.tr("Choose your platform and paste the stream key first.")
            )
            return (
                refused,
                self.tr("Testing the RTMP stream"),
                lambda report: push_test_pattern(url, RTMP_SECONDS, report=report),
            )
        path = Path(chosen.record.strip()).expanduser()
        return (
            "" if chosen.record.strip() else self.tr("Choose a file to record to first (Browse…)."),
            self.tr("Testing the recording"),
            lambda report: write_test_recording(path, RECORDING_SECONDS, report),
        )

    def _finished(self, result: object) -> None:
        output, chosen = self.current, self._chosen
        if output == "camera":
            sentence = self.tr(
                "The virtual camera works: “{0}” showed a test pattern for 2 seconds; choose it as the"
                " camera in your streaming tool."
            ).format(result)
        elif output == "audio":
            sentence = self.tr(
                "A short tone was played on “{0}”: you hear it on speakers, or see it move the sound"
                " meter of your streaming tool when that output is a virtual cable."
            ).format(result)
        elif output == "rtmp":
            sentence = self.tr(
                "Connected to {0} and sent 2 seconds of a test pattern; the platform's preview may show it."
            ).format(safe_url(chosen.rtmp or ""))
        else:
            sentence = self.tr(
                "Recording works: a 1-second test file was written in {0} and deleted again."
            ).format(result)
        self._end(True, sentence)

    def _failed(self, reason: str) -> None:
        output, chosen = self.current, self._chosen
        reason = reason.rstrip(". ")
        if output == "camera":  # pyvirtualcam's own words (a modprobe hint) are for the log
            log.info("the camera test failed: %s", reason)
            sentence = self.tr(
                "No virtual camera answered on this computer; do the set-up steps for your system, then"
                " test again."
            )
        elif output == "audio":
            sentence = self.tr(
                "The sound output could not play ({0}); do the set-up steps for your system, then test again."
            ).format(reason)
        elif output == "rtmp":
            url = chosen.rtmp or ""
            sentence = self.tr(
                "Could not stream to {0} ({1}); check the server address and the stream key in your"
                " platform's console."
            ).format(safe_url(url), hide_key(reason, url))
        else:
            sentence = self.tr("Cannot record to {0} ({1}).").format(chosen.record, reason)
        self._end(False, sentence)

    def _cancelled(self) -> None:
        self._end(False, self.tr("The test was cancelled."))

    def _end(self, worked: bool, sentence: str) -> None:
        output, self.job, self.current = self.current, None, ""
        self.ended.emit(output, worked, sentence)


def show_camera(device: str | None, report: Callable[[float], None]) -> str:
    from vhost.outputs.camera import show_test_pattern

    return show_test_pattern(device, CAMERA_SECONDS, report=report)


def play_tone(choice: str, report: Callable[[float], None]) -> str:
    from vhost.outputs.audio import play_test_tone

    return play_test_tone(choice, TONE_SECONDS, report=report)


def find_output_tests(widget: QWidget) -> OutputTests | None:
    """The app's output tests (the Settings screen's), seen from any widget in its window."""
    return widget.window().findChild(OutputTests)
