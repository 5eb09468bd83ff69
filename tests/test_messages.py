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


def test_the_app_shows_a_core_message_in_its_language(qtbot):
    pytest.importorskip("pytestqt")
    from vhost.gui.messages import error_text, shown

    assert shown("plain text") == "plain text"
    message = Message("No face was found in {name}.", name="a.png")
    assert shown(message) == "No face was found in a.png."  # no translation installed: English
    assert error_text(AvatarError(message)) == "No face was found in a.png."
