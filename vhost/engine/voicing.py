"""The engine's voice side: two lanes, a fallback voice, timeouts and prepared phrases.

The script lane makes the next lines of the show ahead of time. The answer lane makes viewer
answers and the operator's words: it has its own thread and, when the voice allows it, its own
lane on the same model, so an answer never waits behind a script line being made. Short
phrases an answer opens with ("好的，") are made once at start and then cost nothing.

When the main voice fails, the fallback voice says the same line at once and the main voice is
tried again after VOICE_RETRY seconds; a voice that hangs is given up on after a timeout (its
thread is left behind and a fresh one takes over).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np

from vhost.engine.clock import Clock
from vhost.engine.supervisor import Heartbeats
from vhost.speech.base import Utterance, Voice, speak

log = logging.getLogger(__name__)

VOICE_RETRY = 30.0  # seconds on the fallback voice before the main voice is tried again
# A voice that has not finished a line after this long is given up on (its thread is left
# behind) and the fallback voice says the line: 15 s plus 0.5 s per character.
VOICE_TIMEOUT = (15.0, 0.5)
PHRASE_CACHE_CHARS = 12  # prepare_phrases keeps phrases up to this long
LANES = ("script", "answer")


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

    def prepare_phrases(self, texts: list[str]) -> None:
        """Make short phrases now, so a line that is one of them has its sound at once."""
        for text in texts:
            key = (self.voice.name, text)
            if text and key not in self._phrases and len(text) <= PHRASE_CACHE_CHARS:
                try:
                    self._phrases[key] = _trimmed(speak(self.voice, text, self.lang))
                except Exception as exc:  # the phrase is made on demand instead
                    log.warning("could not prepare the phrase %r (%s)", text, exc)

    async def synthesize(self, text: str, lane: str = "script") -> Utterance | None:
        """`text` spoken by the main voice, or the fallback when the main one fails or hangs;
        None when no voice could say it."""
        loop = asyncio.get_running_loop()
        voices = [self.voice, self.fallback] if self.fallback else [self.voice]
        if self.fallback and self.clock.now() < self._retry_at:
            voices = [self.fallback]
        for voice in voices:
            cached = self._phrases.get((voice.name, text))
            if cached is not None:
                return cached
            speaker = self._lanes[lane].get(voice.name, voice)
            limit = VOICE_TIMEOUT[0] + VOICE_TIMEOUT[1] * len(text)
            stage = "voice" if lane == "script" else "answer voice"
            self.heartbeats.beat(stage)
            try:
                job = loop.run_in_executor(self._threads[lane], speak, speaker, text, self.lang)
                return await asyncio.wait_for(job, limit)
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
                self.on_error(voice.name, str(exc), text)
                if voice is self.voice:
                    self._retry_at = self.clock.now() + VOICE_RETRY
            finally:
                self.heartbeats.beat(stage, busy=False)
        return None

    def shutdown(self) -> None:
        for thread in self._threads.values():
            thread.shutdown(wait=False, cancel_futures=True)


def _trimmed(utterance: Utterance, keep: float = 0.08) -> Utterance:
    """A prepared phrase without the voice's trailing silence (a lead like "好的，" is followed
    at once by the answer, and the engine adds its own breath)."""
    loud = np.flatnonzero(np.abs(utterance.audio) > 0.01)
    if not len(loud):
        return utterance
    end = min(len(utterance.audio), int(loud[-1] + keep * utterance.sample_rate))
    seconds = end / utterance.sample_rate
    sentences = tuple((text, start, min(stop, seconds)) for text, start, stop in utterance.sentences)
    timings = tuple(t for t in utterance.timings if t.start < seconds)
    return replace(utterance, audio=utterance.audio[:end], sentences=sentences, timings=timings)


def _thread(lane: str) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(1, thread_name_prefix=f"engine-voice-{lane}")
