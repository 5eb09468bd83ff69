"""`vhost live` (a real-time stream) and `vhost soak` (hours of stream on a simulated clock)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import BackendError


def register(commands: Any) -> None:
    from vhost.cli.render_cmd import add_show_arguments

    live = commands.add_parser(
        "live",
        help="go live: the presenter sells your catalog in real time",
        description="Run the presenter in real time: the script is spoken line after line, the"
        " face moves in sync, and each video frame leaves with exactly its own audio. This step"
        " of vhost shows it as a virtual webcam (--camera), records it to MP4 (--record) and"
        " pushes it over RTMP (--rtmp); the audio device output is being added. Ctrl+C stops"
        " cleanly.",
    )
    soak = commands.add_parser(
        "soak",
        help="run the live engine for hours of simulated time and report drift and memory",
        description="Run the full live engine on a simulated clock, as fast as this machine"
        " allows, with a null output and a recording, and report frames, dropped frames, the"
        " largest A/V offset and memory at the start and end.",
    )
    for parser in (live, soak):
        add_show_arguments(parser, catalog_required=False)
        parser.add_argument(
            "--fallback-voice",
            metavar="VOICE",
            help="a second voice that takes over at once if the first one fails",
        )
    live.add_argument("--record", type=Path, help="also record the live output to this MP4 file")
    live.add_argument(
        "--camera",
        default="auto",
        metavar="auto|none|DEVICE",
        help="virtual webcam for OBS and streaming tools: auto (use one if there is one),"
        " none, or a device such as /dev/video2 (default: auto)",
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
    soak.add_argument("--stream-minutes", type=float, required=True, help="minutes of stream to simulate")
    soak.add_argument("--record", type=Path, help="keep the recording here (default: a temporary file)")
    soak.add_argument("--json", action="store_true", help="print the report as JSON")
    soak.set_defaults(run=run_soak)


def _build(
    args: argparse.Namespace, settings: Settings, clock: Any, outputs: list[Any], resume: bool = False
) -> Any:
    """The engine for these arguments. With resume, the show continues from the position the
    store saved for the same catalog, language and seed; the engine gets `show_key` and
    `resumed_from` attributes for the caller."""
    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.cli.catalog_cmd import print_report
    from vhost.cli.render_cmd import shop_badge
    from vhost.config import ASSETS_DIR
    from vhost.engine.live import LiveEngine
    from vhost.render.picture import StreamPicture
    from vhost.script import ComplianceFilter, TemplateWriter
    from vhost.script.playlist import Playlist
    from vhost.speech.registry import open_voice

    lang = args.lang or settings.lang
    seed = settings.seed if args.seed is None else args.seed
    catalog_path = Path(args.catalog) if args.catalog else ASSETS_DIR / "demo" / "catalog.json"
    report = load_catalog(catalog_path)
    if report.problems or report.notes:
        print_report(report, out=sys.stderr)
    catalog = report.catalog
    rig, notes = load_avatar(args.avatar)
    for note in notes:
        print(f"  note: {note}", file=sys.stderr)
    voice = open_voice(args.voice or settings.voice, settings.models_dir)
    fallback = open_voice(args.fallback_voice, settings.models_dir) if args.fallback_voice else None
    writer = TemplateWriter(ComplianceFilter.load(settings.compliance_rules))
    key = f"{catalog_path.resolve()}|{lang}|{seed}"
    start = _saved_position(settings, key, args) if resume else None
    now = datetime.now()
    # Each pass over the catalog is written when it is reached, with countdowns measured from
    # that moment of the stream (simulated or real), not from when the stream began.
    scripts = (
        writer.write(catalog, lang, loop=loop, seed=seed, now=now + timedelta(seconds=clock.now()))
        for loop in count(start.loop if start else 0)
    )
    width, height = args.size
    picture = StreamPicture(rig, lang, width, height, shop_badge(catalog, lang))
    engine = LiveEngine(
        voice,
        picture,
        Animator(args.fps, seed),
        Playlist(scripts, catalog, start_line=start.line if start else 0),
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
            f"  resuming the show at pass {start.loop + 1}, line {start.line + 1} (saved {start.updated_at},"
            f" {start.lines_spoken} lines spoken so far); --restart starts over",
            file=sys.stderr,
        )
    return start


def _keep_position(engine: Any, settings: Settings) -> None:
    """Save the show's place after every line, on this thread, so a crash or kill -9 loses at
    most the line being spoken."""
    from vhost.store import LivePosition, Store

    inbox = engine.events.subscribe(capacity=4096)
    base = engine.resumed_from
    spoken_before = base.lines_spoken if base else 0
    seconds_before = base.stream_seconds if base else 0.0
    with Store(settings.store_path) as store:
        while True:
            event = inbox.get()
            if event.kind == "state" and event.data.get("state") == "stopped":
                return
            position = event.data.get("position") if event.kind == "line_ended" else None
            if position is None:
                continue
            loop, line = position
            store.save_live_position(
                engine.show_key,
                LivePosition(
                    loop,
                    line + 1,
                    spoken_before + int(event.data["lines_spoken"]),
                    seconds_before + event.stream_time,
                    datetime.now().isoformat(timespec="seconds"),
                ),
            )


def run_live(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.engine.clock import MonotonicClock
    from vhost.outputs.null import NullOutput
    from vhost.outputs.recording import Mp4Recording

    if args.duration is not None and args.duration <= 0:
        raise BackendError("--duration must be more than 0 seconds.")
    width, height = args.size
    outputs: list[Any] = [NullOutput()]
    if args.record:
        outputs.append(Mp4Recording(args.record, width, height, args.fps))
    camera = _camera(args.camera, width, height, args.fps)
    if camera is not None:
        outputs.append(camera)
    if args.rtmp:
        from vhost.outputs.rtmp import RtmpOutput

        outputs.append(RtmpOutput(args.rtmp, width, height, args.fps))
    engine = _build(args, settings, MonotonicClock(), outputs, resume=True)
    watcher = threading.Thread(target=_status_line, args=(engine,), daemon=True)
    watcher.start()
    keeper = threading.Thread(
        target=_keep_position, args=(engine, settings), name="live-position", daemon=True
    )
    keeper.start()
    try:
        stats = asyncio.run(engine.run(args.duration))
    except KeyboardInterrupt:
        stats = engine.stats
    finally:
        keeper.join(timeout=5)
    sys.stderr.write("\n")
    print(
        f"Stopped after {stats.frames / args.fps:.1f} s: {stats.frames} frames, {stats.lines_spoken} lines"
        f" spoken, {stats.dropped_frames} pictures repeated to keep time, largest A/V offset"
        f" {stats.max_av_offset_ms:.1f} ms" + (f"; recorded to {args.record}" if args.record else "") + "."
    )
    return 0


def _camera(choice: str, width: int, height: int, fps: int) -> Any:
    """auto: the camera if there is one, else a note and none; a named device must work."""
    if choice == "none":
        return None
    from vhost.outputs.camera import VirtualCamera

    try:
        camera = VirtualCamera(width, height, fps, device=None if choice == "auto" else choice)
    except BackendError as exc:
        if choice != "auto":
            raise
        print(f"  note: going live without a virtual camera. {exc}", file=sys.stderr)
        return None
    print(f"  virtual camera: {camera.device}", file=sys.stderr)
    return camera


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
        if tty:
            sys.stderr.write("\r" + text)
            sys.stderr.flush()
        elif uptime % 10 == 0:
            sys.stderr.write(text + "\n")


def run_soak(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.engine.clock import ManualClock
    from vhost.outputs.null import NullOutput
    from vhost.outputs.recording import Mp4Recording

    if args.stream_minutes <= 0:
        raise BackendError("--stream-minutes must be more than 0.")
    width, height = args.size
    with tempfile.TemporaryDirectory() as folder:
        record = args.record or Path(folder) / "soak.mp4"
        null = NullOutput()
        outputs: list[Any] = [null, Mp4Recording(record, width, height, args.fps, lossless=True)]
        engine = _build(args, settings, ManualClock(), outputs)
        rss_before = _rss_mb()  # before the first synthesis: the model's arenas are not yet allocated
        samples: list[tuple[float, float]] = []
        done = threading.Event()

        def sample_memory() -> None:  # the shape of memory over the run, not just its ends
            while not done.wait(1.0):
                samples.append((engine.stats.frames / args.fps, _rss_mb()))

        sampler = threading.Thread(target=sample_memory, daemon=True)
        sampler.start()
        started = time.perf_counter()
        try:
            stats = asyncio.run(engine.run(args.stream_minutes * 60))
        finally:
            done.set()
        wall = time.perf_counter() - started
        rss_end = _rss_mb()
        report = {
            "stream_seconds": round(stats.frames / args.fps, 3),
            "frames": stats.frames,
            "dropped_frames": stats.dropped_frames + outputs[1].dropped,
            "max_av_offset_ms": round(max(stats.max_av_offset_ms, null.max_av_offset_ms), 3),
            "rss_before_mb": round(rss_before, 1),
            "rss_start_mb": round(_warm(samples, rss_end), 1),
            "rss_end_mb": round(rss_end, 1),
            "wall_seconds": round(wall, 1),
            "speed": round(stats.frames / args.fps / wall, 2),
            "lines_spoken": stats.lines_spoken,
            "speech_underruns": stats.speech_underruns,
            "errors": stats.errors + outputs[1].errors,
            "pairing": null.stats(),
            "rss_mb_over_time": _spread(samples, 12),
            "recording": str(args.record) if args.record else None,
        }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


def _warm(samples: list[tuple[float, float]], fallback: float) -> float:
    """RSS once warm: at a quarter of the run or one minute of stream, whichever comes first, so
    start-to-end growth shows leaks, not the model's one-off allocations."""
    if not samples:
        return fallback
    mark = min(60.0, samples[-1][0] / 4)
    return next((mb for t, mb in samples if t >= mark), samples[-1][1])


def _spread(samples: list[tuple[float, float]], count: int) -> list[list[float]]:
    """Up to `count` evenly spaced (stream seconds, RSS MB) samples."""
    if len(samples) <= count:
        picked = samples
    else:
        picked = [samples[round(i * (len(samples) - 1) / (count - 1))] for i in range(count)]
    return [[round(t, 1), round(mb, 1)] for t, mb in picked]


def _rss_mb() -> float:
    """Resident memory now (not the peak), from /proc on Linux."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
