"""FakeVoice: a deterministic stand-in for a neural voice.

Every character becomes one "phoneme" of 80 ms: CJK characters and Latin vowels are voiced
(a tone burst, shape 'a'), Latin consonants are 'm' (lips shut, quieter), spaces and
punctuation are pauses (silence). Timings are exact, so tests can check the animation
against them.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from vhost.speech.base import PhonemeTiming, SpeechChunk
from vhost.speech.phonemes import split_sentences

PHONEME_SECONDS = 0.08


class FakeVoice:
    name = "fake"

    def __init__(self, sample_rate: int = 24000) -> None:
        self.sample_rate = sample_rate

    def languages(self) -> tuple[str, ...]:
        return ("zh", "en")

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        offset = 0.0
        n = int(PHONEME_SECONDS * self.sample_rate)
        t = np.arange(n) / self.sample_rate
        envelope = np.sin(np.pi * np.arange(n) / n)
        for sentence in split_sentences(text):
            pieces, timings = [], []
            for index, char in enumerate(sentence):
                start = offset + index * PHONEME_SECONDS
                if char.isspace() or not char.isalnum():
                    symbol, audio = " ", np.zeros(n)
                elif char.lower() in "aeiou" or not char.isascii():
                    symbol, audio = "a", 0.5 * envelope * np.sin(2 * np.pi * 220 * t)
                else:
                    symbol, audio = "m", 0.1 * envelope * np.sin(2 * np.pi * 150 * t)
                pieces.append(audio.astype(np.float32))
                timings.append(PhonemeTiming(symbol, start, start + PHONEME_SECONDS))
            audio = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
            yield SpeechChunk(audio, self.sample_rate, sentence, tuple(timings))
            offset += len(audio) / self.sample_rate
