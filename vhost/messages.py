"""Sentences for the user that a front end can show in its own language.

The core speaks English (the CLI prints it), but every sentence a user may see is built as a
Message: English text that still knows its template and arguments, so the app renders the same
message in Chinese. Templates are marked with QT_TRANSLATE_NOOP("vhost", "…"), Qt's own marker
(a plain function here: nothing in the core imports Qt), so `pyside6-lupdate` finds them in the
core's files and they are translated beside the app's own strings.

    raise AvatarError(Message(QT_TRANSLATE_NOOP("vhost", "No face was found in {name}."), name=path.name))
"""

from __future__ import annotations

from typing import Any

CONTEXT = "vhost"  # the Qt translation context of every core template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` as a template to translate; returns it unchanged."""
    return text


# Between the items of a list argument (a tuple: "a; b; c"); Chinese joins them with "；".
SEPARATOR = QT_TRANSLATE_NOOP("vhost", "; ")


class Message(str):
    """English text (it is a str: print it, join it, compare it) that keeps its template and
    arguments; an argument may itself be a Message (a reason inside a sentence), or a tuple of
    them (a list, shown joined with SEPARATOR)."""

    template: str
    arguments: dict[str, Any]

    def __new__(cls, template: str, /, **arguments: Any) -> Message:
        english = {
            name: SEPARATOR.join(map(str, value)) if isinstance(value, tuple) else value
            for name, value in arguments.items()
        }
        text = super().__new__(cls, template.format(**english) if arguments else template)
        text.template, text.arguments = template, arguments
        return text

    def render(self, translate: Any) -> str:
        """The message in a front end's language: `translate(template) -> template`."""

        def one(value: Any) -> Any:
            return value.render(translate) if isinstance(value, Message) else value

        arguments = {
            name: (translate(SEPARATOR) or SEPARATOR).join(str(one(v)) for v in value)
            if isinstance(value, tuple)
            else one(value)
            for name, value in self.arguments.items()
        }
        wording = translate(self.template) or self.template
        try:
            return wording.format(**arguments) if arguments else wording
        except (KeyError, IndexError, ValueError):  # a translation that lost a {name}: the English
            return str.__str__(self)


def message_of(error: BaseException) -> str:
    """The sentence an error carries (a Message when it was raised with one: a VHostError's
    message, or the one argument of another error, e.g. ValueError(Message(...)))."""
    text = getattr(error, "message", None)
    if isinstance(text, str):
        return text
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
