"""YouTube Live chat through the YouTube Data API v3: `--chat youtube:VIDEO_ID`.

Reading a public live chat needs only an API key (a Google Cloud project with the YouTube Data
API v3 enabled), kept in the system keyring (`vhost youtube-key set`) or given as
`youtube:VIDEO?key=KEY`.
The source finds the chat from the video (`videos.list?part=liveStreamingDetails`:
`items[0].liveStreamingDetails.activeLiveChatId`, 1 quota unit), then polls
`liveChat/messages?part=snippet,authorDetails` (5 units a call), passing each answer's
`nextPageToken` back as `pageToken` and waiting at least the answer's `pollingIntervalMillis`
(and never less than its own floor) before the next call. The first page holds the chat's
recent history: what was said before the source started is skipped. The default quota is
10,000 units a day for a project, so polling has a budget: at one call every 5 s it lasts about
2.8 hours (`quota_hours`). When the quota is spent (403 quotaExceeded) the source stops and says
so once; the show goes on without YouTube chat. The source ends by itself when the stream goes
offline (`offlineAt`, or 403 liveChatEnded), and reconnects with backoff when the network or
YouTube fails (5xx, a dropped connection, rateLimitExceeded).

Specs: `youtube:VIDEO_ID`, a watch, youtu.be or /live/ URL, or `youtube:chat=LIVECHATID`, each
with optional `?key=KEY&every=SECONDS&api=URL` (`api`: another server, the test's).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import urllib.error
import urllib.request
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

API = "https://www.googleapis.com/youtube/v3"
KEYRING_SERVICE, KEYRING_USER = "vhost", "youtube-api-key"
LIST_COST, VIDEOS_COST = 5, 1  # quota units a call (developers.google.com/youtube/v3/determine_quota_cost)
DAILY_QUOTA = 10_000  # a project's default daily units (reset at midnight Pacific Time)
FLOOR = 5.0  # the shortest wait between two polls, seconds (YouTube often asks for less)
BACKOFF = (1.0, 30.0)  # first and longest wait between reconnects, seconds
TIMEOUT = 10.0
_VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_KINDS = {
    "textMessageEvent": ChatKind.COMMENT,
    "superChatEvent": ChatKind.GIFT,
    "superStickerEvent": ChatKind.GIFT,
    "membershipGiftingEvent": ChatKind.GIFT,
    "newSponsorEvent": ChatKind.FOLLOW,
    "memberMilestoneChatEvent": ChatKind.FOLLOW,
}
_ENDED = {"liveChatEnded"}
_AGAIN = {"rateLimitExceeded", "backendError", "internalError"}  # YouTube's side: try again later
_BAD_KEY = {"keyInvalid", "keyExpired", "API_KEY_INVALID", "API_KEY_EXPIRED"}


def quota_hours(every: float, daily: int = DAILY_QUOTA) -> float:
    """How long `daily` quota units last polling once every `every` seconds."""
    return daily / LIST_COST * every / 3600


def keep_api_key(key: str | None) -> None:
    """Keep (or with None, forget) the YouTube API key in the system keyring."""
    keychain.keep(
        KEYRING_SERVICE,
        KEYRING_USER,
        key,
        ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "This machine has no system keyring to keep the YouTube API key in; unlock or"
                    " install one (GNOME Keyring or KWallet on Linux), or write youtube:VIDEO?key=KEY.",
                )
            )
        ),
    )


def message_from(item: dict[str, Any]) -> ChatMessage | None:
    """A ChatMessage from one liveChatMessage resource, or None for kinds the show ignores."""
    snippet: dict[str, Any] = item.get("snippet") or {}
    author: dict[str, Any] = item.get("authorDetails") or {}
    kind = _KINDS.get(str(snippet.get("type", "")))
    if kind is None:
        return None
    display = str(snippet.get("displayMessage") or "")
    if kind is ChatKind.COMMENT:
        text = str((snippet.get("textMessageDetails") or {}).get("messageText") or display)
        if not text.strip():
            return None
    elif snippet.get("type") == "superChatEvent":  # what the viewer wrote with the money
        text = str((snippet.get("superChatDetails") or {}).get("userComment") or display)
    else:
        text = display
    return ChatMessage(
        text,
        user_id=str(author.get("channelId") or snippet.get("authorChannelId") or ""),
        name=str(author.get("displayName") or ""),
        platform="youtube",
        kind=kind,
        time=_published(snippet),
        id=str(item.get("id") or ""),
    )


def _published(snippet: dict[str, Any]) -> datetime | None:
    try:
        published = datetime.fromisoformat(str(snippet.get("publishedAt")))
    except ValueError:
        return None
    return published if published.tzinfo else published.replace(tzinfo=UTC)


def parse_spec(arg: str) -> YouTubeChat:
    """The source for what follows `youtube:` (an id, a URL or chat=ID, then ?key=&every=&api=)."""
    head, _, query = arg.partition("?")
    options = {name: values[-1] for name, values in parse_qs(query.replace("?", "&")).items()}
    video: str | None = None
    chat = options.get("chat")
    if head.startswith("chat="):
        chat = head.removeprefix("chat=")
    elif "/" in head or head.startswith(("youtube.", "www.", "youtu.be")):
        url = urlsplit(head if "://" in head else f"https://{head}")
        parts = [part for part in url.path.split("/") if part]
        if (url.hostname or "").endswith("youtu.be") and parts:
            video = parts[0]
        elif len(parts) > 1 and parts[0] in ("live", "shorts", "embed", "v"):
            video = parts[1]
        else:
            video = options.get("v")
    elif head:
        video = head
    every = options.get("every", str(FLOOR))
    try:
        floor = float(every)
    except ValueError:
        floor = 0.0
    if not floor > 0:
        raise ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "every={every} in --chat youtube:{arg} must be a number of seconds above 0."
                ),
                every=every,
                arg=arg,
            )
        )
    return YouTubeChat(video, chat=chat, key=options.get("key"), api=options.get("api", API), floor=floor)


class YouTubeChat:
    name = "youtube"

    def __init__(
        self,
        video: str | None = None,
        *,
        chat: str | None = None,
        key: str | None = None,
        api: str = API,
        floor: float = FLOOR,
    ) -> None:
        if not chat and not (video and _VIDEO_ID.fullmatch(video)):
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{video} is not a YouTube video id; write youtube:VIDEO_ID (the 11 characters"
                        " after watch?v=), the video's URL, or youtube:chat=LIVECHATID.",
                    ),
                    video=repr(video or ""),
                )
            )
        key = key or keychain.read(KEYRING_SERVICE, KEYRING_USER)
        if not key:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "YouTube chat needs a YouTube Data API v3 key; create one in the Google Cloud"
                        " console and keep it in the keyring with `vhost youtube-key set`,"
                        " or write youtube:VIDEO?key=KEY.",
                    )
                )
            )
        self.video, self.chat_id, self.key = video, chat or None, key
        self.api, self.floor = api.rstrip("/"), floor
        self.connected = threading.Event()  # set while polls succeed (for status lights and tests)
        self.reconnects = 0
        self.polls = 0  # liveChat/messages calls answered
        self.quota_used = 0  # quota units spent, as estimated from the calls made
        self.last_message_at: float | None = None  # time.time() of the last message read
        self.page_token: str | None = None
        self._seen: deque[str] = deque(maxlen=2000)  # ids read lately (a retried page repeats some)

    def messages(self, now: Callable[[], float], stop: threading.Event) -> Iterator[ChatMessage]:
        started = datetime.now(UTC)
        log.info(
            "YouTube chat: one call (%d quota units) at most every %.1f s; the default %d daily units"
            " last about %.1f hours at that pace",
            LIST_COST,
            self.floor,
            DAILY_QUOTA,
            quota_hours(self.floor),
        )
        wait = BACKOFF[0]
        try:
            while not stop.is_set():
                try:
                    if self.chat_id is None:
                        self.chat_id = self._find_chat()
                    for message in self._poll(stop, started):
                        wait = BACKOFF[0]
                        yield message
                    return  # the stream ended, or stop was set
                except _Again as exc:
                    log.warning("YouTube chat: %s; trying again in %.0f s", exc, wait)
                self.connected.clear()
                if stop.wait(wait):
                    return
                self.reconnects += 1
                wait = min(wait * 2, BACKOFF[1])
        finally:
            self.connected.clear()

    def _find_chat(self) -> str:
        self.quota_used += VIDEOS_COST
        answer = self._get("videos", {"part": "liveStreamingDetails", "id": self.video})
        items = answer.get("items") or []
        if not items:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "YouTube has no video {video}; check the id in --chat youtube:VIDEO_ID."
                    ),
                    video=repr(self.video),
                )
            )
        chat = (items[0].get("liveStreamingDetails") or {}).get("activeLiveChatId")
        if not chat:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "YouTube video {video} is not live now (it has no active live chat); start the"
                        " stream first, or check that chat is turned on for it.",
                    ),
                    video=repr(self.video),
                )
            )
        log.info("YouTube video %s: live chat %s", self.video, chat)
        return str(chat)

    def _poll(self, stop: threading.Event, started: datetime) -> Iterator[ChatMessage]:
        while not stop.is_set():
            query = {"liveChatId": self.chat_id, "part": "snippet,authorDetails"}
            if self.page_token:
                query["pageToken"] = self.page_token
            self.quota_used += LIST_COST
            try:
                answer = self._get("liveChat/messages", query)
            except _Ended as ended:
                log.info("YouTube chat %s has ended (%s)", self.chat_id, ended)
                return
            self.polls += 1
            self.connected.set()
            backlog = self.page_token is None  # the first page: the chat's history
            self.page_token = answer.get("nextPageToken") or self.page_token
            for item in answer.get("items") or []:
                message = message_from(item)
                if message is None or message.id and message.id in self._seen:
                    continue
                if backlog and message.time is not None and message.time < started:
                    continue
                self._seen.append(message.id)
                self.last_message_at = time.time()
                yield message
            if answer.get("offlineAt"):
                log.info("YouTube stream went offline at %s; chat ends", answer["offlineAt"])
                return
            asked = float(answer.get("pollingIntervalMillis") or 0) / 1000
            if stop.wait(max(self.floor, asked)):
                return

    def _get(self, path: str, query: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.api}/{path}?{urlencode({**query, 'key': self.key})}"
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                answer = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise self._refusal(exc) from exc
        except (OSError, ValueError) as exc:  # no network, a dropped connection, not JSON
            raise _Again(f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(answer, dict):
            raise _Again("YouTube answered something that is not a JSON object")
        return answer

    def _refusal(self, exc: urllib.error.HTTPError) -> Exception:
        """What an HTTP error from YouTube means: try again, the end, or one sentence."""
        try:
            error = json.loads(exc.read()).get("error") or {}
        except (OSError, ValueError, AttributeError):
            error = {}
        reasons = {str(e.get("reason", "")) for e in error.get("errors") or [] if isinstance(e, dict)}
        reasons |= {str(d.get("reason", "")) for d in error.get("details") or [] if isinstance(d, dict)}
        detail = str(error.get("message") or exc.reason)
        if exc.code >= 500 or exc.code == 429 or reasons & _AGAIN:
            return _Again(f"HTTP {exc.code} {detail}")
        if reasons & _ENDED:
            return _Ended(detail)
        if "quotaExceeded" in reasons:
            log.error("YouTube API quota spent after %d polls (about %d units)", self.polls, self.quota_used)
            return ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The YouTube API key has used up its daily quota, so YouTube chat stops here"
                        " and the show goes on without it; the quota resets at midnight Pacific Time,"
                        " or poll less often with youtube:VIDEO?every=SECONDS.",
                    )
                )
            )
        if reasons & _BAD_KEY or (exc.code == 400 and "API key" in detail):
            return ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "YouTube does not accept the API key; copy it again from the Google Cloud"
                        " console (YouTube Data API v3 enabled) and keep it with `vhost youtube-key set`.",
                    )
                )
            )
        if "liveChatDisabled" in reasons:
            return ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "Live chat is turned off for this YouTube stream; turn it on in YouTube Studio.",
                    )
                )
            )
        if "liveChatNotFound" in reasons or exc.code == 404:
            return ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "YouTube has no live chat {chat}; check the video id, or that the stream is live.",
                    ),
                    chat=repr(self.chat_id or self.video),
                )
            )
        return ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "YouTube refused the chat request (HTTP {code}: {detail}); check the API key."
                ),
                code=exc.code,
                detail=detail,
            )
        )


class _Again(Exception):
    """A failure worth retrying after a pause (network, YouTube's servers, a rate limit)."""


class _Ended(Exception):
    """The live chat has ended (403 liveChatEnded)."""
