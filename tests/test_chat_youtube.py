"""The YouTube Live chat source against a local HTTP server that answers as the YouTube Data
API v3 does (videos.list, liveChat/messages pages and its JSON errors), on 127.0.0.1."""

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from vhost.chat.sources import open_source
from vhost.chat.sources.youtube import YouTubeChat, message_from, quota_hours
from vhost.domain import ChatKind
from vhost.errors import ChatError
from vhost.testing import ChatReader, free_port, wait_until

VIDEO = "abc123XYZ00"
CHAT = "KicKGFVDc0JqVVJVRTUxQ2xSX1NSeFdqX1RqQRILM2FiYzEyM1hZWjAw"


def _stamp(seconds_from_now):
    moment = datetime.now(UTC) + timedelta(seconds=seconds_from_now)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _item(id_, kind, name, channel, text="", at=1.0, **details):
    """One liveChatMessage resource as liveChatMessages.list returns it."""
    snippet = {
        "type": kind,
        "liveChatId": CHAT,
        "authorChannelId": channel,
        "publishedAt": _stamp(at),
        "hasDisplayContent": True,
        "displayMessage": text,
        **details,
    }
    if kind == "textMessageEvent":
        snippet["textMessageDetails"] = {"messageText": text}
    return {
        "kind": "youtube#liveChatMessage",
        "etag": f"etag-{id_}",
        "id": id_,
        "snippet": snippet,
        "authorDetails": {
            "channelId": channel,
            "channelUrl": f"http://www.youtube.com/channel/{channel}",
            "displayName": name,
            "profileImageUrl": "https://yt3.ggpht.com/x.jpg",
            "isVerified": False,
            "isChatOwner": False,
            "isChatSponsor": False,
            "isChatModerator": False,
        },
    }


def _page(items, token, interval_ms=0, **more):
    return {
        "kind": "youtube#liveChatMessageListResponse",
        "etag": "page-etag",
        "pollingIntervalMillis": interval_ms,
        "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)},
        "nextPageToken": token,
        "items": items,
        **more,
    }


def _error(code, reason, message):
    domain = "usageLimits" if reason in ("quotaExceeded", "keyInvalid") else "youtube.liveChat"
    return {
        "error": {
            "code": code,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
        }
    }


def _videos(live=True):
    details = {"actualStartTime": _stamp(-600), "concurrentViewers": "12"}
    if live:
        details["activeLiveChatId"] = CHAT
    return {
        "kind": "youtube#videoListResponse",
        "etag": "videos-etag",
        "items": [{"kind": "youtube#video", "etag": "v", "id": VIDEO, "liveStreamingDetails": details}],
        "pageInfo": {"totalResults": 1, "resultsPerPage": 1},
    }


QUOTA = _error(
    403,
    "quotaExceeded",
    "The request cannot be completed because you have exceeded your"
    ' <a href="/youtube/v3/getting-started#quota">quota</a>.',
)
BAD_KEY = _error(400, "keyInvalid", "API key not valid. Please pass a valid API key.")
ENDED = _error(403, "liveChatEnded", "The live chat is no longer live.")


class FakeYouTube:
    """Answers in order from `answers`: (path, status, JSON body) or "drop" (closes the
    connection without an answer); keeps every request's path, query and time."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.requests = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlsplit(self.path)
                with fake.lock:
                    fake.requests.append((url.path, parse_qs(url.query), time.monotonic()))
                    answer = fake.answers.pop(0) if fake.answers else None
                if answer == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if answer is None:  # the script is over: an empty page, asking for a long wait
                    answer = ("/youtube/v3/liveChat/messages", 200, _page([], "tok-end", 60_000))
                path, status, body = answer
                assert url.path == path, f"asked for {url.path}, the script expected {path}"
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.api = f"http://127.0.0.1:{self.server.server_address[1]}/youtube/v3"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def chat_requests(self):
        return [r for r in self.requests if r[0].endswith("/liveChat/messages")]


MESSAGES = "/youtube/v3/liveChat/messages"
VIDEOS = "/youtube/v3/videos"


@pytest.fixture
def youtube():
    servers = []

    def start(answers):
        servers.append(FakeYouTube(answers))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def test_chat_is_read_in_order_past_the_backlog_and_stops_when_the_quota_is_spent(youtube):
    old = _item("old-1", "textMessageEvent", "Early Bird", "UCold", "said before the show", at=-300)
    first = _item("m-1", "textMessageEvent", "Xiao Wang", "UCwang", "how much is it?")
    gift = _item(
        "m-2",
        "superChatEvent",
        "Rich Fan",
        "UCrich",
        '$5.00 from Rich Fan: "ship to Canada?"',
        superChatDetails={
            "amountMicros": "5000000",
            "currency": "USD",
            "amountDisplayString": "$5.00",
            "userComment": "ship to Canada?",
            "tier": 2,
        },
    )
    member = _item(
        "m-3",
        "newSponsorEvent",
        "New Member",
        "UCmember",
        "Welcome to Gold!",
        newSponsorDetails={"memberLevelName": "Gold", "isUpgrade": False},
    )
    ignored = _item("m-4", "messageDeletedEvent", "Mod", "UCmod", "", messageDeletedDetails={})
    second = _item("m-5", "textMessageEvent", "Xiao Wang", "UCwang", "free shipping?")
    server = youtube(
        [
            (VIDEOS, 200, _videos()),
            (MESSAGES, 200, _page([old, first], "tok-1", 150)),
            (MESSAGES, 200, _page([gift, member, ignored], "tok-2", 150)),
            (MESSAGES, 200, _page([second], "tok-3", 0)),
            (MESSAGES, 403, QUOTA),
        ]
    )
    source = YouTubeChat(VIDEO, key="k-1", api=server.api, floor=0.05)
    reader = ChatReader(source).start()
    try:
        reader.thread.join(10)
        assert not reader.thread.is_alive(), "the source should stop at quotaExceeded"
    finally:
        reader.close()
    got = [(m.id, m.kind, m.name, m.user_id, m.text, m.platform) for m in reader.got]
    assert got == [
        ("m-1", ChatKind.COMMENT, "Xiao Wang", "UCwang", "how much is it?", "youtube"),
        ("m-2", ChatKind.GIFT, "Rich Fan", "UCrich", "ship to Canada?", "youtube"),
        ("m-3", ChatKind.FOLLOW, "New Member", "UCmember", "Welcome to Gold!", "youtube"),
        ("m-5", ChatKind.COMMENT, "Xiao Wang", "UCwang", "free shipping?", "youtube"),
    ]
    assert isinstance(reader.error, ChatError) and "daily quota" in str(reader.error)
    assert str(reader.error).count(".") == 1  # one sentence
    # the chat was found from the video, with the key; then each page's token came back
    path, query, _ = server.requests[0]
    assert (path, query["id"], query["part"], query["key"]) == (
        VIDEOS,
        [VIDEO],
        ["liveStreamingDetails"],
        ["k-1"],
    )
    chats = server.chat_requests()
    assert [q.get("pageToken") for _, q, _ in chats] == [None, ["tok-1"], ["tok-2"], ["tok-3"]]
    assert all(q["liveChatId"] == [CHAT] and q["part"] == ["snippet,authorDetails"] for _, q, _ in chats)
    # pollingIntervalMillis (150 ms) was waited after the first two pages, the floor after the third
    gaps = [later[2] - earlier[2] for earlier, later in zip(chats, chats[1:], strict=False)]
    assert gaps[0] >= 0.15 and gaps[1] >= 0.15 and gaps[2] >= 0.05, gaps
    assert source.polls == 3 and source.quota_used == 1 + 4 * 5
    assert source.last_message_at is not None and not source.connected.is_set()


def test_the_source_ends_when_the_stream_goes_offline(youtube):
    last = _item("e-1", "textMessageEvent", "Viewer", "UCv", "bye!")
    server = youtube([(MESSAGES, 200, _page([last], "tok-1", 0, offlineAt=_stamp(2)))])
    source = YouTubeChat(chat=CHAT, key="k", api=server.api, floor=0.01)
    reader = ChatReader(source).start()
    try:
        reader.thread.join(10)
        assert not reader.thread.is_alive() and reader.error is None
    finally:
        reader.close()
    assert [m.text for m in reader.got] == ["bye!"]
    assert [r[0] for r in server.requests] == [MESSAGES]  # chat=ID needs no videos.list call


def test_a_live_chat_ended_error_ends_the_source_quietly(youtube):
    server = youtube([(MESSAGES, 200, _page([], "tok-1", 0)), (MESSAGES, 403, ENDED)])
    source = YouTubeChat(chat=CHAT, key="k", api=server.api, floor=0.01)
    reader = ChatReader(source).start()
    try:
        reader.thread.join(10)
        assert not reader.thread.is_alive() and reader.error is None and reader.got == []
    finally:
        reader.close()
    assert source.polls == 1


def test_a_server_error_or_a_dropped_connection_reconnects_and_keeps_the_page_token(youtube, monkeypatch):
    monkeypatch.setattr("vhost.chat.sources.youtube.BACKOFF", (0.02, 0.1))
    server = youtube(
        [
            (VIDEOS, 200, _videos()),
            (MESSAGES, 200, _page([_item("r-1", "textMessageEvent", "A", "UCa", "first")], "tok-1", 0)),
            (MESSAGES, 500, {"error": {"code": 500, "message": "Backend Error"}}),
            "drop",
            (MESSAGES, 200, _page([_item("r-2", "textMessageEvent", "B", "UCb", "after")], "tok-2", 0)),
        ]
    )
    source = YouTubeChat(VIDEO, key="k", api=server.api, floor=0.01)
    reader = ChatReader(source).start()
    try:
        assert [m.text for m in reader.wait_for(2)] == ["first", "after"]
        wait_until(lambda: source.connected.is_set(), 5, "the source to be connected again")
    finally:
        reader.close()
    assert source.reconnects == 2
    chats = server.chat_requests()
    assert [q.get("pageToken") for _, q, _ in chats[:4]] == [None, ["tok-1"], ["tok-1"], ["tok-1"]]
    assert [r[0] for r in server.requests].count(VIDEOS) == 1  # the chat id is kept


def test_a_bad_key_is_one_clear_sentence(youtube):
    server = youtube([(VIDEOS, 400, BAD_KEY)])
    reader = ChatReader(YouTubeChat(VIDEO, key="nope", api=server.api, floor=0.01)).start()
    reader.thread.join(10)
    assert isinstance(reader.error, ChatError)
    assert str(reader.error).startswith("YouTube does not accept the API key;")
    assert str(reader.error).count(".") == 1


def test_a_video_that_is_not_live_is_one_clear_sentence(youtube):
    server = youtube([(VIDEOS, 200, _videos(live=False))])
    reader = ChatReader(YouTubeChat(VIDEO, key="k", api=server.api, floor=0.01)).start()
    reader.thread.join(10)
    assert isinstance(reader.error, ChatError)
    assert "is not live now" in str(reader.error) and server.chat_requests() == []


def test_a_missing_key_says_how_to_set_one(monkeypatch):
    monkeypatch.setattr("vhost.keychain.read", lambda service, user: None)
    with pytest.raises(ChatError, match="needs a YouTube Data API v3 key.*vhost youtube-key set"):
        YouTubeChat(VIDEO)
    seen = []
    monkeypatch.setattr("vhost.keychain.read", lambda service, user: seen.append((service, user)) or "kept")
    assert YouTubeChat(VIDEO).key == "kept" and seen == [("vhost", "youtube-api-key")]


def test_youtube_specs_are_parsed():
    source = open_source("youtube:https://www.youtube.com/watch?v=abc123XYZ00?key=k")
    assert isinstance(source, YouTubeChat) and (source.video, source.key) == (VIDEO, "k")
    assert open_source("youtube:https://youtu.be/abc123XYZ00?key=k").video == VIDEO
    assert open_source("youtube:www.youtube.com/live/abc123XYZ00?si=x&key=k").video == VIDEO
    direct = open_source("youtube:abc123XYZ00?key=k&every=7.5&api=http://127.0.0.1:9/youtube/v3")
    assert (direct.video, direct.floor, direct.api) == (VIDEO, 7.5, "http://127.0.0.1:9/youtube/v3")
    chat = open_source(f"youtube:chat={CHAT}?key=k")
    assert (chat.chat_id, chat.video) == (CHAT, None)
    with pytest.raises(ChatError, match="not a YouTube video id"):
        open_source("youtube:myshow?key=k")
    with pytest.raises(ChatError, match="every=0"):
        open_source("youtube:abc123XYZ00?key=k&every=0")


def test_items_map_to_chat_kinds_and_the_quota_lasts_hours():
    sticker = _item("s", "superStickerEvent", "S", "UCs", "Super Sticker from S")
    gifting = _item("g", "membershipGiftingEvent", "G", "UCg", "G gifted 5 memberships")
    milestone = _item("ms", "memberMilestoneChatEvent", "M", "UCm", "Member for 6 months")
    blank = _item("b", "textMessageEvent", "B", "UCb", "   ")
    kinds = [message_from(i).kind for i in (sticker, gifting, milestone)]
    assert kinds == [ChatKind.GIFT, ChatKind.GIFT, ChatKind.FOLLOW]
    assert message_from(blank) is None
    assert message_from(sticker).time.tzinfo is not None
    assert quota_hours(5.0) == pytest.approx(10_000 / 5 * 5 / 3600)  # 2000 calls, ~2.8 h
    assert quota_hours(2.0) == pytest.approx(1.11, abs=0.01)


@pytest.mark.parametrize(
    ("status", "reason", "sentence"),
    [
        (403, "liveChatDisabled", "Live chat is turned off"),
        (404, "liveChatNotFound", "YouTube has no live chat"),
    ],
)
def test_a_chat_that_cannot_be_read_is_one_clear_sentence(youtube, status, reason, sentence):
    server = youtube([(MESSAGES, status, _error(status, reason, "The live chat cannot be read."))])
    reader = ChatReader(YouTubeChat(chat=CHAT, key="k", api=server.api, floor=0.01)).start()
    reader.thread.join(10)
    assert isinstance(reader.error, ChatError) and str(reader.error).startswith(sentence)


def test_a_rate_limit_is_waited_out(youtube, monkeypatch):
    monkeypatch.setattr("vhost.chat.sources.youtube.BACKOFF", (0.02, 0.1))
    limited = _error(403, "rateLimitExceeded", "The request was sent too soon after the previous one.")
    hello = _item("h-1", "textMessageEvent", "A", "UCa", "hello")
    server = youtube([(MESSAGES, 403, limited), (MESSAGES, 200, _page([hello], "tok-1", 0))])
    source = YouTubeChat(chat=CHAT, key="k", api=server.api, floor=0.01)
    reader = ChatReader(source).start()
    try:
        assert [m.text for m in reader.wait_for(1)] == ["hello"]
    finally:
        reader.close()
    assert source.reconnects == 1
