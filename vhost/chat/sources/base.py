"""The contract every chat source keeps: a blocking iterator of messages that ends when the
source ends or `stop` is set. Sources that talk to a platform reconnect by themselves."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Protocol

from vhost.domain import ChatMessage


class ChatSource(Protocol):
    name: str

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        """Yield messages as they arrive. `now()`: seconds since the show started (stream
        time), for sources that replay on a schedule."""
        ...
