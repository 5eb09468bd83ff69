"""Setting up every output from the app, with no terminal: a guide per system in words, a test
per output run off the GUI thread (one sentence back, never the stream key), RTMP presets, and
the stream key kept without a system keyring (this session only, or a private file)."""

import os
import stat
import subprocess
import sys
import threading

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from vhost.gui import output_guides, output_tests, secrets  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.output_guides import OUTPUTS, SetupTexts  # noqa: E402
from vhost.gui.output_setup import SetupGuide  # noqa: E402
from vhost.gui.output_tests import find_output_tests  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.gui.stream_page import SERVERS, UrlProblem, compose_url, platform_of, split_url  # noqa: E402
from vhost.testing import StandInCamera, StandInSoundStream, free_port, wait_listening  # noqa: E402

SHELL = ("sudo", "modprobe", "pactl", "apt ", "apt-get", "`", "$ ", "&&", "PULSE_SINK")
KEY = "live_123456_SECRETKEY"


@pytest.fixture(autouse=True)
def fresh_secrets(monkeypatch):
    """No URL kept for the session between tests, and short tests of the outputs."""
    secrets._session.clear()
    for name, seconds in (("CAMERA_SECONDS", 0.1), ("TONE_SECONDS", 0.1), ("RTMP_SECONDS", 0.5)):
        monkeypatch.setattr(output_tests, name, seconds)
    monkeypatch.setattr(output_tests, "RECORDING_SECONDS", 0.2)
    yield
    secrets._session.clear()


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def _stand_in_cameras(monkeypatch, kind=StandInCamera):
    """pyvirtualcam with a stand-in device (after the window listed the devices); returns the
    cameras opened."""
    import pyvirtualcam

    opened = []

    def camera(*args, **kwargs):
        opened.append(kind(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(pyvirtualcam, "Camera", camera)
    return opened


def _window(qtbot, tmp_path, **prefs):
    # (as in the app, the window's choices live in the data folder, beside a private key file)
    window = MainWindow(lambda chosen, catalog, **how: None, GuiPrefs(**prefs), _data(tmp_path) / "gui.ini")
    qtbot.addWidget(window)
    window.show()
    return window


def _data(tmp_path):
    return tmp_path / "data"  # the data folder conftest gives every test


def _one_sentence(text):
    body = text.rstrip(".")
    return text.endswith(".") and ". " not in body and "\n" not in text


# ---- the guides ------------------------------------------------------------------------------------
@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_each_guide_starts_in_words_for_the_system_it_runs_on(qtbot, monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    texts = SetupTexts()
    for output in OUTPUTS:
        guide = texts.guide(output)
        assert guide.summary and not any(token in guide.summary for token in SHELL), (output, guide.summary)
        if guide.command:  # a command only ever comes after words that say what it does
            assert guide.command_intro and not any(token in guide.command_intro for token in SHELL[:4])
    camera, audio = texts.guide("camera"), texts.guide("audio")
    if platform == "linux":
        assert "v4l2loopback" in camera.summary and camera.command.startswith("sudo modprobe v4l2loopback")
        assert "v4l2loopback-dkms" in camera.steps[0]
        assert "null sink" in audio.summary and "module-null-sink" in audio.command
    elif platform == "win32":
        assert "OBS" in camera.summary and not camera.command
        assert "VB-CABLE" in audio.summary and not audio.command
    else:
        assert "OBS" in camera.summary and "BlackHole" in audio.summary and not audio.command
    rtmp = texts.guide("rtmp").text()
    assert "rtmp://live.twitch.tv/app" in rtmp and "串流密钥" in rtmp and "第三方推流" in rtmp


def test_the_linux_command_shows_selectable_with_copy(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(sys, "platform", "linux")
    guide = SetupGuide("camera")
    qtbot.addWidget(guide)
    assert guide.command is not None and guide.command.text() == output_guides.LINUX_CAMERA_COMMAND
    assert guide.command.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    guide.copy_button.click()
    assert QGuiApplication.clipboard().text() == output_guides.LINUX_CAMERA_COMMAND
    assert not guide.test_button.isVisible()  # no Settings screen around it: says where to test


def test_a_missing_outputs_light_opens_its_guide_with_a_test(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    window = _window(qtbot, tmp_path)
    _stand_in_cameras(monkeypatch)
    light = window.live.lights["camera"]
    light.set("off", "not in use", "install something")
    assert light.fix.isVisible() and light.toolTip().startswith("Windows has no virtual camera")
    light.fix.click()
    guide = light.guide
    assert isinstance(guide, SetupGuide) and guide.test_button.isVisible()
    assert find_output_tests(light) is window.settings.tests
    with qtbot.waitSignal(window.settings.tests.ended, timeout=10000) as ended:
        guide.test_button.click()
    assert ended.args[:2] == ["camera", True] and "works" in guide.answer.text()
    light.set("on", "/dev/video9")
    assert not light.fix.isVisible()


# ---- RTMP presets ------------------------------------------------------------------------------------
def test_presets_compose_and_validate_the_url():
    bilibili = SERVERS["bilibili"]
    assert (
        compose_url(bilibili, " abc?streamname=x ")
        == "rtmp://live-push.bilivideo.com/live-bvc/abc?streamname=x"
    )
    assert compose_url("rtmp://a.rtmp.youtube.com/live2", "k-1") == "rtmp://a.rtmp.youtube.com/live2/k-1"
    whole = "rtmp://push.example.cn/live/stream-1?auth_key=abc"
    assert compose_url(bilibili, whole) == whole  # a console's whole address, pasted as the key
    for server, key, kind in (
        (bilibili, "", "no-key"),
        ("", "abc", "no-server"),
        (bilibili, "ab c", "spaces"),
        ("http://example.com/live", "abc", "not-rtmp"),
        ("", "http://not-rtmp/" + KEY, "not-rtmp"),
    ):
        with pytest.raises(UrlProblem) as problem:
            compose_url(server, key)
        assert problem.value.kind == kind and KEY not in str(problem.value)
    assert split_url("rtmp://live.twitch.tv/app/" + KEY) == ("rtmp://live.twitch.tv/app/", KEY)
    assert platform_of("rtmp://live.twitch.tv/app") == "twitch" and platform_of("rtmp://x/y/") == "custom"


def test_choosing_a_platform_fills_its_server_and_says_where_the_key_is(qtbot, tmp_path, memory_keyring):
    window = _window(qtbot, tmp_path)
    stream = window.settings.stream
    stream.platform.setCurrentIndex(stream.platform.findData("youtube"))
    assert (
        stream.server.text() == "rtmp://a.rtmp.youtube.com/live2/"
        and "Stream key" in stream.where_to_find.text()
    )
    stream.platform.setCurrentIndex(stream.platform.findData("douyin"))
    assert stream.server.text() == "" and "第三方推流" in stream.where_to_find.text()
    stream.platform.setCurrentIndex(stream.platform.findData("bilibili"))
    stream.key.setText(KEY)
    assert stream.key.echoMode() == stream.key.EchoMode.Password
    window.settings._save()
    assert secrets.rtmp_url() == SERVERS["bilibili"] + KEY and secrets.rtmp_place() == secrets.KEYRING
    message = window.statusBar().currentMessage()
    assert message.startswith("Settings saved") and "system keyring" in message and KEY not in message
    assert "live-bvc/****" in stream.where_kept.text() and stream.key.text() == ""
    assert not window.settings.unsaved()
    again = _window(qtbot, tmp_path)  # the next start shows the platform and server, not the key
    assert again.settings.stream.platform.currentData() == "bilibili"
    assert again.settings.stream.server.text() == SERVERS["bilibili"]


# ---- RTMP without a keyring -----------------------------------------------------------------------
def _type_and_save(window, key=KEY):
    stream = window.settings.stream
    stream.platform.setCurrentIndex(stream.platform.findData("twitch"))
    stream.key.setText(key)
    window.settings._save()
    return stream


def test_without_a_keyring_the_url_is_kept_for_the_session_when_asked(qtbot, tmp_path, no_keyring):
    window = _window(qtbot, tmp_path)
    stream = _type_and_save(window)
    panel = window.settings
    assert "no system keyring" in panel.problem.text() and not stream.choice.isHidden()
    for said in (window.statusBar().currentMessage(), panel.status.text()):
        assert "Settings saved" not in said and "Not kept: the RTMP URL" in said and KEY not in said
    assert secrets.rtmp_url() is None and panel.unsaved()  # nothing kept until they choose
    assert panel.pages.currentWidget() is stream
    stream.session_button.click()
    assert secrets.rtmp_url() == "rtmp://live.twitch.tv/app/" + KEY
    assert secrets.rtmp_place() == secrets.SESSION and not secrets.rtmp_file().exists()
    message = window.statusBar().currentMessage()
    assert "this session only" in message and KEY not in message and panel.problem.text() == ""
    assert stream.choice.isHidden() and not panel.unsaved()
    assert "this session only" in stream.where_kept.text() and KEY not in stream.where_kept.text()
    assert KEY not in (_data(tmp_path) / "gui.ini").read_text("utf-8")


def test_without_a_keyring_the_url_is_kept_in_a_private_file_when_asked(qtbot, tmp_path, no_keyring):
    from vhost.gui.app import live_session  # noqa: F401 - the app reads it through rtmp_url(data_dir)

    window = _window(qtbot, tmp_path)
    stream = _type_and_save(window)
    assert "anyone who can use this account" in stream.warning.text()
    stream.file_button.click()
    path = secrets.rtmp_file()
    assert path == _data(tmp_path) / secrets.RTMP_FILE and path.read_text("utf-8").strip().endswith(KEY)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    message = window.statusBar().currentMessage()
    assert str(path) in message and "Settings saved" not in message and KEY not in message
    secrets._session.clear()  # a restart: read from the file
    assert secrets.rtmp_url(_data(tmp_path)) == "rtmp://live.twitch.tv/app/" + KEY
    assert secrets.rtmp_place(_data(tmp_path)) == secrets.FILE
    again = _window(qtbot, tmp_path)
    assert "private file" in again.settings.stream.where_kept.text()
    again.settings.stream.forget()
    assert not path.exists() and secrets.rtmp_url() is None


def test_a_bad_address_is_not_kept_and_not_called_saved(qtbot, tmp_path, memory_keyring):
    window = _window(qtbot, tmp_path)
    window.settings.rtmp.setText("http://not-rtmp/" + KEY)
    window.settings._save()
    assert "is not an RTMP address" in window.settings.problem.text() and secrets.rtmp_url() is None
    message = window.statusBar().currentMessage()
    assert "Settings saved" not in message and KEY not in message + window.settings.problem.text()


# ---- unsaved --------------------------------------------------------------------------------------
def test_unsaved_sees_changed_fields_and_typed_keys(qtbot, tmp_path, memory_keyring):
    window = _window(qtbot, tmp_path, chat="twitch:#shop")
    panel = window.settings
    assert not panel.unsaved()
    panel.chat.setText("bilibili:1")
    assert panel.unsaved()
    panel.chat.setText("twitch:#shop")
    assert not panel.unsaved()
    panel.llm_key.setText("sk-1")
    assert panel.unsaved()
    panel.llm_key.clear()
    panel.stream.key.setText(KEY)
    assert panel.unsaved()
    panel.stream.key.clear()
    panel.stream.platform.setCurrentIndex(panel.stream.platform.findData("youtube"))
    assert panel.unsaved()  # a new server without a key is not kept yet
    panel.stream.key.setText(KEY)
    panel.record.setText("show.mp4")
    panel._save()
    assert not panel.unsaved()


# ---- the tests of the outputs -------------------------------------------------------------------------
def _run(qtbot, panel, output):
    with qtbot.waitSignal(panel.tests.ended, timeout=20000) as ended:
        panel.test(output)
    name, worked, sentence = ended.args
    assert name == output and _one_sentence(sentence), sentence
    assert panel.results[output].text() == sentence
    return worked, sentence


def test_the_camera_test_shows_a_pattern_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    go_on = threading.Event()

    class SlowCamera(StandInCamera):
        def send(self, frame):
            go_on.wait(10)
            super().send(frame)

    window = _window(qtbot, tmp_path)
    opened = _stand_in_cameras(monkeypatch, SlowCamera)
    panel = window.settings
    with qtbot.waitSignal(panel.tests.ended, timeout=20000) as ended:
        panel.test("camera")
        assert panel.tests.running and not panel.test_buttons["camera"].isEnabled()  # the window goes on
        assert panel.results["camera"].text() == "Testing…" and not panel.progress.isHidden()
        go_on.set()
    assert ended.args[1] is True and "“/dev/video9” showed a test pattern" in ended.args[2]
    frames = opened[-1].frames
    assert len(frames) == 3 and frames[0].shape == (720, 1280, 3) and opened[-1].closed
    assert not np.array_equal(frames[0], frames[-1])  # it moves
    assert panel.test_buttons["camera"].isEnabled()


def test_a_missing_camera_says_what_to_do_in_one_sentence(qtbot, tmp_path, monkeypatch):
    import pyvirtualcam

    def missing(*args, **kwargs):
        raise RuntimeError("'v4l2loopback' backend: No v4l2 loopback device found")

    window = _window(qtbot, tmp_path)
    monkeypatch.setattr(pyvirtualcam, "Camera", missing)
    worked, sentence = _run(qtbot, window.settings, "camera")
    assert not worked and _one_sentence(sentence) and "set-up steps" in sentence
    assert "v4l2" not in sentence and "modprobe" not in sentence  # the library's words stay in the log
    window.settings.camera.setCurrentIndex(window.settings.camera.findData("none"))
    worked, sentence = _run(qtbot, window.settings, "camera")
    assert not worked and "off in Settings" in sentence


class _Sound:
    """sounddevice as the test needs it: one output (or none) whose stream plays at once."""

    def __init__(self, names):
        self.names = names
        self.streams = []

        class Default:
            device = (None, 0 if names else -1)

        self.default = Default

    def query_devices(self, device=None, kind=None):
        devices = [{"name": name, "max_output_channels": 2} for name in self.names]
        return devices if device is None else devices[device]

    def OutputStream(self, callback, **kwargs):  # noqa: N802 - sounddevice's name
        sound = self

        class Playing(StandInSoundStream):
            def start(self):
                super().start()
                for _ in range(20):
                    self.pull(1024)

        sound.streams.append(Playing(callback))
        return sound.streams[-1]


def test_the_sound_test_plays_a_tone_on_the_chosen_output(qtbot, tmp_path, monkeypatch):
    from vhost.outputs import audio

    sound = _Sound(["Speakers", "CABLE Input (VB-Audio Virtual Cable)"])
    monkeypatch.setattr(audio, "_sounddevice", lambda: sound)
    window = _window(qtbot, tmp_path, audio="CABLE Input")
    worked, sentence = _run(qtbot, window.settings, "audio")
    assert worked and "“CABLE Input (VB-Audio Virtual Cable)”" in sentence
    played = np.concatenate(sound.streams[0].played)
    assert np.abs(played).max() > 0.1 and np.abs(played[-100:]).max() < 0.05  # a tone, faded out

    monkeypatch.setattr(audio, "_sounddevice", lambda: _Sound([]))
    worked, sentence = _run(qtbot, window.settings, "audio")
    assert not worked and "no sound output" in sentence


def _receiver(port):
    process = subprocess.Popen(
        [sys.executable, "-m", "vhost.testing.rtmp_receiver", f"rtmp://127.0.0.1:{port}/live/{KEY}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    wait_listening(port, 30, "the RTMP receiver")
    return process


def test_the_rtmp_test_pushes_a_pattern_and_never_shows_the_key(qtbot, tmp_path, memory_keyring):
    import json

    window = _window(qtbot, tmp_path)
    panel = window.settings
    worked, sentence = _run(qtbot, panel, "rtmp")
    assert not worked and "paste the stream key" in sentence

    port = free_port()
    panel.stream.server.setText(f"rtmp://127.0.0.1:{port}/live")
    panel.stream.key.setText(KEY)
    worked, sentence = _run(qtbot, panel, "rtmp")  # nothing listens there
    assert not worked and "Connection refused" in sentence and KEY not in sentence
    assert f"rtmp://127.0.0.1:{port}/live/****" in sentence

    receiver = _receiver(port)
    try:
        worked, sentence = _run(qtbot, panel, "rtmp")  # typed, not saved yet: tried as typed
    finally:
        result = json.loads(receiver.communicate(timeout=30)[0])
    assert (
        worked
        and sentence.startswith(f"Connected to rtmp://127.0.0.1:{port}/live/****")
        and KEY not in sentence
    )
    assert result["frames"] >= 10 and (result["width"], result["height"]) == (640, 360)


def test_the_recording_test_writes_a_file_next_to_the_chosen_one_and_deletes_it(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    panel = window.settings
    worked, sentence = _run(qtbot, panel, "recording")
    assert not worked and "Choose a file" in sentence
    folder = tmp_path / "videos"
    folder.mkdir()
    panel.record.setText(str(folder / "show.mp4"))
    worked, sentence = _run(qtbot, panel, "recording")
    assert worked and str(folder) in sentence and list(folder.iterdir()) == []
    (tmp_path / "a-file").write_text("not a folder")
    panel.record.setText(str(tmp_path / "a-file" / "show.mp4"))
    worked, sentence = _run(qtbot, panel, "recording")
    assert not worked and sentence.startswith("Cannot record to")
