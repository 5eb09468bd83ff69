"""A soak run's watch over a live show: what breaks long streams, sampled while simulated hours
of stream run, and judged after a warm-up.

A sampler thread reads the process (resident memory, threads, open files) and the show's queues
(speech made and waiting, urgent lines waiting to be made, the slowest observer's events, chat
answers not yet on air) a few times a wall second, keyed by stream time. The judgement compares
the later half of the run after warm-up with the earlier half: a bounded thing reaches its peak
in both, a leak keeps climbing.
"""

from __future__ import annotations

import os
import statistics
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

MAX_AV_OFFSET_MS = 40.0  # a viewer notices lips and voice apart beyond about this
RSS_GROWTH_LIMIT_MB = 16.0  # resident memory may settle this much after warm-up, no more
STORE_FIXED_BYTES = 256 * 1024  # the store's schema, one session, its place and figures
STORE_BYTES_PER_ROW = 1024  # a line said or a chat decision, with its index entries


@dataclass(frozen=True)
class Sample:
    stream_seconds: float
    rss_mb: float
    threads: int
    open_files: int
    lines_queued: int  # speech made and waiting to play
    urgent_waiting: int  # answers, thanks and the operator's words waiting to be made
    events_backlog: int  # events waiting in the slowest observer's queue
    chat_held: int  # chat answers given but not yet on air, or held for approval


# What is counted per minute (its peak) and must not grow after warm-up. Threads and open files
# are set once the show runs; a library may open a file or a thread for a moment (seen: three
# files for a minute with the real voice), so each half's typical minute (the median of the
# minutes' peaks) is compared, and the later half's may be higher by a little (a voice lane
# replaced after a timeout, a reconnecting source's socket), not by a leak's steady climb.
# Queues swing with what is being said and asked, so a sampled peak is noisy; a leaking queue
# climbs all run long, so their minutes' peaks are averaged over each half and the later half
# may not be much higher.
FIXED = {"threads": 1, "open_files": 2}  # name: the rise allowed
QUEUES = ("lines_queued", "urgent_waiting", "events_backlog", "chat_held")
BOUNDED = (*FIXED, *QUEUES)
QUEUE_SLACK = 1.0  # items a queue's mean peak may differ by between halves, plus a quarter


class ShowWatcher:
    """Samples a running engine (and its chat loop, if any) every `every` wall seconds."""

    def __init__(self, engine: Any, chat: Any = None, every: float = 0.25) -> None:
        self.engine, self.chat, self.every = engine, chat, every
        self.samples: list[Sample] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="soak-watch", daemon=True)
        self._listeners: list[Callable[[Sample], None]] = []
        self.failure: str | None = None  # why sampling stopped early, if it did

    def on_sample(self, listener: Callable[[Sample], None]) -> None:
        self._listeners.append(listener)

    def start(self) -> ShowWatcher:
        self.samples.append(self.sample())
        self._thread.start()
        return self

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            while not self._done.wait(self.every):
                sample = self.sample()
                self.samples.append(sample)
                for listener in self._listeners:
                    listener(sample)
        except Exception as exc:  # judged as a failed watch, never as a quiet pass
            self.failure = f"{type(exc).__name__}: {exc}"

    def sample(self) -> Sample:
        engine, chat = self.engine, self.chat
        urgent_count = getattr(engine.lines, "urgent_count", None)
        return Sample(
            stream_seconds=engine.stats.frames / engine.fps,
            rss_mb=rss_mb(),
            threads=threading.active_count(),
            open_files=open_files(),
            lines_queued=len(engine.queue),
            urgent_waiting=urgent_count() if urgent_count else 0,
            events_backlog=engine.events.backlog(),
            chat_held=chat.held() if chat is not None else 0,
        )


@dataclass(frozen=True)
class Minute:
    """One minute of stream: resident memory's trough and peak, and each bounded count's peak."""

    minute: int
    rss_trough_mb: float
    rss_peak_mb: float
    threads: int
    open_files: int
    lines_queued: int
    urgent_waiting: int
    events_backlog: int
    chat_held: int

    def row(self) -> list[float]:
        return [getattr(self, f.name) for f in fields(self)]


def by_minute(samples: list[Sample]) -> list[Minute]:
    windows: dict[int, list[Sample]] = {}
    for sample in samples:
        windows.setdefault(int(sample.stream_seconds // 60), []).append(sample)
    return [
        Minute(
            minute,
            round(min(s.rss_mb for s in group), 1),
            round(max(s.rss_mb for s in group), 1),
            *(max(getattr(s, name) for s in group) for name in BOUNDED),
        )
        for minute, group in sorted(windows.items())
    ]


def warm_up_minutes(stream_minutes: float) -> int:
    """Ten minutes (every model buffer has met a long sentence, the encoders' look-ahead is
    full), or a twentieth of a long run, at most an hour."""
    return int(max(10, min(60, stream_minutes / 20)))


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    judged: bool = True  # False: the run was too short to tell (not a failure, not a pass)


def judge(
    *,
    frames: int,
    expected_frames: int,
    pairing: dict[str, float],
    max_av_offset_ms: float,
    errors: int,
    minutes: list[Minute],
    stream_minutes: float,
    warm_up: int,
    events_dropped: int,
    store_bytes: int | None = None,
    store_rows: int | None = None,
    rows_expected: int | None = None,
    watch_failure: str | None = None,
) -> list[Check]:
    """Every check of a soak run, passed or not. (No frame can be late on a simulated clock:
    dropped frames are measured by `vhost live`, not judged here.)"""
    covered = minutes[-1].minute if minutes else -1
    watched = watch_failure is None and covered >= int(stream_minutes) - 1
    checks = [
        Check(
            "watch",
            watched,
            f"sampled up to stream minute {covered} of {stream_minutes:g}"
            + (f"; sampling failed: {watch_failure}" if watch_failure else ""),
        ),
        Check(
            "frames",
            frames == expected_frames and pairing["gaps"] == 0 and pairing["bad_audio"] == 0,
            f"{frames} of {expected_frames} frames, {pairing['gaps']} out of order,"
            f" {pairing['bad_audio']} with the wrong length of audio",
        ),
        Check(
            "av_offset",
            max_av_offset_ms <= MAX_AV_OFFSET_MS,
            f"largest A/V offset {max_av_offset_ms:.3f} ms (limit {MAX_AV_OFFSET_MS:g})",
        ),
        Check("errors", errors == 0, f"{errors} errors"),
        Check(
            "events",
            events_dropped == 0,
            f"{events_dropped} events dropped because an observer (the store's recorder, the chat)"
            " fell behind",
        ),
    ]
    # After warm-up, and before the end (a sample taken while the outputs close is not the show).
    after = [m for m in minutes if warm_up <= m.minute < stream_minutes]
    if len(after) < 4:
        too_short = f"fewer than 4 stream minutes after {warm_up} minutes of warm-up: too short to judge"
        checks += [Check(name, False, too_short, judged=False) for name in ("memory", *BOUNDED)]
    else:
        earlier, later = after[: len(after) // 2], after[len(after) // 2 :]
        # Medians of each half's minute troughs: a voice's working memory swings by tens of MB
        # from minute to minute, a leak moves the whole later half up.
        start = statistics.median(m.rss_trough_mb for m in earlier)
        end = statistics.median(m.rss_trough_mb for m in later)
        checks.append(
            Check(
                "memory",
                end - start <= RSS_GROWTH_LIMIT_MB,
                f"resident memory's troughs {start:.1f} MB in the first half after warm-up,"
                f" {end:.1f} MB in the second ({end - start:+.1f} MB; limit +{RSS_GROWTH_LIMIT_MB:g})",
            )
        )
        for name, rise in FIXED.items():
            before = statistics.median(getattr(m, name) for m in earlier)
            typical = statistics.median(getattr(m, name) for m in later)
            top = max(getattr(m, name) for m in after)
            detail = (
                f"a minute's peak is {before:g} (median) in the first half after warm-up, {typical:g}"
                f" in the second (+{rise} allowed; highest {top})"
            )
            checks.append(Check(name, typical <= before + rise, detail))
        for name in QUEUES:
            before = statistics.fmean(getattr(m, name) for m in earlier)
            mean = statistics.fmean(getattr(m, name) for m in later)
            top = max(getattr(m, name) for m in after)
            detail = (
                f"a minute's peak is {before:.2f} on average in the first half after warm-up,"
                f" {mean:.2f} in the second (highest {top})"
            )
            checks.append(Check(name, mean <= 1.25 * before + QUEUE_SLACK, detail))
    if store_bytes is not None and store_rows is not None:
        limit = STORE_FIXED_BYTES + store_rows * STORE_BYTES_PER_ROW
        lost = rows_expected is not None and store_rows != rows_expected
        checks.append(
            Check(
                "store",
                store_bytes <= limit and not lost,
                f"{store_bytes / 1024:.0f} KB for {store_rows} rows"
                + (f" of {rows_expected}" if rows_expected is not None else "")
                + f" (limit {limit / 1024:.0f} KB: {STORE_FIXED_BYTES // 1024} KB"
                f" + {STORE_BYTES_PER_ROW} B a row)",
            )
        )
    return checks


def store_size(path: Path) -> int:
    """Bytes of the store on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc on Linux."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_files() -> int:
    """File descriptors open now (0 where /proc is not there)."""
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 0


def trend(minutes: list[Minute], after: int) -> float | None:
    """The memory troughs' straight-line slope in MB per stream minute after warm-up: a leak
    shows here even when single minutes are noisy."""
    points = [(m.minute, m.rss_trough_mb) for m in minutes if m.minute >= after]
    if len(points) < 3:
        return None
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    spread_x = sum((x - mean_x) ** 2 for x, _ in points)
    return round(sum((x - mean_x) * (y - mean_y) for x, y in points) / spread_x, 4)


def spread(rows: list[Any], count: int) -> list[Any]:
    """Up to `count` evenly spaced rows, always the first and the last."""
    if len(rows) <= count:
        return rows
    return [rows[round(i * (len(rows) - 1) / (count - 1))] for i in range(count)]
