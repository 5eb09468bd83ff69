"""A question the catalog could not answer ("I'll check") waits on the Chat screen until the
operator answers it: the answer is said on air (when a show is live) and goes into the
product's FAQ, kept and undoable like any catalog edit; an empty answer is refused, and
Dismiss drops a question without touching the catalog."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from vhost.domain import FaqPair  # noqa: E402
from vhost.gui.catalog_keeper import CatalogKeeper  # noqa: E402
from vhost.gui.chat_panel import COLUMNS, FLAGGED_COLOUR, ChatPanel  # noqa: E402
from vhost.gui.main_window import MainWindow  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.testing import decided  # noqa: E402

QUESTION = "杯子能刻字吗"
ANSWER = "可以刻字，下单时备注想刻的字就行"


def _check():
    """The chat said it would check: the catalog does not say whether A01 can be engraved."""
    return decided(
        stream_time=61, id="m1", viewer="viewer-1", name="小王", text=QUESTION, intent="other",
        product="A01", reply="这个我确认一下再告诉你", reason="check",
    )  # fmt: skip


def _price():
    return decided(
        stream_time=62, id="m2", viewer="viewer-2", name="小李", text="多少钱", intent="price",
        product="A01", reply="这款保温杯现在到手价 89 元", reason="price",
    )  # fmt: skip


def _open(qtbot, tmp_path):
    """The window as the app opens it (no show live), its catalog kept in tmp_path's store."""
    window = MainWindow(
        lambda prefs, catalog, **how: None,
        GuiPrefs(),
        tmp_path / "gui.ini",
        keeper=CatalogKeeper(tmp_path / "vhost.sqlite3"),
    )
    qtbot.addWidget(window)
    return window


def _chat_title(window):
    return window.tabs.tabText(window.tabs.indexOf(window.chat))


def _comment_colour(panel, row):
    return panel.table.item(row, COLUMNS.index("comment")).background().color().name()


def test_only_an_answer_that_says_i_will_check_is_flagged(qtbot):
    panel = ChatPanel()
    qtbot.addWidget(panel)
    assert panel.open_questions() == 0 and panel.questions_group.isHidden()
    panel.add_decision(_check(), "A01 316不锈钢保温杯 500ml")
    panel.add_decision(_price(), "A01 316不锈钢保温杯 500ml")
    panel.add_decision(decided(id="m3", text="能发新疆吗", product="A01", reason="unknown+llm"), "A01")
    panel.add_decision(decided(id="m4", text="在吗", product=None, reason="check"))  # about no product

    assert panel.open_questions() == 2 and not panel.questions_group.isHidden()
    assert "(2)" in panel.questions_group.title()
    first = [panel.questions.item(0, column).text() for column in range(4)]
    assert first == ["1:01", "小王", QUESTION, "A01 316不锈钢保温杯 500ml"]
    assert _comment_colour(panel, 0) == FLAGGED_COLOUR
    assert "The catalog does not say" in panel.table.item(0, COLUMNS.index("comment")).toolTip()
    assert _comment_colour(panel, 1) != FLAGGED_COLOUR  # the price answer is the catalog's own
    assert panel.answer_row.isHidden()  # no question chosen yet


def test_an_answer_is_added_to_the_faq_kept_and_undoable(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    chat = window.chat
    before = window.catalog.catalog.product("A01").faq
    window._event(_check())  # as the show's events reach the window
    window._event(_price())
    assert chat.open_questions() == 1 and _chat_title(window) == "Chat (1)"

    chat.questions.selectRow(0)
    assert not chat.answer_row.isHidden()
    with qtbot.assertNotEmitted(chat.answer_question):  # an empty answer is refused
        chat.answer_box.setText("   ")
        qtbot.mouseClick(chat.answer_button, Qt.MouseButton.LeftButton)
    assert "empty answer" in chat.answer_note.text() and chat.open_questions() == 1

    chat.answer_box.setText(ANSWER)
    with qtbot.waitSignal(chat.answer_question) as blocker:
        qtbot.mouseClick(chat.answer_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["A01", QUESTION, ANSWER]
    assert chat.open_questions() == 0 and _chat_title(window) == "Chat"

    pair = FaqPair(QUESTION, ANSWER)
    assert window.catalog.catalog.product("A01").faq == (*before, pair)
    assert CatalogKeeper(tmp_path / "vhost.sqlite3").load().product("A01").faq[-1] == pair
    message = window.statusBar().currentMessage()
    assert "Added to the FAQ" in message and "not said" in message  # no show is live

    window.catalog.undo()  # a catalog edit like any other
    assert window.catalog.catalog.product("A01").faq == before
    assert CatalogKeeper(tmp_path / "vhost.sqlite3").load().product("A01").faq == before


def test_dismiss_drops_the_question_and_leaves_the_catalog(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    catalog = window.catalog.catalog
    window._event(_check())
    window.chat.questions.selectRow(0)
    window.chat.answer_box.setText(ANSWER)  # typed, then thought better of
    with qtbot.assertNotEmitted(window.chat.answer_question):
        qtbot.mouseClick(window.chat.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.chat.open_questions() == 0 and _chat_title(window) == "Chat"
    assert window.catalog.catalog is catalog and not window.catalog.undo_button.isEnabled()
    assert CatalogKeeper(tmp_path / "vhost.sqlite3").load() is None  # the demo stays the demo


def test_an_answer_for_a_product_gone_from_the_catalog_loses_nothing(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    catalog = window.catalog.catalog
    window._event(decided(id="m9", name="阿花", text="能刻字吗", product="Z99", reason="check"))
    window.chat.questions.selectRow(0)
    window.chat.answer_box.setText("可以")
    qtbot.mouseClick(window.chat.answer_button, Qt.MouseButton.LeftButton)
    assert "no longer in the catalog" in window.statusBar().currentMessage()
    assert window.catalog.catalog is catalog
    assert window.chat.say_box.text() == "能刻字吗？可以"  # the words wait in the Say now box


def test_in_a_live_show_the_answer_is_said_on_air_and_the_show_knows_it(qtbot, tmp_path, writer, compliance):
    from .test_gui import _factory, _window

    spoken = []
    window = _window(qtbot, tmp_path, _factory(writer, compliance, spoken=spoken), compliance)
    window.go_live()
    try:
        qtbot.waitUntil(
            lambda: window.session.running and window.session.show.engine.stats.frames > 0, timeout=10000
        )
        window._event(_check())
        window.chat.questions.selectRow(0)
        window.chat.answer_box.setText(ANSWER)
        qtbot.keyClick(window.chat.answer_box, Qt.Key.Key_Return)
        assert "said on air" in window.statusBar().currentMessage()
        said = lambda: "".join(line.text for line in spoken[0].started("answer"))  # noqa: E731
        qtbot.waitUntil(lambda: f"{QUESTION}？{ANSWER}" in said(), timeout=15000)
        assert FaqPair(QUESTION, ANSWER) in window._live_show().product("A01").faq
    finally:
        window.stop()
