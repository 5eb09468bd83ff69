"""The chat sources against real counterparts (the local bridge: test_chat_bridge.py): Twitch
against a real IRC server (ngircd) on 127.0.0.1, Bilibili on protocol frames built byte by byte
and against a local WebSocket server speaking its protocol."""

import json
import shutil
import socket
import struct
import subprocess
import threading
import zlib

import pytest

from vhost.chat.sources import open_source
from vhost.chat.sources.bilibili import BilibiliChat, decode, message_from
from vhost.chat.sources.twitch import TwitchChat, parse_irc
from vhost.domain import ChatKind
from vhost.errors import ChatError
from vhost.testing import ChatReader, free_port, listening, wait_until


# ---- Twitch (IRC) ----------------------------------------------------------------------------
def test_twitch_lines_with_tags_are_read():
    tags, prefix, command, params, text = parse_irc(
        r"@badge-info=;display-name=Xiao\sWang;user-id=123;id=abc-1"
        " :xw!xw@xw.tmi.twitch.tv PRIVMSG #shop :how much?"
    )
    assert (tags["display-name"], tags["user-id"], command, params, text) == (
        "Xiao Wang",
        "123",
        "PRIVMSG",
        ["#shop"],
        "how much?",
    )
    assert parse_irc("PING :tmi.twitch.tv")[2:] == ("PING", [], "tmi.twitch.tv")


def _ngircd(tmp_path, port):
    conf = tmp_path / "ngircd.conf"
    conf.write_text(
        "[Global]\nName = irc.vhost.test\nInfo = test\nListen = 127.0.0.1\n"
        f"Ports = {port}\nPidFile = {tmp_path}/ngircd.pid\nMotdPhrase = hello\n"
        "[Options]\nPAM = no\nIdent = no\nDNS = no\n"
    )
    conf.chmod(0o644)
    tmp_path.chmod(0o755)
    server = subprocess.Popen(
        ["ngircd", "-n", "-f", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until(lambda: listening(port) or server.poll() is not None, 10, "ngircd to listen")
    finally:
        if not listening(port):
            server.kill()
    assert server.poll() is None, "ngircd did not start"
    return server


class Viewer:
    """A plain IRC client in the channel, saying things."""

    def __init__(self, port, nick):
        self.conn = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.conn.sendall(f"NICK {nick}\r\nUSER {nick} 0 * :{nick}\r\n".encode())
        self._wait_for(b" 376 ", b" 422 ")
        self.conn.sendall(b"JOIN #shop\r\n")
        self._wait_for(b"JOIN")

    def _wait_for(self, *marks):
        seen = b""
        while not any(mark in seen for mark in marks):
            seen += self.conn.recv(4096)

    def say(self, text):
        self.conn.sendall(f"PRIVMSG #shop :{text}\r\n".encode())

    def close(self):
        self.conn.close()


@pytest.mark.skipif(
    shutil.which("ngircd") is None, reason="ngircd is not installed (scripts/setup.sh installs it)"
)
def test_twitch_source_reads_a_real_irc_channel_and_reconnects(tmp_path):
    port = free_port()
    server = _ngircd(tmp_path, port)
    source = TwitchChat("#shop", "127.0.0.1", port, nick="vhostbot")
    reader = ChatReader(source).start()
    try:
        assert source.connected.wait(10)
        viewer = Viewer(port, "viewer1")
        viewer.say("多少钱？")
        reader.wait_for(1)
        first = reader.got[0]
        assert (first.text, first.name, first.platform, first.kind) == (
            "多少钱？",
            "viewer1",
            "twitch",
            ChatKind.COMMENT,
        )
        viewer.close()
        server.terminate()  # the chat server restarts under us
        server.wait(timeout=10)
        wait_until(lambda: not source.connected.is_set(), 10, "the source to notice the server has gone")
        server = _ngircd(tmp_path, port)
        wait_until(lambda: source.reconnects >= 1 and source.connected.is_set(), 20, "the source to rejoin")
        viewer = Viewer(port, "viewer2")
        viewer.say("包邮吗")
        reader.wait_for(2)
        assert reader.got[1].text == "包邮吗" and reader.got[1].name == "viewer2"
        viewer.close()
    finally:
        reader.close()
        server.terminate()
        server.wait(timeout=10)


def test_source_specs_are_checked():
    assert isinstance(open_source("twitch:#shop"), TwitchChat)
    assert open_source("twitch:#shop@127.0.0.1:6667").port == 6667
    assert open_source("bilibili:12345?key=abc").key == "abc"
    with pytest.raises(ChatError, match="not a Bilibili room id"):
        open_source("bilibili:myroom")
    with pytest.raises(ChatError, match="not a port number"):
        open_source("twitch:#shop@host:http")


# ---- Bilibili --------------------------------------------------------------------------------
def _packet(operation, body, version=0):
    """A protocol packet built by hand: 16-byte big-endian header, then the body."""
    return struct.pack(">IHHII", 16 + len(body), 16, version, operation, 1) + body


def _notice(payload):
    return _packet(5, json.dumps(payload, ensure_ascii=False).encode())


DANMU = {
    "cmd": "DANMU_MSG:4:0:2:2:2:0",
    "info": [[0, 1, 25], "主播这个多少钱", [4242, "小鹿粉丝", 0], [], []],
}
GIFT = {"cmd": "SEND_GIFT", "data": {"uid": 7, "uname": "阿花", "giftName": "小心心", "num": 1}}
FOLLOW = {"cmd": "INTERACT_WORD", "data": {"uid": 8, "uname": "晴天", "msg_type": 2}}
LIKE = {"cmd": "LIKE_INFO_V3_CLICK", "data": {"uid": 9, "uname": "豆豆"}}
OTHER = {"cmd": "ONLINE_RANK_COUNT", "data": {"count": 3}}


def test_bilibili_frames_in_zlib_and_brotli_bundles_are_read():
    import brotli

    zipped = _packet(5, zlib.compress(_notice(DANMU) + _notice(GIFT)), version=2)
    squeezed = _packet(5, brotli.compress(_notice(FOLLOW) + _notice(LIKE) + _notice(OTHER)), version=3)
    popularity = _packet(3, struct.pack(">I", 321), version=1)
    packets = decode(zipped + squeezed + popularity)
    assert [p.operation for p in packets] == [5, 5, 5, 5, 5, 3]
    messages = [message_from(json.loads(p.body)) for p in packets[:5]]
    assert messages[4] is None  # not something the show reacts to
    comment, gift, follow, like = messages[:4]
    assert (comment.text, comment.name, comment.user_id, comment.kind) == (
        "主播这个多少钱",
        "小鹿粉丝",
        "4242",
        ChatKind.COMMENT,
    )
    assert (gift.kind, gift.name, gift.text) == (ChatKind.GIFT, "阿花", "小心心")
    assert (follow.kind, like.kind) == (ChatKind.FOLLOW, ChatKind.LIKE)
    with pytest.raises(ValueError, match="truncated"):
        decode(zipped[:-3])


def test_bilibili_source_authenticates_beats_and_reconnects_to_a_room():
    import brotli
    from websockets.sync.server import serve

    seen = {"auth": [], "beats": 0, "connections": 0}

    def room(ws):
        seen["connections"] += 1
        (auth,) = decode(ws.recv(timeout=5))
        seen["auth"].append((auth.operation, json.loads(auth.body)))
        ws.send(_packet(8, b'{"code":0}'))
        beat = decode(ws.recv(timeout=5))[0]
        seen["beats"] += beat.operation == 2
        ws.send(_packet(3, struct.pack(">I", 99), version=1))
        text = "第一条弹幕" if seen["connections"] == 1 else "重连后的弹幕"
        danmu = dict(DANMU, info=[[0], text, [1, "观众", 0]])
        ws.send(_packet(5, brotli.compress(_notice(danmu)), version=3))
        reader.wait_for(seen["connections"])  # once the viewer has it, the connection drops (a restart)

    with serve(room, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        source = BilibiliChat("12345", url=f"ws://127.0.0.1:{port}/sub")
        reader = ChatReader(source)  # (made before it starts: the room waits on it)
        reader.start()
        try:
            reader.wait_for(2, timeout=15)
        finally:
            reader.close()
            server.shutdown()
    assert [m.text for m in reader.got] == ["第一条弹幕", "重连后的弹幕"]
    operation, auth = seen["auth"][0]
    assert operation == 7 and auth["roomid"] == 12345 and auth["protover"] == 3
    assert seen["beats"] == 2 and source.reconnects >= 1 and source.popularity == 99
