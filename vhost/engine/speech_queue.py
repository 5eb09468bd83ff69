"""Speech ready to be played: whole lines, synthesized ahead, cut into exact frame slices.

Each queued line is padded to a whole number of frames, so line boundaries fall on frame
boundaries and frame k always carries samples [k·spf, (k+1)·spf) of the stream.
"""

from __future__ import annotations

import itertools
import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from vhost.domain import ShowLine
from vhost.engine.director import THANKS
from vhost.speech.base import Utterance, pad_to_frames

_ids = itertools.count(1)
CLAUSE_MARKS = frozenset(",，、;；:：")  # pause marks in a voice's phoneme timings
WORD_GAP = " "  # the mark between two words in a voice's phoneme timings
# An answer waits at most this long for the script's next pause; past it, the script breaks off
# between two words (a viewer expects a reply within a second).
PAUSE_WAIT = 0.6


@dataclass
class QueuedSpeech:
    line: ShowLine
    utterance: Utterance
    audio: npt.NDArray[np.float32]  # at the stream rate, a whole number of frames long (speech + breath)
    frames: int
    urgent: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    played: int = 0  # frames already sent
    cut: bool = False  # shortened to let an urgent line in
    final: bool = True  # the last piece of its answer (see answer_pieces)

    def cut_soon(self, fps: int, pause_wait: float = PAUSE_WAIT, breath: float = 0.15) -> None:
        """End this line soon to let an urgent line in: at the next pause in its speech (a
        sentence end or a clause's comma) when one comes within `pause_wait` seconds, else
        between the next two words, where a host breaks off to take a question. The sound stops
        at that point (with a short fade, so no click and no onset of the next word) and a
        breath of silence follows. A pause line ends at once."""
        if self.cut:
            return
        self.cut = True
        rate = len(self.audio) // max(self.frames, 1) * fps  # the stream rate
        now = self.played / fps
        timings = self.utterance.timings
        pauses = [end for _, _, end in self.utterance.sentences]
        pauses += [t.end for t in timings if t.phoneme in CLAUSE_MARKS]
        stop = min((p for p in pauses if now <= p <= now + pause_wait), default=None)
        if stop is None:
            stop = min((t.start for t in timings if t.phoneme == WORD_GAP and t.start >= now), default=None)
        if stop is None:  # no timings (a pause line, a voice without them): end at once
            self.frames = self.played
            return
        self.frames = max(self.played, min(self.frames, math.ceil((stop + breath) * fps)))
        self._silence_after(stop, rate, now)

    def _silence_after(self, stop: float, rate: int, now: float, fade: float = 0.02) -> None:
        """Quiet from `stop` on (a short fade-out before it), never touching sound already sent."""
        end = int(stop * rate)
        begin = max(int(now * rate), end - int(fade * rate))
        if end > begin:
            self.audio[begin:end] *= np.linspace(1.0, 0.0, end - begin, dtype=np.float32)
        self.audio[max(end, begin) :] = 0.0


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
        self, line: ShowLine, utterance: Utterance, audio: npt.NDArray[np.float32], urgent: bool = False
    ) -> QueuedSpeech:
        """Wrap stream-rate audio for a line, padded with a breath up to the next frame boundary."""
        padded = pad_to_frames(audio, self.samples_per_frame, int(self.breath * self.sample_rate))
        return QueuedSpeech(line, utterance, padded, len(padded) // self.samples_per_frame, urgent)

    def push(self, item: QueuedSpeech) -> None:
        """Script lines in order. An urgent line goes ahead of every script line not yet started;
        among urgent lines, first made first said (answers are made in priority order, an
        answer's pieces one after the other), except that thanks go after the answers."""
        if item.urgent:
            index = next(
                (
                    i
                    for i, queued in enumerate(self._items)
                    if not queued.urgent or queued.line.priority <= THANKS < item.line.priority
                ),
                len(self._items),
            )
            self._items.insert(index, item)
        else:
            self._items.append(item)

    def urgent_waiting(self) -> bool:
        return bool(self._items) and self._items[0].urgent

    def peek(self) -> QueuedSpeech | None:
        return self._items[0] if self._items else None

    def next_priority(self) -> int:
        """The priority of the line that plays next (0 for the script or nothing)."""
        return self._items[0].line.priority if self.urgent_waiting() else 0

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
