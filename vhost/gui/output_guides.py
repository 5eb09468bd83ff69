"""What to install for each output on this computer's system (Windows, macOS, Linux), in the
app's language: the guides the Live screen's lights and Settings open (output_setup.py shows
them; output_tests.py tries an output)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject

OUTPUTS = ("camera", "audio", "rtmp", "recording")
PLATFORMS = ("bilibili", "douyin", "kuaishou", "taobao", "youtube", "twitch", "custom")
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
