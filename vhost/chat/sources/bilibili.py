"""Bilibili live danmaku: `--chat bilibili:ROOMID` (or `bilibili:ROOMID?key=TOKEN`).

The public binary protocol over a WebSocket: every packet has a 16-byte big-endian header
(packet length, header length 16, protocol version, operation, sequence) and a body. The client
authenticates (operation 7) and sends a heartbeat (operation 2) every 30 s; the server answers
auth (8), heartbeats (3, the room's popularity) and sends notifications (5): JSON with a "cmd"
such as DANMU_MSG (a comment), SEND_GIFT, INTERACT_WORD (entered or followed), LIKE_INFO_V3_CLICK
or SUPER_CHAT_MESSAGE. Notifications usually arrive packed several to a packet and compressed
with zlib (version 2) or brotli (version 3). The source reconnects by itself with backoff.
Bilibili now hands anonymous clients masked names; a `key` from the room's getDanmuInfo API
gives full ones.
"""

from __future__ import annotations

import json
import logging
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

URL = "wss://broadcastlv.chat.bilibili.com/sub"
HEADER = struct.Struct(">IHHII")  # packet length, header length, protocol version, operation, sequence
HEARTBEAT_EVERY = 30.0
BACKOFF = (1.0, 30.0)
OP_HEARTBEAT, OP_HEARTBEAT_REPLY, OP_MESSAGE, OP_AUTH, OP_AUTH_REPLY = 2, 3, 5, 7, 8
PLAIN, POPULARITY, ZLIB, BROTLI = 0, 1, 2, 3


@dataclass(frozen=True)
class Packet:
    version: int
    operation: int
    body: bytes


def encode(
    operation: int, body: bytes | dict[str, Any], version: int = POPULARITY, sequence: int = 1
) -> bytes:
    data = json.dumps(body, separators=(",", ":")).encode() if isinstance(body, dict) else body
    return HEADER.pack(HEADER.size + len(data), HEADER.size, version, operation, sequence) + data


def decode(data: bytes) -> list[Packet]:
    """Every packet in `data`, compressed bundles unpacked (recursively)."""
    packets: list[Packet] = []
    offset = 0
    while offset + HEADER.size <= len(data):
        length, header, version, operation, _ = HEADER.unpack_from(data, offset)
        if length < header or offset + length > len(data):
            raise ValueError(f"a truncated packet ({length} bytes announced)")
        body = data[offset + header : offset + length]
        offset += length
        if operation == OP_MESSAGE and version == ZLIB:
            packets += decode(zlib.decompress(body))
        elif operation == OP_MESSAGE and version == BROTLI:
            import brotli

            packets += decode(brotli.decompress(body))
        else:
            packets.append(Packet(version, operation, body))
    return packets


def message_from(notice: dict[str, Any]) -> ChatMessage | None:
    """A ChatMessage from one notification, or None for the many kinds the show ignores."""
    cmd = str(notice.get("cmd", "")).split(":")[0]
    data: dict[str, Any] = notice.get("data") or {}
    if cmd == "DANMU_MSG":
        info = notice.get("info") or []
        user = info[2] if len(info) > 2 and isinstance(info[2], list) else [0, ""]
        text = info[1] if len(info) > 1 and isinstance(info[1], str) else ""
        return _message(text, user[0], user[1] if len(user) > 1 else "", ChatKind.COMMENT)
    if cmd == "SUPER_CHAT_MESSAGE":  # a paid comment: a comment that deserves an answer
        return _message(
            data.get("message", ""), data.get("uid"), (data.get("user_info") or {}).get("uname", "")
        )
    if cmd == "SEND_GIFT":
        return _message(data.get("giftName", ""), data.get("uid"), data.get("uname", ""), ChatKind.GIFT)
    if cmd == "INTERACT_WORD":
        kind = {1: ChatKind.ENTER, 2: ChatKind.FOLLOW}.get(data.get("msg_type", 0))
        return _message("", data.get("uid"), data.get("uname", ""), kind) if kind else None
    if cmd == "LIKE_INFO_V3_CLICK":
        return _message("", data.get("uid"), data.get("uname", ""), ChatKind.LIKE)
    return None


def _message(text: str, uid: Any, name: object, kind: ChatKind = ChatKind.COMMENT) -> ChatMessage | None:
    if kind is ChatKind.COMMENT and not str(text).strip():
        return None
    return ChatMessage(
        str(text), user_id=str(uid or ""), name=str(name or ""), platform="bilibili", kind=kind
    )


class BilibiliChat:
    name = "bilibili"

    def __init__(self, room: str, key: str | None = None, url: str = URL) -> None:
        if not room.isdigit():
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{room} is not a Bilibili room id; write bilibili:ROOMID with the number."
                    ),
                    room=repr(room),
                )
            )
        self.room, self.key, self.url = int(room), key, url
        self.connected = threading.Event()
        self.reconnects = 0
        self.popularity: int | None = None

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        from websockets.exceptions import WebSocketException

        wait = BACKOFF[0]
        while not stop.is_set():
            try:
                yield from self._session(stop)
                wait = BACKOFF[0]
            except (OSError, WebSocketException, ValueError, TimeoutError) as exc:
                log.warning("Bilibili room %s: %s; reconnecting in %.0f s", self.room, exc, wait)
            self.connected.clear()
            if stop.wait(wait):
                return
            self.reconnects += 1
            wait = min(wait * 2, BACKOFF[1])

    def _session(self, stop: threading.Event) -> Iterator[ChatMessage]:
        from websockets.sync.client import connect

        with connect(self.url, open_timeout=10, max_size=1 << 22) as socket:
            auth: dict[str, Any] = {
                "uid": 0,
                "roomid": self.room,
                "protover": BROTLI,
                "platform": "web",
                "type": 2,
            }
            if self.key:
                auth["key"] = self.key
            socket.send(encode(OP_AUTH, auth))
            beat = 0.0
            while not stop.is_set():
                if time.monotonic() - beat >= HEARTBEAT_EVERY:
                    socket.send(encode(OP_HEARTBEAT, b"[object Object]"))
                    beat = time.monotonic()
                try:
                    data = socket.recv(timeout=0.5)
                except TimeoutError:
                    continue
                for packet in decode(data if isinstance(data, bytes) else data.encode()):
                    yield from self._handle(packet)

    def _handle(self, packet: Packet) -> Iterator[ChatMessage]:
        if packet.operation == OP_AUTH_REPLY:
            reply = json.loads(packet.body or b"{}")
            if reply.get("code", 0) != 0:
                raise ValueError(f"the room refused the connection (code {reply.get('code')})")
            self.connected.set()
            log.info("joined Bilibili room %s", self.room)
        elif packet.operation == OP_HEARTBEAT_REPLY and len(packet.body) >= 4:
            (self.popularity,) = struct.unpack(">I", packet.body[:4])
        elif packet.operation == OP_MESSAGE:
            try:
                notice = json.loads(packet.body)
            except json.JSONDecodeError:
                log.debug("Bilibili: a notification that is not JSON was skipped")
                return
            message = message_from(notice)
            if message is not None:
                yield message
