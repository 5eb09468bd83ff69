"""`vhost soak`: the live show for hours of stream on a simulated clock, as fast as the machine
allows, watched for what breaks long streams and judged: exit status 1 when a check fails."""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vhost.config import Settings
from vhost.errors import BackendError

if TYPE_CHECKING:
    from vhost.show.live_show import LiveShow

STAND_IN_SIZE = (64, 36)  # the stand-in picture: the picture's cost is not what a long run tests


def register(commands: Any) -> None:
    from vhost.cli.live_cmd import add_engine_arguments

    soak = commands.add_parser(
        "soak",
        help="run the live show for hours of simulated time and check drift, memory, threads and queues",
        description="Run the live show (director, voice, face, chat loop, supervision, the store's"
        " record) on a simulated clock, as fast as this machine allows, into a null output, and"
        " check it: every frame in order with exactly its audio, the A/V offset within 40 ms, no"
        " errors, no events lost, and after a warm-up no growth of resident memory, threads, open"
        " files or queues (the later half of the run is compared with the earlier half), and a"
        " store that holds every line said and every chat decision and grows only with them."
        " Viewers' comments come from --chat, or else the demo comments repeat all run long."
        " --stand-ins puts a fast stand-in voice and picture in place of the models, so 24 hours"
        " of stream (--stream-hours 24) run in minutes and test the show's logic, timing, queues"
        " and memory. Memory is given as each stream minute's trough and peak (the voice hands its"
        " working memory back after every sentence, so RSS swings within a minute; a leak shows"
        " as troughs that climb). The exit status is 1 when a check fails.",
    )
    add_engine_arguments(soak)
    length = soak.add_mutually_exclusive_group(required=True)
    length.add_argument("--stream-minutes", type=float, metavar="M", help="minutes of stream to simulate")
    length.add_argument("--stream-hours", type=float, metavar="H", help="hours of stream to simulate")
    soak.add_argument(
        "--stand-ins",
        action="store_true",
        help="a fast stand-in voice and a small stand-in picture instead of the models (the rest is real)",
    )
    soak.add_argument("--no-chat", action="store_true", help="no viewers' comments")
    soak.add_argument(
        "--record",
        type=Path,
        help="keep the recording here (default: a temporary file; with --stand-ins, no recording)",
    )
    soak.add_argument("--json", action="store_true", help="print the report as JSON")
    soak.set_defaults(run=run_soak)


def run_soak(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.engine.clock import ManualClock
    from vhost.outputs.null import NullOutput
    from vhost.outputs.recording import Mp4Recording
    from vhost.show.soak import ShowWatcher, by_minute, store_size

    seconds = args.stream_hours * 3600 if args.stream_hours is not None else args.stream_minutes * 60
    if seconds <= 0:
        raise BackendError(
            "The stream must be longer than 0; give --stream-minutes or --stream-hours above 0."
        )
    voice = picture = None
    if args.stand_ins:
        from vhost.testing import FakeVoice, JawPicture

        voice, picture = FakeVoice(), JawPicture(*STAND_IN_SIZE)
    with tempfile.TemporaryDirectory() as folder:
        null = NullOutput()
        outputs: list[Any] = [null]
        recording = None
        if args.record or not args.stand_ins:
            width, height = STAND_IN_SIZE if args.stand_ins else args.size
            recording = Mp4Recording(
                args.record or Path(folder) / "soak.mp4", width, height, args.fps, lossless=True
            )
            outputs.append(recording)
        store_path = Path(folder) / "soak.sqlite"
        show = _build(args, settings, ManualClock(), outputs, voice, picture, store_path)
        engine, chat = show.engine, show.chat
        watcher = ShowWatcher(engine, chat)
        watcher.on_sample(_progress(engine, seconds))
        watcher.start()
        started = time.perf_counter()
        try:
            show.run(seconds)
        finally:
            watcher.stop()
        wall = time.perf_counter() - started
        minutes = by_minute(watcher.samples)
        report = _report(args, seconds, wall, engine, null, recording, chat, minutes)
        report["store"] = {
            "bytes": store_size(store_path),
            "rows": show.recorder.rows if show.recorder else 0,
        }
        checks = _checks(report, seconds, engine, chat, minutes, watcher.failure)
    report["checks"] = {
        check.name: {"ok": check.ok if check.judged else None, "detail": check.detail} for check in checks
    }
    report["passed"] = all(check.ok for check in checks if check.judged)
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            if key != "checks":
                print(f"{key}: {value}")
        for check in checks:
            mark = "ok  " if check.ok else "FAIL" if check.judged else "--  "
            print(f"{mark} {check.name}: {check.detail}")
    return 0 if report["passed"] else 1


def _build(
    args: argparse.Namespace,
    settings: Settings,
    clock: Any,
    outputs: list[Any],
    voice: Any,
    picture: Any,
    store_path: Path,
) -> LiveShow:
    """The show `vhost live` would build, on a simulated clock, recorded to a scratch store;
    its chat is --chat, or else the demo comments in the show's language, lap after lap."""
    from vhost.chat.sources.replay import read_replay
    from vhost.cli.live_cmd import show_options
    from vhost.config import ASSETS_DIR
    from vhost.show.builder import build_show
    from vhost.testing import ScriptedChat

    options = show_options(args)
    source = None
    if args.no_chat:
        options = replace(options, chat=None)
    elif not args.chat:
        lang = options.lang or settings.lang
        timed = read_replay(ASSETS_DIR / "demo" / f"comments.{lang}.jsonl")
        source = ScriptedChat(timed, lap=timed[-1][0] + 30.0)
    return build_show(
        options,
        settings,
        outputs,
        clock,
        resume=False,
        voice=voice,
        picture=picture,
        chat_source=source,
        store_path=store_path,
    )


def _progress(engine: Any, seconds: float) -> Any:
    """A line on stderr every twenty-fourth of the run (at least every ten stream minutes)."""
    from vhost.show.soak import Sample

    every = max(600.0, seconds / 24)
    started = time.perf_counter()
    state = {"next": every}

    def report(sample: Sample) -> None:
        if sample.stream_seconds < state["next"]:
            return
        state["next"] = (sample.stream_seconds // every + 1) * every
        wall = time.perf_counter() - started
        print(
            f"soak: {sample.stream_seconds / 3600:.2f} of {seconds / 3600:g} h of stream"
            f" in {wall / 60:.1f} min"
            f" ({sample.stream_seconds / wall:.0f}x), {engine.stats.dropped_frames} dropped, RSS"
            f" {sample.rss_mb:.0f} MB, {sample.threads} threads, {sample.open_files} files open",
            file=sys.stderr,
            flush=True,
        )

    return report


def _report(
    args: argparse.Namespace,
    seconds: float,
    wall: float,
    engine: Any,
    null: Any,
    recording: Any,
    chat: Any,
    minutes: list[Any],
) -> dict[str, Any]:
    from vhost.show.soak import BOUNDED, rss_mb, spread, trend, warm_up_minutes

    stats = engine.stats
    warm_up = warm_up_minutes(seconds / 60)
    start = next((m for m in minutes if m.minute >= warm_up), minutes[-1])
    slope = trend(minutes, warm_up)
    report: dict[str, Any] = {
        "stream_seconds": round(stats.frames / engine.fps, 3),
        "stand_ins": args.stand_ins,
        "frames": stats.frames,
        "dropped_frames": stats.dropped_frames + (recording.dropped if recording else 0),
        "max_av_offset_ms": round(max(stats.max_av_offset_ms, null.max_av_offset_ms), 3),
        "warm_up_minutes": warm_up,
        "rss_start_mb": start.rss_trough_mb,
        "rss_end_mb": minutes[-1].rss_trough_mb,
        "rss_growth_mb": round(minutes[-1].rss_trough_mb - start.rss_trough_mb, 1),
        "rss_trend_mb_per_hour": None if slope is None else round(slope * 60, 2),
        "rss_after_mb": round(rss_mb(), 1),
        "rss_peak_end_mb": minutes[-1].rss_peak_mb,
        "wall_seconds": round(wall, 1),
        "speed": round(stats.frames / engine.fps / wall, 2),
        "lines_spoken": stats.lines_spoken,
        "answers_spoken": stats.answers_spoken,
        "speech_underruns": stats.speech_underruns,
        "speech_made_ahead": _made_ahead(engine),
        "errors": stats.errors + (recording.errors if recording else 0) + bool(chat and chat.failure),
        "events_dropped": engine.events.dropped,
        "pairing": null.stats(),
        "by_minute_columns": ["minute", "rss_trough_mb", "rss_peak_mb", *BOUNDED],
        "by_minute": [m.row() for m in spread(minutes, 30)],
        "recording": str(args.record) if args.record else None,
    }
    if chat is not None:
        report["chat"] = {**chat.stats.summary(), "failure": chat.failure}
    return report


def _made_ahead(engine: Any) -> dict[str, Any]:
    """How the script's lines found their sound: made ahead (hits), made when wanted (misses),
    a wording said before (reused), how much sound the cache held at the end, and the seconds
    of sound made: all, ahead by kind, and never said (what the voice's CPU went to)."""
    cache = engine.voices.cache
    stats = cache.stats
    rate = stats.hit_rate
    return {
        "hit_rate": None if rate is None else round(rate, 4),
        "hits": stats.hits,
        "misses": stats.misses,
        "reused": stats.reused,
        "made_ahead": stats.made_ahead,
        "evicted": stats.evicted,
        "cache_seconds": round(cache.seconds, 1),
        "handed_to_fallback": engine.voices.handovers,
        "made_seconds": round(stats.made_seconds, 1),
        "ahead_seconds": {kind: round(seconds, 1) for kind, seconds in engine.voices.made_ahead.items()},
        "unsaid_seconds": round(stats.unused_seconds + cache.ahead_seconds, 1),
    }


def _checks(
    report: dict[str, Any],
    seconds: float,
    engine: Any,
    chat: Any,
    minutes: list[Any],
    watch_failure: str | None,
) -> list[Any]:
    from vhost.show.soak import judge

    # Every line said and every chat decision is a row: the store must hold exactly those.
    rows_expected = engine.stats.lines_spoken + (chat.stats.messages if chat is not None else 0)
    return judge(
        frames=report["frames"],
        expected_frames=math.ceil(seconds * engine.fps - 1e-9),
        pairing=report["pairing"],
        max_av_offset_ms=report["max_av_offset_ms"],
        errors=report["errors"],
        minutes=minutes,
        stream_minutes=seconds / 60,
        warm_up=report["warm_up_minutes"],
        events_dropped=report["events_dropped"],
        store_bytes=report["store"]["bytes"],
        store_rows=report["store"]["rows"],
        rows_expected=rows_expected,
        watch_failure=watch_failure,
    )
