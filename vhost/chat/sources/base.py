"""The contract every chat source keeps: a blocking iterator of messages that ends when the
source ends or `stop` is set. Sources that talk to a platform reconnect by themselves."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from vhost.domain import ChatMessage


class ChatSource(Protocol):
    name: str

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        """Yield messages as they arrive. `now()`: seconds since the show started (stream
        time), for sources that replay on a schedule."""
        ...


@dataclass(frozen=True)
class SourceHealth:
    """What the app shows about a chat source: is it connected, when did chat last come."""

    name: str
    connected: bool | None  # None: a source without a connection of its own (replay, console)
    last_message_at: float | None  # time.time() of the last message the show got
    reconnects: int = 0
    refused: int = 0  # requests the local bridge turned away (a wrong token, a web page)
    clients: int | None = None  # the bridge's WebSocket clients connected now


def health_of(source: Any, last_message_at: float | None) -> SourceHealth:
    """A source's health from what sources keep: a `connected` Event and `reconnects` count
    (platform sources), or the bridge's `health`."""
    connected = getattr(source, "connected", None)
    bridge = getattr(source, "health", None)
    return SourceHealth(
        name=getattr(source, "name", "chat"),
        connected=connected.is_set() if isinstance(connected, threading.Event) else None,
        last_message_at=last_message_at,
        reconnects=int(getattr(source, "reconnects", 0)),
        refused=sum(getattr(bridge, "refused", {}).values()) if bridge is not None else 0,
        clients=getattr(bridge, "connections", None) if bridge is not None else None,
    )
