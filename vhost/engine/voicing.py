"""The engine's voice side: two lanes, a fallback voice, timeouts and prepared phrases.

The script lane makes the next lines of the show ahead of time. The answer lane makes viewer
answers and the operator's words: it has its own thread and, when the voice allows it, its own
lane on the same model, so an answer never waits behind a script line being made. Short
phrases an answer opens with ("好的，") are made once at start and then cost nothing, and
answers viewers are likely to ask for next (the price of the product on screen) are made while
the script lane has nothing to do, so when one is asked its whole sound is ready.

The script lane also makes the show's upcoming lines ahead (minutes of them, see
audio_cache.py), whenever it has nothing more pressing to do; every line's sound is kept in one
bounded cache, so a line comes from it when its turn comes and a wording said before is not made
again.

When the main voice fails, the fallback voice says the same line at once and the main voice is
tried again after VOICE_RETRY seconds; a voice that hangs is given up on after a timeout (its
thread is left behind and a fresh one takes over). A main voice that cannot keep up (the line it
would have to make now would take longer than the speech still queued) hands that line to the
fallback voice before the audience hears a gap.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np

from vhost.engine.audio_cache import AudioCache, CacheKey, voice_identity
from vhost.engine.clock import Clock
from vhost.engine.supervisor import Heartbeats
from vhost.messages import message_of
from vhost.speech.base import Utterance, Voice, speak

log = logging.getLogger(__name__)

VOICE_RETRY = 30.0  # seconds on the fallback voice before the main voice is tried again
# A voice that has not finished a line after this long is given up on (its thread is left
# behind) and the fallback voice says the line: 15 s plus 0.5 s per character.
VOICE_TIMEOUT = (15.0, 0.5)
PHRASE_CACHE_CHARS = 12  # prepare_phrases keeps phrases up to this long
LANES = ("script", "answer")
# A main voice this much slower than needed hands the line to the fallback: an estimate of the
# time to make a line has to beat the queued speech by this factor.
HANDOVER_MARGIN = 1.2


class VoiceLanes:
    def __init__(
        self,
        voice: Voice,
        fallback: Voice | None,
        lang: str,
        clock: Clock,
        heartbeats: Heartbeats,
        on_error: Callable[[str, str, str], None],
    ) -> None:
        """`on_error(voice name, message, text)` is told of every failure (the engine counts and
        publishes it)."""
        self.voice, self.fallback, self.lang, self.clock = voice, fallback, lang, clock
        self.heartbeats, self.on_error = heartbeats, on_error
        self._retry_at = 0.0  # while the main voice is failing, wait until then to retry it
        self._threads = {lane: _thread(lane) for lane in LANES}
        # The voice's own ways into its model, when it has them: the answer lane's
        # (KokoroVoice.lane: its own worker pool, the fastest first words) and the one for the
        # script's lines made ahead (KokoroVoice.background: the least CPU per second of speech,
        # at low priority); else the voice object itself. A script line needed now is made by
        # the voice object, at full speed.
        self._answer_ways: dict[str, Voice] = {}
        for candidate in filter(None, (voice, fallback)):
            lane = getattr(candidate, "lane", None)
            self._answer_ways[candidate.name] = lane() if lane else candidate
        background = getattr(voice, "background", None)  # (the fallback never makes lines ahead)
        self._ahead_voice = background() if background else voice
        self._phrases: dict[tuple[str, str], Utterance] = {}
        self.cache = AudioCache()
        self._identity = {v.name: voice_identity(v) for v in filter(None, (voice, fallback))}
        self._wanted: list[str] = []  # anticipated answer pieces not made yet, next first
        self._upcoming: list[str] = []  # the script's upcoming lines not made yet, next first
        self._in_flight: dict[str, asyncio.Future[Utterance | None]] = {}  # made ahead right now
        self._seconds_per_char: float | None = None  # how fast the main voice makes speech here
        self.handovers = 0  # script lines the fallback said because the main voice fell behind
        self.made_ahead = {"script": 0.0, "answers": 0.0}  # seconds of sound made ahead, by kind
        # Clear while the answer lane runs its model: a voice that can (Kokoro) holds the script
        # lane's next model run until then, so an answer gets both cores.
        # Clearing it also stops the script lane's model runs under way (they start again after).
        self._answer_idle = threading.Event()
        self._answer_idle.set()
        self._preempt: list[Callable[[], None]] = []
        scripts = [voice, fallback] + ([self._ahead_voice] if self._ahead_voice is not voice else [])
        for script in filter(None, scripts):
            yield_to = getattr(script, "yield_to", None)
            if yield_to is not None and self._answer_ways[script.name] is not script:
                yield_to(self._answer_idle)
                preempt = getattr(script, "preempt", None)
                if preempt is not None:
                    self._preempt.append(preempt)

    def prepare_phrases(self, texts: list[str]) -> None:
        """Make short phrases now, so a line that is one of them has its sound at once."""
        for text in texts:
            key = (self.voice.name, text)
            if text and key not in self._phrases and len(text) <= PHRASE_CACHE_CHARS:
                try:
                    self._phrases[key] = _trimmed(speak(self.voice, text, self.lang))
                except Exception as exc:  # the phrase is made on demand instead
                    log.warning("could not prepare the phrase %r (%s)", text, exc)

    def expect(self, texts: list[str]) -> None:
        """Lines likely to be wanted soon; they replace the ones not made yet (the newest guess
        is the best)."""
        self._wanted = [t for t in dict.fromkeys(texts) if t and not self._has(t)]

    def upcoming(self, texts: list[str]) -> None:
        """The script's next lines, in order: made ahead by make_upcoming (those held already
        are kept from leaving the cache)."""
        self._upcoming = [t for t in dict.fromkeys(texts) if t and not self._has(t)]

    @property
    def expecting(self) -> bool:
        return bool(self._wanted)

    @property
    def has_upcoming(self) -> bool:
        return bool(self._upcoming)

    async def make_expected(self) -> None:
        """Make the next anticipated answer piece on the script lane (when that lane is idle)."""
        await self._make_ahead(self._wanted.pop(0), "answers")

    async def make_upcoming(self) -> None:
        """Make the script's next upcoming line on the script lane (when that lane is idle)."""
        await self._make_ahead(self._upcoming.pop(0), "script")

    async def _make_ahead(self, text: str, kind: str) -> None:
        """A failure is only logged: nobody has asked for the line yet."""
        if self._has(text) or (self.fallback and self.clock.now() < self._retry_at):
            return
        loop = asyncio.get_running_loop()
        made: asyncio.Future[Utterance | None] = loop.create_future()
        self._in_flight[text] = made  # an answer asking for it meanwhile waits for this run
        utterance = None
        try:
            utterance = await self._timed(self._threads["script"], self._ahead_voice, text)
            utterance = self.cache.put(self._key(self.voice, text), utterance, ahead=True)
            self.made_ahead[kind] += utterance.duration
        except Exception as exc:
            if isinstance(exc, TimeoutError):  # the thread is stuck: leave it, use a fresh one
                self._threads["script"].shutdown(wait=False, cancel_futures=True)
                self._threads["script"] = _thread("script")
            log.info("could not make %r ahead (%s)", text, exc)
        finally:
            del self._in_flight[text]
            made.set_result(utterance)

    async def _timed(self, thread: ThreadPoolExecutor, voice: Voice, text: str) -> Utterance:
        """`text` spoken on `thread` (within the voice timeout), learning the main voice's speed."""
        started = time.perf_counter()
        job = asyncio.get_running_loop().run_in_executor(thread, speak, voice, text, self.lang)
        utterance = await asyncio.wait_for(job, VOICE_TIMEOUT[0] + VOICE_TIMEOUT[1] * len(text))
        if voice in (self.voice, self._ahead_voice) and len(text) >= 4:
            per_char = (time.perf_counter() - started) / len(text)
            known = self._seconds_per_char
            self._seconds_per_char = per_char if known is None else 0.7 * known + 0.3 * per_char
        return utterance

    def _key(self, voice: Voice, text: str) -> CacheKey:
        return CacheKey(self._identity.get(voice.name, voice.name), self.lang, text)

    def _has(self, text: str) -> bool:
        return (self.voice.name, text) in self._phrases or self.cache.touch(self._key(self.voice, text))

    def _made(self, voice: Voice, text: str, lane: str) -> Utterance | None:
        phrase = self._phrases.get((voice.name, text))
        if phrase is not None:
            return phrase
        return self.cache.take(self._key(voice, text), counted=lane == "script" and voice is self.voice)

    def falls_behind(self, text: str, slack: float | None) -> bool:
        """Whether making `text` with the main voice now would outlast `slack`, the seconds of
        speech still to play before it is needed (None: nothing is playing yet)."""
        known = self._seconds_per_char
        if slack is None or known is None or self.fallback is None or text in self._in_flight:
            return False
        if self.cache.touch(self._key(self.voice, text)):
            return False
        return known * len(text) * HANDOVER_MARGIN > slack

    async def synthesize(
        self, text: str, lane: str = "script", tight: bool = False, fallback_first: bool = False
    ) -> Utterance | None:
        """`text` spoken by the main voice, or the fallback when the main one fails or hangs (or
        first, with `fallback_first`: the main voice has fallen behind); None when no voice could
        say it. `tight`: without leading and trailing silence (an answer's pieces)."""
        voices = [self.voice, self.fallback] if self.fallback else [self.voice]
        if self.fallback and fallback_first:
            voices = [self.fallback, self.voice]
            self.handovers += 1
            self.cache.stats.misses += 1  # the main voice's sound was not ready in time
        elif self.fallback and self.clock.now() < self._retry_at:
            voices = [self.fallback]
        for voice in voices:
            made = await self._made_or_making(voice, text, lane)
            if made is not None:
                return _trimmed(made) if tight else made
            speaker = self._answer_ways[voice.name] if lane == "answer" else voice
            limit = VOICE_TIMEOUT[0] + VOICE_TIMEOUT[1] * len(text)
            stage = "voice" if lane == "script" else "answer voice"
            self.heartbeats.beat(stage)
            if lane == "answer":
                self._answer_idle.clear()
                for preempt in self._preempt:
                    preempt()
            try:
                utterance = await self._timed(self._threads[lane], speaker, text)
                # Kept (and played) as the cache gives it back: the same sound as a later hit.
                utterance = self.cache.put(self._key(voice, text), utterance)
                return _trimmed(utterance) if tight else utterance
            except Exception as exc:
                if isinstance(exc, TimeoutError):  # the thread is stuck: leave it, use a fresh one
                    self._threads[lane].shutdown(wait=False, cancel_futures=True)
                    self._threads[lane] = _thread(lane)
                    exc = TimeoutError(f"no audio after {limit:.0f} s")
                log.error(
                    "the voice %s could not say %r (%s); the stream goes on",
                    voice.name,
                    text,
                    exc,
                    exc_info=not isinstance(exc, TimeoutError),
                )
                self.on_error(voice.name, message_of(exc), text)
                if voice is self.voice:
                    self._retry_at = self.clock.now() + VOICE_RETRY
            finally:
                if lane == "answer":
                    self._answer_idle.set()
                self.heartbeats.beat(stage, busy=False)
        return None

    async def _made_or_making(self, voice: Voice, text: str, lane: str) -> Utterance | None:
        """The sound when it is made already, or being made ahead right now (then waited for)."""
        made = self._made(voice, text, lane)
        if made is None and voice is self.voice and text in self._in_flight:
            made = await asyncio.shield(self._in_flight[text])
        return made

    def shutdown(self) -> None:
        self._answer_idle.set()  # nothing may wait on it any more
        for thread in self._threads.values():
            thread.shutdown(wait=False, cancel_futures=True)


def _trimmed(utterance: Utterance, before: float = 0.04, after: float = 0.08) -> Utterance:
    """The utterance without the voice's leading and trailing silence (Kokoro opens every line
    with about 0.4 s of it). An answer's pieces follow each other closely and its first sound
    comes with its first frame; the engine adds its own breath after each piece."""
    loud = np.flatnonzero(np.abs(utterance.audio) > 0.01)
    if not len(loud):
        return utterance
    rate = utterance.sample_rate
    begin = max(0, int(loud[0] - before * rate))
    end = min(len(utterance.audio), int(loud[-1] + after * rate))
    shift, seconds = begin / rate, (end - begin) / rate

    def moved(t: float) -> float:
        return min(max(t - shift, 0.0), seconds)

    sentences = tuple((text, moved(start), moved(stop)) for text, start, stop in utterance.sentences)
    timings = tuple(
        replace(t, start=moved(t.start), end=moved(t.end))
        for t in utterance.timings
        if t.end > shift and t.start < shift + seconds
    )
    return replace(utterance, audio=utterance.audio[begin:end], sentences=sentences, timings=timings)


def _thread(lane: str) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(1, thread_name_prefix=f"engine-voice-{lane}")
