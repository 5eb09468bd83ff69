"""Chat sources, chosen by a spec string on the command line (`--chat replay:FILE`)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from vhost.chat.sources.base import ChatSource
from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

SOURCES = QT_TRANSLATE_NOOP(
    "vhost",
    "replay:FILE[?speed=X] (JSON lines), console (typed on standard input), bridge:PORT (vhost's"
    " browser bridge for Douyin, Kuaishou, Taobao Live and WeChat Channels, or any local bot: HTTP POST"
    " and WebSocket on 127.0.0.1 with this install's token; webhook:PORT is the same), twitch:#CHANNEL,"
    " bilibili:ROOMID, tiktok:@USERNAME[?key=KEY] (through EulerStream, a third-party service that"
    " relays the viewers' messages) or youtube:VIDEO_ID[?key=KEY] (or the video's URL, or"
    " youtube:chat=LIVECHATID)",
)


def open_source(spec: str, data_dir: Path | None = None) -> ChatSource:
    """The source `spec` names; `data_dir` holds the bridge's token (default: the settings')."""
    kind, _, arg = spec.partition(":")
    if kind == "replay" and arg:
        from vhost.chat.sources.replay import ReplayChat

        path, _, query = arg.partition("?")  # replay:FILE?speed=0.5 plays it at half the rate
        speed = parse_qs(query).get("speed", ["1"])[-1]
        try:
            pace = float(speed)
        except ValueError:
            pace = 0.0
        if not pace > 0:
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "speed={speed} in --chat {spec} must be a number above 0 (0.5: half as fast).",
                    ),
                    speed=speed,
                    spec=spec,
                )
            )
        return ReplayChat(Path(path), pace)
    if kind == "console" and not arg:
        from vhost.chat.sources.console import ConsoleChat

        return ConsoleChat()
    if kind in ("bridge", "webhook") and arg.isdigit():
        from vhost.chat.sources.bridge import BridgeChat
        from vhost.chat.sources.bridge_token import bridge_token
        from vhost.config import load_settings

        return BridgeChat(int(arg), bridge_token(data_dir or load_settings().data_dir))
    if kind == "twitch" and arg:
        from vhost.chat.sources.twitch import TWITCH, TwitchChat

        channel, _, server = arg.partition("@")  # twitch:#channel@host:port for another server
        host, _, port = server.partition(":")
        if port and not port.isdigit():
            raise ChatError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "{port} is not a port number in --chat {spec}."),
                    port=repr(port),
                    spec=spec,
                )
            )
        return TwitchChat(channel, host or TWITCH[0], int(port) if port else TWITCH[1])
    if kind == "bilibili" and arg:
        from vhost.chat.sources.bilibili import URL, BilibiliChat

        room, _, query = arg.partition("?")  # bilibili:ROOMID?key=TOKEN&url=wss://…
        options = {name: values[-1] for name, values in parse_qs(query).items()}
        return BilibiliChat(room, options.get("key"), options.get("url", URL))
    if kind == "youtube" and arg:
        from vhost.chat.sources.youtube import parse_spec

        return parse_spec(arg)  # youtube:VIDEO_ID, a watch URL or chat=ID, then ?key=&every=&api=
    if kind == "tiktok" and arg:
        from vhost.chat.sources.tiktok import parse_spec as tiktok_spec

        return tiktok_spec(arg)  # tiktok:@USERNAME (or the profile URL), then ?key=&url=
    raise ChatError(
        Message(
            QT_TRANSLATE_NOOP("vhost", "Unknown chat source {spec}; use {sources}."),
            spec=repr(spec),
            sources=Message(SOURCES),
        )
    )


__all__ = ["SOURCES", "ChatSource", "open_source"]
