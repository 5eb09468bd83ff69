"""What a merchant walking through the app found, fixed (offscreen, with pytest-qt): the Script
screen says what Use on air did to the lines and shows the words said, shows the lines on air
after a restart, and says what to do when empty; a computer with no sound output is said at once,
with a WAV file instead; the Presenter screen's messages sit under the face or the voice they
are about; the Catalog screen's Undo, Redo, Problems, ids and refusals; the Chat screen fits
1366x768 and keeps words it could not say; the Settings screen's hints, and no catalog field."""

import wave

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QStyle  # noqa: E402

from vhost.catalog import load_catalog  # noqa: E402
from vhost.domain import Catalog, Product  # noqa: E402
from vhost.errors import BackendError  # noqa: E402
from vhost.gui import script_panel as script_module  # noqa: E402
from vhost.gui.catalog_panel import COLUMNS as CATALOG_COLUMNS  # noqa: E402
from vhost.gui.catalog_panel import CatalogPanel, new_id  # noqa: E402
from vhost.gui.chat_panel import ChatPanel  # noqa: E402
from vhost.gui.main_window import DEFAULT_WINDOW, MainWindow, window_size  # noqa: E402
from vhost.gui.new_product import NewProductDialog  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.gui.presenter_panel import PresenterPanel  # noqa: E402
from vhost.gui.script_panel import COLUMNS, ScriptPanel, play_on_speakers, sound_check  # noqa: E402
from vhost.gui.settings_panel import SettingsPanel  # noqa: E402
from vhost.gui.tables import PROBLEM, REFUSED, REFUSED_TEXT  # noqa: E402
from vhost.testing import FakeVoice  # noqa: E402

from .conftest import DEMO_CATALOG  # noqa: E402

TEXT, LAW = COLUMNS.index("text"), COLUMNS.index("law")
NO_SOUND = (
    "This computer has no sound output to play on; set one up in Settings → Camera, sound and"
    " recording (How to set this up)."
)


class _Voices:
    """The show's voice, counting how often it is opened (it takes seconds in the app)."""

    def __init__(self):
        self.opened = 0

    def __call__(self):
        self.opened += 1
        return FakeVoice()


def _script_panel(qtbot, compliance, has_sound=None, voice=None):
    played = []
    panel = ScriptPanel(
        compliance,
        voice or FakeVoice,
        lambda audio, rate: played.append(len(audio) / rate),
        has_sound=has_sound,
    )
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.set_catalog(load_catalog(DEMO_CATALOG).catalog, "zh")
    return panel, played


def _texts(panel):
    return [panel.table.item(row, TEXT).text() for row in range(panel.table.rowCount())]


def _verdicts(panel):
    return [panel.table.item(row, LAW).text() for row in range(panel.table.rowCount())]


# ---- 1a. Use on air says what the law filter did, and the table shows the words said -------
def test_use_on_air_counts_reworded_and_left_out_lines_and_shows_the_words_said(qtbot, compliance):
    panel, _ = _script_panel(qtbot, compliance)
    panel.product.setCurrentIndex(panel.product.findData("A01"))
    panel.generate()
    rows = panel.table.rowCount()
    panel.table.item(1, TEXT).setText("绝对是世界上最好的杯子")  # reworded: 真的是很好的杯子
    panel.table.item(2, TEXT).setText("这是全网最低价，大家放心买")  # reworded: 超值价
    panel.table.item(3, TEXT).setText("治愈")  # nothing lawful left: left out
    assert _verdicts(panel)[1].startswith("Forbidden words")
    emitted = []
    panel.on_air.connect(emitted.append)

    panel.use_on_air()

    said = [line.text for segment in emitted[0]["A01"] for line in segment.lines]
    assert "真的是很好的杯子" in said and "这是超值价，大家放心买" in said and "治愈" not in said
    assert _texts(panel) == said and panel.table.rowCount() == rows - 1  # exactly the words said
    assert all(verdict == "On air: your lines" for verdict in _verdicts(panel))
    assert panel.status.text() == (
        "The show will present 1 product with these lines, as the table now shows them: the law"
        " filter reworded 2 lines and left out 1 line."
    )


def test_use_on_air_with_lawful_lines_says_so_plainly(qtbot, compliance):
    panel, _ = _script_panel(qtbot, compliance)
    panel.generate()  # all products
    products = {segment.product_id for segment in panel.script.segments} - {None}
    panel.use_on_air()
    assert panel.status.text() == (
        f"The show will present {len(products)} products with these lines, as the table shows them."
    )


# ---- 1b. the lines on air show after a restart ------------------------------------------------
def test_a_product_on_air_with_your_lines_shows_them_when_chosen_after_a_restart(qtbot, compliance):
    first, _ = _script_panel(qtbot, compliance)
    first.product.setCurrentIndex(first.product.findData("A02"))
    first.generate()
    first.table.item(0, TEXT).setText("运营改写：这款是店里的人气款。")
    kept = {}
    first.on_air.connect(kept.update)  # as the window keeps them (gui-lines.json)
    first.use_on_air()

    again, _ = _script_panel(qtbot, compliance)  # the app started again
    again.show_own_lines(kept)  # as the window does at start
    assert (
        again.script is None
        and "“新疆长绒棉四件套 1.8米床”" in again.hint.text()
        and not again.hint.isHidden()
    )
    assert again.written_button.isEnabled()  # (All products: Back to written for every product)

    again.product.setCurrentIndex(again.product.findData("A01"))  # written afresh: nothing to show
    assert again.table.rowCount() == 0 and not again.written_button.isEnabled()
    again.product.setCurrentIndex(again.product.findData("A02"))
    assert _texts(again)[0] == "运营改写：这款是店里的人气款。"
    assert set(_verdicts(again)) == {"On air: your lines"}
    assert (
        "On air: your lines for “新疆长绒棉四件套 1.8米床”" in again.hint.text() and not again.hint.isHidden()
    )
    assert again.table.item(0, TEXT).background().color() != QColor("#ffffff")
    assert again.written_button.isEnabled()

    again.table.item(0, TEXT).setText("运营又改了一句。")  # edited, not yet on air
    assert _verdicts(again)[0] == "OK"

    with qtbot.waitSignal(again.on_air) as back:
        again.written_button.click()
    assert back.args[0] == {"A02": None} and not again.written_button.isEnabled()
    assert "On air" not in " ".join(_verdicts(again)) and again.hint.isHidden()


def test_the_window_telling_the_lines_on_air_again_keeps_what_the_screen_shows(qtbot, compliance):
    panel, _ = _script_panel(qtbot, compliance)
    panel.product.setCurrentIndex(panel.product.findData("A01"))
    panel.generate()
    chosen = {}
    panel.on_air.connect(chosen.update)
    panel.use_on_air()
    shown = _texts(panel)
    panel.show_own_lines(chosen)  # the window, after Use on air
    assert _texts(panel) == shown and set(_verdicts(panel)) == {"On air: your lines"}
    panel.show_own_lines({})  # the window after Back to written elsewhere: nothing on air
    assert "On air" not in " ".join(_verdicts(panel)) and not panel.written_button.isEnabled()


# ---- 1c. an empty Script screen says what to do -----------------------------------------------
def test_an_empty_script_screen_says_what_to_do_until_a_script_exists(qtbot, compliance):
    panel, _ = _script_panel(qtbot, compliance)
    assert panel.hint.text() == "Choose a product and press Generate (or Generate all)."
    assert not panel.hint.isHidden() and panel.generate_button.text() == "Generate all"
    panel.product.setCurrentIndex(panel.product.findData("A01"))
    assert panel.generate_button.text() == "Generate"
    panel.generate()
    assert panel.hint.isHidden() and panel.table.rowCount() > 0


# ---- 2. no sound output: said at once, and a WAV file instead -------------------------------
def test_play_line_without_a_sound_output_says_so_at_once_and_saves_a_wav(qtbot, compliance, tmp_path):
    voices = _Voices()
    panel, played = _script_panel(qtbot, compliance, has_sound=lambda: False, voice=voices)
    panel.generate()
    assert panel.wav_button.isHidden()
    panel.table.selectRow(0)
    panel.play_button.click()
    assert panel.status.text() == NO_SOUND  # at once: the voice was not even opened
    assert voices.opened == 0 and not panel.playing and "pactl" not in panel.status.text()
    assert not panel.wav_button.isHidden()

    wav = tmp_path / "line.wav"
    assert panel.save_line_wav(wav)
    qtbot.waitUntil(lambda: not panel.playing, timeout=10000)
    assert panel.status.text().startswith(f"Saved the line to {wav}") and not played
    with wave.open(str(wav)) as sound:
        assert sound.getnchannels() == 1 and sound.getnframes() / sound.getframerate() > 0.5


def test_the_speakers_player_asks_for_a_sound_output_and_a_test_player_does_not(monkeypatch):
    import vhost.outputs.audio as audio

    assert sound_check(play_on_speakers) is script_module.sound_output_found
    assert sound_check(lambda audio, rate: None)() is True
    assert sound_check(play_on_speakers, lambda: False)() is False

    def none_here(choice):
        raise BackendError("no PortAudio here")

    monkeypatch.setattr(audio, "find_device", none_here)
    assert script_module.sound_output_found() is False
    monkeypatch.setattr(audio, "find_device", lambda choice: None)
    assert script_module.sound_output_found() is False
    monkeypatch.setattr(audio, "find_device", lambda choice: 3)
    assert script_module.sound_output_found() is True


def _presenter(qtbot, tmp_path, has_sound):
    opened, played = [], []

    def open_voice(name, speed, pitch):
        opened.append(name)
        return FakeVoice()

    panel = PresenterPanel(
        GuiPrefs(),
        tmp_path / "avatars",
        [("kokoro", "clear"), ("kokoro-kumo", "male")],
        open_voice,
        lambda audio, rate: played.append(len(audio) / rate),
        has_sound=has_sound,
    )
    qtbot.addWidget(panel)
    return panel, opened, played


def test_hear_it_without_a_sound_output_says_so_at_once_and_saves_a_wav(qtbot, tmp_path):
    panel, opened, played = _presenter(qtbot, tmp_path, has_sound=lambda: False)
    assert panel.hear() is None  # nothing started: no voice loading for ten seconds
    said = panel.voice_status.text()
    assert said.startswith(NO_SOUND) and "Save as WAV" in said and "pactl" not in said
    assert not opened and not panel.face_status.text()

    wav = tmp_path / "try.wav"
    panel.save_wav(wav)  # (a fake voice: done in a moment, so waited for by what it shows)
    qtbot.waitUntil(lambda: panel.voice_status.text().startswith(f"Saved to {wav}"), timeout=10000)
    assert wav.exists() and not played
    with wave.open(str(wav)) as sound:
        assert sound.getnframes() / sound.getframerate() > 0.5


def test_face_messages_sit_under_the_face_voice_messages_under_the_voice(qtbot, tmp_path):
    from PIL import Image

    panel, _, played = _presenter(qtbot, tmp_path, has_sound=lambda: True)
    blank = tmp_path / "wall.png"
    Image.new("RGB", (400, 400), (180, 180, 180)).save(blank)
    panel.import_photo(blank)
    qtbot.waitUntil(lambda: panel.face_status.text().startswith("No face was found"), timeout=30000)
    assert not panel.voice_status.text()
    face_group = panel.face_name.parentWidget()
    assert face_group.isAncestorOf(panel.face_status) and not face_group.isAncestorOf(panel.voice_status)
    assert panel.voice.parentWidget().isAncestorOf(panel.hear_button)

    qtbot.waitUntil(panel.import_button.isEnabled)  # (one face or voice at a time)
    panel.hear()  # a voice action leaves the face's message where it is
    qtbot.waitUntil(lambda: panel.voice_status.text().startswith("Speaking"), timeout=10000)
    assert panel.face_status.text()
    qtbot.waitUntil(lambda: bool(played), timeout=10000)
    panel.use_shipped()  # the next action on the face's side: its old message goes
    assert not panel.face_status.text() and panel.voice_status.text()
    panel.voice.setCurrentIndex(panel.voice.findData("kokoro-kumo"))  # and on the voice's side
    assert not panel.voice_status.text()


# ---- 3. the Catalog screen -------------------------------------------------------------------
def _catalog_panel(qtbot):
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def _cell(panel, row, name):
    return panel.table.item(row, CATALOG_COLUMNS.index(name))


def test_undo_first_puts_back_a_refused_value_then_undoes_and_redo_makes_it_again(qtbot):
    panel = _catalog_panel(qtbot)
    assert panel.import_file(DEMO_CATALOG)  # rows 1 and 2: A01 is priced by its variants
    first = str(panel.catalog.products[1].price)
    _cell(panel, 1, "price").setText("79")  # a valid edit
    _cell(panel, 2, "price").setText("abc")  # refused: still showing in its cell
    assert _cell(panel, 2, "price").background().color() == QColor(REFUSED)

    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cell(panel, 2, "price").text() == str(panel.catalog.products[2].price)
    assert _cell(panel, 2, "price").background().color() != QColor(REFUSED)
    assert str(panel.catalog.products[1].price) == "79"  # the valid edit is still there
    assert "taken back" in panel.summary.text() and not panel.redo_button.isEnabled()

    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # now the edit
    assert str(panel.catalog.products[1].price) == first and panel.redo_button.isEnabled()
    qtbot.keyClick(
        panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert str(panel.catalog.products[1].price) == "79" and _cell(panel, 1, "price").text() == "79"
    assert "Redone" in panel.summary.text()
    panel.undo()
    with qtbot.waitSignal(panel.changed) as redone:
        qtbot.keyClick(panel, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert str(redone.args[0].products[1].price) == "79"  # a running show follows Redo too
    panel.undo()
    panel.redo_button.click()
    assert str(panel.catalog.products[1].price) == "79"

    panel.undo()
    assert panel.redo_button.isEnabled()
    _cell(panel, 1, "price").setText("69")  # a new change: what Undo took back is gone
    assert not panel.redo_button.isEnabled()
    panel.redo()
    assert str(panel.catalog.products[1].price) == "69"


def test_the_problems_list_belongs_to_the_state_shown(qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title,price\nB01,杯子,19\nB02,,29\nB03,碗,不知道\n", "utf-8")
    good = tmp_path / "good.csv"
    good.write_text("id,title,price\nC01,毛巾,9\n", "utf-8")
    panel = _catalog_panel(qtbot)

    def problems():
        return [panel.problems.item(i).text() for i in range(panel.problems.count())]

    assert panel.import_file(bad)
    from_bad = problems()
    assert len(from_bad) == 2
    _cell(panel, 0, "price").setText("25")  # an edit keeps the import's problems
    assert problems() == from_bad
    assert panel.import_file(good)  # a new import replaces them
    assert problems() == []
    panel.undo()
    assert problems() == from_bad and str(panel.catalog.products[0].price) == "25"
    panel.redo()
    assert problems() == [] and [p.id for p in panel.catalog.products] == ["C01"]


def test_remove_and_move_say_what_they_did(qtbot):
    panel = _catalog_panel(qtbot)
    assert panel.import_file(DEMO_CATALOG)
    ids = [p.id for p in panel.catalog.products]
    titles = [p.title for p in panel.catalog.products]  # messages name products by their titles
    panel.table.selectRow(1)
    panel.move_selected(1)
    assert panel.summary.text() == f"“{titles[1]}” moved down."
    panel.move_selected(-1)
    assert panel.summary.text() == f"“{titles[1]}” moved up."
    panel.table.selectRow(0)
    panel.remove_selected()
    assert panel.summary.text() == f"“{titles[0]}” removed." and ids[0] not in {
        p.id for p in panel.catalog.products
    }


def test_a_product_added_by_hand_follows_the_catalogs_id_pattern(qtbot):
    assert new_id(["B01", "B02", "B03"]) == "B04"
    assert new_id(["B1", "B2"]) == "B3"
    assert new_id(["SKU-1", "杯子"]) == "P01"
    assert new_id([]) == "P01"
    assert new_id(["A01", "A02", "B07"]) == "A03"  # the most common letters
    assert new_id(["1001", "1002"]) == "1003"
    assert new_id(["P01", "P02", "P03", "X9"]) == "P04"

    panel = _catalog_panel(qtbot)
    panel.open_catalog(Catalog(tuple(Product(f"B0{n}", f"商品{n}", 10) for n in (1, 2, 3))), "")
    panel.add_product()
    qtbot.waitUntil(lambda: panel.findChild(NewProductDialog) is not None)
    dialog = panel.findChild(NewProductDialog)
    dialog.title.setText("竹纤维毛巾")
    dialog.price.setText("19")
    with qtbot.waitSignal(panel.changed):
        dialog.accept()
    assert panel.catalog.products[-1].id == "B04" and panel.summary.text() == "“竹纤维毛巾”: added."


def test_a_refused_cell_is_marked_clearly_and_the_refusal_says_what_would_do(qtbot):
    panel = _catalog_panel(qtbot)
    assert panel.import_file(DEMO_CATALOG)
    cell = _cell(panel, 1, "price")  # A02 (A01 is priced by its variants)
    cell.setText("abc")
    assert cell.background().color() == QColor(REFUSED) and cell.foreground().color() == QColor(REFUSED_TEXT)
    assert cell.font().bold() and "for example 59 or ¥59.90" in cell.toolTip()
    said = panel.summary.text()
    assert said.startswith(f"“{panel.catalog.products[1].title}”") and "for example 59 or ¥59.90" in said
    assert PROBLEM in panel.summary.styleSheet()
    # Clearly red, yet the value stays readable on it (WCAG AA contrast, 4.5:1 and more).
    assert QColor(REFUSED).red() - QColor(REFUSED).green() > 60
    assert _contrast(QColor(REFUSED), QColor(REFUSED_TEXT)) >= 4.5
    _cell(panel, 1, "stock").setText("-3")
    assert "for example 40" in panel.summary.text()
    cell.setText("59")  # accepted: plain again, and the summary is no longer a problem
    assert cell.background().color() != QColor(REFUSED) and not cell.font().bold()
    assert PROBLEM not in panel.summary.styleSheet()


def _contrast(one, other):
    def luminance(colour):
        def channel(value):
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.red())
            + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue())
        )

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ("B01,杯子,19\nB02,,29\n", "shop.csv: 1 product loaded, 1 row skipped (see Problems)."),
        ("B01,杯子,19\nB02,,29\nB03,碗,不知道\nB04,盘子,9\n", "shop.csv: 2 products loaded, 2 rows skipped"),
        ("B01,杯子,19\n", "shop.csv: 1 product loaded, no rows skipped."),
    ],
)
def test_the_import_summary_counts_in_natural_english(qtbot, tmp_path, rows, said):
    shop = tmp_path / "shop.csv"
    shop.write_text("id,title,price\n" + rows, "utf-8")
    panel = _catalog_panel(qtbot)
    assert panel.import_file(shop)
    assert panel.summary.text().startswith(said) and "(s)" not in panel.summary.text()


# ---- 4. the Chat screen ----------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1366, 768), window_size("", (1366, 768)), DEFAULT_WINDOW])
def test_the_chat_buttons_fit_the_window_on_a_1366x768_screen(qtbot, tmp_path, size):
    window = MainWindow(lambda prefs, catalog, **how: None, GuiPrefs(), tmp_path / "gui.ini")
    qtbot.addWidget(window)
    chat = window.chat
    chat.set_blocked({f"viewer{n}": f"观众{n}" for n in range(12)})  # "Blocked viewers (12)"
    window.resize(*size)
    window.tabs.setCurrentWidget(chat)
    window.show()
    qtbot.waitUntil(lambda: chat.isVisible() and chat.width() > 0)
    picture = chat.grab()  # laid out and drawn at the width the window gives it
    assert picture.width() == chat.width() and chat.width() <= size[0]
    for button in chat.findChildren(QAbstractButton):
        if button.isVisibleTo(chat):
            top_left = button.mapTo(chat, QPoint(0, 0))
            inside = chat.rect().contains(top_left) and chat.rect().contains(
                button.mapTo(chat, QPoint(button.width() - 1, button.height() - 1))
            )
            assert inside, (button.text(), top_left, button.size(), chat.size())
            assert button.width() >= button.sizeHint().width(), button.text()  # its text is whole
            if (
                getattr(button, "menu", lambda: None)() is not None
            ):  # room for the text beside the menu's arrow, not under it
                style = button.style()
                margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
                arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
                text = button.fontMetrics().horizontalAdvance(button.text())
                assert button.width() >= text + arrow + margins, button.text()


def test_words_that_were_not_said_stay_in_the_box_with_the_reason_and_a_suggestion(qtbot):
    chat = ChatPanel()
    qtbot.addWidget(chat)
    chat.show()
    refused = {}

    def show_refuses(text):  # as the window does when the law lets nothing of it through
        refused["text"] = text
        chat.say_refused(text, "这款是超值价", ["平台规则：禁止“全网最低价”"])

    chat.say_now.connect(show_refuses)
    chat.say_box.setText("全网最低价！")
    qtbot.keyClick(chat.say_box, Qt.Key.Key_Return)
    assert refused["text"] == "全网最低价！" and chat.say_box.text() == "全网最低价！"
    note = chat.say_note.text()
    assert note.startswith("Not said: advertising law forbids these words (平台规则")
    assert "The law filter suggests: 这款是超值价" in note and chat.say_note.isVisible()
    assert PROBLEM in chat.say_note.styleSheet() and chat.use_suggestion_button.isVisible()
    chat.use_suggestion_button.click()
    assert chat.say_box.text() == "这款是超值价" and not chat.say_note.isVisible()

    chat.say_now.disconnect(show_refuses)
    chat.say_refused("最", "")  # nothing lawful to suggest
    assert "Word it another way" in chat.say_note.text() and not chat.use_suggestion_button.isVisible()
    with qtbot.waitSignal(chat.say_now) as sent:
        chat.say_button.click()
    assert sent.args == ["最"] and chat.say_box.text() == "" and not chat.say_note.isVisible()
    chat.not_said("欢迎", "Go live first: there is no show to speak in.")
    assert chat.say_box.text() == "欢迎" and chat.say_note.text().startswith("Go live first")


# ---- 5. the Settings screen ------------------------------------------------------------------
def test_settings_hints_start_with_a_capital_and_the_chat_hint_names_replay(qtbot, tmp_path):
    panel = SettingsPanel(GuiPrefs(), data_dir=tmp_path)
    qtbot.addWidget(panel)
    hints = [field.placeholderText() for field in panel.findChildren(QLineEdit) if field.placeholderText()]
    assert hints and all(not hint[0].islower() for hint in hints if not hint.startswith("rtmp://")), hints
    assert "replay:comments.jsonl" in panel.chat.placeholderText()
    stream = panel.stream
    for index in range(stream.platform.count()):
        stream.platform.setCurrentIndex(index)
        help_text = stream.where_to_find.text()
        assert help_text and not help_text[0].islower(), help_text


def test_settings_have_no_catalog_field(qtbot, tmp_path):
    panel = SettingsPanel(GuiPrefs(catalog=str(tmp_path / "old.csv")), data_dir=tmp_path)
    qtbot.addWidget(panel)
    assert not hasattr(panel, "catalog")
    assert not any("Catalog" in label.text() for label in panel.findChildren(QLabel))
    assert not panel.unsaved()  # an older settings file's catalog is kept, not shown
    panel.save_button.click()
    assert panel.prefs.catalog == str(tmp_path / "old.csv")
