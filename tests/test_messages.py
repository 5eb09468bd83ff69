"""Core messages in the user's language: English for the CLI, the same message in Chinese in
the app, from templates lupdate finds in the core's own files."""

import pytest

from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message, message_of


def _zh(template):
    return {
        "No face was found in {name}; {advice}": "在 {name} 里没有找到人脸；{advice}",
        "choose a photo with one clear, frontal face.": "请选一张有一张清楚正脸的照片。",
    }.get(template, "")


def test_a_message_is_its_english_text_and_keeps_its_template():
    advice = Message(QT_TRANSLATE_NOOP("vhost", "choose a photo with one clear, frontal face."))
    text = Message(
        QT_TRANSLATE_NOOP("vhost", "No face was found in {name}; {advice}"), name="me.jpg", advice=advice
    )
    assert text == "No face was found in me.jpg; choose a photo with one clear, frontal face."
    assert isinstance(text, str) and text.arguments["name"] == "me.jpg"
    assert text.render(_zh) == "在 me.jpg 里没有找到人脸；请选一张有一张清楚正脸的照片。"  # nested too


def test_an_untranslated_or_broken_translation_falls_back_to_english():
    text = Message("Only English {x}.", x=1)
    assert text.render(lambda template: "") == "Only English 1."
    assert text.render(lambda template: "坏的 {y}") == "Only English 1."  # lost its {x}


def test_an_error_raised_with_a_message_keeps_it():
    error = AvatarError(Message("No face was found in {name}.", name="a.png"))
    assert str(error) == "No face was found in a.png." and isinstance(message_of(error), Message)
    assert message_of(ValueError("plain")) == "plain"


def test_a_list_argument_and_a_value_error_keep_their_messages():
    reasons = (Message("is missing"), Message("{value} is negative", value="-3"))
    text = Message("{file}: {reasons}.", file="a.csv", reasons=reasons)
    assert text == "a.csv: is missing; -3 is negative."
    zh = {"; ": "；", "is missing": "缺失", "{value} is negative": "{value} 是负数"}
    assert text.render(lambda template: zh.get(template, "")) == "a.csv: 缺失；-3 是负数."
    assert message_of(ValueError(reasons[1])) is reasons[1]  # a parser's refusal keeps its Message


def test_the_app_shows_a_core_message_in_its_language(qtbot):
    pytest.importorskip("pytestqt")
    from vhost.gui.messages import error_text, shown

    assert shown("plain text") == "plain text"
    message = Message("No face was found in {name}.", name="a.png")
    assert shown(message) == "No face was found in a.png."  # no translation installed: English
    assert error_text(AvatarError(message)) == "No face was found in a.png."


# ---- real messages, in both languages ----------------------------------------------------------

MESSY_CSV = "id,title,price\nB1,杯子,19\nB2,,29\nB3,碗,不知道\n"  # no title; a price that is no price


def _foreign_words(text, *kept):
    """The runs of ASCII letters left in `text` once the arguments (file names, ids, URLs) and
    the names kept in any language (RTMP) are taken out."""
    import re

    for part in sorted(kept, key=len, reverse=True):
        text = text.replace(part, " ")
    return re.findall(r"[A-Za-z]{2,}", text)


def _catalog_problems(tmp_path):
    from vhost.catalog import load_catalog

    shop = tmp_path / "shop.csv"
    shop.write_text(MESSY_CSV, "utf-8")
    return load_catalog(shop)


def _no_face(tmp_path):
    pytest.importorskip("mediapipe")
    from PIL import Image

    from vhost.avatar.builder import build_avatar

    photo = tmp_path / "cup.png"
    Image.new("RGB", (320, 320), (200, 190, 180)).save(photo)  # an even wall: no face anywhere
    with pytest.raises(AvatarError) as caught:
        build_avatar(photo)
    return caught.value


def _not_rtmp():
    from vhost.errors import BackendError
    from vhost.outputs.rtmp import check_url

    with pytest.raises(BackendError) as caught:
        check_url("http://live.example.com/app/KEY123")
    return caught.value


@pytest.fixture
def app(request):
    pytest.importorskip("pytestqt")
    return request.getfixturevalue("qapp")


@pytest.fixture
def chinese(app):
    from vhost.gui.i18n import install_translation

    assert install_translation(app, "zh")
    yield app
    install_translation(app, "en")


def test_core_messages_render_in_chinese_with_the_shipped_translation(chinese, tmp_path):
    from vhost.gui.messages import error_text, shown

    report = _catalog_problems(tmp_path)
    skipped, refused = (shown(problem.message) for problem in report.problems)
    assert skipped == "shop.csv 第 3 行（编号 B2）：标题：缺失——已跳过该行"
    assert "第 4 行" in refused and "'不知道' 不是有效的价格" in refused and "已跳过该行" in refused
    assert _foreign_words(skipped, "shop.csv", "B2") == _foreign_words(refused, "shop.csv", "B3") == []
    assert shown(report.summary()) == "已导入 1 件商品，跳过 2 行。"

    no_face = error_text(_no_face(tmp_path))
    assert "没有找到人脸" in no_face and str(tmp_path / "cup.png") in no_face
    assert _foreign_words(no_face, str(tmp_path / "cup.png")) == []

    url = "'http://live.example.com/app/KEY123'"
    not_rtmp = error_text(_not_rtmp())
    assert "不是 RTMP 地址" in not_rtmp and url in not_rtmp
    assert _foreign_words(not_rtmp, url, "rtmp://live.example.com/app/STREAM-KEY", "RTMP") == []


def test_the_same_messages_stay_english_without_a_translation(app, tmp_path):
    from vhost.gui.messages import error_text, shown

    report = _catalog_problems(tmp_path)
    assert [shown(problem.message) for problem in report.problems] == [str(p) for p in report.problems]
    assert str(report.problems[0]) == "shop.csv row 3 (id B2): title: is missing — row skipped"
    assert str(report.problems[1]) == (
        "shop.csv row 4 (id B3 “碗”): price: '不知道' is not a price — row skipped"
    )
    assert shown(report.summary()) == "1 product loaded, 2 rows skipped."
    assert error_text(_no_face(tmp_path)).startswith(f"No face was found in {tmp_path / 'cup.png'}; use a")
    assert error_text(_not_rtmp()).startswith(
        "'http://live.example.com/app/KEY123' is not an RTMP address; it looks like rtmp://"
    )


def test_the_chinese_catalog_screen_lists_import_problems_without_english(chinese, qtbot, tmp_path):
    from vhost.gui.catalog_panel import CatalogPanel

    shop = tmp_path / "shop.csv"  # the messy file, with a column vhost does not know
    shop.write_text("id,title,price,warehouse\nB1,杯子,19,东\nB2,,29,西\nB3,碗,不知道,南\n", "utf-8")
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    assert panel.import_file(shop)
    lines = [panel.problems.item(row).text() for row in range(panel.problems.count())]
    assert len(lines) == 3 and all("已跳过该行" in line for line in lines[:2]) and "已忽略" in lines[2]
    for line in lines:
        known = ("shop.csv", "B2", "B3", "warehouse", "docs/catalog.md", "vhost")
        assert _foreign_words(line, *known) == [], line
    missing = tmp_path / "missing.csv"
    assert not panel.import_file(missing)  # a file that cannot be read: one sentence
    assert "不存在" in panel.summary.text() and _foreign_words(panel.summary.text(), str(missing)) == []


def test_a_failed_job_and_a_failed_show_speak_the_apps_language(chinese, qtbot):
    from vhost.gui.messages import shown
    from vhost.gui.session import LiveSession
    from vhost.gui.work import Job

    def refuse(report):
        raise AvatarError(Message(QT_TRANSLATE_NOOP("vhost", "the face too small")))

    job = Job("test", refuse)
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    assert failed.args == ["脸太小"]

    def broken(outputs, progress):
        raise RuntimeError("the GPU went away")

    session = LiveSession(broken)
    session.start()
    assert session.wait_started(10)
    assert session.error == "The show could not start: the GPU went away"  # the log's English
    assert shown(session.error) == "直播无法开始：the GPU went away"  # a foreign library's words stay
