"""The operator's console: every line typed on standard input is a comment from "operator"
(the GUI's chat box replaces it later)."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TextIO

from vhost.domain import ChatMessage


class ConsoleChat:
    name = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdin

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        for number in itertools.count(1):
            line = self.stream.readline()
            if not line or stop.is_set():  # end of input, or the show stopped
                return
            if line.strip():
                yield ChatMessage(
                    line.strip(),
                    user_id="operator",
                    name="operator",
                    platform="console",
                    id=f"console-{number}",
                )
