"""TikTok LIVE chat through EulerStream's relay, against a local WebSocket server that sends
frames in the documented format (tests/data/tiktok, each fixture naming its source) and closes
with the documented close codes."""

import json
import logging
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from vhost.chat.sources import SOURCES, open_source
from vhost.chat.sources.tiktok import TikTokChat, events_of, message_from
from vhost.domain import ChatKind
from vhost.errors import ChatError
from vhost.testing import ChatReader, wait_until

DATA = Path(__file__).parent / "data" / "tiktok"
BUNDLE = (DATA / "bundle.json").read_text(encoding="utf-8")
SINGLE = (DATA / "single_chat.json").read_text(encoding="utf-8")
KEY = "euler_test_key_123"


class Relay:
    """A local stand-in for wss://ws.eulerstream.com: each connection runs the next script step
    (a callable given the connection), and the query strings it was opened with are kept."""

    def __init__(self, *steps):
        self.steps, self.queries, self.done = list(steps), [], threading.Event()

    def __enter__(self):
        from websockets.sync.server import serve

        self.server = serve(self._handle, "127.0.0.1", 0)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}"
        return self

    def __exit__(self, *exc):
        self.done.set()
        self.server.shutdown()

    def _handle(self, ws):
        self.queries.append(parse_qs(urlsplit(ws.request.path).query))
        step = self.steps[min(len(self.queries), len(self.steps)) - 1]
        step(ws)

    def source(self, username="@shop", **options):
        return TikTokChat(username, key=KEY, url=self.url, **options)


def closes(code, reason=""):
    return lambda ws: ws.close(code, reason)


@pytest.fixture
def quick(monkeypatch):
    """Waits short enough for a test; the normal backoff is made long, so a test that needs the
    offline wait fails (times out) if the source used the wrong one."""
    monkeypatch.setattr("vhost.chat.sources.tiktok.BACKOFF", (0.05, 0.2))
    monkeypatch.setattr("vhost.chat.sources.tiktok.OFFLINE_BACKOFF", (0.05, 0.2))


def test_relayed_events_map_to_chat_kinds_in_order():
    messages = [m for m in map(message_from, events_of(BUNDLE)) if m is not None]
    got = [(m.kind, m.name, m.text) for m in messages]
    assert got == [
        (ChatKind.COMMENT, "Mia ✨", "How much is the blue scarf?"),
        (ChatKind.GIFT, "Leo", "Rose ×5"),  # the streak's end only, not each step of the combo
        (ChatKind.LIKE, "anna_k", ""),  # no nickname: the @handle
        (ChatKind.FOLLOW, "Kai", ""),  # the share is not a follow, and is skipped
        (ChatKind.ENTER, "王小明", ""),
        (ChatKind.COMMENT, "Mia ✨", "How much is the blue scarf?"),  # (the source drops repeats by id)
    ]
    first = messages[0]
    assert first.platform == "tiktok" and first.user_id == "6900000000000000001"
    assert first.id == "7440000000000001001" and first.time.timestamp() == pytest.approx(1764561600.123)
    (single,) = events_of(SINGLE)  # an unbundled frame
    assert message_from(single).text == "Back again, does it ship to Canada?"
    assert message_from({"type": "WebcastMemberMessage", "data": {"action": 3}}).kind is ChatKind.FOLLOW
    assert message_from({"type": "WebcastChatMessage", "data": {"comment": "  "}}) is None


def test_the_relay_is_read_in_order_and_reconnects_after_a_drop(quick, caplog):
    def first(ws):
        ws.send(b"\x08\x01")  # a binary (raw protobuf) frame: skipped
        ws.send("not json")
        ws.send(BUNDLE)
        wait_until(lambda: len(reader.got) >= 5 or relay.done.is_set(), 10, "the viewer to read them")
        ws.socket.close()  # the network drops: no close frame

    def second(ws):
        ws.send(SINGLE)
        relay.done.wait(10)

    caplog.set_level(logging.DEBUG, "vhost.chat.sources.tiktok")
    with Relay(first, second) as relay:
        source = relay.source()
        reader = ChatReader(source).start()
        try:
            got = reader.wait_for(6, timeout=15)
            assert source.connected.is_set()
        finally:
            reader.close()
    assert [m.text for m in got] == [
        "How much is the blue scarf?",
        "Rose ×5",
        "",
        "",
        "",
        "Back again, does it ship to Canada?",
    ]
    assert [m.kind for m in got][:5] == [
        ChatKind.COMMENT,
        ChatKind.GIFT,
        ChatKind.LIKE,
        ChatKind.FOLLOW,
        ChatKind.ENTER,
    ]
    assert source.reconnects >= 1 and source.last_message_at is not None
    assert source.room_id == "7440000000000000001"
    assert relay.queries[0] == {"uniqueId": ["shop"], "apiKey": [KEY]}
    assert not source.connected.is_set()  # the reader stopped it
    assert KEY not in caplog.text  # the address holds the key: never logged


def test_an_invalid_key_is_one_sentence_and_the_source_stops(quick):
    with Relay(closes(4401, f"WS State Error - The provided API Key {KEY} is invalid.")) as relay:
        reader = ChatReader(relay.source()).start()
        reader.thread.join(10)
    assert not reader.thread.is_alive() and reader.got == []
    assert isinstance(reader.error, ChatError)
    assert "EulerStream does not accept the API key" in str(reader.error)
    assert len(relay.queries) == 1  # no retry loop on a refused key


@pytest.mark.parametrize(
    "code, sentence",
    [(4400, "EulerStream cannot find TikTok account @shop"), (4403, "may not read TikTok account @shop")],
)
def test_a_refused_account_is_one_sentence(quick, code, sentence):
    with Relay(closes(code)) as relay:
        reader = ChatReader(relay.source()).start()
        reader.thread.join(10)
    assert isinstance(reader.error, ChatError) and sentence in str(reader.error)


def test_an_account_that_is_not_live_is_waited_out_with_a_sentence(monkeypatch, caplog):
    monkeypatch.setattr("vhost.chat.sources.tiktok.BACKOFF", (30.0, 30.0))  # the wrong wait: too slow
    monkeypatch.setattr("vhost.chat.sources.tiktok.OFFLINE_BACKOFF", (0.05, 0.2))
    notices = []

    def live(ws):
        notices.append(source.notice)
        ws.send(SINGLE)
        relay.done.wait(10)

    with Relay(closes(4404, "NOT_LIVE"), closes(4005), closes(4429), live) as relay:
        source = relay.source("tiktok_user")
        reader = ChatReader(source).start()
        started = time.monotonic()
        try:
            (message,) = reader.wait_for(1, timeout=10)
        finally:
            reader.close()
    assert time.monotonic() - started < 5  # the offline backoff, not the 30 s one
    assert message.text == "Back again, does it ship to Canada?"
    assert len(relay.queries) == 4 and source.reconnects == 3
    assert "too many TikTok connections" in notices[0]  # what the app shows while it waits
    assert source.notice is None  # chat came: nothing to say any more
    assert "TikTok account @tiktok_user is not live now" in caplog.text


def test_tiktok_specs_are_parsed(monkeypatch):
    monkeypatch.setattr("vhost.keychain.read", lambda service, user: None)
    source = open_source("tiktok:@shop.live_1?key=abc&url=ws://127.0.0.1:9/relay")
    assert (source.username, source.key, source.url) == ("shop.live_1", "abc", "ws://127.0.0.1:9/relay")
    assert source.address() == "ws://127.0.0.1:9/relay?uniqueId=shop.live_1&apiKey=abc"
    assert open_source("tiktok:shop?key=abc").username == "shop"
    assert open_source("tiktok:https://www.tiktok.com/@shop/live?key=abc").username == "shop"
    assert open_source("tiktok:www.tiktok.com/@shop?key=abc").url == "wss://ws.eulerstream.com"
    with pytest.raises(ChatError, match="is not a TikTok username"):
        open_source("tiktok:@my shop?key=abc")
    with pytest.raises(ChatError, match="a third-party service that relays every viewer message"):
        open_source("tiktok:@shop")
    seen = []
    monkeypatch.setattr("vhost.keychain.read", lambda service, user: seen.append((service, user)) or "kept")
    assert open_source("tiktok:@shop").key == "kept" and seen == [("vhost", "eulerstream-api-key")]
    assert "tiktok:@USERNAME" in SOURCES and "third-party" in SOURCES
    with pytest.raises(ChatError, match="tiktok:@USERNAME"):
        open_source("tik:shop")


def test_the_api_key_is_kept_in_the_keyring(monkeypatch):
    from vhost.chat.sources.tiktok import keep_api_key

    kept = []
    monkeypatch.setattr("vhost.keychain.keep", lambda *args: kept.append(args[:3]))
    keep_api_key("k")
    keep_api_key(None)
    assert kept == [("vhost", "eulerstream-api-key", "k"), ("vhost", "eulerstream-api-key", None)]


def test_fixtures_name_their_source():
    for path in DATA.glob("*.json"):
        assert "_source" in json.loads(path.read_text(encoding="utf-8")), path.name


def test_a_handshake_refused_with_http_401_is_the_key_sentence(quick):
    from websockets.sync.server import serve

    def refuse(connection, request):
        return connection.respond(401, "Unauthorized\n")

    with serve(lambda ws: None, "127.0.0.1", 0, process_request=refuse) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"ws://127.0.0.1:{server.socket.getsockname()[1]}"
        reader = ChatReader(TikTokChat("shop", key=KEY, url=url)).start()
        reader.thread.join(10)
        server.shutdown()
    assert isinstance(reader.error, ChatError) and "does not accept the API key" in str(reader.error)


def test_a_relay_that_closes_after_room_info_keeps_reconnecting(monkeypatch):
    monkeypatch.setattr("vhost.chat.sources.tiktok.BACKOFF", (0.05, 0.1))
    room_only = json.dumps({"messages": [{"type": "roomInfo", "data": {"id": "1"}}]})

    def drop(ws):
        ws.send(room_only)
        ws.close(4500, "TikTok closed the connection")

    with Relay(drop) as relay:
        source = relay.source()
        reader = ChatReader(source).start()
        try:
            wait_until(lambda: source.reconnects >= 3, 10, "three reconnects")
        finally:
            reader.close()
    assert reader.error is None and reader.got == [] and source.room_id == "1"


@pytest.mark.parametrize(
    ("command", "service", "user"),
    [("tiktok-key", "vhost", "eulerstream-api-key"), ("youtube-key", "vhost", "youtube-api-key")],
)
def test_the_keys_are_kept_and_forgotten_from_the_command_line(
    cli, memory_keyring, monkeypatch, command, service, user
):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("the-key-123\n"))
    code, out, _ = cli(command, "set")
    assert code == 0 and "Kept the" in out and memory_keyring[(service, user)] == "the-key-123"
    code, out, _ = cli(command, "delete")
    assert code == 0 and (service, user) not in memory_keyring
