"""`vhost soak`: the full live engine for hours of stream on a simulated clock, as fast as the
machine allows, reporting drops, drift and the shape of memory over the run."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import BackendError

PROGRESS_EVERY = 600  # seconds of stream between progress lines on stderr
WARM_UP_MINUTES = 10  # stream minutes before memory is expected to be flat


def register(commands: Any) -> None:
    from vhost.cli.live_cmd import add_engine_arguments

    soak = commands.add_parser(
        "soak",
        help="run the live engine for hours of simulated time and report drift and memory",
        description="Run the full live engine (director, voice, face, compositor) on a simulated"
        " clock, as fast as this machine allows, into a null output and a recording, and report"
        " frames, dropped frames, the largest A/V offset and resident memory minute by minute."
        " Memory is given as each minute's trough and peak: the voice hands its working memory"
        " back after every sentence, so RSS swings within a minute; a leak shows as troughs"
        " that climb. rss_growth_mb runs from the trough of minute 10 (after warm-up) to the"
        " trough of the last minute; rss_trend_mb_per_minute is the troughs' slope after warm-up.",
    )
    add_engine_arguments(soak)
    soak.add_argument("--stream-minutes", type=float, required=True, help="minutes of stream to simulate")
    soak.add_argument("--record", type=Path, help="keep the recording here (default: a temporary file)")
    soak.add_argument("--json", action="store_true", help="print the report as JSON")
    soak.set_defaults(run=run_soak)


def run_soak(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.chat_cmd import attach_chat
    from vhost.cli.live_cmd import build_engine
    from vhost.engine.clock import ManualClock
    from vhost.outputs.null import NullOutput
    from vhost.outputs.recording import Mp4Recording

    if args.stream_minutes <= 0:
        raise BackendError("--stream-minutes must be more than 0.")
    width, height = args.size
    with tempfile.TemporaryDirectory() as folder:
        record = args.record or Path(folder) / "soak.mp4"
        null = NullOutput()
        recording = Mp4Recording(record, width, height, args.fps, lossless=True)
        engine = build_engine(args, settings, ManualClock(), [null, recording])
        chat = attach_chat(args, settings, engine)
        rss_before = rss_mb()  # before the first synthesis: the model's memory is not yet in use
        samples: list[tuple[float, float]] = []
        done = threading.Event()

        def sample_memory() -> None:  # the shape of memory over the run, not just its ends
            reported = 0
            while not done.wait(1.0):
                stream = engine.stats.frames / args.fps
                samples.append((stream, rss_mb()))
                if stream >= reported + PROGRESS_EVERY:  # a long run says how it is going
                    reported = int(stream // PROGRESS_EVERY) * PROGRESS_EVERY
                    minute = memory_by_minute(samples)[-1]
                    wall = time.perf_counter() - started
                    print(
                        f"soak: {stream / 60:.0f} of {args.stream_minutes:g} min of stream in"
                        f" {wall / 60:.1f} min ({stream / wall:.2f}x), {engine.stats.dropped_frames} dropped,"
                        f" RSS {minute[1]:.0f}-{minute[2]:.0f} MB",
                        file=sys.stderr,
                        flush=True,
                    )

        started = time.perf_counter()
        sampler = threading.Thread(target=sample_memory, name="soak-memory", daemon=True)
        sampler.start()
        try:
            stats = asyncio.run(engine.run(args.stream_minutes * 60))
        finally:
            done.set()
            if chat is not None:
                chat.stop()
        wall = time.perf_counter() - started
        rss_after = rss_mb()  # after the run (encoders flushed): not a minute of stream
        if not samples:
            samples.append((stats.frames / args.fps, rss_after))
        minutes = memory_by_minute(samples)
        # Growth is judged after the warm-up: by then every model buffer has met the longest
        # sentence and the encoder's look-ahead is full; growth from the first minute is given too.
        first = minutes[min(1, len(minutes) - 1)]
        start = next((row for row in minutes if row[0] >= WARM_UP_MINUTES), first)
        end = minutes[-1]
        report = {
            "stream_seconds": round(stats.frames / args.fps, 3),
            "frames": stats.frames,
            "dropped_frames": stats.dropped_frames + recording.dropped,
            "max_av_offset_ms": round(max(stats.max_av_offset_ms, null.max_av_offset_ms), 3),
            "rss_before_mb": round(rss_before, 1),
            "rss_start_mb": start[1],
            "rss_end_mb": end[1],
            "rss_growth_mb": round(end[1] - start[1], 1),
            "rss_growth_from_minute_1_mb": round(end[1] - first[1], 1),
            "rss_trend_mb_per_minute": trend(minutes, WARM_UP_MINUTES),
            "rss_after_mb": round(rss_after, 1),
            "rss_peak_start_mb": start[2],
            "rss_peak_end_mb": end[2],
            "wall_seconds": round(wall, 1),
            "speed": round(stats.frames / args.fps / wall, 2),
            "lines_spoken": stats.lines_spoken,
            "speech_underruns": stats.speech_underruns,
            "errors": stats.errors + recording.errors,
            "pairing": null.stats(),
            "rss_mb_by_minute": spread(minutes, 30),
            "recording": str(args.record) if args.record else None,
        }
        if chat is not None:
            report["chat"] = chat.stats.summary()
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


def memory_by_minute(samples: list[tuple[float, float]]) -> list[list[float]]:
    """[stream minute, trough MB, peak MB] for each minute of stream that has samples."""
    windows: dict[int, list[float]] = {}
    for seconds, mb in samples:
        windows.setdefault(int(seconds // 60), []).append(mb)
    return [[minute, round(min(mbs), 1), round(max(mbs), 1)] for minute, mbs in sorted(windows.items())]


def trend(rows: list[list[float]], after: int) -> float | None:
    """The troughs' straight-line slope in MB per stream minute after warm-up: a leak shows
    here even when single minutes are noisy."""
    points = [(row[0], row[1]) for row in rows if row[0] >= after]
    if len(points) < 3:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread_x = sum((x - mean_x) ** 2 for x, _ in points)
    return round(sum((x - mean_x) * (y - mean_y) for x, y in points) / spread_x, 3)


def spread(rows: list[list[float]], count: int) -> list[list[float]]:
    """Up to `count` evenly spaced rows, always the first and the last."""
    if len(rows) <= count:
        return rows
    return [rows[round(i * (len(rows) - 1) / (count - 1))] for i in range(count)]


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc on Linux."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
