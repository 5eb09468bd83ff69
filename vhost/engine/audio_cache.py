"""Speech made once and kept: a bounded cache of utterances by voice, language and wording.

The script's upcoming lines are made into it ahead of time, in the CPU the show leaves spare,
so when a line's turn comes its sound is already there and the live CPU goes to answers; a
wording that comes back later (a call to action, a transition, a product presented again) is
taken from it instead of being made again.

The cache is bounded in seconds of sound, least recently used first out, and holds the sound
as 16-bit samples (half of float32; every line is AAC-encoded on its way out anyway). Every
utterance the engine plays passes through it, made now or long ago, so what the viewers hear
does not depend on whether a line was a hit.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from vhost.speech.base import Utterance

CAPACITY_SECONDS = 600.0  # ten minutes of sound: about 29 MB at 24 kHz
_SCALE = 32767.0


class CacheKey(NamedTuple):
    voice: str  # the voice and everything that changes its sound (rate, pitch): see voice_identity
    lang: str
    text: str


@dataclass
class CacheStats:
    hits: int = 0  # a line's sound was ready when it was wanted
    reused: int = 0  # …of them, sound already played once (a wording that came back)
    misses: int = 0  # a line had to be made when it was wanted
    made_ahead: int = 0  # lines made before anyone asked for them
    evicted: int = 0
    made_seconds: float = 0.0  # sound made, all of it (what the voice's CPU went to)
    ahead_seconds: float = 0.0  # …of it made ahead
    unused_seconds: float = 0.0  # sound made ahead that left the cache never played

    @property
    def hit_rate(self) -> float | None:
        asked = self.hits + self.misses
        return self.hits / asked if asked else None


@dataclass
class _Entry:
    samples: npt.NDArray[np.int16]
    utterance: Utterance  # with empty audio: the timings, sentences and text
    seconds: float
    played: bool = False


class AudioCache:
    """Not thread-safe: the engine uses it from its event loop only."""

    def __init__(self, capacity_seconds: float = CAPACITY_SECONDS) -> None:
        self.capacity = capacity_seconds
        self.stats = CacheStats()
        self._entries: OrderedDict[CacheKey, _Entry] = OrderedDict()
        self._seconds = 0.0
        self._unplayed = 0.0  # seconds made ahead and not played yet

    def __contains__(self, key: CacheKey) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def seconds(self) -> float:
        """Seconds of sound held."""
        return self._seconds

    @property
    def ahead_seconds(self) -> float:
        """Seconds of sound made ahead and not played yet (the show's lines to come, and
        answers made in case a viewer asks)."""
        return max(self._unplayed, 0.0)

    def put(self, key: CacheKey, utterance: Utterance, ahead: bool = False) -> Utterance:
        """Keep `utterance` and return it as the cache will give it back (16-bit sound)."""
        if key in self._entries:
            self._drop(key)
        samples = np.round(np.clip(utterance.audio, -1.0, 1.0) * _SCALE).astype(np.int16)
        entry = _Entry(samples, replace(utterance, audio=np.zeros(0, np.float32)), utterance.duration)
        entry.played = not ahead  # made to be played now
        self._entries[key] = entry
        self._seconds += entry.seconds
        self._unplayed += entry.seconds * ahead
        self.stats.made_ahead += ahead
        self.stats.made_seconds += entry.seconds
        self.stats.ahead_seconds += entry.seconds * ahead
        while self._seconds > self.capacity and len(self._entries) > 1:
            self._drop(next(iter(self._entries)))
            self.stats.evicted += 1
        return self._utterance(entry)

    def take(self, key: CacheKey, counted: bool = True) -> Utterance | None:
        """The sound for a line about to be played; `counted`: in the hit rate (the script's
        lines are; answers, made on their own lane, are not)."""
        entry = self._entries.get(key)
        if counted:
            self.stats.hits += entry is not None
            self.stats.misses += entry is None
        if entry is None:
            return None
        self.stats.reused += counted and entry.played
        self._unplayed -= entry.seconds * (not entry.played)
        entry.played = True
        self._entries.move_to_end(key)
        return self._utterance(entry)

    def touch(self, key: CacheKey) -> bool:
        """Whether the sound is held; keeps it from being the next to go (a line coming soon)."""
        if key not in self._entries:
            return False
        self._entries.move_to_end(key)
        return True

    def _drop(self, key: CacheKey) -> None:
        entry = self._entries.pop(key)
        self._seconds -= entry.seconds
        self._unplayed -= entry.seconds * (not entry.played)
        self.stats.unused_seconds += entry.seconds * (not entry.played)

    @staticmethod
    def _utterance(entry: _Entry) -> Utterance:
        audio = entry.samples.astype(np.float32) / _SCALE
        return replace(entry.utterance, audio=audio)


def voice_identity(voice: object) -> str:
    """What makes a voice's sound: its name, and its rate and pitch where it has them, so a
    change of any of them never plays sound made with the old ones."""
    name = str(getattr(voice, "name", type(voice).__name__))
    identity = getattr(voice, "identity", None)
    return str(identity) if identity else name
