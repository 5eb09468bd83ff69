"""The local chat bridge: where vhost's browser bridge (and any bot on this machine) hands in chat.

    POST http://127.0.0.1:PORT/chat      Authorization: Bearer TOKEN    body: a message or a list
    ws://127.0.0.1:PORT/chat?token=TOKEN                                one message (or a list) per frame

A message is {"text", "user", "name", "kind", "platform", "id"}; only "text" is needed for a
comment. HTTP answers 202 {"accepted": n}; the WebSocket answers each frame with the same JSON.

Only the merchant's own bridge gets in. A web page the operator happens to have open can reach
127.0.0.1 too, so every request must carry this install's token (bridge_token.py), and:
- a browser request's Origin must be a browser extension (the userscript manager that runs
  vhost's bridge) or this bridge itself, never a web site; the Host must be this machine (a
  DNS-rebinding page names its own host);
- a body is at most MAX_BODY bytes, and at most RATE messages a second come in (BURST at once);
- a malformed body is refused with what is wrong; nothing a client sends can stop the show.
The WebSocket side is the `websockets` library's server; HTTP is the standard library's. They
share one port: each connection's first bytes are peeked, and an Upgrade goes to websockets.
"""

from __future__ import annotations

import hmac
import itertools
import json
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024  # a bridge sends comments, not files
RATE, BURST = 50.0, 200  # messages a second, and at once (a busy room's burst of gifts)
PEEK_BYTES = 8192
_EXTENSION_ORIGINS = ("chrome-extension://", "moz-extension://", "safari-web-extension://")
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
_ids = itertools.count(1)


@dataclass
class BridgeHealth:
    """What the app shows about the bridge: is anyone handing chat in, and is anyone refused."""

    accepted: int = 0
    last_message_at: float | None = None  # time.time() of the last message taken
    connections: int = 0  # WebSocket clients connected now
    refused: dict[str, int] = field(default_factory=dict)  # reason → count

    def refuse(self, reason: str) -> None:
        self.refused[reason] = self.refused.get(reason, 0) + 1


class _Bucket:
    """A token bucket: RATE messages a second, BURST at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.level = float(burst)
        self.at = time.monotonic()
        self.lock = threading.Lock()

    def take(self, count: int) -> bool:
        with self.lock:
            now = time.monotonic()
            self.level = min(self.burst, self.level + (now - self.at) * self.rate)
            self.at = now
            if count > self.level:
                return False
            self.level -= count
            return True


class BridgeChat:
    name = "bridge"

    def __init__(
        self,
        port: int,
        token: str,
        host: str = "127.0.0.1",
        rate: float = RATE,
        burst: int = BURST,
    ) -> None:
        from websockets.sync.server import serve

        if len(token) < 20:
            raise ValueError("the bridge token is too short")
        self.token = token
        self.inbox: queue.Queue[ChatMessage] = queue.Queue(maxsize=10_000)
        self.health = BridgeHealth()
        self._bucket = _Bucket(rate, burst)
        handler = type("Handler", (_Handler,), {"source": self})
        try:
            self.server = _Server((host, port), handler)
        except OSError as exc:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "Cannot listen for chat on {host}:{port} ({reason}); choose another port"
                        " with --chat bridge:PORT.",
                    ),
                    host=host,
                    port=port,
                    reason=exc.strerror,
                )
            ) from exc
        self.port = self.server.server_address[1]
        self.server.daemon_threads = True
        # The websockets server shares the listening socket; it never accepts on it (the HTTP
        # server does and hands it the upgrades), so serve_forever is never called.
        self.websockets = serve(
            self._websocket,
            sock=self.server.socket,
            process_request=self._check_upgrade,
            max_size=MAX_BODY,
            compression=None,
        )
        self.server.upgrade = self.websockets.handler
        self._thread = threading.Thread(target=self.server.serve_forever, name="chat-bridge", daemon=True)
        self._thread.start()

    # ---- the ChatSource side ---------------------------------------------------------------
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
        for connection in list(self.websockets.connections):
            connection.close(1001)
        self.server.server_close()

    # ---- who may hand chat in ----------------------------------------------------------------
    def refusal(self, headers: Any, query_token: str | None) -> tuple[int, str] | None:
        """(status, reason) when a request must be refused, or None. `headers`: a mapping with
        case-insensitive get (http.server's and websockets' both are)."""
        host = (headers.get("Host") or "").rsplit(":", 1)[0].lower()
        if host not in _LOCAL_HOSTS:
            return self._refused(403, "bad host", "this bridge only answers requests to 127.0.0.1")
        origin = headers.get("Origin")
        if origin is not None and not _allowed_origin(origin, self.port):
            return self._refused(
                403,
                "web page",
                "requests from web pages are refused; use vhost's browser bridge or a local bot",
            )
        given = _bearer(headers.get("Authorization")) or headers.get("X-Vhost-Token") or query_token or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return self._refused(
                401,
                "no token",
                "the bridge token is missing or wrong; copy it from vhost's Settings (or `vhost chat-token`)",
            )
        return None

    def _refused(self, status: int, reason: str, sentence: str) -> tuple[int, str]:
        self.health.refuse(reason)
        log.info("chat bridge: refused a request (%s)", reason)
        return status, sentence

    # ---- messages in -------------------------------------------------------------------------
    def accept(self, body: str) -> int:
        """Queue the messages in a JSON body; ValueError says what is wrong with it, and
        _TooFast that the client sends faster than RATE."""
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise ValueError(f"the body is not JSON ({exc.msg})") from None
        items = data if isinstance(data, list) else [data]
        messages = [message_from(item) for item in items]
        if not self._bucket.take(len(messages)):
            self.health.refuse("too fast")
            raise _TooFast(f"more than {RATE:g} messages a second; slow down")
        for message in messages:
            try:
                self.inbox.put_nowait(message)
            except queue.Full:  # nobody is reading: drop the oldest, keep the newest
                self.inbox.get_nowait()
                self.inbox.put_nowait(message)
        self.health.accepted += len(messages)
        self.health.last_message_at = time.time()
        return len(messages)

    # ---- WebSocket (websockets' server) ------------------------------------------------------
    def _check_upgrade(self, connection: Any, request: Any) -> Any:
        path = urlsplit(request.path)
        if path.path.rstrip("/") != "/chat":
            return connection.respond(404, "open the WebSocket at /chat\n")
        token = parse_qs(path.query).get("token", [None])[-1]
        refused = self.refusal(request.headers, token)
        if refused is not None:
            return connection.respond(refused[0], refused[1] + "\n")
        return None

    def _websocket(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        self.health.connections += 1
        try:
            for frame in connection:
                text = frame if isinstance(frame, str) else frame.decode("utf-8", "replace")
                try:
                    reply: dict[str, Any] = {"accepted": self.accept(text)}
                except ValueError as exc:
                    reply = {"error": str(exc)}
                connection.send(json.dumps(reply, ensure_ascii=False))
        except ConnectionClosed:
            pass
        finally:
            self.health.connections -= 1


class _TooFast(ValueError):
    pass


def message_from(item: Any, platform: str = "bridge") -> ChatMessage:
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
        text=text[:500],  # a comment, not an essay: what is spoken on air stays short
        user_id=user[:200],
        name=str(item.get("name", user))[:100],
        platform=str(item.get("platform", platform))[:40],
        kind=kind,
        id=str(item.get("id") or f"{platform}-{next(_ids)}")[:200],
    )


def _allowed_origin(origin: str, port: int) -> bool:
    if origin.startswith(_EXTENSION_ORIGINS):
        return True  # the userscript manager running vhost's bridge (its requests carry its id)
    return origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}")


def _bearer(value: str | None) -> str | None:
    if value and value[:7].lower() == "bearer ":
        return value[7:].strip()
    return None


class _Server(ThreadingHTTPServer):
    """HTTP on the bridge's port; a WebSocket upgrade is handed to websockets (`upgrade`)."""

    upgrade: Callable[[socket.socket, Any], None]

    def process_request(self, request: Any, client_address: Any) -> None:
        # Each connection's first bytes are looked at on its own thread, so a slow client never
        # holds up the others.
        threading.Thread(
            target=self._dispatch, args=(request, client_address), name="chat-bridge-client", daemon=True
        ).start()

    def _dispatch(self, request: Any, client_address: Any) -> None:
        if _asks_upgrade(request):
            self.upgrade(request, client_address)
        else:
            self.process_request_thread(request, client_address)  # answer, then close


def _asks_upgrade(sock: socket.socket) -> bool:
    """Whether the request on `sock` asks for a WebSocket (read without taking it off the
    socket: the server that answers reads it again)."""
    sock.settimeout(5)
    head = b""
    try:
        while b"\r\n\r\n" not in head and len(head) < PEEK_BYTES:
            more = sock.recv(PEEK_BYTES, socket.MSG_PEEK)
            if len(more) == len(head):  # nothing new yet (or the client closed)
                if not more:
                    return False
                time.sleep(0.01)
            head = more
    except OSError:
        return False
    finally:
        sock.settimeout(None)
    lines = head.split(b"\r\n\r\n", 1)[0].lower().split(b"\r\n")
    return any(line.startswith(b"upgrade:") and b"websocket" in line for line in lines[1:])


class _Handler(BaseHTTPRequestHandler):
    source: BridgeChat
    protocol_version = "HTTP/1.1"
    timeout = 10  # a client that stops sending half-way does not hold a thread

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        log.debug("chat bridge: " + format, *args)

    def _reply(self, status: int, payload: dict[str, Any], extra: dict[str, str] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's name
        # A web page's preflight: no CORS headers, so the browser never sends the request.
        self.source.health.refuse("web page")
        self._reply(403, {"error": "requests from web pages are refused"})

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        refused = self.source.refusal(self.headers, None)
        if refused is not None:
            self._reply(refused[0], {"error": refused[1]})
            return
        if urlsplit(self.path).path.rstrip("/") != "/chat":
            self._reply(404, {"error": "post messages to /chat"})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.source.health.refuse("too large")
            self.close_connection = True  # the body is not read: the connection cannot go on
            self._reply(413, {"error": f"the body must be at most {MAX_BODY} bytes"})
            return
        try:
            accepted = self.source.accept(self.rfile.read(length).decode("utf-8", "replace"))
        except _TooFast as exc:
            self._reply(429, {"error": str(exc)}, {"Retry-After": "1"})
            return
        except ValueError as exc:
            self.source.health.refuse("malformed")
            self._reply(400, {"error": str(exc)})
            return
        self._reply(202, {"accepted": accepted})

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        refused = self.source.refusal(self.headers, None)
        if refused is not None:
            self._reply(refused[0], {"error": refused[1]})
            return
        health = self.source.health
        self._reply(
            200,
            {
                "status": "vhost chat bridge: POST JSON to /chat or open a WebSocket at /chat",
                "accepted": health.accepted,
                "last_message_at": health.last_message_at,
            },
        )
