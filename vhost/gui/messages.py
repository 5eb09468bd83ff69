"""The core's messages (vhost.messages.Message) in the app's language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from vhost.messages import CONTEXT, SEPARATOR, Message, message_of


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def shown(text: object) -> str:
    """`text` as the app shows it: a core Message in the app's language, anything else as is
    (safe on any thread: Qt's translate is)."""
    if isinstance(text, Message):
        return text.render(_translate)
    return str(text)


def error_text(error: BaseException) -> str:
    """An error's one sentence, in the app's language."""
    return shown(message_of(error))


def listed(texts: Iterable[object]) -> str:
    """Several core messages (notes) on one line, each in the app's language."""
    return (_translate(SEPARATOR) or SEPARATOR).join(shown(text) for text in texts)
