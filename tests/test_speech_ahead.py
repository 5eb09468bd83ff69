"""Speech made ahead: the audio cache (bounded, keyed by voice, rate, pitch and wording), the
director's view of the lines to come, the engine making them in spare time, and the hand-over
to the fallback voice when the main one cannot keep up."""

import asyncio
import os
import sys
import threading
import time
from dataclasses import replace
from decimal import Decimal

import numpy as np
import pytest

from vhost.animate.animator import Animator
from vhost.catalog import load_catalog
from vhost.domain import Catalog
from vhost.engine.audio_cache import AudioCache, CacheKey, voice_identity
from vhost.engine.clock import ManualClock
from vhost.engine.director import Director, DirectorPosition
from vhost.engine.events import LineStarted, Metrics, Problem
from vhost.engine.live import LiveEngine
from vhost.outputs.null import NullOutput
from vhost.speech.base import Utterance
from vhost.testing import EventRecorder, FakeVoice, JawPicture

from .conftest import DEMO_CATALOG, NOW

FPS = 25


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DEMO_CATALOG).catalog


def _utterance(seconds: float, rate: int = 24000, level: float = 0.5) -> Utterance:
    audio = (level * np.sin(np.linspace(0, 400 * seconds, int(seconds * rate)))).astype(np.float32)
    return Utterance("words", audio, rate, sentences=(("words", 0.0, seconds),))


class CountingVoice(FakeVoice):
    """FakeVoice that counts what it was asked to say (from any thread)."""

    def __init__(self, name: str = "fake", seconds_per_char: float = 0.0) -> None:
        super().__init__()
        self.name = name
        self.said: list[str] = []
        self.seconds_per_char = seconds_per_char
        self._lock = threading.Lock()

    def stream(self, text, lang):
        with self._lock:
            self.said.append(text)
        time.sleep(self.seconds_per_char * len(text))  # a voice slower than its own speech
        yield from super().stream(text, lang)


def _engine(director, voice, fallback=None, clock=None):
    return LiveEngine(
        voice,
        JawPicture(),
        Animator(FPS),
        director,
        [NullOutput()],
        clock or ManualClock(),
        director.lang,
        fps=FPS,
        starts_at=NOW,
        fallback_voice=fallback,
    )


# ---- the cache --------------------------------------------------------------------------------


def test_the_cache_is_bounded_in_seconds_and_lets_the_oldest_go_first():
    cache = AudioCache(capacity_seconds=10.0)
    keys = [CacheKey("kokoro", "zh", f"第{i}句。") for i in range(5)]
    for key in keys[:3]:
        cache.put(key, _utterance(3.0), ahead=True)
    assert cache.seconds == pytest.approx(9.0) and cache.ahead_seconds == pytest.approx(9.0)
    assert cache.touch(keys[0])  # coming soon: kept
    cache.put(keys[3], _utterance(3.0), ahead=True)  # 12 s > 10 s: the least recently used goes
    assert keys[1] not in cache and keys[0] in cache and cache.stats.evicted == 1
    assert cache.seconds <= 10.0 and cache.ahead_seconds == pytest.approx(9.0)
    # what the voice's CPU went to: 12 s made ahead, 3 s of it gone unsaid
    stats = cache.stats
    assert stats.made_seconds == pytest.approx(12.0) and stats.ahead_seconds == pytest.approx(12.0)
    assert stats.unused_seconds == pytest.approx(3.0)
    cache.take(keys[0])  # said: never counted unused, whenever it goes
    cache.put(keys[4], _utterance(3.0))  # made to be said now (not ahead); the oldest unsaid goes
    assert stats.made_seconds == pytest.approx(15.0) and stats.ahead_seconds == pytest.approx(12.0)
    assert stats.unused_seconds == pytest.approx(6.0) and stats.evicted == 2


def test_sound_comes_back_as_16_bit_with_its_timings_and_hits_are_counted():
    cache = AudioCache()
    key = CacheKey("kokoro", "zh", "你好。")
    made = _utterance(1.0)
    kept = cache.put(key, made, ahead=True)
    assert np.abs(kept.audio - made.audio).max() < 1 / 32767 and kept.sentences == made.sentences
    assert cache.take(CacheKey("kokoro", "zh", "别的。")) is None
    first, again = cache.take(key), cache.take(key)
    assert np.array_equal(first.audio, kept.audio) and np.array_equal(again.audio, kept.audio)
    stats = cache.stats
    assert (stats.hits, stats.misses, stats.reused, stats.made_ahead) == (2, 1, 1, 1)
    assert stats.hit_rate == pytest.approx(2 / 3) and cache.ahead_seconds == 0.0
    cache.take(key, counted=False)  # an answer's piece: not in the script's hit rate
    assert stats.hits == 2


def test_a_change_of_voice_rate_or_pitch_never_plays_old_sound():
    class Voice:
        def __init__(self, name, speed=1.0, pitch=0.0):
            self.name, self.identity = name, f"{name}|rate={speed:g}|pitch={pitch:+g}"

    cache = AudioCache()
    text = "这款保温杯现在只要八十九元。"
    cache.put(CacheKey(voice_identity(Voice("kokoro")), "zh", text), _utterance(2.0))
    for other in (Voice("kokoro", speed=1.2), Voice("kokoro", pitch=2.0), Voice("kokoro-kumo")):
        assert CacheKey(voice_identity(other), "zh", text) not in cache
    assert CacheKey(voice_identity(Voice("kokoro")), "zh", text) in cache
    assert CacheKey(voice_identity(Voice("kokoro")), "en", text) not in cache
    assert voice_identity(FakeVoice()) == "fake"  # a voice without rate or pitch: its name


def test_kokoro_names_its_rate_and_pitch_in_its_identity(models_dir):
    from vhost.speech.kokoro import KokoroVoice

    plain, faster, higher = (
        voice_identity(KokoroVoice(models_dir, "kokoro", speed=speed, pitch=pitch, threads=1))
        for speed, pitch in ((1.0, 0.0), (1.2, 0.0), (1.0, 2.0))
    )
    assert len({plain, faster, higher}) == 3 and plain.startswith("kokoro")


# ---- what comes next -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_director_knows_the_lines_to_come_without_moving_the_show(writer, catalog, lang):
    director = Director(writer, catalog, lang, now=lambda: NOW)
    for _ in range(7):
        director.next_line()
    coming = [line.text for line in director.upcoming(150.0)]
    assert coming == [line.text for line in director.upcoming(150.0)]  # asking does not move it
    assert sum(len(text) for text in coming) * (0.24 if lang == "zh" else 0.066) >= 100
    said: list[str] = []
    while len(said) < len(coming):
        line = director.next_line()
        if line.kind == "script" and line.text:
            said.append(line.text)
    assert said == coming


def test_a_catalog_edit_changes_the_lines_to_come_and_is_noticed(writer, catalog):
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    director.next_line()
    before, revision = director.upcoming(300.0), director.revision
    cheaper = [replace(p, price=Decimal("79")) if p.id == "A01" else p for p in catalog.products]
    director.set_catalog(replace(catalog, products=tuple(cheaper)))
    after = director.upcoming(300.0)
    assert director.revision > revision
    assert any("79" in line.text for line in after) and not any("79元" in line.text for line in before)


# ---- the engine ----------------------------------------------------------------------------


def test_the_script_is_spoken_from_sound_made_ahead_and_each_wording_is_made_once(writer, catalog):
    voice = CountingVoice()
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    engine = _engine(director, voice)
    engine.voices.cache = AudioCache(capacity_seconds=3600.0)  # the whole run fits: none let go
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=20 * 60.0))
    stats = engine.voices.cache.stats
    spoken = [event.text for event in events.started("script")]
    assert len(spoken) > 100
    assert stats.hit_rate is not None and stats.hit_rate > 0.95, stats
    assert stats.made_ahead > 0.9 * len(set(spoken))
    assert stats.reused > 0  # wordings that came back were not made again
    assert len(voice.said) == len(set(voice.said))  # nothing made twice…
    assert len(voice.said) < len(spoken)  # …so fewer runs of the voice than lines said
    assert engine.voices.cache.seconds <= engine.voices.cache.capacity
    metrics = events.of(Metrics)[-1]
    assert metrics.ahead_seconds > 60 and metrics.cache_hit_rate == stats.hit_rate


def test_sound_made_ahead_plays_exactly_as_sound_made_on_time(writer, catalog):
    """A hit and a miss sound the same: every line passes through the cache."""
    heard = {}
    for ahead in (True, False):
        director = Director(writer, catalog, "zh", now=lambda: NOW)
        engine = _engine(director, FakeVoice())
        if not ahead:
            engine.lines.upcoming = lambda seconds: []  # nothing known ahead: all made on time
        out = FrameCollectorWithAudio()
        engine.outputs = [out]
        asyncio.run(engine.run(duration=60.0))
        heard[ahead] = np.concatenate(out.audio)
        if not ahead:
            assert engine.voices.cache.stats.made_ahead == 0
    assert np.array_equal(heard[True], heard[False])


class FrameCollectorWithAudio(NullOutput):
    name = "collector"

    def __init__(self) -> None:
        super().__init__()
        self.audio: list[np.ndarray] = []

    def write(self, frame) -> None:
        self.audio.append(frame.audio.copy())


def test_a_voice_that_cannot_keep_up_hands_lines_to_the_fallback(writer, catalog):
    slow = CountingVoice("slow", seconds_per_char=0.02)  # fine alone, too slow for this show
    fallback = CountingVoice("fallback")
    director = Director(writer, catalog, "zh", now=lambda: NOW)
    engine = _engine(director, slow, fallback)
    engine.lines.upcoming = lambda seconds: []  # nothing made ahead: every line made on time
    engine.voices._seconds_per_char = 1.0  # as measured on a machine too busy for this voice
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=60.0))
    handed = [p for p in events.of(Problem) if "cannot keep up" in str(p.message)]
    assert handed and engine.voices.handovers == len(handed)
    assert set(fallback.said) >= {p.text for p in handed}
    assert slow.said[0] == events.started("script")[0].text  # the first line: nothing to fall behind


# ---- first words ---------------------------------------------------------------------------


@pytest.mark.parametrize("resume_at", [None, "block end", "mid block"])
def test_the_first_words_come_within_two_seconds_fresh_or_resumed(writer, catalog, resume_at):
    position = None
    if resume_at is not None:
        first = Director(writer, catalog, "zh", now=lambda: NOW)
        lines = [first.next_line() for _ in range(40)]
        ends = [i for i, line in enumerate(lines[:-1]) if lines[i + 1].position.line == 1 and i > 5]
        index = ends[0] if resume_at == "block end" else 20
        position = DirectorPosition.from_json(lines[index].position.to_json())
    director = Director(writer, catalog, "zh", now=lambda: NOW, resume=position)
    engine = _engine(director, FakeVoice())
    events = EventRecorder(engine.events)
    asyncio.run(engine.run(duration=10.0))
    spoken = [e for e in events.of(LineStarted) if e.kind != "pause"]
    assert spoken and spoken[0].stream_time < 2.0, [(e.kind, e.stream_time) for e in events.of(LineStarted)]


def test_an_answer_stops_the_script_lanes_model_run_which_starts_again_after(models_dir):
    """preempt() ends a Kokoro model run under way at once (onnxruntime's terminate flag); the
    run waits for the answer to finish and is made again, so the line sounds as if nothing
    happened."""
    from vhost.speech.base import speak
    from vhost.speech.kokoro import KokoroVoice

    voice = KokoroVoice(models_dir)
    idle = threading.Event()
    idle.set()
    voice.yield_to(idle)
    text = "这款保温杯采用双层真空内胆，一杯热水从早暖到晚，通勤出差都合适。"
    made: list = []
    worker = threading.Thread(target=lambda: made.append(speak(voice, text, "zh")))
    worker.start()
    deadline = time.monotonic() + 10
    while not voice._running and time.monotonic() < deadline:  # a run is under way
        time.sleep(0.005)
    assert voice._running
    idle.clear()  # an answer begins: the engine clears idle and preempts
    voice.preempt()
    stopped = time.monotonic()
    while voice._running and time.monotonic() - stopped < 2:
        time.sleep(0.005)
    assert not voice._running, "the run did not stop"
    time.sleep(0.3)
    assert not voice._running and not made  # it waits while the answer is made
    idle.set()
    worker.join(30)
    again = speak(voice.lane(), text, "zh")  # the same line, never preempted
    assert made and np.allclose(made[0].audio, again.audio, atol=1e-4)
    assert made[0].timings == again.timings


def test_speech_made_ahead_runs_one_thread_a_run_at_low_priority_and_sounds_the_same(models_dir):
    """KokoroVoice.background(): its own one-thread model session (opened once however many
    shows ask), threads of lower CPU priority on Linux, the same identity and the same sound."""
    from vhost.speech.base import speak
    from vhost.speech.kokoro import BACKGROUND_THREADS, KokoroVoice

    voice = KokoroVoice(models_dir, threads=2)
    ahead = voice.background()
    assert ahead._session is not voice._session and voice.background()._session is ahead._session
    assert ahead._sessions[BACKGROUND_THREADS] is ahead._session and ahead.identity == voice.identity
    text = "今天直播间价八十九元，喜欢的宝宝赶紧下单。"
    made, again = speak(ahead, text, "zh"), speak(voice, text, "zh")
    assert [t.phoneme for t in made.timings] == [t.phoneme for t in again.timings]
    assert abs(made.duration - again.duration) < 0.05
    assert np.corrcoef(made.audio[: len(again.audio)], again.audio[: len(made.audio)])[0, 1] > 0.99
    if sys.platform.startswith("linux"):

        def nice() -> int:
            return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

        here, there = nice(), ahead._pool.submit(nice).result()
        assert there > here or here == 19
