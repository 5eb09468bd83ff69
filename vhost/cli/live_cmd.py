"""`vhost live`: the show in real time, to a webcam, a sound device, RTMP and a recording."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from vhost.cli.render_cmd import ai_label_of
from vhost.config import Settings
from vhost.engine.events import EventBus
from vhost.errors import BackendError
from vhost.script.disclosure import EVERY
from vhost.show.builder import ShowOptions

DISCLOSE_MINUTES = EVERY.total_seconds() / 60


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """What `vhost live` and `vhost soak` share: the show, the voices and the plan."""
    from vhost.cli.chat_cmd import add_chat_argument
    from vhost.cli.render_cmd import add_show_arguments

    add_show_arguments(parser, catalog_required=False)
    add_chat_argument(parser)
    parser.add_argument(
        "--fallback-voice",
        metavar="VOICE",
        help="a second voice that takes over at once if the first one fails",
    )
    parser.add_argument(
        "--plan",
        type=Path,
        help='a show plan (JSON): {"order": [ids], "weights": {"id": 2}, "hero": "id",'
        ' "hero_every": 3, "seconds_per_product": 90, "pause_between": 1.5, "interlude_every": 4}',
    )
    parser.add_argument("--hero", metavar="ID", help="pin this product: it comes back after every few others")
    parser.add_argument(
        "--disclose-every",
        type=float,
        default=DISCLOSE_MINUTES,
        metavar="MINUTES",
        help="the presenter says it is AI-generated after its first line and then every MINUTES"
        f" (default {DISCLOSE_MINUTES:g}; 0: at the start only)",
    )
    parser.add_argument(
        "--seconds-per-product",
        type=float,
        metavar="S",
        help="keep each presentation to about this long (FAQ and specs are left out first)",
    )


def register(commands: Any) -> None:
    live = commands.add_parser(
        "live",
        help="go live: the presenter sells your catalog in real time",
        description="Run the presenter in real time: the script is spoken line after line, the"
        " face moves in sync, and each video frame leaves with exactly its own audio. The show"
        " goes out as a virtual webcam (--camera) with its voice on a sound device or virtual"
        " cable (--audio), over RTMP (--rtmp) and into an MP4 recording (--record). The"
        " director runs the catalog in order (or by --plan: order, weights, a hero product, time"
        " per product), greets new viewers each pass, pauses briefly between products and"
        " announces promotions as they start. With --chat it answers viewers' comments on air"
        " (from the catalog's facts, at the next pause in speech). The show resumes where it"
        " stopped. Ctrl+C stops cleanly.",
    )
    add_engine_arguments(live)
    live.add_argument("--record", type=Path, help="also record the live output to this MP4 file")
    live.add_argument(
        "--camera",
        default="auto",
        metavar="auto|none|DEVICE",
        help="virtual webcam for OBS and streaming tools: auto (use one if there is one),"
        " none, or a device such as /dev/video2 (default: auto)",
    )
    live.add_argument(
        "--audio",
        default="auto",
        metavar="auto|none|DEVICE",
        help="sound output for the voice: auto (the default device, if any), none, or a device"
        " name or number from `vhost devices` (a virtual cable lets OBS capture it)",
    )
    live.add_argument(
        "--rtmp",
        metavar="URL",
        help="also push the stream to this RTMP address"
        " (rtmp://server/app/STREAM-KEY from your platform; reconnects by itself)",
    )
    live.add_argument(
        "--restart",
        action="store_true",
        help="start the show from the top instead of where it stopped last time",
    )
    live.add_argument("--duration", type=float, help="stop after this many seconds (default: until Ctrl+C)")
    live.set_defaults(run=run_live)


def show_options(args: argparse.Namespace) -> ShowOptions:
    """The show `vhost live` or `vhost soak` was asked for."""
    return ShowOptions(
        catalog=Path(args.catalog) if args.catalog else None,
        plan=args.plan,
        hero=args.hero,
        seconds_per_product=args.seconds_per_product,
        avatar=args.avatar,
        voice=args.voice,
        speed=args.speed,
        pitch=args.pitch,
        fallback_voice=args.fallback_voice,
        lang=args.lang,
        seed=args.seed,
        size=args.size,
        fps=args.fps,
        chat=args.chat,
        llm=getattr(args, "llm", None),
        llm_model=getattr(args, "llm_model", None),
        restart=getattr(args, "restart", False),
        ai_label=ai_label_of(args),
        disclose_every=timedelta(minutes=args.disclose_every),
    )


def run_live(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.chat_cmd import chat_summary
    from vhost.show.builder import build_show, show_outputs

    if args.duration is not None and args.duration <= 0:
        raise BackendError("--duration must be more than 0 seconds.")
    outputs = show_outputs(args.size, args.fps, args.record, args.camera, args.audio, args.rtmp)
    show = build_show(show_options(args), settings, outputs)
    watcher = threading.Thread(target=_status_line, args=(show.events,), daemon=True)
    watcher.start()
    # A service manager stops with SIGTERM: finish the frame, close every output, save the place.
    signal.signal(signal.SIGTERM, lambda *_: show.stop())
    try:
        stats = show.run(args.duration)
    except KeyboardInterrupt:
        stats = show.stats
    sys.stderr.write("\n")
    print(
        f"Stopped after {stats.frames / args.fps:.1f} s: {stats.frames} frames, {stats.lines_spoken} lines"
        f" spoken, {stats.dropped_frames} pictures repeated to keep time, largest A/V offset"
        f" {stats.max_av_offset_ms:.1f} ms" + (f"; recorded to {args.record}" if args.record else "") + "."
    )
    voices = show.engine.voices
    cache = voices.cache.stats
    rate = "-" if cache.hit_rate is None else f"{cache.hit_rate:.0%}"
    print(
        f"  speech: {stats.speech_underruns} times the next line was not ready when one ended;"
        f" {rate} of the script's lines made ahead ({cache.reused} said before),"
        f" {voices.handovers} handed to the fallback voice; {cache.made_seconds:.0f} s of sound made"
        f" ({voices.made_ahead['script']:.0f} s of script and {voices.made_ahead['answers']:.0f} s of likely"
        f" answers ahead), {cache.unused_seconds + voices.cache.ahead_seconds:.0f} s of it not said"
    )
    for output in outputs:
        if output.name != "null":
            figures = ", ".join(f"{name} {value}" for name, value in output.stats().items())
            print(f"  {output.name}: {figures}")
    if show.chat is not None:
        print(chat_summary(show.chat))
    return 0


def _status_line(events: EventBus) -> None:
    """One line on stderr, redrawn each second from the engine's metrics events."""
    from vhost.engine.events import Metrics, StateChanged

    inbox = events.subscribe(capacity=64)
    tty = sys.stderr.isatty()
    while True:
        event = inbox.get()
        if isinstance(event, StateChanged) and event.state == "stopped":
            return
        if not isinstance(event, Metrics):
            continue
        uptime = int(event.stream_seconds)
        text = (
            f"live {uptime // 3600:d}:{uptime // 60 % 60:02d}:{uptime % 60:02d}  fps {event.fps or 0:.1f}"
            f"  A/V {event.av_offset_ms:.1f} ms  buffer {event.buffer_seconds:.1f} s"
            f"  product {event.product or '-'}  repeated {event.dropped_frames}"
        )
        rtmp = event.outputs.get("rtmp")
        if rtmp is not None:
            text += "  rtmp " + ("on" if rtmp["connected"] else "reconnecting")
        if event.stalled:
            text += "  STALLED: " + ", ".join(event.stalled)
        if tty:
            sys.stderr.write("\r" + text)
            sys.stderr.flush()
        elif uptime % 10 == 0:
            sys.stderr.write(text + "\n")
