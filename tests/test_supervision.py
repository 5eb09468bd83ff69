"""The engine with a director's kinds of lines (answers at sentence boundaries, pauses, lines that
expire) and under faults (a hung voice, a broken renderer, a crashing task, a stalled stage)."""

import asyncio
import math
import threading
import time
from datetime import timedelta

import numpy as np

from vhost.animate.animator import Animator
from vhost.domain import ShowLine
from vhost.engine import live, voicing
from vhost.engine.clock import ManualClock
from vhost.engine.director import LineSource
from vhost.engine.events import LineEnded, LineSkipped, LineStarted, Problem, Stalled
from vhost.engine.live import LiveEngine
from vhost.engine.supervisor import Heartbeats
from vhost.outputs.null import NullOutput
from vhost.testing import EventRecorder, FakeVoice, FrameCollector, JawPicture
from vhost.testing.fakes import PHONEME_SECONDS

from .conftest import NOW
from .test_engine import FPS


def _run(lines, outputs, duration, voice=None, picture=None, **kwargs):
    engine = LiveEngine(
        voice or FakeVoice(),
        picture or JawPicture(),
        Animator(FPS),
        lines,
        outputs,
        ManualClock(),
        "zh",
        fps=FPS,
        starts_at=NOW,
        **kwargs,
    )
    recorder = EventRecorder(engine.events)
    stats = asyncio.run(engine.run(duration=duration))
    return engine, stats, recorder.events()


def test_an_answer_goes_first_at_the_scripts_next_word_gap():
    first, second = "这是第一句话，说得比较长一些。", "这是第二句话。"
    out = FrameCollector()
    asked = {}

    class Viewer(NullOutput):
        name = "viewer"

        def write(self, frame):
            if frame.index == 10 and not asked:
                asked["frame"] = frame.index
                engine_ref["engine"].answer("您好，这款今天有货。", question="有货吗？")
            super().write(frame)

    engine_ref = {}
    lines = LineSource(iter([ShowLine(first + second, None), ShowLine("下一行台词。", None)]))
    engine = LiveEngine(
        FakeVoice(), JawPicture(), Animator(FPS), lines, [out, Viewer()], ManualClock(), "zh", fps=FPS
    )
    engine_ref["engine"] = engine
    recorder = EventRecorder(engine.events)
    stats = asyncio.run(engine.run(duration=12.0))
    events = recorder.events()
    started = [e for e in events if isinstance(e, LineStarted)]
    # The answer goes in pieces: its short lead first, so its first sound comes soonest.
    assert [d.text for d in started[:4]] == [first + second, "您好，", "这款今天有货。", "下一行台词。"]
    assert started[1].kind == "answer" and started[1].question == "有货吗？"
    ended = [e for e in events if isinstance(e, LineEnded)]
    assert ended[0].cut is True and stats.lines_cut == 1 and stats.answers_spoken == 2
    # The cut came at the first gap after the question (the comma after 6 characters), plus a breath.
    clause = first.index("，") * PHONEME_SECONDS
    assert clause <= ended[0].stream_time <= clause + 0.2
    assert stats.max_av_offset_ms == 0.0 and out.gaps == 0


def test_a_pause_line_is_quiet_idle_motion_of_its_length():
    out = FrameCollector()
    lines = [ShowLine("一句。", None), ShowLine("", None, kind="pause", pause=2.0), ShowLine("二句。", None)]
    engine, stats, events = _run(lines, [out], 6.0)
    said = [f.utterance_id is not None for f in out.frames_seen]
    quiet = said.index(False)
    resumed = said.index(True, quiet)
    assert 2.0 * FPS <= resumed - quiet <= 2.0 * FPS + 8  # the pause plus the first line's breath
    assert all(np.abs(f.audio).max() == 0 for f in out.frames_seen[quiet:resumed])
    assert stats.lines_spoken == 2  # a pause is not a line spoken


def test_a_line_that_expired_while_waiting_is_dropped():
    lines = [
        ShowLine("长长的开场白，要说好几秒钟才结束。", None),
        ShowLine("限时优惠马上结束！", None, expires=NOW + timedelta(seconds=1)),
        ShowLine("正常的台词。", None),
    ]
    engine, stats, events = _run(lines, [NullOutput()], 8.0)
    started = [e.text for e in events if isinstance(e, LineStarted)]
    assert started == ["长长的开场白，要说好几秒钟才结束。", "正常的台词。"]
    assert [e.reason for e in events if isinstance(e, LineSkipped)] == ["expired"]
    assert stats.lines_dropped == 1


class HangingVoice(FakeVoice):
    name = "hanging"

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def stream(self, text, lang):
        self.release.wait(30)
        yield from super().stream(text, lang)


def test_a_hung_voice_times_out_and_the_fallback_says_the_line(monkeypatch):
    monkeypatch.setattr(voicing, "VOICE_TIMEOUT", (0.3, 0.0))
    hung = HangingVoice()
    try:
        engine, stats, events = _run(
            iter([ShowLine("卡住的一句。", None)]),
            [NullOutput()],
            3.0,
            voice=hung,
            fallback_voice=FakeVoice(),
        )
    finally:
        hung.release.set()
    errors = [e for e in events if isinstance(e, Problem)]
    assert errors[0].voice == "hanging" and "no audio after" in errors[0].message
    assert [e.text for e in events if isinstance(e, LineStarted)] == ["卡住的一句。"]
    assert stats.lines_spoken == 1


class BrokenRenderer(JawPicture):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def picture(self, params, product, caption, now):
        self.calls += 1
        if 10 <= self.calls < 40:
            raise ValueError("texture lost")
        return super().picture(params, product, caption, now)


def test_a_failing_renderer_repeats_the_last_picture_and_recovers():
    out = FrameCollector()
    renderer = BrokenRenderer()
    line = ShowLine("一句话说很久很久很久。", None)
    engine, stats, events = _run(iter([line]), [out], 3.0, picture=renderer)
    assert stats.frames == 3 * FPS and out.gaps == 0
    assert stats.errors == 30
    assert [e.message for e in events if isinstance(e, Problem)] == ["ValueError: texture lost"]  # once
    assert all(np.array_equal(f.picture, out.frames_seen[8].picture) for f in out.frames_seen[9:39])
    assert renderer.calls == 3 * FPS  # tried again every frame


class CrashingSource(LineSource):
    def __init__(self):
        super().__init__(iter([ShowLine("崩溃之后的一句。", None)]))
        self.crashed = False

    def scripted(self, now=None):
        if not self.crashed:
            self.crashed = True
            raise RuntimeError("director bug")
        return super().scripted(now)


def test_a_crashed_task_is_restarted_and_the_stream_goes_on():
    engine, stats, events = _run(CrashingSource(), [NullOutput()], 4.0)
    errors = [e for e in events if isinstance(e, Problem)]
    assert [(e.where, e.message) for e in errors] == [
        ("prepare", "RuntimeError: director bug; restarting it")
    ]
    assert [e.text for e in events if isinstance(e, LineStarted)] == ["崩溃之后的一句。"]


def test_heartbeats_report_a_busy_stage_that_stops_and_when_it_moves_again():
    reports = []
    beats = Heartbeats(lambda stage, what, seconds: reports.append((stage, what)))
    beats.watch("voice", limit=5.0)
    start = time.monotonic()
    beats.beat("voice", busy=False)  # waiting for work: never a stall
    beats.check(now=start + 60)
    assert reports == []
    beats.beat("voice")  # busy
    beats.check(now=time.monotonic() + 1)
    assert reports == []
    beats.check(now=time.monotonic() + 6)
    assert reports == [("voice", "stalled")] and beats.stalled() == ["voice"]
    beats.check(now=time.monotonic() + 7)  # reported once, not every check
    assert len(reports) == 1
    beats.beat("voice", busy=False)
    beats.check()
    assert reports[-1] == ("voice", "recovered") and beats.stalled() == []


def test_the_watchdog_thread_sees_a_frame_loop_that_blocks(monkeypatch):
    """A renderer that blocks the event loop: the watchdog (its own thread) reports the stall."""
    from vhost.engine.clock import MonotonicClock

    monkeypatch.setattr(live, "FRAME_STALL", 0.5)

    class Freezing(JawPicture):
        def __init__(self):
            super().__init__()
            self.calls = 0
            self.watchdog = None  # what the watchdog said while the loop was blocked

        def picture(self, params, product, caption, now):
            self.calls += 1
            if self.calls == 5:  # blocks the whole loop, as a hung native call would, until reported
                self.watchdog = events.wait_for(
                    lambda e: isinstance(e, Stalled) and not e.recovered, 10, "a stall report"
                )
            return super().picture(params, product, caption, now)

    freezing = Freezing()
    engine = LiveEngine(
        FakeVoice(), freezing, Animator(FPS), iter([]), [NullOutput()], MonotonicClock(), "zh", fps=FPS
    )
    engine.heartbeats._check_every = 0.05
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=2.0))
    assert freezing.watchdog is not None and freezing.watchdog.where == "frames"
    kinds = [(e.recovered, e.where) for e in events.of(Stalled)]
    # (A very busy machine may add a short stall of its own; each stall is followed by recovery.)
    assert kinds[:2] == [(False, "frames"), (True, "frames")] and kinds[-1][0] is True
    assert kinds[::2] == [(False, "frames")] * (len(kinds) // 2)


def test_a_stall_report_is_one_line_on_the_terminal_and_every_stack_in_the_log(tmp_path, capsys):
    import logging

    from vhost.cli.logs import configure_logging

    configure_logging(tmp_path / "vhost.log")
    beats = Heartbeats(lambda *report: None)
    beats.watch("voice", limit=1.0)
    beats.beat("voice")
    beats.check(now=time.monotonic() + 5)
    for handler in logging.getLogger("vhost").handlers:
        handler.flush()
    err = capsys.readouterr().err
    assert err.startswith("vhost: the voice stage has not moved for") and err.count("\n") == 1
    logged = (tmp_path / "vhost.log").read_text()
    assert "--- thread MainThread" in logged and "test_supervision.py" in logged


def test_freed_memory_goes_back_to_the_system_on_glibc():
    import platform

    from vhost.engine.memory import release_free_memory

    took = release_free_memory()
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert took is not None and 0 <= took < 5.0
    else:
        assert took is None


def _queued(timings, seconds=4.0):
    from vhost.domain import ShowLine as Line
    from vhost.engine.speech_queue import QueuedSpeech
    from vhost.speech.base import Utterance

    sentences = (("甲，乙，丙。", 0.0, seconds),)
    quiet = np.zeros(int(seconds * 24000), np.float32)
    utterance = Utterance("甲，乙，丙。", quiet, 24000, timings, sentences)
    audio = np.full(int(seconds * 48000), 0.5, np.float32)
    return QueuedSpeech(Line("甲，乙，丙。", None), utterance, audio, int(seconds * FPS))


def test_an_answer_cuts_in_at_a_near_clause_pause():
    from vhost.speech.base import PhonemeTiming as T

    item = _queued((T("a", 0.0, 1.0), T(",", 1.0, 1.2), T("b", 1.2, 2.5), T(",", 2.5, 2.7), T("c", 2.7, 4.0)))
    item.played = int(2.3 * FPS)  # 0.4 s before the second clause's comma pause ends
    item.cut_soon(FPS, breath=0.1)
    assert item.frames == math.ceil(2.8 * FPS)  # its comma pause ends at 2.7 s, plus the breath
    assert np.all(item.audio[int(2.7 * 48000) :] == 0) and item.audio[int(2.6 * 48000)] == 0.5
    item.cut_soon(FPS)  # a second call changes nothing
    assert item.frames == math.ceil(2.8 * FPS) and item.cut


def test_an_answer_far_from_a_pause_cuts_in_between_two_words():
    from vhost.speech.base import PhonemeTiming as T

    # One long clause: the next pause is 2.5 s away, the next word gap 0.3 s.
    item = _queued(
        (
            T("a", 0.0, 0.8),
            T(" ", 0.8, 0.85),
            T("b", 0.85, 1.8),
            T(" ", 1.8, 1.85),
            T("c", 1.85, 3.5),
            T(".", 3.5, 3.7),
        )
    )
    item.played = int(1.5 * FPS)
    item.cut_soon(FPS, breath=0.1)
    assert item.frames == math.ceil(1.9 * FPS)  # sound stops at the gap (1.8 s), then a breath
    stop = int(1.8 * 48000)
    assert np.all(item.audio[stop:] == 0)  # no onset of the next word
    assert 0 < item.audio[stop - 200] < 0.5 and item.audio[int(1.5 * 48000)] == 0.5  # faded, sent sound kept


def test_a_line_without_timings_ends_at_once():
    item = _queued(())
    item.played = 10
    item.cut_soon(FPS)
    assert item.frames == 10


def test_prepared_phrases_are_not_synthesized_again():
    class Counting(FakeVoice):
        calls = 0

        def stream(self, text, lang):
            Counting.calls += 1
            yield from super().stream(text, lang)

    voice = Counting()
    engine = LiveEngine(
        voice,
        JawPicture(),
        Animator(FPS),
        LineSource(iter([ShowLine("好的，", None)] * 3)),
        [NullOutput()],
        ManualClock(),
        "zh",
        fps=FPS,
    )
    engine.prepare_phrases(["好的，", "这是一句很长很长很长的话，不会被缓存。"])
    assert Counting.calls == 1  # only the short phrase is kept
    stats = asyncio.run(engine.run(duration=5.0))
    assert stats.lines_spoken == 3 and Counting.calls == 1


def test_an_answer_never_waits_behind_a_script_line_being_made():
    release = threading.Event()
    order = []

    class Slow(FakeVoice):
        def stream(self, text, lang):
            if text.startswith("慢"):
                release.wait(10)  # the script lane is busy with this line until the answer is out
                order.append("slow line made")
            yield from super().stream(text, lang)

    class Viewer(NullOutput):
        name = "viewer"

        def write(self, frame):
            if frame.index == 5:
                engine.answer("有货。", question="有货吗？")
            answering = frame.utterance_id is not None and frame.utterance_id == answer_id.get("id")
            if answering and not release.is_set():
                order.append("answer on air")
                release.set()
            super().write(frame)

    answer_id = {}
    lines = LineSource(iter([ShowLine("第一句话在这里。", None), ShowLine("慢的一句。", None)]))
    engine = LiveEngine(Slow(), JawPicture(), Animator(FPS), lines, [Viewer()], ManualClock(), "zh", fps=FPS)
    events = EventRecorder(engine.events)

    class Watch(NullOutput):
        name = "watch"

        def write(self, frame):
            for answer in events.started("answer"):
                answer_id["id"] = answer.id
            super().write(frame)

    engine.outputs.insert(0, Watch())
    started = time.monotonic()
    asyncio.run(engine.run(duration=8.0))
    assert order[:2] == ["answer on air", "slow line made"]
    assert time.monotonic() - started < 9  # nobody waited for the 10 s release


def test_answer_pieces_lose_the_voices_leading_and_trailing_silence():
    from vhost.engine.voicing import _trimmed
    from vhost.speech.base import PhonemeTiming as T
    from vhost.speech.base import Utterance

    rate = 24000
    audio = np.zeros(2 * rate, np.float32)
    audio[int(0.4 * rate) : int(1.4 * rate)] = 0.5  # 0.4 s of quiet, 1 s of voice, 0.6 s of quiet
    timings = (T(" ", 0.0, 0.4), T("a", 0.4, 0.9), T(" ", 0.9, 0.95), T("b", 0.95, 1.4), T(".", 1.4, 2.0))
    tight = _trimmed(Utterance("甲乙。", audio, rate, timings, (("甲乙。", 0.0, 2.0),)))
    assert abs(tight.duration - (1.0 + 0.04 + 0.08)) < 1e-3
    assert tight.audio[int(0.05 * rate)] == 0.5  # the voice begins at once
    a = next(t for t in tight.timings if t.phoneme == "a")
    assert abs(a.start - 0.04) < 1e-3 and abs(a.end - 0.54) < 1e-3  # timings move with the sound
    assert tight.sentences[0][1] == 0.0 and abs(tight.sentences[0][2] - tight.duration) < 1e-3


def test_the_script_lane_waits_for_the_cpu_while_an_answer_is_being_made():
    """A voice that can yield (Kokoro) holds the script lane's model runs while the answer lane
    runs its own, even when a script line ends meanwhile, and lets them go after."""
    from vhost.engine.voicing import VoiceLanes

    answer_begun, script_done = threading.Event(), threading.Event()

    class Yielding(FakeVoice):
        idle = None

        def lane(self):
            return SlowAnswer()

        def yield_to(self, idle):
            self.idle = idle

    seen = []

    class SlowAnswer(FakeVoice):
        def stream(self, text, lang):
            seen.append(voice.idle.is_set())
            answer_begun.set()
            # A script line is made, start to end, while this answer is still being made.
            seen.append(script_done.wait(5))
            seen.append(voice.idle.is_set())
            yield from super().stream(text, lang)

    voice = Yielding()
    lanes = VoiceLanes(voice, None, "zh", ManualClock(), Heartbeats(lambda *a: None), lambda *a: None)
    assert voice.idle is not None and voice.idle.is_set()

    async def script_line():
        await lanes.synthesize("下一句台词。", "script")
        script_done.set()

    async def both():
        answer = asyncio.ensure_future(lanes.synthesize("有货。", "answer"))
        assert await asyncio.to_thread(answer_begun.wait, 5)  # the answer's model run has begun
        await asyncio.gather(answer, script_line())

    asyncio.run(both())
    lanes.shutdown()
    assert seen == [False, True, False] and voice.idle.is_set()


def test_each_lane_speaks_through_its_own_way_into_the_voice():
    """The script's lines made ahead are spoken through the voice's background(), a line needed
    now by the voice itself, answers through its lane(); speech made ahead yields to answers and
    teaches the engine how fast the voice makes the script."""
    from vhost.engine.voicing import VoiceLanes

    spoke = []

    class Way(FakeVoice):
        def __init__(self, label):
            super().__init__()
            self.label = label

        def stream(self, text, lang):
            spoke.append((self.label, text))
            yield from super().stream(text, lang)

    class Ahead(Way):
        idle = None

        def yield_to(self, idle):
            self.idle = idle

    ahead = Ahead("ahead")

    class TwoWays(Way):
        def lane(self):
            return Way("answer")

        def background(self):
            return ahead

    beats = Heartbeats(lambda *a: None)
    lanes = VoiceLanes(TwoWays("main"), None, "zh", ManualClock(), beats, lambda *a: None)

    async def show():
        lanes.upcoming(["下一句台词。"])
        await lanes.make_upcoming()
        assert await lanes.synthesize("下一句台词。", "script")  # made ahead: not made again
        await lanes.synthesize("再下一句台词。", "script")
        await lanes.synthesize("有货。", "answer")

    asyncio.run(show())
    lanes.shutdown()
    assert spoke == [("ahead", "下一句台词。"), ("main", "再下一句台词。"), ("answer", "有货。")]
    assert ahead.idle is not None and lanes._seconds_per_char is not None
