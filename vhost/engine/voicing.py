"""The engine's voice side: two lanes, a fallback voice, timeouts and prepared phrases.

The script lane makes the next lines of the show ahead of time. The answer lane makes viewer
answers and the operator's words: it has its own thread and, when the voice allows it, its own
lane on the same model, so an answer never waits behind a script line being made. Short
phrases an answer opens with ("好的，") are made once at start and then cost nothing, and
answers viewers are likely to ask for next (the price of the product on screen) are made while
the script lane has nothing to do, so when one is asked its whole sound is ready.

When the main voice fails, the fallback voice says the same line at once and the main voice is
tried again after VOICE_RETRY seconds; a voice that hangs is given up on after a timeout (its
thread is left behind and a fresh one takes over).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np

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
EXPECTED_KEPT = 32  # anticipated answer pieces kept (the oldest go first): a few MB of sound


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
        # The answer lane's own way into the model (KokoroVoice.lane: its own worker pool),
        # else the answer lane shares the voice object (still on its own thread).
        self._lanes: dict[str, dict[str, Voice]] = {"script": {}, "answer": {}}
        for candidate in filter(None, (voice, fallback)):
            lane = getattr(candidate, "lane", None)
            self._lanes["answer"][candidate.name] = lane() if lane else candidate
        self._phrases: dict[tuple[str, str], Utterance] = {}
        self._expected: OrderedDict[tuple[str, str], Utterance] = OrderedDict()
        self._wanted: list[str] = []  # anticipated pieces not made yet, next first
        self._in_flight: dict[str, asyncio.Future[Utterance | None]] = {}  # anticipated, being made
        # Clear while the answer lane runs its model: a voice that can (Kokoro) holds the script
        # lane's next model run until then, so an answer gets both cores.
        self._answer_idle = threading.Event()
        self._answer_idle.set()
        for candidate in filter(None, (voice, fallback)):
            yield_to = getattr(candidate, "yield_to", None)
            if yield_to is not None and self._lanes["answer"][candidate.name] is not candidate:
                yield_to(self._answer_idle)

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

    @property
    def expecting(self) -> bool:
        return bool(self._wanted)

    async def make_expected(self) -> None:
        """Make the next anticipated line on the script lane (call it when that lane is idle).
        A failure is only logged: nobody has asked for the line yet."""
        text = self._wanted.pop(0)
        if self._has(text) or (self.fallback and self.clock.now() < self._retry_at):
            return
        loop = asyncio.get_running_loop()
        made: asyncio.Future[Utterance | None] = loop.create_future()
        self._in_flight[text] = made  # an answer asking for it meanwhile waits for this run
        utterance = None
        try:
            job = loop.run_in_executor(self._threads["script"], speak, self.voice, text, self.lang)
            utterance = _trimmed(await asyncio.wait_for(job, VOICE_TIMEOUT[0] + VOICE_TIMEOUT[1] * len(text)))
        except Exception as exc:
            if isinstance(exc, TimeoutError):  # the thread is stuck: leave it, use a fresh one
                self._threads["script"].shutdown(wait=False, cancel_futures=True)
                self._threads["script"] = _thread("script")
            log.info("could not make the expected answer %r ahead (%s)", text, exc)
        finally:
            del self._in_flight[text]
            made.set_result(utterance)
        if utterance is not None:
            self._keep(text, utterance)

    def _keep(self, text: str, utterance: Utterance) -> None:
        self._expected[(self.voice.name, text)] = utterance
        while len(self._expected) > EXPECTED_KEPT:
            self._expected.popitem(last=False)

    def _has(self, text: str) -> bool:
        key = (self.voice.name, text)
        return key in self._phrases or key in self._expected

    def _made(self, voice: Voice, text: str) -> Utterance | None:
        key = (voice.name, text)
        if key in self._expected:
            self._expected.move_to_end(key)
            return self._expected[key]
        return self._phrases.get(key)

    async def synthesize(self, text: str, lane: str = "script", tight: bool = False) -> Utterance | None:
        """`text` spoken by the main voice, or the fallback when the main one fails or hangs;
        None when no voice could say it. `tight`: without leading and trailing silence (an
        answer's pieces)."""
        loop = asyncio.get_running_loop()
        voices = [self.voice, self.fallback] if self.fallback else [self.voice]
        if self.fallback and self.clock.now() < self._retry_at:
            voices = [self.fallback]
        for voice in voices:
            cached = self._made(voice, text)
            if cached is not None:
                return cached
            if voice is self.voice and text in self._in_flight:  # being made ahead right now
                made = await asyncio.shield(self._in_flight[text])
                if made is not None:
                    return made
            speaker = self._lanes[lane].get(voice.name, voice)
            limit = VOICE_TIMEOUT[0] + VOICE_TIMEOUT[1] * len(text)
            stage = "voice" if lane == "script" else "answer voice"
            self.heartbeats.beat(stage)
            if lane == "answer":
                self._answer_idle.clear()
            try:
                job = loop.run_in_executor(self._threads[lane], speak, speaker, text, self.lang)
                utterance = await asyncio.wait_for(job, limit)
                if not tight:
                    return utterance
                utterance = _trimmed(utterance)
                if lane == "answer" and voice is self.voice:  # asked again (or anticipated), it is ready
                    self._keep(text, utterance)
                return utterance
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
