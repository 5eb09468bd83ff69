"""TikTok LIVE chat through EulerStream: `--chat tiktok:@username`.

TikTok publishes no API for reading LIVE chat. vhost does not talk to TikTok itself (and does
not use the AGPL `TikTokLive` library): it opens EulerStream's managed WebSocket
(`wss://ws.eulerstream.com?uniqueId=USERNAME&apiKey=KEY`, documented at
eulerstream.com/docs/sign-server/websockets and in github.com/EulerStream/Euler-WebSocket-SDK,
MIT). EulerStream connects to TikTok, signs the requests and relays the room's events, so
TikTok never sees the merchant's IP address; but EulerStream is a third-party service, and every
viewer message passes through it. It needs the merchant's EulerStream API key, kept in the
system keyring (service "vhost", user "eulerstream-api-key"; `keep_api_key`) or given as
`tiktok:@username?key=KEY`.

Frames: with the server's default flags (not raw, bundled) each text frame is JSON,
`{"timestamp": …, "messages": [{"type": …, "data": {…}}, …]}`; `data` is TikTok's Webcast
protobuf message decoded to JSON with camelCase field names (the schema in the SDK's
src/webcast/schemas). The first messages are `roomInfo`/`workerInfo`. Read here:
WebcastChatMessage (`comment`, `user.nickname`, `user.uniqueId`, `user.userId`) as comments,
WebcastGiftMessage (`giftDetails.giftName`, `repeatCount`; a combo gift only when its streak
ends, `repeatEnd`) as gifts, WebcastLikeMessage as likes, WebcastSocialMessage whose
`common.displayText.displayType` names a follow as follows, WebcastMemberMessage (action 1,
joined) as entries. Unbundled frames (one `{"type", "data"}`) are read too; binary frames (the
raw-protobuf mode vhost does not ask for) are skipped.

The server ends a connection with a close code: 4401 (the API key is refused) or 4400/4403 (the
username or the key's permissions) stop the source with one sentence; 4404 (not live) and 4005
(the stream ended) are waited out, retrying every minute or more; 4429 (too many connections)
likewise; anything else (4006 no messages for a while, 4500 TikTok closed, 4555 the 8-hour
lifetime, 1011, a dropped network) reconnects with backoff. A handshake refused with HTTP 401,
403 or 429 is read like 4401, 4403 or 4429 (an assumption: the docs name close codes only).
WebSocket pings (the `websockets` default, every 20 s) keep the connection alive.

Specs: `tiktok:@username`, `tiktok:username` or the profile/live URL, with optional
`?key=KEY&url=wss://…` (`url`: another server, the test's).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from vhost import keychain
from vhost.domain import ChatKind, ChatMessage
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

URL = "wss://ws.eulerstream.com"
KEYRING_SERVICE, KEYRING_USER = "vhost", "eulerstream-api-key"
BACKOFF = (1.0, 30.0)  # first and longest wait between reconnects, seconds
OFFLINE_BACKOFF = (60.0, 300.0)  # the same while the account is not live or connections run out
OPEN_TIMEOUT = 15.0
_USERNAME = re.compile(r"[A-Za-z0-9_.]{1,24}")

# Close codes (Euler-WebSocket-SDK README, "WebSocket Close Codes"; ClientCloseCode)
STREAM_END, NO_MESSAGES_TIMEOUT = 4005, 4006
INVALID_OPTIONS, INVALID_AUTH, NO_PERMISSION, NOT_LIVE = 4400, 4401, 4403, 4404
TOO_MANY_CONNECTIONS = 4429
_OFFLINE = {NOT_LIVE, STREAM_END}
_HTTP_CODES = {401: INVALID_AUTH, 403: NO_PERMISSION, 429: TOO_MANY_CONNECTIONS}  # a refused handshake
_MEMBER_JOINED, _MEMBER_SUBSCRIBED = 1, 3  # MemberMessageAction


def keep_api_key(key: str | None) -> None:
    """Keep (or with None, forget) the EulerStream API key in the system keyring."""
    keychain.keep(
        KEYRING_SERVICE,
        KEYRING_USER,
        key,
        ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "This machine has no system keyring to keep the EulerStream API key in; unlock or"
                    " install one (GNOME Keyring or KWallet on Linux), or write tiktok:@USERNAME?key=KEY.",
                )
            )
        ),
    )


def events_of(frame: str | bytes) -> list[dict[str, Any]]:
    """The `{"type", "data"}` events in one text frame: a bundle, a list, or a single event."""
    value = json.loads(frame)
    if isinstance(value, dict) and isinstance(value.get("messages"), list):
        value = value["messages"]
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict) and isinstance(item.get("data"), dict)]


def message_from(event: dict[str, Any]) -> ChatMessage | None:
    """A ChatMessage from one relayed Webcast event, or None for the many kinds the show ignores."""
    kind_name = str(event.get("type", ""))
    data: dict[str, Any] = event.get("data") or {}
    if kind_name == "WebcastChatMessage":
        return _message(data, str(data.get("comment") or ""), ChatKind.COMMENT)
    if kind_name == "WebcastGiftMessage":
        gift: dict[str, Any] = data.get("giftDetails") or {}
        streakable = _number(gift.get("giftType")) == 1 or gift.get("combo") is True
        if streakable and not _number(data.get("repeatEnd")):
            return None  # a combo still going: TikTok repeats it with a growing count
        name = str(gift.get("giftName") or "")
        count = _number(data.get("repeatCount"))
        return _message(data, f"{name} ×{count}" if name and count > 1 else name, ChatKind.GIFT)
    if kind_name == "WebcastLikeMessage":
        return _message(data, "", ChatKind.LIKE)
    if kind_name == "WebcastSocialMessage":
        shown = ((data.get("common") or {}).get("displayText") or {}).get("displayType")
        return _message(data, "", ChatKind.FOLLOW) if "follow" in str(shown or "").lower() else None
    if kind_name == "WebcastMemberMessage":
        action = data.get("action")
        if action in (None, 0, "", "UNKNOWN") or _number(action) == _MEMBER_JOINED or action == "JOINED":
            return _message(data, "", ChatKind.ENTER)
        if _number(action) == _MEMBER_SUBSCRIBED or action == "SUBSCRIBED":
            return _message(data, "", ChatKind.FOLLOW)
    return None


def _number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _message(data: dict[str, Any], text: str, kind: ChatKind) -> ChatMessage | None:
    if kind is ChatKind.COMMENT and not text.strip():
        return None
    user: dict[str, Any] = data.get("user") or {}
    common: dict[str, Any] = data.get("common") or {}
    handle = str(user.get("uniqueId") or "")
    return ChatMessage(
        text,
        user_id=str(user.get("userId") or user.get("idStr") or handle),
        name=str(user.get("nickname") or handle),
        platform="tiktok",
        kind=kind,
        time=_created(common.get("createTime")),
        id=str(common.get("msgId") or ""),
    )


def _created(value: Any) -> datetime | None:
    """createTime: milliseconds since 1970 (a string, as JSON carries 64-bit numbers)."""
    millis = _number(value)
    return datetime.fromtimestamp(millis / 1000, UTC) if millis > 0 else None


def parse_spec(arg: str) -> TikTokChat:
    """The source for what follows `tiktok:` (@username, username or URL, then ?key=&url=)."""
    head, _, query = arg.partition("?")
    options = {name: values[-1] for name, values in parse_qs(query).items()}
    if "/" in head or head.startswith(("tiktok.", "www.")):  # https://www.tiktok.com/@name/live
        parts = [p for p in urlsplit(head if "://" in head else f"https://{head}").path.split("/") if p]
        head = next((p for p in parts if p.startswith("@")), parts[0] if parts else "")
    return TikTokChat(head, key=options.get("key"), url=options.get("url", URL))


class TikTokChat:
    name = "tiktok"

    def __init__(self, username: str, *, key: str | None = None, url: str = URL) -> None:
        username = username.strip().removeprefix("@")
        if not _USERNAME.fullmatch(username):
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{username} is not a TikTok username; write tiktok:@username (the name after"
                        " @ in the account's address, letters, digits, _ and . only).",
                    ),
                    username=repr(username),
                )
            )
        key = key or keychain.read(KEYRING_SERVICE, KEYRING_USER)
        if not key:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "TikTok chat is read through EulerStream, a third-party service that relays"
                        " every viewer message, and needs its API key: create one at eulerstream.com"
                        " and keep it with `vhost tiktok-key set` (or write tiktok:@USERNAME?key=KEY).",
                    )
                )
            )
        self.username, self.key, self.url = username, key, url
        self.connected = threading.Event()  # set while the relay is open (status lights, tests)
        self.reconnects = 0
        self.last_message_at: float | None = None  # time.time() of the last message read
        self.notice: Message | None = None  # why chat is not coming now (not live), for the app
        self.room_id: str | None = None
        self._seen: deque[str] = deque(maxlen=2000)  # message ids read lately
        self._binary_skipped = False
        self._got_any = False  # whether the current connection relayed anything

    def address(self) -> str:
        """The relay's address for this account (it holds the key: never logged)."""
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}{urlencode({'uniqueId': self.username, 'apiKey': self.key})}"

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

        wait, offline_wait = BACKOFF[0], OFFLINE_BACKOFF[0]
        try:
            while not stop.is_set():
                pause: float | None = None
                self._got_any = False
                try:
                    yield from self._session(stop)
                except ConnectionClosed as exc:
                    code = exc.rcvd.code if exc.rcvd is not None else None
                    reason = self._hide_key(exc.rcvd.reason if exc.rcvd is not None else "")
                    if self._offline(code):
                        pause, offline_wait = offline_wait, min(offline_wait * 2, OFFLINE_BACKOFF[1])
                    else:
                        log.warning("TikTok @%s: the relay closed (%s %s)", self.username, code, reason)
                except InvalidStatus as exc:  # the handshake was refused with an HTTP status
                    status = exc.response.status_code
                    if self._offline(_HTTP_CODES.get(status)):
                        pause, offline_wait = offline_wait, min(offline_wait * 2, OFFLINE_BACKOFF[1])
                    else:
                        log.warning("TikTok @%s: the relay answered HTTP %s", self.username, status)
                except (OSError, WebSocketException, TimeoutError, ValueError) as exc:
                    log.warning("TikTok @%s: %s", self.username, self._hide_key(str(exc)))
                self.connected.clear()
                if self._got_any:  # the connection worked: start the backoff over
                    wait, offline_wait = BACKOFF[0], OFFLINE_BACKOFF[0]
                if pause is None:
                    pause, wait = wait, min(wait * 2, BACKOFF[1])
                log.info("TikTok @%s: reconnecting in %.0f s", self.username, pause)
                if stop.wait(pause):
                    return
                self.reconnects += 1
        finally:
            self.connected.clear()

    def _offline(self, code: int | None) -> bool:
        """For a close code: raise the sentence for a mistake the user must fix, or say whether
        it is a wait-it-out case (not live, stream ended, too many connections)."""
        if code == INVALID_AUTH:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "EulerStream does not accept the API key for TikTok chat; copy it again from"
                        " the EulerStream dashboard and keep it with `vhost tiktok-key set`.",
                    )
                )
            )
        if code == NO_PERMISSION:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The EulerStream API key may not read TikTok account @{username}; check the"
                        " key's permissions and plan on the EulerStream dashboard.",
                    ),
                    username=self.username,
                )
            )
        if code == INVALID_OPTIONS:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "EulerStream cannot find TikTok account @{username}; check the username in"
                        " --chat tiktok:@USERNAME.",
                    ),
                    username=self.username,
                )
            )
        if code in _OFFLINE:
            self.notice = Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "TikTok account @{username} is not live now; vhost tries again every few minutes,"
                    " so start the LIVE on TikTok and chat comes in by itself.",
                ),
                username=self.username,
            )
        elif code == TOO_MANY_CONNECTIONS:
            self.notice = Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "EulerStream says the API key has too many TikTok connections open, or opens"
                    " them too fast; vhost waits and tries again, or close the key's other connections.",
                )
            )
        else:
            return False
        log.warning("TikTok @%s: %s (close code %s)", self.username, self.notice, code)
        return True

    def _hide_key(self, text: str) -> str:
        return text.replace(self.key, "…") if self.key else text

    def _session(self, stop: threading.Event) -> Iterator[ChatMessage]:
        from websockets.sync.client import connect

        with connect(self.address(), open_timeout=OPEN_TIMEOUT, max_size=1 << 24) as socket:
            self.connected.set()
            log.info("TikTok @%s: connected to the EulerStream relay", self.username)
            while not stop.is_set():
                try:
                    frame = socket.recv(timeout=0.5)
                except TimeoutError:
                    continue
                if isinstance(frame, bytes):
                    if not self._binary_skipped:
                        log.warning("TikTok @%s: binary (raw protobuf) frames are skipped", self.username)
                        self._binary_skipped = True
                    continue
                try:
                    events = events_of(frame)
                except ValueError:
                    log.debug("TikTok: a frame that is not JSON was skipped")
                    continue
                for event in events:
                    yield from self._handle(event)

    def _handle(self, event: dict[str, Any]) -> Iterator[ChatMessage]:
        self.notice = None
        if event.get("type") == "workerInfo":  # the relay's own details, sent first
            return
        if event.get("type") == "roomInfo":  # the LIVE room, sent first on every connection
            room = event["data"].get("id") or event["data"].get("roomId")
            self.room_id = str(room) if room else self.room_id
            log.info("TikTok @%s: LIVE room %s", self.username, self.room_id)
            return
        self._got_any = True  # TikTok events came: this connection worked
        message = message_from(event)
        if message is None:
            return
        if message.id:
            if message.id in self._seen:
                return
            self._seen.append(message.id)
        self.last_message_at = time.time()
        yield message
