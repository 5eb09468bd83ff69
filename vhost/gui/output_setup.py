"""Setting up each output without a terminal: a guide in the app's language for this computer's
system (Windows, macOS, Linux), reachable from the Live screen's lights and from Settings, and a
"Test this output" that tries the output off the GUI thread and says in one sentence whether it
works and, if not, why.

The tests: the virtual camera shows a moving test pattern for 2 s; the sound output plays a
short tone; RTMP connects and pushes 2 s of test pattern (the stream key is never shown); the
recording writes a 1 s file next to the chosen one and deletes it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vhost.errors import BackendError
from vhost.gui.work import Cancelled, Job, ProgressStrip
from vhost.outputs.rtmp import safe_url

Work = Callable[[Callable[[float], None]], Any]  # a test: report(fraction) → its result

log = logging.getLogger(__name__)
OUTPUTS = ("camera", "audio", "rtmp", "recording")
PLATFORMS = ("bilibili", "douyin", "kuaishou", "taobao", "youtube", "twitch", "custom")

# How long each test runs (tests of the app shorten them).
CAMERA_SECONDS = 2.0
TONE_SECONDS = 1.0
RTMP_SECONDS = 2.0
RECORDING_SECONDS = 1.0

LINUX_CAMERA_COMMAND = "sudo modprobe v4l2loopback devices=1 exclusive_caps=1 card_label=vhost"
LINUX_SOUND_COMMAND = (
    "pactl load-module module-null-sink sink_name=vhost sink_properties=device.description=vhost"
)


def system_name(platform: str | None = None) -> str:
    """windows, macos or linux: whose guidance this computer gets (sys.platform, read now)."""
    platform = platform or sys.platform
    if platform.startswith(("win", "cygwin", "msys")):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


@dataclass(frozen=True)
class Guide:
    """How to set up one output: what it is and what it needs (in words), the steps, and on
    Linux the one command to type (shown selectable, with Copy), introduced in words."""

    title: str
    summary: str
    steps: tuple[str, ...]
    command_intro: str = ""
    command: str = ""
    after: tuple[str, ...] = ()

    def text(self) -> str:
        """All of it as plain text (the words, then the command)."""
        parts = [self.summary, *self.steps]
        if self.command:
            parts += [self.command_intro, self.command]
        return "\n".join([*parts, *self.after])


class SetupTexts(QObject):
    """The guidance, in the app's language (tr), for each output on each system."""

    def title(self, output: str) -> str:
        return {
            "camera": self.tr("Virtual camera"),
            "audio": self.tr("Sound output"),
            "rtmp": self.tr("RTMP stream"),
            "recording": self.tr("Recording"),
        }[output]

    def guide(self, output: str, system: str | None = None) -> Guide:
        system = system or system_name()
        return {
            "camera": self._camera,
            "audio": self._audio,
            "rtmp": self._rtmp,
            "recording": self._recording,
        }[output](system)

    def summary(self, output: str, system: str | None = None) -> str:
        return self.guide(output, system).summary

    def _camera(self, system: str) -> Guide:
        title = self.tr("How to set up the virtual camera")
        use = self.tr(
            "In your streaming tool (直播伴侣, OBS or a meeting app), choose the virtual camera as the"
            " camera while the show is live."
        )
        if system == "windows":
            return Guide(
                title,
                self.tr(
                    "Windows has no virtual camera of its own; the free OBS Studio brings one, the OBS"
                    " Virtual Camera, which vhost shows the presenter on."
                ),
                (
                    self.tr("1. Download OBS Studio from obsproject.com and install it."),
                    self.tr(
                        "2. If vhost does not find the camera after that, open OBS once, click “Start"
                        " Virtual Camera”, then “Stop Virtual Camera”, and close OBS."
                    ),
                    self.tr(
                        "3. In Settings, choose “when there is one” or “OBS Virtual Camera” as the"
                        " virtual camera and press “Test this output”."
                    ),
                    self.tr("4. {0} It is called “OBS Virtual Camera”.").format(use),
                ),
            )
        if system == "macos":
            return Guide(
                title,
                self.tr(
                    "macOS needs the free OBS Studio (version 30 or later), which brings the OBS"
                    " Virtual Camera that vhost shows the presenter on."
                ),
                (
                    self.tr("1. Download OBS Studio from obsproject.com and move it to Applications."),
                    self.tr(
                        "2. Open OBS and click “Start Virtual Camera” once; when macOS asks, allow the"
                        " OBS camera extension in System Settings. Then click “Stop Virtual Camera”"
                        " and quit OBS."
                    ),
                    self.tr("3. In Settings, press “Test this output” next to the virtual camera."),
                    self.tr("4. {0} It is called “OBS Virtual Camera”.").format(use),
                ),
            )
        return Guide(
            title,
            self.tr(
                "On Linux a virtual camera comes from v4l2loopback, a small system module that"
                " someone with administrator rights installs once."
            ),
            (
                self.tr(
                    "1. Install the package “v4l2loopback-dkms” from your software centre or package"
                    " manager (that is its name on Ubuntu and Debian)."
                ),
            ),
            self.tr(
                "2. Then turn it on: open a terminal, paste this one command and press Enter; it asks"
                " for your password. It lasts until the computer restarts, so do it again after a"
                " restart."
            ),
            LINUX_CAMERA_COMMAND,
            (
                self.tr("3. In Settings, press “Test this output” next to the virtual camera."),
                self.tr("4. {0} It is called “vhost”.").format(use),
            ),
        )

    def _audio(self, system: str) -> Guide:
        title = self.tr("How to set up the sound")
        if system == "windows":
            return Guide(
                title,
                self.tr(
                    "For your streaming tool to hear the presenter, install VB-CABLE, a free virtual"
                    " audio cable: what vhost plays into “CABLE Input” comes out of “CABLE Output”."
                ),
                (
                    self.tr(
                        "1. Download VB-CABLE from vb-audio.com/Cable and unzip it; right-click"
                        " “VBCABLE_Setup_x64”, choose “Run as administrator”, then “Install Driver”,"
                        " and restart the computer."
                    ),
                    self.tr(
                        "2. In Settings, choose “CABLE Input” as the sound output and press “Test this"
                        " output”."
                    ),
                    self.tr("3. In your streaming tool, choose “CABLE Output” as the microphone."),
                ),
            )
        if system == "macos":
            return Guide(
                title,
                self.tr(
                    "For your streaming tool to hear the presenter, install BlackHole, a free virtual"
                    " audio cable."
                ),
                (
                    self.tr("1. Download “BlackHole 2ch” from existential.audio/blackhole and install it."),
                    self.tr(
                        "2. In Settings, choose “BlackHole 2ch” as the sound output and press “Test"
                        " this output”."
                    ),
                    self.tr(
                        "3. In your streaming tool, choose “BlackHole 2ch” as the microphone. To hear"
                        " the presenter yourself too, make a Multi-Output Device of your speakers and"
                        " BlackHole in Audio MIDI Setup."
                    ),
                ),
            )
        return Guide(
            title,
            self.tr(
                "On Linux, PulseAudio and PipeWire can make a virtual cable called a null sink: vhost"
                " plays into it and OBS records what comes out of it."
            ),
            (),
            self.tr(
                "1. Make the cable: open a terminal, paste this one command and press Enter (no"
                " password needed). It lasts until you log out."
            ),
            LINUX_SOUND_COMMAND,
            (
                self.tr(
                    "2. Keep the sound output on “when there is one” in Settings and go live; then open"
                    " Volume Control (pavucontrol) and, on its Playback tab, send vhost to “vhost”."
                    " The system remembers this."
                ),
                self.tr("3. In OBS, add an Audio Input Capture and choose “Monitor of vhost”."),
            ),
        )

    def _rtmp(self, system: str) -> Guide:
        kept = {
            "windows": self.tr("Windows Credential Manager"),
            "macos": self.tr("the macOS Keychain"),
            "linux": self.tr("the system keyring (GNOME Keyring or KWallet)"),
        }[system]
        return Guide(
            self.tr("How to stream to a platform (RTMP)"),
            self.tr(
                "RTMP sends the show straight to a live platform; you need two things from the"
                " platform's streaming settings: the server address and the stream key."
            ),
            (
                self.tr("Where to find them:"),
                *(
                    self.tr("• {0}: {1}").format(self.platform_name(p), self.platform_help(p))
                    for p in PLATFORMS[:-1]
                ),
                self.tr(
                    "In Settings → Stream (RTMP), choose your platform (its server address is filled in when"
                    " it has a fixed one), paste the stream key, press Save, then “Test this output”:"
                    " it connects and sends 2 seconds of a test pattern."
                ),
                self.tr(
                    "The address and key are kept in {0}. If this computer has none, you choose"
                    " between this session only and a private file. Never show the stream key on"
                    " screen: anyone who has it can stream on your account."
                ).format(kept),
            ),
        )

    def _recording(self, system: str) -> Guide:
        folder = {
            "windows": "C:\\Users\\…\\Videos",
            "macos": "~/Movies",
            "linux": "~/Videos",
        }[system]
        return Guide(
            self.tr("How to record the show"),
            self.tr(
                "A recording needs only a file: choose where the show is saved as an MP4 video. Nothing"
                " needs to be installed."
            ),
            (
                self.tr(
                    "1. In Settings, press “Browse…” next to “Record to” and choose a folder (for"
                    " example {0}) and a name ending in .mp4."
                ).format(folder),
                self.tr(
                    "2. Every show records to that file; when it already exists, the date and time are"
                    " added to the name, so no recording is ever overwritten."
                ),
                self.tr(
                    "3. Press “Test this output”: a 1-second test file is written in that folder and"
                    " deleted again, which shows the folder can be written."
                ),
            ),
        )

    # ---- platforms that give an RTMP server and key ----------------------------------------
    def platform_name(self, platform: str) -> str:
        return {
            "bilibili": self.tr("Bilibili"),
            "douyin": self.tr("Douyin"),
            "kuaishou": self.tr("Kuaishou"),
            "taobao": self.tr("Taobao Live"),
            "youtube": self.tr("YouTube"),
            "twitch": self.tr("Twitch"),
            "custom": self.tr("Other (custom)"),
        }[platform]

    def platform_help(self, platform: str) -> str:
        return {
            "bilibili": self.tr(
                "live.bilibili.com → 我的直播间 → 开播设置: start the broadcast there, then copy the"
                " 服务器地址 (server) and the 串流密钥 (stream key)."
            ),
            "douyin": self.tr(
                "in 抖音直播伴侣 or Douyin's web console, choose 第三方推流 / OBS推流 (your account may"
                " need that permission first) and copy the 推流地址 (server) and 推流密钥 (key); check"
                " your platform's console, as the address differs per account."
            ),
            "kuaishou": self.tr(
                "in 快手直播伴侣 or Kuaishou's web console, choose 第三方推流 / OBS推流 and copy the"
                " 推流地址 (server) and 推流密钥 (key); check your platform's console, as the address"
                " differs per account."
            ),
            "taobao": self.tr(
                "in the 淘宝直播 PC console (中控台), create the live, choose 推流方式 → 第三方推流 /"
                " OBS推流 and copy the 推流地址; check your platform's console. When it gives one whole"
                " address, paste all of it into the stream key field."
            ),
            "youtube": self.tr(
                "YouTube Studio → Create → Go live → Stream: copy the Stream URL and the Stream key."
            ),
            "twitch": self.tr(
                "Creator Dashboard → Settings → Stream: copy the Primary Stream key; the server"
                " rtmp://live.twitch.tv/app sends you to the nearest Twitch ingest."
            ),
            "custom": self.tr(
                "paste the server address (rtmp://…) from your platform's streaming settings and the"
                " stream key; when it gives one whole address, paste all of it into the stream key"
                " field."
            ),
        }[platform]


def guide_summary(output: str) -> str:
    """The first sentence of the guide for `output` on this computer, in the app's language."""
    return SetupTexts().summary(output)


class SetupGuide(QDialog):
    """The guide for one output, with "Test this output" when the app's tests are at hand."""

    def __init__(self, output: str, parent: QWidget | None = None, tests: OutputTests | None = None) -> None:
        super().__init__(parent)
        self.output, self.tests = output, tests
        texts = SetupTexts(self)
        self.guide = texts.guide(output)
        self.setWindowTitle(self.guide.title)
        body = QWidget()
        column = QVBoxLayout(body)
        summary = self._label(self.guide.summary)
        summary.setStyleSheet("font-weight: bold;")
        column.addWidget(summary)
        for step in self.guide.steps:
            column.addWidget(self._label(step))
        self.command: QLabel | None = None
        if self.guide.command:
            column.addWidget(self._label(self.guide.command_intro))
            self.command = self._label(self.guide.command)  # wrapped: all of it shows, selectable
            self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.command.setStyleSheet("background: white; border: 1px solid #bbb; padding: 6px;")
            copy = self.copy_button = QPushButton(self.tr("Copy"))
            copy.clicked.connect(self._copy)
            row = QHBoxLayout()
            row.addWidget(self.command, 1)
            row.addWidget(copy)
            column.addLayout(row)
        for step in self.guide.after:
            column.addWidget(self._label(step))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.answer = self._label("")
        self.test_button = QPushButton(self.tr("Test this output"))
        self.test_button.clicked.connect(self._test)
        self.test_button.setVisible(tests is not None)
        if tests is None:
            self.answer.setText(self.tr("Test it from Settings with “Test this output”."))
        else:
            tests.ended.connect(self._ended)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.answer)
        layout.addLayout(buttons)
        self.resize(680, 520)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(label.textInteractionFlags() | _selectable())
        return label

    def _copy(self) -> None:
        if self.command is not None:
            QGuiApplication.clipboard().setText(self.command.text())
            self.answer.setText(self.tr("Copied. Paste it in a terminal with Ctrl+Shift+V."))

    def _test(self) -> None:
        if self.tests is not None and self.tests.run(self.output) is not None:
            self.test_button.setEnabled(False)
            self.answer.setText(self.tr("Testing…"))

    def _ended(self, output: str, worked: bool, sentence: str) -> None:
        if output == self.output:
            self.test_button.setEnabled(True)
            self.answer.setStyleSheet("" if worked else "color: #c0392b;")
            self.answer.setText(sentence)


def _selectable() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse


# ---- the tests themselves (plain functions, run on a worker thread) ---------------------------
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
