"""The desktop app driven offscreen with pytest-qt: go live to null outputs, a replayed comment
shows in the chat console and its answer is spoken, approve-before-speaking, say now through
the compliance filter, settings kept across restarts, a failed start explained."""

import json

import pytest

pytest.importorskip("pytestqt")

from vhost.animate.animator import Animator  # noqa: E402
from vhost.catalog import load_catalog  # noqa: E402
from vhost.chat.loop import ChatLoop  # noqa: E402
from vhost.chat.responder import ChatResponder  # noqa: E402
from vhost.chat.sources.replay import ReplayChat  # noqa: E402
from vhost.engine.clock import MonotonicClock  # noqa: E402
from vhost.engine.director import Director  # noqa: E402
from vhost.engine.events import LineStarted  # noqa: E402
from vhost.engine.live import LiveEngine  # noqa: E402
from vhost.errors import BackendError  # noqa: E402
from vhost.gui.chat_panel import COLUMNS  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.new_product import NewProductDialog  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.gui.session import LiveSession  # noqa: E402
from vhost.outputs.null import NullOutput  # noqa: E402
from vhost.show.live_show import LiveShow  # noqa: E402
from vhost.testing import EventRecorder, FakeVoice, JawPicture, decided  # noqa: E402

from .conftest import DEMO_CATALOG, NOW  # noqa: E402
from .test_engine import FPS  # noqa: E402


def _comments(tmp_path, rows):
    path = tmp_path / "chat.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def _factory(writer, compliance, replay=None, spoken=None, clock=MonotonicClock):
    """A session like the app's, on the fake voice and a flat picture (a real clock unless a
    test asks for a simulated one; null outputs). `spoken` gets an EventRecorder per engine."""
    catalog = load_catalog(DEMO_CATALOG).catalog

    def make_session(prefs, edited=None, **how):  # how: restart, preview (as the app passes)
        shown = edited or catalog

        def make_show(outputs, progress):
            director = Director(writer, shown, prefs.lang, now=lambda: NOW)
            engine = LiveEngine(
                FakeVoice(),
                JawPicture(),
                Animator(FPS),
                director,
                [*outputs, NullOutput()],
                clock(),
                prefs.lang,
                fps=FPS,
                starts_at=NOW,
            )
            if spoken is not None:
                spoken.append(EventRecorder(engine.events))
            chat = None
            if replay is not None:
                responder = ChatResponder(shown, prefs.lang, compliance)
                chat = ChatLoop(ReplayChat(replay), responder, engine, approve=prefs.approve)
            return LiveShow(engine, compliance, chat)

        return LiveSession(make_show)

    return make_session


def _window(qtbot, tmp_path, make_session, compliance, **prefs):
    path = tmp_path / "gui.ini"
    chosen = GuiPrefs(**prefs)
    window = MainWindow(make_session, chosen, path)
    qtbot.addWidget(window)
    window.show()
    return window


def _cell(window, row, name):
    return window.chat.table.item(row, COLUMNS.index(name)).text()


def _answers(spoken):
    """Every answer piece begun so far (spoken: the engines' event recorders)."""
    return [line.text for line in spoken[0].started("answer")]


def test_go_live_shows_the_stream_and_a_replayed_comment_is_answered_on_air(
    qtbot, tmp_path, writer, compliance
):
    replay = _comments(tmp_path, [{"id": "c1", "user": "u1", "name": "小王", "text": "多少钱", "t": 1}])
    spoken = []
    window = _window(qtbot, tmp_path, _factory(writer, compliance, replay, spoken), compliance)
    qtbot.mouseClick(window.live.go_button, qtbot_left())
    try:
        qtbot.waitUntil(
            lambda: window.live.preview.pixmap() is not None and not window.live.preview.pixmap().isNull(),
            timeout=10000,
        )
        assert not window.live.go_button.isEnabled() and window.live.stop_button.isEnabled()
        qtbot.waitUntil(lambda: window.chat.table.rowCount() == 1, timeout=15000)
        assert (
            _cell(window, 0, "comment") == "多少钱" and _cell(window, 0, "intent") == "price"
        )  # (English UI)
        assert "89元" in _cell(window, 0, "reply") and _cell(window, 0, "viewer") == "小王"  # as greeted
        qtbot.waitUntil(lambda: "Answering" in window.live.caption.text(), timeout=15000)
        qtbot.waitUntil(lambda: any("89元" in text for text in _answers(spoken)), timeout=15000)  # spoken
        qtbot.waitUntil(lambda: "fps" in window.live.figures.text(), timeout=5000)
        assert window.analytics.intents["price"] == 1 and window.analytics.actions["speak"] == 1
        assert (
            window.live.lights["camera"].state == "off"
            and "v4l2loopback" in window.live.lights["camera"].toolTip()
        )
    finally:
        qtbot.mouseClick(window.live.stop_button, qtbot_left())
    qtbot.waitUntil(lambda: window.live.go_button.isEnabled(), timeout=10000)
    assert window.session.show.engine.state == "stopped"


def test_an_operator_approves_an_edited_answer_before_it_is_spoken(qtbot, tmp_path, writer, compliance):
    replay = _comments(tmp_path, [{"id": "c1", "user": "u1", "text": "包邮吗", "t": 1}])
    spoken = []
    window = _window(qtbot, tmp_path, _factory(writer, compliance, replay, spoken), compliance, approve=True)
    assert window.chat.approve_box.isChecked()
    window.go_live()
    try:
        qtbot.waitUntil(lambda: window.chat.table.rowCount() == 1, timeout=15000)
        assert "waiting" in _cell(window, 0, "action") and not window.chat.approve_button.isEnabled()
        held = len(spoken[0].events())
        # A line begins after the answer was held: the moment it would have gone on air.
        qtbot.waitUntil(
            lambda: any(isinstance(e, LineStarted) for e in spoken[0].events()[held:]), timeout=15000
        )
        assert not any("发货" in text for text in _answers(spoken))  # nothing said before approval
        window.chat.table.selectRow(0)
        window.chat.table.item(0, COLUMNS.index("reply")).setText("全国包邮，下单后四十八小时内发货。")
        qtbot.mouseClick(window.chat.approve_button, qtbot_left())
        assert "answered" in _cell(window, 0, "action")
        qtbot.waitUntil(lambda: "全国包邮，" in "".join(_answers(spoken)), timeout=15000)
    finally:
        window.stop()


def test_say_now_goes_through_the_compliance_filter(qtbot, tmp_path, writer, compliance):
    spoken = []
    window = _window(qtbot, tmp_path, _factory(writer, compliance, spoken=spoken), compliance)
    window.chat.say_box.setText("这是全网最低价")
    window.chat.say_now.emit(window.chat.say_box.text())
    assert "Go live first" in window.statusBar().currentMessage()
    window.go_live()
    try:
        qtbot.waitUntil(
            lambda: window.session.running and window.session.show.engine.stats.frames > 0, timeout=10000
        )
        window.chat.say_box.setText("这是全网最低价，欢迎下单")
        qtbot.keyClick(window.chat.say_box, qtbot_enter())
        qtbot.waitUntil(lambda: any("欢迎下单" in t for t in _answers(spoken)), timeout=15000)
        assert not any("全网最低" in t for t in _answers(spoken))
    finally:
        window.stop()


def test_settings_are_kept_across_restarts(qtbot, tmp_path, writer, compliance):
    window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
    panel = window.settings
    panel.lang.setCurrentIndex(panel.lang.findData("en"))
    panel.chat.setText("twitch:#shop")
    panel.camera.setCurrentIndex(panel.camera.findData("none"))
    panel.record.setText("show.mp4")
    panel.approve.setChecked(True)
    panel._save()
    again = GuiPrefs.load(tmp_path / "gui.ini")
    assert (again.lang, again.chat, again.camera, again.record, again.approve) == (
        "en",
        "twitch:#shop",
        "none",
        "show.mp4",
        True,
    )
    reopened = _window(qtbot, tmp_path, _factory(writer, compliance), compliance, **vars(again))
    assert reopened.settings.lang.currentData() == "en" and reopened.chat.approve_box.isChecked()


def test_a_start_that_fails_is_one_sentence_and_the_show_can_be_started_again(qtbot, tmp_path, compliance):
    def broken(prefs, catalog, **how):
        def make_show(outputs, progress):
            raise BackendError(
                "The photo avatar.jpg has no face; choose a photo with one clear, frontal face."
            )

        return LiveSession(make_show)

    window = _window(qtbot, tmp_path, broken, compliance)
    window.go_live()
    qtbot.waitUntil(lambda: window.live.problem.text().startswith("The photo avatar.jpg has no face"))
    qtbot.waitUntil(lambda: window.live.go_button.isEnabled())
    assert not window.live.stop_button.isEnabled()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def qtbot_enter():
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Return


def test_every_string_of_the_app_is_translated_to_chinese(tmp_path):
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from vhost.gui import i18n

    def sources(path):
        return {m.find("source").text for m in ET.parse(path).getroot().iter("message")}

    shipped = i18n.HERE / "vhost_zh_CN.ts"
    unfinished = [
        m.find("source").text
        for m in ET.parse(shipped).getroot().iter("message")
        if m.find("translation").get("type") or not m.find("translation").text
    ]
    assert unfinished == []
    beside = Path(sys.executable).parent / "pyside6-lupdate"  # the venv's, when it is not on PATH
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    files = [str(path) for path in i18n.source_files()]  # the app's and the core's messages
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) <= sources(shipped), "run pyside6-lupdate and translate the new strings"


def test_the_app_speaks_chinese_with_the_shipped_font(qtbot, tmp_path, writer, compliance):
    from PySide6.QtWidgets import QApplication

    from vhost.gui.app import prepare_app
    from vhost.gui.i18n import install_translation

    app = QApplication.instance()
    prepare_app(app, "zh")
    try:
        window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
        assert [window.tabs.tabText(i) for i in range(6)] == ["直播", "商品", "排播", "评论", "分析", "设置"]
        assert window.live.go_button.text() == "开播"
        assert "Noto Sans CJK" in app.font().family()
        # Qt's own dialogs too (a file dialog's buttons, OK/Cancel), not only vhost's strings.
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        install_translation(app, "en")


def test_a_price_edited_in_the_catalog_reaches_the_script_and_the_card(qtbot, tmp_path, writer, compliance):
    from decimal import Decimal

    from vhost.engine.clock import ManualClock
    from vhost.gui.catalog_panel import COLUMNS as CATALOG_COLUMNS

    spoken = []  # a simulated clock: the show runs as fast as it can, so its price lines come soon
    window = _window(
        qtbot, tmp_path, _factory(writer, compliance, spoken=spoken, clock=ManualClock), compliance
    )
    panel = window.catalog
    assert panel.import_file(DEMO_CATALOG) and panel.table.rowCount() == 7
    # A02: A01's price comes from its colour variants (edited on the Variants tab).
    price = panel.table.item(1, CATALOG_COLUMNS.index("price"))
    price.setText("七十九")  # not a price: refused in place, the old price kept
    assert "not a price" in panel.summary.text() and panel.catalog.products[1].price == Decimal("299")
    price.setText("279")
    assert panel.catalog.products[1].price == Decimal("279")

    def lines():
        return [(line.text, line.product) for line in spoken[0].started()]

    window.go_live()
    try:
        qtbot.waitUntil(
            lambda: any("279元" in text for text, _ in lines()), timeout=60000
        )  # the script says it
        assert not any("299元" in text for text, _ in lines())
        assert window.session.show.engine.product_on_screen.price == Decimal("279")  # the card shows it
        # An edit while live reaches the running show (presented again from its pitch).
        panel.table.item(1, CATALOG_COLUMNS.index("price")).setText("269")
        assert "now follows your changes" in window.statusBar().currentMessage()
        window.session.show.engine.skip_to("A02")
        qtbot.waitUntil(lambda: any("269元" in text for text, _ in lines()), timeout=60000)
    finally:
        window.stop()


def test_catalog_rows_that_cannot_be_read_are_listed_and_products_can_be_reordered(
    qtbot, tmp_path, compliance
):
    bad = tmp_path / "shop.csv"
    bad.write_text("id,title,price\nB1,杯子,19\nB2,,29\nB3,碗,不知道\n", "utf-8")
    window = _window(qtbot, tmp_path, lambda prefs, catalog, **how: None, compliance)
    panel = window.catalog
    assert panel.import_file(bad)
    assert [p.id for p in panel.catalog.products] == ["B1"]
    assert panel.problems.count() == 2 and "row skipped" in panel.problems.item(0).text()
    panel.add_product()
    dialog = panel.findChild(NewProductDialog)  # Add asks for a title and a price first
    dialog.title.setText("碗")
    dialog.price.setText("29")
    dialog.accept()
    assert [p.id for p in panel.catalog.products] == ["B1", "B2"]  # the catalog's own id pattern
    panel.table.selectRow(1)
    panel.move_selected(-1)
    assert [p.id for p in panel.catalog.products] == ["B2", "B1"] and "“碗” moved up" in panel.summary.text()
    out = tmp_path / "out.json"
    panel.export_file(out)
    from vhost.catalog import load_catalog

    assert [p.id for p in load_catalog(out).catalog.products] == ["B2", "B1"]
    assert not panel.import_file(tmp_path / "missing.csv") and "missing.csv" in panel.summary.text()


def test_generate_a_script_edit_a_line_and_play_it(qtbot, tmp_path, writer, compliance):
    from vhost.gui.script_panel import COLUMNS as SCRIPT_COLUMNS
    from vhost.gui.script_panel import ScriptPanel

    played = []

    def player(audio, rate):
        played.append((len(audio) / rate, rate))
        return None

    script = ScriptPanel(compliance, FakeVoice, player)
    window = MainWindow(
        _factory(writer, compliance), GuiPrefs(), tmp_path / "gui.ini", script
    )  # fmt: skip
    qtbot.addWidget(window)
    script.product.setCurrentIndex(script.product.findData("A01"))
    qtbot.mouseClick(script.generate_button, qtbot_left())
    rows = script.table.rowCount()
    assert rows > 5 and {script.table.item(r, 0).text() for r in range(rows)} == {"A01"}
    assert "89元" in "".join(script.table.item(r, SCRIPT_COLUMNS.index("text")).text() for r in range(rows))

    text = script.table.item(1, SCRIPT_COLUMNS.index("text"))
    text.setText("这是全网最低价，大家放心买")  # forbidden words are marked as typed, with the rewrite
    law = script.table.item(1, SCRIPT_COLUMNS.index("law")).text()
    assert law.startswith("Forbidden words") and "全网最低" not in law.split("Say instead:")[1]
    text.setText("这款杯子保温十二小时")
    assert script.table.item(1, SCRIPT_COLUMNS.index("law")).text() == "OK"
    assert script.script.lines()[1].text == "这款杯子保温十二小时"  # the edit is in the script

    script.table.selectRow(1)
    qtbot.mouseClick(script.play_button, qtbot_left())
    qtbot.waitUntil(lambda: bool(played) and not script.playing, timeout=10000)
    assert played[0][0] > 0.5 and "Played" in script.status.text()
    out = tmp_path / "script.json"
    script.save(out)
    assert "这款杯子保温十二小时" in out.read_text("utf-8")


def test_a_line_that_cannot_be_played_says_why(qtbot, tmp_path, compliance):
    from vhost.catalog import load_catalog
    from vhost.gui.script_panel import ScriptPanel, play_on_speakers

    script = ScriptPanel(compliance, FakeVoice, play_on_speakers)  # this machine has no sound card
    qtbot.addWidget(script)
    script.set_catalog(load_catalog(DEMO_CATALOG).catalog, "zh")
    script.generate()
    script.table.selectRow(0)
    script.play_selected()
    qtbot.waitUntil(lambda: not script.playing, timeout=10000)
    assert script.status.text().startswith(
        ("This computer has no sound output to play on;", "Could not play the line:", "Played")
    )


def test_analytics_count_the_chat_and_export_csv_and_png(qtbot, tmp_path):
    import csv

    from vhost.gui.analytics_panel import AnalyticsPanel

    panel = AnalyticsPanel()
    qtbot.addWidget(panel)
    rows = [
        {"stream_time": 5, "action": "speak", "intent": "price", "product": "A01", "sentiment": 0.8},
        {"stream_time": 20, "action": "ignore", "intent": "price", "product": "A01", "sentiment": 0.6},
        {"stream_time": 70, "action": "moderate", "intent": "moderated", "sentiment": None},
        {"stream_time": 80, "action": "speak", "intent": "shipping", "product": "A02", "sentiment": 0.4},
        {"stream_time": 90, "action": "speak", "intent": "gift", "kind": "gift"},
    ]
    for row in rows:
        panel.add_decision(decided(**row), f"{row.get('product')} 杯子" if row.get("product") else "")
    panel.redraw()
    assert panel.intents == {"price": 2, "shipping": 1}  # gifts and moderated words are not intents
    assert panel.products == {"A01 杯子": 2, "A02 杯子": 1}
    assert "5 messages: 3 answered, 1 ignored, 1 moderated" in panel.totals.text()
    minutes = panel.views[0].chart().series()[0].barSets()
    assert [minutes[0].at(i) for i in range(2)] == [2.0, 3.0] and [minutes[1].at(i) for i in range(2)] == [
        1.0,
        2.0,
    ]
    panel.export_csv(tmp_path / "chat.csv")
    table = list(csv.reader((tmp_path / "chat.csv").open(encoding="utf-8")))
    assert table[0][:3] == ["minute", "messages", "answered"] and table[1] == [
        "1",
        "2",
        "1",
        "1",
        "0",
        "0.700",
    ]
    assert ["price", "2"] in table and ["A01 杯子", "2"] in table
    assert panel.export_png(tmp_path / "chat.png") and (tmp_path / "chat.png").stat().st_size > 1000


def test_analytics_name_intents_in_the_apps_language(qtbot):
    from vhost.gui.analytics_panel import AnalyticsPanel

    panel = AnalyticsPanel(lambda intent: {"price": "价格"}.get(intent, intent))
    qtbot.addWidget(panel)
    panel.add_decision(decided(stream_time=1, action="speak", intent="price", product="A01"))
    panel.redraw()
    axis = panel.views[1].chart().axes()[0]
    assert axis.categories() == ["价格"]


def test_secrets_go_to_the_keyring_never_to_the_settings_file(
    qtbot, tmp_path, writer, compliance, memory_keyring
):
    from vhost.gui.secrets import rtmp_url

    window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
    panel = window.settings
    panel.rtmp.setText("http://not-rtmp")
    panel._save()
    assert "is not an RTMP address" in panel.problem.text() and rtmp_url() is None
    panel.rtmp.setText("rtmp://live.example.com/app/SECRET-KEY")
    panel.llm_endpoint.setText("http://localhost:11434/v1")
    panel.llm_model.setText("qwen2.5")
    panel.llm_key.setText("sk-SECRET")
    panel._save()
    assert panel.problem.text() == "" and rtmp_url() == "rtmp://live.example.com/app/SECRET-KEY"
    assert memory_keyring[("vhost-llm", "http://localhost:11434/v1")] == "sk-SECRET"
    saved = (tmp_path / "gui.ini").read_text("utf-8")
    assert "SECRET" not in saved and "qwen2.5" in saved and panel.rtmp.text() == ""
    again = GuiPrefs.load(tmp_path / "gui.ini")
    assert (again.llm_endpoint, again.llm_model) == ("http://localhost:11434/v1", "qwen2.5")


def test_without_a_keyring_the_stream_key_is_not_kept_and_the_app_says_so(
    qtbot, tmp_path, writer, compliance
):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
        window.settings.rtmp.setText("rtmp://live.example.com/app/KEY")
        window.settings._save()
        assert "no system keyring" in window.settings.problem.text()
        assert "KEY" not in (tmp_path / "gui.ini").read_text("utf-8")
    finally:
        keyring.set_keyring(previous)


def test_vhost_gui_without_a_screen_is_one_sentence(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["VHOST_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "vhost", "gui"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.startswith("vhost: There is no screen here") and "Traceback" not in done.stderr


def test_the_window_fits_a_laptop_screen_and_reopens_at_the_size_it_was_left(
    qtbot, tmp_path, writer, compliance
):
    from vhost.gui.main_window import window_size

    assert window_size("", (1366, 768 - 28)) == (1180, 692)  # a laptop with a panel: all of it shows
    assert window_size("1900x1000", (1366, 768)) == (1350, 720)  # left big on a monitor, opened here
    assert window_size("900x600", (1920, 1080)) == (900, 600)
    assert window_size("nonsense", (1920, 1080)) == (1180, 720)
    window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
    window.resize(900, 600)
    window.close()
    assert GuiPrefs.load(tmp_path / "gui.ini").window == "900x600"


def test_shortcuts_go_live_pause_and_save_from_any_screen(qtbot, tmp_path, writer, compliance):
    from PySide6.QtCore import Qt

    window = _window(qtbot, tmp_path, _factory(writer, compliance), compliance)
    window.tabs.setCurrentWidget(window.catalog)  # not on the Live screen
    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: window.session is not None and window.live.pause_button.isEnabled(), timeout=20000
    )
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.live.pause_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.live.pause_button.isChecked()
    qtbot.waitUntil(lambda: not window.live.preview.pixmap().isNull(), timeout=20000)
    window.live.lights["recording"].set("on", "show.mp4")  # as a recording show would light it
    window.live.stop_button.click()
    # off air, the screen says so: no frozen last picture, no output still lit
    qtbot.waitUntil(lambda: "Off air" in window.live.preview.text(), timeout=20000)
    assert window.live.preview.pixmap().isNull() and window.live.lights["recording"].state == "off"
    window.settings.approve.setChecked(not window.prefs.approve)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert GuiPrefs.load(tmp_path / "gui.ini").approve == window.settings.approve.isChecked()
