"""Nothing faked: before Go Live the Live screen shows where the show will go and what is
missing; going live to nowhere asks "preview only?" and is labelled so; "on air" appears only
once the first picture has left."""

import asyncio

import pytest

pytest.importorskip("pytestqt")

from vhost.engine.events import StateChanged  # noqa: E402
from vhost.gui import dialogs  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.outputs import preflight as checks  # noqa: E402
from vhost.outputs.preflight import Readiness, goes_nowhere, preflight  # noqa: E402
from vhost.testing import EventRecorder  # noqa: E402

from .test_engine import _engine  # noqa: E402
from .test_gui import _factory  # noqa: E402


@pytest.fixture
def no_devices(monkeypatch):
    """This machine as it is: no virtual camera, no sound system."""
    from vhost.errors import BackendError
    from vhost.outputs import audio, camera

    monkeypatch.setattr(
        camera, "camera_status", lambda: {"available": False, "device": None, "problem": "none"}
    )

    def no_sound(choice="auto"):
        raise BackendError("The sound system cannot be queried.")

    monkeypatch.setattr(audio, "find_device", no_sound)
    monkeypatch.setattr(audio, "output_devices", no_sound)


def test_preflight_says_where_the_show_goes_and_what_is_missing(no_devices, tmp_path):
    found = {d.output: d for d in preflight("auto", "auto", None, None)}
    assert found["camera"].readiness is Readiness.MISSING and found["audio"].readiness is Readiness.MISSING
    assert found["rtmp"].readiness is Readiness.NOT_SET and found["recording"].readiness is Readiness.NOT_SET
    assert goes_nowhere(list(found.values()))
    off = {d.output: d.readiness for d in preflight("none", "none", None, None)}
    assert off["camera"] is Readiness.OFF and off["audio"] is Readiness.OFF
    going = {
        d.output: d for d in preflight("none", "none", "rtmp://live.example/app/SECRET", tmp_path / "a.mp4")
    }
    assert going["rtmp"].ready and "SECRET" not in going["rtmp"].detail  # the key is never shown
    assert going["recording"].ready and not goes_nowhere(list(going.values()))


def test_a_camera_that_opens_is_ready_and_a_named_one_that_does_not_is_missing(monkeypatch):
    from vhost.outputs import camera

    monkeypatch.setattr(camera, "camera_status", lambda: {"available": True, "device": "/dev/video7"})
    assert checks._camera("auto").detail == "/dev/video7" and checks._camera("auto").ready
    assert checks._camera("/dev/video2").readiness is Readiness.MISSING


def _window(qtbot, tmp_path, make_session=None, **prefs):
    window = MainWindow(
        make_session or (lambda prefs, catalog, **how: None), GuiPrefs(**prefs), tmp_path / "gui.ini"
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_lights_say_before_go_live_where_the_show_will_go(qtbot, tmp_path, no_devices):
    window = _window(qtbot, tmp_path, record=str(tmp_path / "show.mp4"))
    lights = window.live.lights
    assert lights["recording"].state == "ready" and "show.mp4" in lights["recording"].detail.text()
    assert lights["camera"].state == "problem" and "not found" in lights["camera"].detail.text()
    assert lights["rtmp"].state == "off" and "not set up" in lights["rtmp"].detail.text()


def test_going_live_to_nowhere_asks_and_no_goes_to_the_settings(qtbot, tmp_path, no_devices, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes, no: asked.append(text) or False)
    window = _window(qtbot, tmp_path, camera="none", audio="none")
    window.go_live()
    assert len(asked) == 1 and "Nothing will leave this computer" in asked[0]
    assert window.session is None and window.tabs.currentWidget() is window.settings


def test_a_preview_is_labelled_a_preview_and_never_on_air(qtbot, tmp_path, writer, compliance, no_devices):
    window = _window(qtbot, tmp_path, _factory(writer, compliance), camera="none", audio="none")
    window.go_live()  # (the tests' answer to "preview only?" is yes)
    try:
        qtbot.waitUntil(lambda: window.session.show is not None and window.session.show.stats.frames > 0)
        qtbot.waitUntil(lambda: "PREVIEW ONLY" in window.live.mode.text(), timeout=5000)
        assert "Preview only" in window.statusBar().currentMessage()
        assert "ON AIR" not in window.live.mode.text()
    finally:
        window.stop()


def test_a_real_show_says_on_air_only_after_its_first_picture(
    qtbot, tmp_path, writer, compliance, no_devices
):
    window = _window(qtbot, tmp_path, _factory(writer, compliance), record=str(tmp_path / "show.mp4"))
    window.go_live()
    try:
        qtbot.waitUntil(lambda: "ON AIR" in window.live.mode.text(), timeout=10000)
        assert window.session.show.stats.frames > 0 and "On air" in window.statusBar().currentMessage()
    finally:
        window.stop()


def test_the_engine_says_live_once_the_first_frame_has_gone_out():
    from vhost.outputs.null import NullOutput

    engine = _engine(["第一句。"], [NullOutput()])
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=1.0))
    live = [e for e in events.of(StateChanged) if e.state == "live"]
    assert len(live) == 1 and live[0].stream_time > 0  # one frame out, not before


def test_the_health_strip_shows_rates_and_flags_what_needs_a_look(qtbot):
    from vhost.engine.events import Metrics
    from vhost.gui.health import HealthStrip

    strip = HealthStrip(target_fps=30)
    qtbot.addWidget(strip)
    assert strip.cpu_percent() is None  # a share needs two readings
    strip.cpu_percent = lambda: 40.0  # (a busy test machine must not flag it)

    def second(at, fps, repeated, sent, buffer=3.0):
        rtmp = {"connected": 1, "bytes": sent}
        return Metrics(
            stream_time=at, stream_seconds=at, fps=fps, av_offset_ms=0.0, buffer_seconds=buffer,
            frames=30 * int(at), dropped_frames=repeated, product=None, next=None, outputs={"rtmp": rtmp},
            ahead_seconds=buffer,
        )  # fmt: skip

    strip.follow(second(1.0, 30.0, 0, 0))
    assert "fps 30.0" in strip.text() and "RTMP" not in strip.text()  # a rate needs two readings
    strip.follow(second(2.0, 30.0, 0, 312_500))
    assert "RTMP 2.5 Mb/s" in strip.text() and "CPU" in strip.text() and "color" not in strip.text()
    strip.follow(second(3.0, 24.0, 3, 625_000, buffer=0.2))  # slow, repeating, speech running out
    flagged = strip.text().count("color")
    assert flagged == 3 and "pictures repeated 3" in strip.text()
    strip.follow(second(4.0, 30.0, 3, 937_500))  # no new repeats: no longer flagged
    assert "color" not in strip.text()


def test_a_resumed_show_says_so_and_start_from_the_top_restarts_it(
    qtbot, tmp_path, writer, compliance, no_devices
):
    from vhost.store import LivePosition

    asked = []
    make = _factory(writer, compliance)

    def make_session(prefs, catalog, **how):
        asked.append(how)
        session = make(prefs, catalog, **how)
        build = session.make_show

        def resumed(outputs, progress):  # as if the store had a place for this catalog
            show = build(outputs, progress)
            if not how.get("restart"):
                show.engine.resumed_from = LivePosition(1, 5, 42, 900.0, "2026-11-30T20:15:30")
            return show

        session.make_show = resumed
        return session

    window = _window(qtbot, tmp_path, make_session, record=str(tmp_path / "show.mp4"))
    window.go_live()
    qtbot.waitUntil(lambda: window.live.resumed.isVisible(), timeout=10000)
    assert "pass 2, line 6 (42 lines said so far)" in window.live.resumed.text()
    with pytest.MonkeyPatch.context() as declined:  # viewers would see it restart: asked first
        declined.setattr(dialogs, "confirm", lambda *args: False)
        window.live.start_over_button.click()
        assert window.session.running and not window.session.stop_asked and len(asked) == 1
    window.live.start_over_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2 and window.session.running, timeout=10000)
    assert asked == [{}, {"restart": True}]
    qtbot.waitUntil(lambda: window.session.started, timeout=10000)
    assert not window.live.resumed.isVisible()  # from the top: nothing to say
    window.stop()


def test_after_stop_the_screen_says_where_the_recording_is_and_that_the_next_goes_beside_it(
    qtbot, tmp_path, writer, compliance, no_devices
):
    chosen = tmp_path / "show.mp4"
    window = _window(qtbot, tmp_path, _factory(writer, compliance), record=str(chosen))
    assert "will use" in window.live.lights["recording"].detail.text()
    chosen.write_bytes(b"an earlier show")  # as if the show had recorded there
    window.preflight()
    assert window.live.lights["recording"].detail.text() == "a new file beside show.mp4"
