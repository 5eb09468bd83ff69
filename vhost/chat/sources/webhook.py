"""A local endpoint any platform bridge can feed (a Douyin or Taobao comment grabber, a bot):

    POST http://127.0.0.1:PORT/chat   body: one message or a list, as in a replay file
    ws://127.0.0.1:PORT/chat          one message (or a list) per text frame

A message is {"text", "user", "name", "kind", "platform", "id"}; only "text" is needed for a
comment. HTTP answers 202 {"accepted": n} or 400 with what is wrong; the WebSocket answers each
frame with the same JSON. It listens on 127.0.0.1 only: a bridge runs on the same machine.

The WebSocket side is a small RFC 6455 server (text, ping/pong, close) on the standard
library's HTTP server, so both share one port without another dependency.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_BODY = 1 << 20  # a bridge sends comments, not files
_ids = itertools.count(1)


class WebhookChat:
    name = "webhook"

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.inbox: queue.Queue[ChatMessage] = queue.Queue(maxsize=10_000)
        handler = type("Handler", (_Handler,), {"source": self})
        try:
            self.server = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "Cannot listen for chat on {host}:{port} ({reason}); choose another port"
                        " with --chat webhook:PORT.",
                    ),
                    host=host,
                    port=port,
                    reason=exc.strerror,
                )
            ) from exc
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="chat-webhook", daemon=True)
        self._thread.start()

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        try:
            while not stop.is_set():
                try:
                    yield self.inbox.get(timeout=0.1)
                except queue.Empty:
                    continue
        finally:
            self.close()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def accept(self, body: str) -> int:
        """Queue the messages in a JSON body; a ValueError says what is wrong with it."""
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise ValueError(f"the body is not JSON ({exc.msg})") from None
        items = data if isinstance(data, list) else [data]
        messages = [message_from(item) for item in items]
        for message in messages:
            try:
                self.inbox.put_nowait(message)
            except queue.Full:  # nobody is reading: drop the oldest, keep the newest
                self.inbox.get_nowait()
                self.inbox.put_nowait(message)
        return len(messages)


def message_from(item: Any, platform: str = "webhook") -> ChatMessage:
    """A ChatMessage from a bridge's JSON object; ValueError names the problem."""
    if not isinstance(item, dict):
        raise ValueError("each message must be a JSON object")
    try:
        kind = ChatKind(item.get("kind", "comment"))
    except ValueError:
        raise ValueError(f"unknown kind {item.get('kind')!r}") from None
    text = item.get("text", "")
    if not isinstance(text, str) or (kind is ChatKind.COMMENT and not text.strip()):
        raise ValueError('a comment needs "text"')
    user = str(item.get("user", item.get("user_id", "")))
    return ChatMessage(
        text=text,
        user_id=user,
        name=str(item.get("name", user)),
        platform=str(item.get("platform", platform)),
        kind=kind,
        id=str(item.get("id") or f"{platform}-{next(_ids)}"),
    )


class _Handler(BaseHTTPRequestHandler):
    source: WebhookChat
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        log.debug("webhook: " + format, *args)

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        if self.path.rstrip("/") != "/chat":
            self._reply(404, {"error": "post messages to /chat"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._reply(413, {"error": "the body is too large"})
            return
        try:
            accepted = self.source.accept(self.rfile.read(length).decode("utf-8", "replace"))
        except ValueError as exc:
            self._reply(400, {"error": str(exc)})
            return
        self._reply(202, {"accepted": accepted})

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.headers.get("Upgrade", "").lower() != "websocket":
            self._reply(200, {"status": "vhost chat webhook: POST JSON to /chat or open a WebSocket here"})
            return
        key = self.headers.get("Sec-WebSocket-Key", "")
        accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.wfile.flush()
        self._websocket()
        self.close_connection = True

    def _websocket(self) -> None:
        parts: list[bytes] = []  # a text message split over continuation frames
        while True:
            frame = _read_frame(self.rfile)
            if frame is None:
                return
            final, opcode, payload = frame
            if opcode in (0x0, 0x1) and not final:
                parts.append(payload)
                continue
            if opcode == 0x0:  # the last continuation: the whole message is a text frame
                opcode, payload, parts = 0x1, b"".join(parts) + payload, []
            if opcode == 0x8:  # close: echo it and stop
                self.wfile.write(_frame(0x8, payload[:2]))
                return
            if opcode == 0x9:  # ping
                self.wfile.write(_frame(0xA, payload))
            elif opcode == 0x1:
                try:
                    reply: dict[str, Any] = {
                        "accepted": self.source.accept(payload.decode("utf-8", "replace"))
                    }
                except ValueError as exc:
                    reply = {"error": str(exc)}
                self.wfile.write(_frame(0x1, json.dumps(reply, ensure_ascii=False).encode()))
            self.wfile.flush()


def _read_frame(stream: Any) -> tuple[bool, int, bytes] | None:
    """One client frame (final?, opcode, unmasked payload), or None when the connection ends."""
    head = stream.read(2)
    if len(head) < 2:
        return None
    final, opcode, masked, length = bool(head[0] & 0x80), head[0] & 0x0F, head[1] & 0x80, head[1] & 0x7F
    if length == 126:
        (length,) = struct.unpack(">H", stream.read(2))
    elif length == 127:
        (length,) = struct.unpack(">Q", stream.read(8))
    if length > MAX_BODY:
        return None
    mask = stream.read(4) if masked else b"\0\0\0\0"
    data = stream.read(length)
    if len(data) < length:
        return None
    return final, opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


def _frame(opcode: int, payload: bytes) -> bytes:
    """A server frame (unmasked, final)."""
    size = len(payload)
    if size < 126:
        head = struct.pack(">BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        head = struct.pack(">BBH", 0x80 | opcode, 126, size)
    else:
        head = struct.pack(">BBQ", 0x80 | opcode, 127, size)
    return head + payload
