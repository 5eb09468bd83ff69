"""The chat console and the Analytics screen tell the truth: the approve box shows the mode the
show runs in, approved, rejected, blocked and lapsed answers each show (and count) as what
became of them, viewers show by name (pseudonyms stay in exports), blocking can be undone, and
every state, reason and intent reads in Chinese in the Chinese app."""

import csv
import re
import tomllib

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from vhost.chat.loop import BLOCKED, LAPSED, REASON_CODES, REJECTED  # noqa: E402
from vhost.domain import ChatMessage  # noqa: E402
from vhost.gui.analytics_panel import OUTCOMES, AnalyticsPanel  # noqa: E402
from vhost.gui.chat_panel import COLUMNS, ChatPanel  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.testing import decided  # noqa: E402

from .test_gui import _comments, _factory, _window  # noqa: E402


def _cell(panel, row, name):
    return panel.table.item(row, COLUMNS.index(name))


def _colour(panel, row):
    return _cell(panel, row, "action").background().color().name()


def _select(panel, row):
    panel.table.selectRow(row)
    assert panel.table.selectionModel().selectedRows()[0].row() == row


def test_the_approve_box_shows_the_mode_the_show_runs_in(qtbot, tmp_path, writer, compliance):
    replay = _comments(tmp_path, [{"id": "c1", "user": "u1", "name": "小王", "text": "多少钱", "t": 1}])
    window = _window(qtbot, tmp_path, _factory(writer, compliance, replay), compliance, approve=False)
    assert not window.chat.approve_box.isChecked()
    window.settings.approve.setChecked(True)  # turned on in the settings, then saved
    window.settings.save_button.click()
    assert window.chat.approve_box.isChecked() and window.prefs.approve
    window.go_live()
    try:
        qtbot.waitUntil(lambda: window.chat.table.rowCount() == 1, timeout=15000)
        show = window._live_show()
        assert show.approve_first and window.chat.approve_box.isChecked()
        assert _cell(window.chat, 0, "action").text() == "waiting for you"  # it was held: ON is the truth
        window.chat.approve_box.setChecked(False)  # the Chat screen's box steers the show at once
        assert not show.approve_first and not window.settings.approve.isChecked()
        assert "without waiting" in window.statusBar().currentMessage()
        assert not GuiPrefs.load(tmp_path / "gui.ini").approve
    finally:
        window.stop()


def test_approve_reject_block_unblock_and_lapse_on_a_running_show(qtbot, tmp_path, writer, compliance):
    replay = _comments(
        tmp_path,
        [
            {"id": "c1", "user": "u1", "name": "小王", "text": "多少钱", "t": 1},
            {"id": "c2", "user": "u2", "name": "小李", "text": "包邮吗", "t": 1.2},
            {"id": "c3", "user": "u3", "name": "阿花", "text": "哈哈", "t": 1.4},
        ],
    )
    window = _window(qtbot, tmp_path, _factory(writer, compliance, replay), compliance, approve=True)
    chat, analytics = window.chat, window.analytics
    window.go_live()
    try:
        qtbot.waitUntil(lambda: chat.table.rowCount() == 3, timeout=15000)
        assert [_cell(chat, r, "viewer").text() for r in range(3)] == ["小王", "小李", "阿花"]
        assert all(_cell(chat, r, "viewer").toolTip().startswith("viewer-") for r in range(3))
        assert analytics.outcomes["waiting"] == 2 and analytics.actions["pending"] == 2

        _select(chat, 0)
        qtbot.mouseClick(chat.approve_button, Qt.MouseButton.LeftButton)
        _select(chat, 1)
        qtbot.mouseClick(chat.reject_button, Qt.MouseButton.LeftButton)
        states = [_cell(chat, r, "action").text() for r in range(3)]
        assert states == ["answered", "rejected by you", "ignored (chit-chat)"]
        assert len({_colour(chat, r) for r in range(3)}) == 3  # rejected never looks ignored
        assert not _cell(chat, 0, "reply").flags() & Qt.ItemFlag.ItemIsEditable
        assert (analytics.actions["speak"], analytics.actions["pending"]) == (1, 0)
        assert (analytics.outcomes["answered"], analytics.outcomes["rejected"]) == (1, 1)
        analytics.redraw()
        assert analytics.totals.text().startswith("3 messages: 1 answered, 2 ignored, 0 moderated.")
        assert "1 rejected by you" in analytics.totals.text()

        _select(chat, 0)
        qtbot.mouseClick(chat.block_button, Qt.MouseButton.LeftButton)
        show = window._live_show()
        wang = _cell(chat, 0, "viewer").toolTip()
        assert show.blocked() == {wang} and "小王 is blocked" in window.statusBar().currentMessage()
        assert chat.block_button.text() == "Unblock viewer" and chat.blocked_button.isEnabled()
        show.chat.handle(ChatMessage("3号多少钱", user_id="u1", name="小王", id="c4"))  # blocked now
        show.chat.handle(ChatMessage("收到的杯子漏水了，要退款", user_id="u5", name="小张", id="c5"))  # held
        qtbot.waitUntil(lambda: chat.table.rowCount() == 5, timeout=5000)
        assert _cell(chat, 3, "action").text() == "blocked viewer" and "blocked" not in analytics.intents
        assert analytics.outcomes["blocked"] == 1 and analytics.actions["ignore"] == 3
        assert _colour(chat, 3) not in {_colour(chat, 1), _colour(chat, 2)}

        (unblock,) = chat.blocked_button.menu().actions()
        assert unblock.text() == "Unblock 小王"
        unblock.trigger()
        assert show.blocked() == set() and "小王 is unblocked" in window.statusBar().currentMessage()
        _select(chat, 0)
        assert chat.block_button.text() == "Block viewer" and not chat.blocked_button.isEnabled()
        qtbot.waitUntil(lambda: _cell(chat, 4, "action").text() == "waiting for you", timeout=5000)
    finally:
        window.stop()
    # The show ended with an answer still held: it lapsed, and the screens say so.
    assert _cell(chat, 4, "action").text() == "lapsed: not approved in time"
    assert analytics.outcomes["lapsed"] == 1 and analytics.outcomes["waiting"] == 0


def test_an_approved_answer_shows_the_words_the_law_let_through(qtbot, tmp_path, writer, compliance):
    replay = _comments(tmp_path, [{"id": "c1", "user": "u1", "text": "包邮吗", "t": 1}])
    window = _window(qtbot, tmp_path, _factory(writer, compliance, replay), compliance, approve=True)
    chat = window.chat
    window.go_live()
    try:
        qtbot.waitUntil(lambda: chat.table.rowCount() == 1, timeout=15000)
        _select(chat, 0)
        _cell(chat, 0, "reply").setText("   ")  # nothing left to say: not approved, still waiting
        qtbot.mouseClick(chat.approve_button, Qt.MouseButton.LeftButton)
        assert "advertising law" in window.statusBar().currentMessage()
        assert _cell(chat, 0, "action").text() == "waiting for you" and chat.approve_button.isEnabled()
        _cell(chat, 0, "reply").setText("全网最低价，全国包邮。")
        qtbot.mouseClick(chat.approve_button, Qt.MouseButton.LeftButton)
        assert _cell(chat, 0, "action").text() == "answered"
        qtbot.waitUntil(lambda: "全网最低价" not in _cell(chat, 0, "reply").text(), timeout=5000)
        assert "全国包邮" in _cell(chat, 0, "reply").text() and window.analytics.actions["speak"] == 1
    finally:
        window.stop()


def test_blocked_viewers_count_as_ignored_not_as_a_question_and_exports_name_nobody(qtbot, tmp_path):
    panel = AnalyticsPanel()
    qtbot.addWidget(panel)
    rows = [
        decided(stream_time=5, id="a", name="小王", action="speak", intent="price", pending=True),
        decided(stream_time=6, id="b", name="小李", action="speak", intent="shipping", pending=True),
        decided(stream_time=7, id="c", name="小王", action="ignore", intent="blocked", reason=BLOCKED),
        decided(stream_time=8, id="d", name="阿花", action="speak", intent="stock", pending=True),
    ]
    for row in rows:
        panel.add_decision(row)
    panel.resolve("a", "speak", None)
    panel.resolve("a", "speak", None)  # the window's own report, then the show's: counted once
    panel.resolve("b", "ignore", REJECTED)
    panel.resolve("d", "ignore", LAPSED)
    assert panel.intents == {"price": 1, "shipping": 1, "stock": 1}
    assert panel.actions == {"speak": 1, "ignore": 3, "pending": 0}
    assert {name: panel.outcomes[name] for name in OUTCOMES if panel.outcomes[name]} == {
        "answered": 1,
        "rejected": 1,
        "blocked": 1,
        "lapsed": 1,
    }
    panel.redraw()
    assert panel.totals.text() == (
        "4 messages: 1 answered, 3 ignored, 0 moderated. Of the ignored: 1 rejected by you,"
        " 1 from blocked viewers, 1 lapsed."
    )
    slices = [s.label() for s in panel.views[3].chart().series()[0].slices()]
    assert slices == ["answered 1", "rejected by you 1", "blocked viewers 1", "lapsed 1"]
    panel.export_csv(tmp_path / "chat.csv")
    text = (tmp_path / "chat.csv").read_text("utf-8")
    table = list(csv.reader(text.splitlines()))
    assert table[1] == ["1", "4", "1", "3", "0", ""]  # minute 1: the approval moved into "answered"
    assert ["rejected", "1"] in table and ["blocked", "1"] in table and ["waiting", "0"] in table
    assert "小王" not in text and "viewer-" not in text


def test_a_blocked_viewers_row_toggles_block_to_unblock(qtbot):
    panel = ChatPanel()
    qtbot.addWidget(panel)
    panel.add_decision(decided(id="a", viewer="viewer-1", name="小王", text="多少钱", action="ignore"))
    panel.add_decision(decided(id="b", viewer="viewer-2", name="", text="包邮吗", action="ignore"))
    assert _cell(panel, 1, "viewer").text() == "viewer-2"  # no name given: the pseudonym
    asked = []
    panel.block.connect(lambda viewer: asked.append(("block", viewer)))
    panel.unblock.connect(lambda viewer: asked.append(("unblock", viewer)))
    _select(panel, 0)
    panel.block_button.click()
    panel.set_blocked({"viewer-1": panel.viewer_name("viewer-1")})  # as the window does once blocked
    assert panel.block_button.text() == "Unblock viewer"
    panel.block_button.click()
    _select(panel, 1)
    assert panel.block_button.text() == "Block viewer"
    assert asked == [("block", "viewer-1"), ("unblock", "viewer-1")]
    assert panel.blocked_button.text() == "Blocked viewers (1)"


def _chinese(text):
    """No English word left (digits, punctuation and product ids aside)."""
    return re.search(r"[A-Za-z]{2,}", text) is None


def test_every_state_reason_and_intent_reads_in_chinese(qtbot):
    from PySide6.QtWidgets import QApplication

    from vhost.gui.i18n import install_translation

    app = QApplication.instance()
    assert install_translation(app, "zh")
    try:
        panel = ChatPanel()
        analytics = AnalyticsPanel(panel.intent_text)
        qtbot.addWidget(panel)
        qtbot.addWidget(analytics)
        intents = set(tomllib.loads(_intents_toml()))
        intents |= {"chitchat", "other", "moderated", "flood", "blocked", "gift", "like", "follow", "enter"}
        shown = {f"intent {i}": panel.intent_text(i) for i in intents}
        shown |= {f"reason {r}": panel.state_text("ignored", r) for r in {*REASON_CODES.values(), "other"}}
        shown |= {f"state {s}": panel.state_text(s) for s in OUTCOMES}
        english = {key: text for key, text in shown.items() if not _chinese(text)}
        assert english == {}
        assert panel.state_text("waiting", "price") == "等待审核"  # an answer's facts are no reason
        for row in (
            decided(id="a", action="speak", intent="price", pending=True),
            decided(id="b", action="ignore", intent="blocked", reason=BLOCKED),
        ):
            analytics.add_decision(row)
        analytics.resolve("a", "ignore", REJECTED)
        analytics.redraw()
        assert _chinese(analytics.totals.text()), analytics.totals.text()
        labels = [s.label() for s in analytics.views[3].chart().series()[0].slices()]
        assert labels and all(_chinese(label) for label in labels), labels
    finally:
        install_translation(app, "en")


def _intents_toml():
    from importlib import resources

    return resources.files("vhost.chat").joinpath("intents.toml").read_text("utf-8")
