"""Chat sources, chosen by a spec string on the command line (`--chat replay:FILE`)."""

from __future__ import annotations

from pathlib import Path

from vhost.chat.sources.base import ChatSource
from vhost.errors import ChatError

SOURCES = "replay:FILE (a JSON-lines file) or console (lines typed on standard input)"


def open_source(spec: str) -> ChatSource:
    kind, _, arg = spec.partition(":")
    if kind == "replay" and arg:
        from vhost.chat.sources.replay import ReplayChat

        return ReplayChat(Path(arg))
    if kind == "console" and not arg:
        from vhost.chat.sources.console import ConsoleChat

        return ConsoleChat()
    raise ChatError(f"Unknown chat source {spec!r}; use {SOURCES}.")


__all__ = ["ChatSource", "SOURCES", "open_source"]
