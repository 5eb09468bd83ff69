"""Twitch chat over IRC: `--chat twitch:#channel`.

Twitch chat is IRC with IRCv3 tags. Reading needs no account: the anonymous "justinfan" login
joins any public channel read-only. The source answers PINGs, reads PRIVMSG (comments) and
USERNOTICE (subscriptions and gifted subs, as gifts), and reconnects by itself with backoff
when the connection drops. `twitch:#channel@HOST:PORT` points it at another IRC server (a
self-hosted one, or the test's ngircd); port 6697 means TLS, as on Twitch itself.
"""

from __future__ import annotations

import logging
import random
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

TWITCH = ("irc.chat.twitch.tv", 6697)
BACKOFF = (1.0, 30.0)  # first and longest wait between reconnects, seconds
_GIFT_NOTICES = {"sub", "resub", "subgift", "submysterygift", "giftpaidupgrade", "bitsbadgetier"}


class TwitchChat:
    name = "twitch"

    def __init__(
        self, channel: str, host: str = TWITCH[0], port: int = TWITCH[1], nick: str | None = None
    ) -> None:
        channel = channel.strip().lower()
        if not channel.lstrip("#") or " " in channel:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{channel} is not a Twitch channel; write twitch:#channelname."
                    ),
                    channel=repr(channel),
                )
            )
        self.channel = channel if channel.startswith("#") else f"#{channel}"
        self.host, self.port = host, port
        self.nick = nick or f"justinfan{random.randint(10000, 99999)}"  # anonymous, read-only
        self.connected = threading.Event()  # set while joined (for status lights and tests)
        self.reconnects = 0

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        wait = BACKOFF[0]
        while not stop.is_set():
            try:
                with self._connect() as conn:
                    wait = BACKOFF[0]
                    yield from self._read(conn, stop)
            except OSError as exc:
                log.warning("Twitch chat %s: %s; reconnecting in %.0f s", self.channel, exc, wait)
            self.connected.clear()
            if stop.wait(wait):
                return
            self.reconnects += 1
            wait = min(wait * 2, BACKOFF[1])

    def _connect(self) -> socket.socket:
        conn = socket.create_connection((self.host, self.port), timeout=10)
        if self.port == 6697:
            conn = ssl.create_default_context().wrap_socket(conn, server_hostname=self.host)
        conn.settimeout(0.5)  # so stop() is noticed between lines
        # CAP END closes capability negotiation: a standard IRC server waits for it before it
        # registers the client (Twitch does not need it, and ignores it).
        hello = [
            "CAP REQ :twitch.tv/tags twitch.tv/commands",
            f"NICK {self.nick}",
            f"USER {self.nick} 0 * :vhost",
        ]
        conn.sendall("".join(f"{line}\r\n" for line in [*hello, "CAP END"]).encode())
        return conn

    def _read(self, conn: socket.socket, stop: threading.Event) -> Iterator[ChatMessage]:
        buffer = b""
        while not stop.is_set():
            try:
                data = conn.recv(65536)
            except TimeoutError:
                continue
            if not data:
                raise ConnectionResetError("the chat server closed the connection")
            buffer += data
            *lines, buffer = buffer.split(b"\r\n")
            for raw in lines:
                line = raw.decode("utf-8", "replace")
                if line.startswith("PING"):
                    conn.sendall(("PONG" + line[4:] + "\r\n").encode())
                    continue
                message = self._handle(conn, line)
                if message is not None:
                    yield message

    def _handle(self, conn: socket.socket, line: str) -> ChatMessage | None:
        tags, prefix, command, params, trailing = parse_irc(line)
        if command in ("376", "422"):  # end of the welcome (MOTD, or none): join the channel
            conn.sendall(f"JOIN {self.channel}\r\n".encode())
        elif command == "JOIN" and prefix.split("!")[0].lower() == self.nick:
            self.connected.set()
            log.info("joined Twitch chat %s", self.channel)
        elif command == "RECONNECT":  # Twitch asks clients to reconnect before a restart
            raise ConnectionResetError("the server asked for a reconnect")
        elif command in ("PRIVMSG", "USERNOTICE") and params[:1] == [self.channel]:
            login = prefix.split("!")[0]
            kind = ChatKind.COMMENT
            if command == "USERNOTICE":
                if tags.get("msg-id") not in _GIFT_NOTICES:
                    return None
                kind = ChatKind.GIFT
            return ChatMessage(
                text=trailing or "",
                user_id=tags.get("user-id") or login,
                name=tags.get("display-name") or login,
                platform="twitch",
                kind=kind,
                id=tags.get("id", ""),
            )
        return None


def parse_irc(line: str) -> tuple[dict[str, str], str, str, list[str], str | None]:
    """(IRCv3 tags, prefix, command, middle params, trailing) of one IRC line."""
    tags: dict[str, str] = {}
    if line.startswith("@"):
        raw, _, line = line[1:].partition(" ")
        for item in raw.split(";"):
            key, _, value = item.partition("=")
            tags[key] = _unescape(value)
    prefix = ""
    if line.startswith(":"):
        prefix, _, line = line[1:].partition(" ")
    line, _, trailing = line.partition(" :")
    command, *params = line.split()
    return tags, prefix, command.upper() if command else "", params, trailing if _ or trailing else None


def _unescape(value: str) -> str:
    """IRCv3 tag values escape ; space \\ CR LF."""
    out, chars = [], iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append({":": ";", "s": " ", "\\": "\\", "r": "\r", "n": "\n"}.get(nxt, nxt))
    return "".join(out)
