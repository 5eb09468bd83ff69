"""`vhost live`: the show in real time, to a webcam, a sound device, RTMP and a recording."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import BackendError


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


def build_engine(
    args: argparse.Namespace,
    settings: Settings,
    clock: Any,
    outputs: list[Any],
    resume: bool = False,
    voice: Any = None,
    picture: Any = None,
) -> Any:
    """The engine for these arguments. With resume, the show continues from the position the
    store saved for the same catalog, language and seed; the engine gets `show_key` and
    `resumed_from` attributes for the caller. `voice` and `picture` replace the ones the
    arguments name (a soak run's stand-ins)."""
    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.cli.catalog_cmd import print_report
    from vhost.cli.render_cmd import on_screen, shop_badge
    from vhost.config import ASSETS_DIR
    from vhost.engine.director import Director, DirectorPosition
    from vhost.engine.live import LiveEngine
    from vhost.engine.plan import ShowPlan
    from vhost.render.picture import StreamPicture
    from vhost.script import ComplianceFilter, TemplateWriter
    from vhost.speech.registry import open_voice

    lang = args.lang or settings.lang
    seed = settings.seed if args.seed is None else args.seed
    catalog_path = Path(args.catalog) if args.catalog else ASSETS_DIR / "demo" / "catalog.json"
    report = load_catalog(catalog_path)
    if report.problems or report.notes:
        print_report(report, out=sys.stderr)
    catalog = report.catalog
    plan = ShowPlan.load(args.plan) if args.plan else ShowPlan()
    plan = plan.with_overrides(hero=args.hero, seconds_per_product=args.seconds_per_product)
    plan.check(catalog)
    if picture is None:
        rig, notes = load_avatar(args.avatar)
        for note in notes:
            print(f"  note: {note}", file=sys.stderr)
    if voice is None:
        voice = open_voice(args.voice or settings.voice, settings.models_dir, args.speed, args.pitch)
    fallback = open_voice(args.fallback_voice, settings.models_dir) if args.fallback_voice else None
    compliance = ComplianceFilter.load(settings.compliance_rules)
    writer = TemplateWriter(compliance)
    key = f"{catalog_path.resolve()}|{lang}|{seed}"
    start = _saved_position(settings, key, args) if resume else None
    now = datetime.now()
    director = Director(
        writer,
        catalog,
        lang,
        plan=plan,
        seed=seed,
        now=lambda: now + timedelta(seconds=clock.now()),
        resume=DirectorPosition.from_json(start.director) if start and start.director else None,
    )
    if picture is None:
        width, height = args.size
        badge = shop_badge(catalog, lang)
        picture = StreamPicture(rig, lang, width, height, badge, on_screen(compliance, lang), args.fps)
    engine = LiveEngine(
        voice,
        picture,
        Animator(args.fps, seed),
        director,
        outputs,
        clock,
        lang,
        args.fps,
        starts_at=now,
        fallback_voice=fallback,
    )
    engine.show_key, engine.resumed_from = key, start
    return engine


def _saved_position(settings: Settings, key: str, args: argparse.Namespace) -> Any:
    from vhost.store import Store

    with Store(settings.store_path) as store:
        if getattr(args, "restart", False):
            store.forget_live_position(key)
            return None
        start = store.live_position(key)
    if start is not None:
        print(
            f"  resuming the show at pass {start.loop + 1}, line {start.line + 1} of the presentation"
            f" (saved {start.updated_at}, {start.lines_spoken} lines spoken so far); --restart starts over",
            file=sys.stderr,
        )
    return start


def run_live(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.chat_cmd import attach_chat, chat_summary
    from vhost.engine.clock import MonotonicClock
    from vhost.outputs.null import NullOutput
    from vhost.outputs.recording import Mp4Recording
    from vhost.show.recorder import ShowRecorder

    if args.duration is not None and args.duration <= 0:
        raise BackendError("--duration must be more than 0 seconds.")
    width, height = args.size
    outputs: list[Any] = [NullOutput()]
    if args.record:
        outputs.append(Mp4Recording(args.record, width, height, args.fps))
    camera = _camera(args.camera, width, height, args.fps)
    if camera is not None:
        outputs.append(camera)
    audio = _audio(args.audio)
    if audio is not None:
        outputs.append(audio)
        if camera is not None:  # the webcam waits for the sound device, so OBS shows them in sync
            camera.delay_frames = round(audio.latency() * args.fps)
            print(
                f"  the webcam picture is held {audio.latency():.2f} s to match the sound device",
                file=sys.stderr,
            )
    if args.rtmp:
        from vhost.outputs.rtmp import RtmpOutput

        outputs.append(RtmpOutput(args.rtmp, width, height, args.fps))
    engine = build_engine(args, settings, MonotonicClock(), outputs, resume=True)
    recorder = ShowRecorder(engine, settings.store_path).start()  # before the chat: no decision missed
    chat = attach_chat(args, settings, engine)
    watcher = threading.Thread(target=_status_line, args=(engine,), daemon=True)
    watcher.start()
    # A service manager stops with SIGTERM: finish the frame, close every output, save the place.
    signal.signal(signal.SIGTERM, lambda *_: engine.stop())
    try:
        stats = asyncio.run(engine.run(args.duration))
    except KeyboardInterrupt:
        stats = engine.stats
    finally:
        if chat is not None:
            chat.stop()
        recorder.finish(timeout=5)
    sys.stderr.write("\n")
    print(
        f"Stopped after {stats.frames / args.fps:.1f} s: {stats.frames} frames, {stats.lines_spoken} lines"
        f" spoken, {stats.dropped_frames} pictures repeated to keep time, largest A/V offset"
        f" {stats.max_av_offset_ms:.1f} ms" + (f"; recorded to {args.record}" if args.record else "") + "."
    )
    for output in outputs:
        if output.name != "null":
            figures = ", ".join(f"{name} {value}" for name, value in output.stats().items())
            print(f"  {output.name}: {figures}")
    if chat is not None:
        print(chat_summary(chat))
    return 0


def _optional_device(choice: str, what: str, open_it: Any) -> Any:
    """--camera / --audio: none → none; auto → the device if there is one, else a note and none;
    a named device must open (its error is the user's one sentence)."""
    if choice == "none":
        return None
    try:
        return open_it()
    except BackendError as exc:
        if choice != "auto":
            raise
        print(f"  note: going live without {what}. {exc}", file=sys.stderr)
        return None


def _camera(choice: str, width: int, height: int, fps: int) -> Any:
    from vhost.outputs.camera import VirtualCamera

    camera = _optional_device(
        choice,
        "a virtual camera",
        lambda: VirtualCamera(width, height, fps, None if choice == "auto" else choice),
    )
    if camera is not None:
        print(f"  virtual camera: {camera.device}", file=sys.stderr)
    return camera


def _audio(choice: str) -> Any:
    from vhost.engine.live import STREAM_RATE
    from vhost.outputs.audio import AudioDevice, find_device, how_to_get_audio

    def open_it() -> Any:
        device = find_device(choice)
        if device is None:
            raise BackendError(f"This machine has no sound output; {how_to_get_audio()}.")
        return AudioDevice(device, STREAM_RATE)

    audio = _optional_device(choice, "sound on a device", open_it)
    if audio is not None:
        print(f"  sound output: device {audio.device}", file=sys.stderr)
    return audio


def _status_line(engine: Any) -> None:
    """One line on stderr, redrawn each second from the engine's metrics events."""
    inbox = engine.events.subscribe(capacity=64)
    tty = sys.stderr.isatty()
    while True:
        event = inbox.get()
        if event.kind == "state" and event.data.get("state") == "stopped":
            return
        if event.kind != "metrics":
            continue
        data = event.data
        uptime = int(data["stream_seconds"])
        text = (
            f"live {uptime // 3600:d}:{uptime // 60 % 60:02d}:{uptime % 60:02d}  fps {data['fps'] or 0:.1f}"
            f"  A/V {data['av_offset_ms']:.1f} ms  buffer {data['buffer_seconds']:.1f} s"
            f"  product {data['product'] or '-'}  repeated {data['dropped_frames']}"
        )
        rtmp = data["outputs"].get("rtmp")
        if rtmp is not None:
            text += "  rtmp " + ("on" if rtmp["connected"] else "reconnecting")
        if data.get("stalled"):
            text += "  STALLED: " + ", ".join(data["stalled"])
        if tty:
            sys.stderr.write("\r" + text)
            sys.stderr.flush()
        elif uptime % 10 == 0:
            sys.stderr.write(text + "\n")
