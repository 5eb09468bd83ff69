"""The live engine on a simulated clock: pairing, order, interrupts, silence, failures, outputs."""

import asyncio
import threading

import numpy as np
import pytest

from vhost.animate.animator import Animator
from vhost.domain import ShowLine
from vhost.engine.clock import ManualClock, MonotonicClock
from vhost.engine.events import Metrics, Problem, StateChanged
from vhost.engine.live import STREAM_RATE, LiveEngine
from vhost.outputs.null import NullOutput
from vhost.outputs.threaded import ThreadedOutput
from vhost.testing import EventRecorder, FakeVoice, FrameCollector, JawPicture

FPS = 25


def _engine(lines, outputs, voice=None, **kwargs):
    lines = iter([ShowLine(text, None) for text in lines])
    return LiveEngine(
        voice or FakeVoice(),
        JawPicture(),
        Animator(FPS),
        lines,
        outputs,
        ManualClock(),
        "zh",
        fps=FPS,
        **kwargs,
    )


def test_every_frame_leaves_with_exactly_its_audio():
    out = FrameCollector()
    engine = _engine(["你好，欢迎来到直播间。", "今天有好东西。"] * 3, [out])
    stats = asyncio.run(engine.run(duration=12.0))
    assert stats.frames == 12 * FPS == out.frames
    assert out.gaps == 0 and out.bad_audio == 0
    assert stats.audio_samples == stats.frames * STREAM_RATE // FPS
    assert stats.max_av_offset_ms == 0.0 and out.max_av_offset_ms == 0.0


def test_lines_are_spoken_in_order_with_events():
    engine = _engine(["第一句。", "第二句。", "第三句。"], [NullOutput()])
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=6.0))
    assert [d.text for d in events.started()] == ["第一句。", "第二句。", "第三句。"]
    assert [e.state for e in events.of(StateChanged)] == ["live", "stopped"]
    assert len(events.of(Metrics)) == 6


def test_mouth_moves_in_speech_and_rests_in_silence_after_the_script():
    out = FrameCollector()
    engine = _engine(["啊啊啊啊啊。"], [out])
    asyncio.run(engine.run(duration=4.0))
    jaws = np.array([f.picture[0, 0, 0] for f in out.frames_seen])
    speaking = np.array([f.utterance_id is not None for f in out.frames_seen])
    assert jaws[speaking].max() > 100
    assert speaking[:5].all() and not speaking[-FPS:].any()
    assert jaws[~speaking].max() == 0
    assert all(not f.audio.any() for f, s in zip(out.frames_seen, speaking, strict=True) if not s)


def test_say_now_interrupts_at_the_next_frame_and_nothing_stale_plays():
    out = FrameCollector()
    engine = _engine([f"第{i}句，这是一句很长很长的台词，要说好一会儿。" for i in range(10)], [out])
    events = EventRecorder(engine.events)
    asked = {}

    class Operator(FrameCollector):
        name = "operator"

        def write(self, frame):
            if frame.index == FPS and not asked:  # one second in: the operator speaks up
                asked["at"] = frame.index
                first_id = frame.utterance_id
                asked["id"] = first_id
                engine.say_now("插播一条消息！")
            super().write(frame)

    engine.outputs.append(Operator())
    asyncio.run(engine.run(duration=8.0))
    after = [f for f in out.frames_seen if f.index > asked["at"] + 1]
    assert all(f.utterance_id != asked["id"] for f in after)  # the cut line never comes back
    texts = [d.text for d in events.started()]
    assert texts[1] == "插播一条消息！"
    assert engine.stats.lines_dropped >= 1


def test_the_queue_stays_bounded_by_the_lookahead():
    sizes = []

    class Watch(NullOutput):
        name = "watch"

        def write(self, frame):
            sizes.append(len(engine.queue))
            super().write(frame)

    engine = _engine(["一句话。"] * 100, [Watch()], lookahead=2)
    asyncio.run(engine.run(duration=20.0))
    assert max(sizes) <= 2


class BrokenOnce(FakeVoice):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def stream(self, text, lang):
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("the voice server hiccuped")
        yield from super().stream(text, lang)


def test_a_failing_line_costs_that_line_not_the_stream():
    engine = _engine(["一。", "二。", "三。"], [NullOutput()], voice=BrokenOnce())
    events = EventRecorder(engine.events)
    stats = asyncio.run(engine.run(duration=5.0))
    assert stats.errors == 1 and stats.lines_spoken == 2 and stats.frames == 5 * FPS
    errors = events.of(Problem)
    assert len(errors) == 1 and "hiccuped" in errors[0].message


class Stuck(ThreadedOutput):
    """An output whose device hangs until it is closed."""

    name = "stuck"

    def __init__(self):
        self.gate = threading.Event()
        super().__init__(max_seconds=0.2, fps=FPS)

    def deliver(self, frame):
        self.gate.wait()

    def close(self):
        self.gate.set()
        super().close()


class Failing(ThreadedOutput):
    name = "failing"

    def deliver(self, frame):
        raise OSError("device unplugged")


def test_a_stuck_or_failing_output_does_not_hold_up_the_others():
    stuck, failing, null = Stuck(), Failing(fps=FPS), NullOutput()
    stats = asyncio.run(_engine(["一句。"] * 5, [stuck, failing, null]).run(duration=4.0))
    assert stats.frames == 4 * FPS == null.frames and null.gaps == 0
    assert stuck.dropped > 0  # it fell behind and lost frames; nobody else did
    assert failing.errors + failing.dropped == 4 * FPS and failing.errors > FPS
    assert "unplugged" in failing.last_error


def test_manual_clock_is_simulated_and_monotonic_is_not():
    clock = ManualClock()
    asyncio.run(clock.sleep_until(3600.0))
    assert clock.now() == 3600.0 and clock.simulated
    assert not MonotonicClock().simulated


def test_recording_the_live_output(tmp_path):
    import av

    from vhost.outputs.recording import Mp4Recording

    path = tmp_path / "live.mp4"
    recording = Mp4Recording(path, 64, 36, FPS, lossless=True)
    picture = JawPicture(64, 36)
    engine = LiveEngine(
        FakeVoice(),
        picture,
        Animator(FPS),
        iter([ShowLine("你好，这是录像。", None)]),
        [recording],
        ManualClock(),
        "zh",
        fps=FPS,
    )
    asyncio.run(engine.run(duration=3.0))
    with av.open(str(path)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        frames = sum(1 for _ in container.decode(video=0))
        assert frames == 3 * FPS
        assert abs(float(video.duration * video.time_base) - float(audio.duration * audio.time_base)) < 0.05


def test_a_recording_cut_off_by_a_crash_still_plays(tmp_path):
    """The live recording is fragmented MP4: what was written before a kill -9 is playable."""
    import shutil

    import av

    from vhost.render.mp4 import Mp4Writer

    writer = Mp4Writer(tmp_path / "live.mp4", 64, 36, FPS, fragmented=True)
    silence = np.zeros(48000 // FPS, np.float32)
    for index in range(20 * FPS):
        writer.write(np.full((36, 64, 3), index % 250, np.uint8), silence)
    shutil.copy(tmp_path / "live.mp4", tmp_path / "crashed.mp4")  # as it is on disk, never closed
    writer.close()
    with av.open(str(tmp_path / "crashed.mp4")) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert 5 * FPS <= frames < 20 * FPS  # the fragments finished before the "crash"
    with av.open(str(tmp_path / "live.mp4")) as container:
        assert sum(1 for _ in container.decode(video=0)) == 20 * FPS


@pytest.mark.slow
class AlwaysBroken(FakeVoice):
    name = "broken"

    def __init__(self):
        super().__init__()
        self.calls = 0

    def stream(self, text, lang):
        self.calls += 1
        raise OSError("model file vanished")
        yield  # pragma: no cover - makes this a generator like a real voice


def test_a_failing_voice_falls_back_at_once_and_is_retried_later():
    primary, backup = BrokenOnce(), FakeVoice()
    engine = _engine(["一。", "二。", "三。"], [NullOutput()], voice=primary, fallback_voice=backup)
    stats = asyncio.run(engine.run(duration=5.0))
    assert stats.lines_spoken == 3 and stats.errors == 1  # the failed line was said by the backup

    dead = AlwaysBroken()
    engine = _engine(["短句。"] * 200, [NullOutput()], voice=dead, fallback_voice=FakeVoice())
    stats = asyncio.run(engine.run(duration=70.0))
    assert stats.lines_spoken > 50  # the stream kept talking
    assert dead.calls == 3  # tried at 0 s, then once per 30 s of stream: ~30 s and ~60 s


def test_skip_to_a_product_cuts_in_and_continues_from_its_pitch(writer):
    from vhost.catalog import load_catalog
    from vhost.engine.director import Director

    from .conftest import DEMO_CATALOG, NOW

    catalog = load_catalog(DEMO_CATALOG).catalog
    target = catalog.products[4].id
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    engine = LiveEngine(
        FakeVoice(), JawPicture(), Animator(FPS), director, [NullOutput()], ManualClock(), "zh", fps=FPS
    )
    events = EventRecorder(engine.events)

    class Operator(NullOutput):
        name = "operator"

        def write(self, frame):
            if frame.index == FPS:
                engine.skip_to(target)
                engine.skip_to("NO-SUCH-ID")
            super().write(frame)

    engine.outputs.append(Operator())
    asyncio.run(engine.run(duration=20.0))
    started = events.started()
    assert started[0].product != target
    assert started[1].product == target  # the very next line is the product's intro
    assert started[1].position.product == target
    errors = [e.message for e in events.of(Problem)]
    assert errors == ["there is no product 'NO-SUCH-ID' in the show"]


def test_plain_lines_cannot_skip_and_say_so():
    engine = _engine(["第一句。"], [NullOutput()])
    inbox = engine.events.subscribe()
    engine.skip_to("A01")
    assert inbox.get(timeout=5).message == "this show cannot skip between products"


def test_pause_finishes_the_line_then_idles_until_resume():
    out = FrameCollector()
    engine = _engine(["第一句话说完。", "第二句话。", "第三句话。"], [out])

    class Operator(NullOutput):
        name = "operator"

        def write(self, frame):
            if frame.index == 2:
                engine.pause()
            if frame.index == 6 * FPS:
                engine.resume()
            super().write(frame)

    engine.outputs.append(Operator())
    asyncio.run(engine.run(duration=10.0))
    speaking = [f.utterance_id is not None for f in out.frames_seen]
    first_end = speaking.index(False)
    assert 0 < first_end < 6 * FPS  # the first line was finished, not cut
    assert not any(speaking[first_end : 6 * FPS])  # nothing new while paused
    assert any(speaking[6 * FPS + 1 :])  # talking again after resume
