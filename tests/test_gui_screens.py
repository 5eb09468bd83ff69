"""The desktop app's later screens, offscreen with pytest-qt: long work with progress and
Cancel, a Go Live that never freezes the window, a product's pictures, promotions and FAQ, the
schedule, the operator's own lines on air, and the presenter's face and voice."""

import json
import threading
import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from vhost.catalog import load_catalog  # noqa: E402
from vhost.engine.clock import ManualClock  # noqa: E402
from vhost.engine.director import Director  # noqa: E402
from vhost.engine.events import EventBus  # noqa: E402
from vhost.engine.plan import ShowPlan  # noqa: E402
from vhost.errors import AvatarError  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.gui.session import LiveSession  # noqa: E402
from vhost.gui.work import Job, ProgressStrip  # noqa: E402
from vhost.testing.fakes import FakeVoice  # noqa: E402

from .conftest import DEMO_CATALOG, NOW  # noqa: E402
from .test_gui import _factory, _window  # noqa: E402


def _heard(spoken):
    """(text, kind) of every line begun so far."""
    return [(line.text, line.kind) for line in spoken[0].started()]


# ---- long work ---------------------------------------------------------------------------------
def test_a_job_reports_progress_and_stops_when_cancelled(qtbot):
    strip = ProgressStrip()
    qtbot.addWidget(strip)
    started, pressed = threading.Event(), threading.Event()

    def work(report):
        report(0.5, "half way")
        started.set()
        assert pressed.wait(5)  # still at work when the operator presses Cancel
        for step in range(500, 1000):
            report(step / 1000, f"step {step}")  # the first report after Cancel stops the work
        return "done"

    job = strip.follow(Job("Counting", work))
    assert not strip.isHidden()
    assert started.wait(5)
    qtbot.waitUntil(lambda: strip.bar.value() > 0)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        strip.cancel_button.click()
        pressed.set()
    assert strip.isHidden() and job.wait(5)

    def no_face(report):
        raise AvatarError("No face was found.")

    failing = Job("Reading", no_face)
    with qtbot.waitSignal(failing.failed, timeout=5000) as failed:
        failing.start()
    assert failed.args == ["No face was found."]
    finishing = Job("Adding", lambda report: 1 + 1)
    with qtbot.waitSignal(finishing.finished, timeout=5000) as finished:
        finishing.start()
    assert finished.args == [2]


def test_go_live_never_freezes_the_window_and_stop_works_while_models_load(qtbot, tmp_path, compliance):
    loaded, built, ran = threading.Event(), threading.Event(), []

    def slow(prefs, catalog, **how):
        def make_show(outputs, progress):
            progress("voice")
            assert loaded.wait(10)  # models loading (until the test lets them finish)
            built.set()

            class Show:  # what the session and the window need of a LiveShow
                events = EventBus()

                def run(self, duration):
                    ran.append(True)

                def stop(self):
                    pass

                def finish(self):
                    pass

                def destinations(self):
                    return {}

            return Show()

        return LiveSession(make_show)

    window = _window(qtbot, tmp_path, slow, compliance)
    started = time.perf_counter()
    window.go_live()
    assert time.perf_counter() - started < 0.5  # the window went straight back to its events
    assert window.live.stop_button.isEnabled() and not window.live.pause_button.isEnabled()
    # The screen says what is loading, and nothing claims the show is on air yet.
    qtbot.waitUntil(lambda: "loading the voice" in window.live.preview.text(), timeout=5000)
    assert "ON AIR" not in window.live.mode.text() and "On air" not in window.statusBar().currentMessage()
    window.live.stop_button.click()
    assert not built.is_set()  # the click came back at once, the models still loading
    loaded.set()
    qtbot.waitUntil(lambda: window.live.go_button.isEnabled(), timeout=5000)
    assert built.wait(5) and not ran  # stopped before it ran: it never goes live


# ---- catalog details ---------------------------------------------------------------------------
def test_a_products_pictures_promotions_and_faq_are_edited_in_place(qtbot, tmp_path):
    from PIL import Image

    from vhost.gui.catalog_panel import CatalogPanel
    from vhost.gui.product_details import PROMOTION_COLUMNS
    from vhost.gui.tables import REFUSED

    panel = CatalogPanel()
    qtbot.addWidget(panel)
    panel.import_file(DEMO_CATALOG)
    emitted = []
    panel.changed.connect(emitted.append)
    panel.table.selectRow(1)
    details, product = panel.details, panel.catalog.products[1]
    assert details.product.id == product.id and details.promotions.rowCount() == len(product.promotions)

    details.add_promotion()
    row = details.promotions.rowCount() - 1
    cell = details.promotions.item(row, PROMOTION_COLUMNS.index("start"))
    cell.setText("next tuesday")  # not a date: refused in red, nothing changes
    assert "not a date" in panel.summary.text() and cell.background().color().name() == REFUSED
    details.promotions.item(row, PROMOTION_COLUMNS.index("start")).setText("2026-12-01 20:00")
    details.promotions.item(row, PROMOTION_COLUMNS.index("end")).setText("2026-12-01 19:00")
    assert "end after it starts" in panel.summary.text()
    details.promotions.item(row, PROMOTION_COLUMNS.index("end")).setText("2026-12-01 22:00")
    details.promotions.item(row, PROMOTION_COLUMNS.index("text")).setText("直播间专享：第二件半价")
    details.promotions.item(row, PROMOTION_COLUMNS.index("price")).setText("¥59")
    promotion = panel.catalog.products[1].promotions[-1]
    assert (promotion.text, str(promotion.price), promotion.start.hour, promotion.end.hour) == (
        "直播间专享：第二件半价",
        "59",
        20,
        22,
    )

    details.add_faq()
    details.faq.item(details.faq.rowCount() - 1, 0).setText("可以开发票吗")
    details.faq.item(details.faq.rowCount() - 1, 1).setText("可以，下单时备注抬头即可。")
    assert panel.catalog.products[1].faq[-1].question == "可以开发票吗"

    picture = tmp_path / "cup.png"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(picture)
    not_picture = tmp_path / "notes.png"
    not_picture.write_text("hello")
    assert not details.add_image(not_picture) and "not a picture" in panel.summary.text()
    assert details.add_image(picture) and details.images.count() == len(product.images) + 1
    assert panel.catalog.products[1].images[-1] == str(picture.resolve())
    assert emitted[-1] is panel.catalog and emitted[-1].products[0] == panel.catalog.products[0]

    # A price edited in the table afterwards is kept by the next details edit.
    from vhost.gui.catalog_panel import COLUMNS

    panel.table.item(1, COLUMNS.index("price")).setText("66")
    details.add_faq()
    assert str(panel.catalog.products[1].price) == "66"


def test_the_card_shows_the_products_first_picture(tmp_path):
    from dataclasses import replace

    from PIL import Image

    from vhost.render.compositor import Compositor

    product = load_catalog(DEMO_CATALOG).catalog.products[0]
    picture = tmp_path / "red.png"
    Image.new("RGB", (120, 90), (250, 0, 0)).save(picture)

    def red_pixels(shown):
        compositor = Compositor(1280, 720, "zh")
        frame = compositor.compose(None, (0, 0), shown, None, NOW)
        x, y, w, h = compositor.layout.card
        card = frame[y : y + h, x : x + w].astype(int)
        return int(((card[..., 0] > 240) & (card[..., 1] < 20) & (card[..., 2] < 20)).sum())

    assert red_pixels(replace(product, images=(str(picture),))) > 5000
    assert red_pixels(product) == red_pixels(replace(product, images=(str(tmp_path / "gone.png"),)))


# ---- schedule ----------------------------------------------------------------------------------
def test_the_schedule_is_kept_and_steers_a_running_show(qtbot, tmp_path, writer, compliance):
    from vhost.gui.schedule_panel import COLUMNS

    spoken = []
    window = _window(
        qtbot, tmp_path, _factory(writer, compliance, spoken=spoken, clock=ManualClock), compliance
    )
    schedule = window.schedule
    assert schedule.table.rowCount() == 7
    weight = schedule.table.item(2, COLUMNS.index("weight"))
    pid = weight.data(256)  # Qt.UserRole
    weight.setText("lots")  # not a number: refused, the old weight back
    assert "airtime weight is a number" in schedule.problem.text() and weight.text() == "1"
    weight.setText("0")
    assert schedule.plan.weights[pid] == 0
    assert json.loads(window.plan_path.read_text("utf-8"))["weights"][pid] == 0
    schedule.hero.setCurrentIndex(schedule.hero.findData("A01"))
    schedule.seconds.setValue(90)
    assert ShowPlan.load(window.plan_path) == ShowPlan(weights={pid: 0}, hero="A01", seconds_per_product=90)

    window.go_live()
    try:
        qtbot.waitUntil(
            lambda: window.session.started and window.session.show.engine.stats.frames > 0, timeout=10000
        )
        schedule.table.selectRow(3)
        schedule.move_selected(-1)
        qtbot.waitUntil(lambda: window.session.show.engine.lines.plan == schedule.plan, timeout=5000)
        assert window.session.show.engine.lines.plan.hero == "A01"
    finally:
        window.stop()
    again = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
    assert again.schedule.plan == schedule.plan  # kept for the next start of the app


def test_the_schedule_shows_time_per_presentation_and_timed_promotions(qtbot, writer):
    from vhost.gui.schedule_panel import COLUMNS, SchedulePanel

    catalog = load_catalog(DEMO_CATALOG).catalog
    panel = SchedulePanel(
        lambda shown, plan, pid: Director(writer, shown, "zh", plan=plan, now=lambda: NOW).estimate(pid)
    )
    qtbot.addWidget(panel)
    panel.set_show(catalog, ShowPlan(hero="A01"), "zh")
    seconds = [float(panel.table.item(r, COLUMNS.index("seconds")).text()) for r in range(7)]
    assert all(20 < s < 400 for s in seconds) and "min" in panel.round.text()
    assert panel.table.item(0, COLUMNS.index("share")).text().startswith("hero")
    timed = [p for product in catalog.products for p in product.promotions if p.start or p.end]
    assert panel.promotions.rowCount() == len(timed) > 0
    panel.hero.setCurrentIndex(panel.hero.findData(None))
    for row in range(7):  # with no hero, the last product taken off the show is refused
        panel.table.item(row, COLUMNS.index("weight")).setText("0")
    assert "every product weight 0" in panel.problem.text()
    assert [panel.plan.weight(p.id) for p in catalog.products] == [0] * 6 + [1]
    assert panel.table.item(6, COLUMNS.index("weight")).text() == "1"
    panel.seconds.setValue(30)  # trimmed, though the intro, price and call to action always stay
    trimmed = [float(panel.table.item(r, COLUMNS.index("seconds")).text()) for r in range(7)]
    assert max(trimmed) < 45 and sum(trimmed) < sum(seconds)


# ---- the operator's lines on air ---------------------------------------------------------------
def test_edited_script_lines_are_used_on_air_until_written_afresh(qtbot, tmp_path, writer, compliance):
    from vhost.gui.script_panel import COLUMNS, ScriptPanel

    spoken = []
    script = ScriptPanel(compliance, FakeVoice, lambda audio, rate: None)
    window = MainWindow(
        _factory(writer, compliance, spoken=spoken, clock=ManualClock),
        GuiPrefs(),
        tmp_path / "gui.ini",
        script,
    )
    qtbot.addWidget(window)
    script.product.setCurrentIndex(script.product.findData("A01"))
    script.generate()
    script.table.item(1, COLUMNS.index("text")).setText("运营改写：这只杯子是全网最低价。")
    script.use_on_air()
    assert "A01" in window.own_lines and "1 forbidden" not in script.status.text()
    saved = json.loads(window.lines_path.read_text("utf-8"))["A01"]
    said = [line["text"] for segment in saved for line in segment["lines"]]
    assert any(t.startswith("运营改写") and "全网最低" not in t for t in said)  # the law filter ran

    window.go_live()
    try:
        qtbot.waitUntil(lambda: window.session.started, timeout=10000)
        window.session.show.engine.skip_to("A01")
        qtbot.waitUntil(lambda: any(t.startswith("运营改写") for t, _ in _heard(spoken)), timeout=30000)
        script.back_to_written()
        assert "A01" not in window.own_lines
    finally:
        window.stop()


# ---- the presenter -----------------------------------------------------------------------------
def _presenter(qtbot, tmp_path, played):
    from vhost.gui.presenter_panel import PresenterPanel

    prefs = GuiPrefs()
    opened = []

    def open_voice(name, speed, pitch):
        opened.append((name, speed, pitch))
        return FakeVoice()

    panel = PresenterPanel(
        prefs,
        tmp_path / "avatars",
        [("kokoro", "clear"), ("kokoro-kumo", "male"), ("coqui:FOLDER", "yours")],
        open_voice,
        lambda audio, rate: played.append(len(audio) / rate) or "there is no sound output here",
    )
    qtbot.addWidget(panel)
    return panel, prefs, opened


def test_the_presenter_screen_imports_a_face_and_shows_it_talking(qtbot, tmp_path):
    from PIL import Image

    from vhost.avatar.library import DEFAULT_AVATAR

    played = []
    panel, prefs, opened = _presenter(qtbot, tmp_path, played)
    assert panel.voice.count() == 2 and "shipped" in panel.face_name.text()

    blank = tmp_path / "wall.png"
    Image.new("RGB", (400, 400), (180, 180, 180)).save(blank)
    with qtbot.waitSignal(panel.import_photo(blank).failed, timeout=30000):
        pass
    assert panel.face_status.text().startswith("No face was found") and prefs.avatar == ""

    with qtbot.waitSignal(panel.changed, timeout=60000):
        panel.import_photo(DEFAULT_AVATAR / "photo.png")
        # one face or voice at a time: the panel's buttons wait for the work to end
        assert not panel.import_button.isEnabled() and not panel.watch_button.isEnabled()
    # (the buttons come back in the same turn of the event loop as the change, just after it)
    qtbot.waitUntil(lambda: panel.import_button.isEnabled() and panel.watch_button.isEnabled())
    assert (tmp_path / "avatars" / "photo" / "avatar.json").exists()
    assert (tmp_path / "avatars" / "photo" / "landmarks.png").exists()
    assert prefs.avatar == str(tmp_path / "avatars" / "photo") and not panel.picture.pixmap().isNull()

    panel.voice.setCurrentIndex(panel.voice.findData("kokoro-kumo"))
    panel.speed.setValue(1.2)
    panel.pitch.setValue(-2)
    assert (prefs.voice, prefs.speed, prefs.pitch) == ("kokoro-kumo", 1.2, -2.0)
    job = panel.watch()
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert opened[-1] == ("kokoro-kumo", 1.2, -2.0)
    frames = len(panel.clip)
    assert frames > 25 and panel.clip[0].shape == (480, 360, 3)
    assert not np.array_equal(panel.clip[0], panel.clip[frames // 2])  # the face moves
    qtbot.waitUntil(lambda: panel._clip_at >= frames, timeout=15000)  # it played through
    qtbot.waitUntil(lambda: "No sound" in panel.voice_status.text(), timeout=5000)  # said why, once
    assert played and played[0] > 0.5


def test_the_app_choices_reach_the_show(tmp_path, monkeypatch):
    """The presenter, voice, rate, pitch, plan and models folder chosen in the app reach the
    show builder `vhost live` uses, as the same typed options."""
    from vhost.config import load_settings
    from vhost.gui.app import live_session
    from vhost.show import builder

    seen = {}
    monkeypatch.setattr(
        builder,
        "build_engine",
        lambda options, settings, *rest, **kw: (
            seen.update(args=options, settings=settings) or (_ for _ in ()).throw(AvatarError("stop here"))
        ),
    )
    settings = load_settings({"VHOST_DATA_DIR": str(tmp_path)})
    (tmp_path / "gui-plan.json").write_text(json.dumps(ShowPlan(hero="A01").to_dict()), "utf-8")
    prefs = GuiPrefs(
        avatar="/faces/me", voice="kokoro-kumo", speed=1.1, pitch=2.0, models_dir=str(tmp_path / "m")
    )
    session = live_session(prefs, settings)
    session.start()
    assert session.wait_started(10) and session.error == "stop here"
    args = seen["args"]
    assert (args.avatar, args.voice, args.speed, args.pitch) == ("/faces/me", "kokoro-kumo", 1.1, 2.0)
    assert args.plan == tmp_path / "gui-plan.json" and seen["settings"].models_dir == tmp_path / "m"


def test_the_app_and_vhost_live_build_the_same_show():
    """The CLI's flags and the app's choices map onto one ShowOptions (that neither front end
    imports the other's builders is the import contracts' job)."""
    import argparse

    from vhost.cli.live_cmd import add_engine_arguments, show_options
    from vhost.config import load_settings
    from vhost.gui import app
    from vhost.show.builder import ShowOptions

    parser = argparse.ArgumentParser()
    add_engine_arguments(parser)
    flags = show_options(parser.parse_args(["--voice", "kokoro-kumo", "--speed", "1.1", "--lang", "en"]))
    prefs = GuiPrefs(voice="kokoro-kumo", speed=1.1, lang="en")
    settings = load_settings({"VHOST_DATA_DIR": "/nonexistent-vhost-data"})
    chosen = app.show_options(prefs, settings)
    assert isinstance(flags, ShowOptions) and isinstance(chosen, ShowOptions)
    assert (flags.voice, flags.speed, flags.lang, flags.size, flags.fps) == (
        chosen.voice,
        chosen.speed,
        chosen.lang,
        chosen.size,
        chosen.fps,
    )
    # Approval holds from the show's first comment (the builder passes it to the chat).
    assert app.show_options(GuiPrefs(approve=True), settings).approve_first and not flags.approve_first


def test_a_new_show_never_records_over_an_earlier_recording(tmp_path):
    from vhost.gui.app import fresh_recording

    chosen = tmp_path / "show.mp4"
    assert fresh_recording(chosen) == chosen  # nothing there yet: the file as chosen
    chosen.write_bytes(b"yesterday's show")
    second = fresh_recording(chosen)
    assert second != chosen and second.name.startswith("show-") and second.suffix == ".mp4"
    second.write_bytes(b"an hour ago")
    third = fresh_recording(chosen)
    assert third not in (chosen, second)
    assert chosen.read_bytes() == b"yesterday's show"
