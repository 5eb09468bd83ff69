"""The core's messages (vhost.messages.Message) in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vhost.messages import CONTEXT, Message, message_of


def shown(text: object) -> str:
    """`text` as the app shows it: a core Message in the app's language, anything else as is."""
    if isinstance(text, Message):
        return text.render(lambda template: QCoreApplication.translate(CONTEXT, template))
    return str(text)


def error_text(error: BaseException) -> str:
    """An error's one sentence, in the app's language."""
    return shown(message_of(error))
