"""Speech ready to be played: whole lines, synthesized ahead, cut into exact frame slices.

Each queued line is padded to a whole number of frames, so line boundaries fall on frame
boundaries and frame k always carries samples [k·spf, (k+1)·spf) of the stream.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from vhost.domain import ShowLine
from vhost.speech.base import Utterance, pad_to_frames

_ids = itertools.count(1)
CLAUSE_MARKS = frozenset(",，、;；:：")  # pause marks in a voice's phoneme timings


@dataclass
class QueuedSpeech:
    line: ShowLine
    utterance: Utterance
    audio: np.ndarray  # at the stream rate, a whole number of frames long (speech + breath)
    frames: int
    urgent: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    played: int = 0  # frames already sent
    cut: bool = False  # shortened to let an urgent line in

    def cut_at_next_pause(self, fps: int, breath: float = 0.15) -> None:
        """End this line at the next pause in its speech: the end of a sentence, or a clause's
        comma pause, plus a breath. A waiting answer then starts where a host would take a
        breath, never mid-word, and within about a clause (a second or two) rather than a whole
        sentence. A pause line ends at once."""
        if self.cut:
            return
        self.cut = True
        ends = [end for _, _, end in self.utterance.sentences]
        ends += [timing.end for timing in self.utterance.timings if timing.phoneme in CLAUSE_MARKS]
        frames = sorted(round((end + breath) * fps) for end in ends)
        boundary = next((frame for frame in frames if frame >= self.played), self.played)
        self.frames = max(self.played, min(self.frames, boundary))


class SpeechQueue:
    def __init__(self, sample_rate: int, fps: int, breath: float = 0.2) -> None:
        self.sample_rate = sample_rate
        self.fps = fps
        self.samples_per_frame = sample_rate // fps
        self.breath = breath
        self._items: deque[QueuedSpeech] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def make(
        self, line: ShowLine, utterance: Utterance, audio: np.ndarray, urgent: bool = False
    ) -> QueuedSpeech:
        """Wrap stream-rate audio for a line, padded with a breath up to the next frame boundary."""
        padded = pad_to_frames(audio, self.samples_per_frame, int(self.breath * self.sample_rate))
        return QueuedSpeech(line, utterance, padded, len(padded) // self.samples_per_frame, urgent)

    def push(self, item: QueuedSpeech) -> None:
        if item.urgent:  # jumps ahead of everything not yet started
            index = next((i for i, queued in enumerate(self._items) if not queued.urgent), len(self._items))
            self._items.insert(index, item)
        else:
            self._items.append(item)

    def urgent_waiting(self) -> bool:
        return bool(self._items) and self._items[0].urgent

    def pop(self) -> QueuedSpeech | None:
        return self._items.popleft() if self._items else None

    def drop_pending(self, keep_urgent: bool = True) -> list[QueuedSpeech]:
        """Throw away lines not yet started (an interrupt); returns what was dropped."""
        dropped = [item for item in self._items if not (keep_urgent and item.urgent)]
        self._items = deque(item for item in self._items if keep_urgent and item.urgent)
        return dropped

    def seconds(self) -> float:
        """Seconds of speech waiting (not counting the line playing now)."""
        return sum(item.frames for item in self._items) / self.fps
