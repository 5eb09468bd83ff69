"""The live engine: lines are synthesized ahead; frames leave on the clock, each paired with
exactly its own audio; silence and idle motion fill the gaps; commands and events let a CLI or
GUI steer and watch it.

Two tasks share one asyncio loop: `_prepare` keeps the next line synthesized (the voice runs on
a worker thread), `_frames` sends one frame per 1/fps of stream time. Nothing grows without
bound: at most `lookahead` lines wait, every output has its own bounded queue.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from vhost.animate.base import FaceTrack, MotionSource
from vhost.domain import Product, ShowLine
from vhost.engine.clock import Clock
from vhost.engine.director import ANSWER, SAY_NOW, THANKS, LineSource
from vhost.engine.events import (
    Event,
    EventBus,
    LineEnded,
    LineSkipped,
    LineStarted,
    Metrics,
    Problem,
    Stalled,
    StateChanged,
)
from vhost.engine.memory import TRIM_EVERY, release_free_memory
from vhost.engine.pieces import answer_pieces
from vhost.engine.speech_queue import QueuedSpeech, SpeechQueue
from vhost.engine.supervisor import Heartbeats, supervised
from vhost.engine.voicing import VoiceLanes
from vhost.messages import QT_TRANSLATE_NOOP, Message, message_of
from vhost.outputs.base import AVFrame, Output
from vhost.render.base import PictureRenderer
from vhost.speech.base import Utterance, Voice, resample

log = logging.getLogger(__name__)

STREAM_RATE = 48000
FIRST_LINE_WAIT = 60.0  # seconds a real stream waits for its first line before starting silent
FRAME_STALL = 2.0  # seconds without a frame (on a real clock) before the watchdog reports it
VOICE_STALL = 60.0  # seconds one line may take to synthesize before the watchdog reports it
# Seconds of script queued beyond which the script lane makes likely answers before more script.
ANTICIPATE_AHEAD = 6.0
# How far ahead of the show the script lane makes the lines' sound. The window only runs down
# while speech is made slower than it plays (answers stop the script too), so a minute and a half
# rides out a long busy spell; all of it is made for nothing when the show stops or changes course.
UPCOMING_SECONDS = 90.0
ASK_EVERY_LINES = 4  # lines begun before the director is asked again what comes


@dataclass
class EngineStats:
    frames: int = 0
    audio_samples: int = 0
    dropped_frames: int = 0  # pictures re-sent because rendering fell behind the clock
    lines_spoken: int = 0
    lines_dropped: int = 0  # lines discarded by an interrupt, or expired before their turn
    lines_cut: int = 0  # lines ended at a sentence boundary to let an answer in
    answers_spoken: int = 0
    speech_underruns: int = 0  # times the next line was not ready when the last one ended
    errors: int = 0
    max_av_offset_ms: float = 0.0


class LiveEngine:
    def __init__(
        self,
        voice: Voice,
        picture: PictureRenderer,
        motion: MotionSource,
        lines: LineSource | Iterator[ShowLine],
        outputs: list[Output],
        clock: Clock,
        lang: str,
        fps: int = 30,
        starts_at: datetime | None = None,
        lookahead: int = 2,
        fallback_voice: Voice | None = None,
    ) -> None:
        self.voice, self.picture, self.motion = voice, picture, motion
        self.lines = lines if isinstance(lines, LineSource) else LineSource(lines)
        self.outputs, self.clock = outputs, clock
        self.lang, self.fps = lang, fps
        self.starts_at = starts_at or datetime.now()
        self.lookahead = lookahead
        self.fallback_voice = fallback_voice
        self.queue = SpeechQueue(STREAM_RATE, fps)
        self.events = EventBus()
        self.stats = EngineStats()
        self.state = "ready"
        self.heartbeats = Heartbeats(self._on_stall)
        self.voices = VoiceLanes(voice, fallback_voice, lang, clock, self.heartbeats, self._voice_failed)
        self._current: QueuedSpeech | None = None
        self._current_track: FaceTrack | None = None
        self._idle: tuple[int, FaceTrack] | None = None
        self._product: Product | None = None
        self._last_picture: npt.NDArray[np.uint8] | None = None
        self._paused = False
        self._stop = False
        self._exhausted = False  # the lines ran out
        self._epoch = 0  # bumped by every interrupt: speech made before it is stale
        self._speaking = False  # the last frame came from a line (to count underruns once per gap)
        self._wake = asyncio.Event()  # something to prepare (space in the queue)
        self._answer_wake = asyncio.Event()  # an urgent line (an answer, the operator's words) waits
        self._ready = asyncio.Event()  # a line was queued
        self._ahead_done = asyncio.Event()  # the script lane has made ahead all it would for now
        self._loop: asyncio.AbstractEventLoop | None = None
        self._render_error: str | None = None  # the last picture failure (logged once per new one)
        self._making_urgent = False  # an answer is being synthesized
        self._started = 0  # lines begun so far (pauses and answers too)
        self._asked = (-1, 0)  # (director revision, lines begun) when upcoming() was last asked
        self._last_kind = "script"  # the kind of the last line begun (pauses not counted)
        self._last_answer: QueuedSpeech | None = None  # the last answer piece begun
        # Set by whoever builds the show: the store's key for it and the saved place it resumed
        # from (a store record the engine only carries, for the recorder).
        self.show_key = ""
        self._trimming: asyncio.Future[float | None] | None = None  # the memory trim under way
        self.resumed_from: object | None = None

    # ---- commands (safe to call from any thread) ---------------------------------------------
    def say_now(self, text: str, interrupt: bool = True) -> None:
        """Speak `text` next; with interrupt, cut the current line at the next frame, else at the
        end of its sentence."""
        self._call(self._say_now, text, interrupt)

    def answer(
        self,
        text: str,
        product_id: str | None = None,
        priority: int = ANSWER,
        question: str | None = None,
        reply_to: str | None = None,
        expires: datetime | None = None,
    ) -> None:
        """A reply to a viewer: spoken at the next pause in speech, ahead of the script (by
        priority), with that product's card on screen; dropped if not begun by `expires`.
        `reply_to` comes back in the line's events, so the chat can time an answer from comment
        to voice."""
        answer = getattr(self.lines, "answer", None)
        if answer is not None:
            answer(text, product_id, priority, question, reply_to, expires)
        else:
            line = ShowLine(text, self._product, kind="answer", priority=priority, question=question)
            self.lines.add(replace(line, reply_to=reply_to, expires=expires))
        self._call(self._answer_wake.set)

    def note_interest(self, product_id: str) -> None:
        """Viewers asked about this product: a director gives it more airtime for a while."""
        note = getattr(self.lines, "note_interest", None)
        if note is not None:
            note(product_id)

    def prepare_phrases(self, texts: list[str]) -> None:
        """Make short phrases now (an answer's opening words: "好的，", "Sure,"), so an answer
        starting with one has its first sound at once. Call before run()."""
        self.voices.prepare_phrases(texts)

    def anticipate(self, answers: list[str]) -> None:
        """Answers viewers are likely to ask for next (the price, stock and shipping of the
        product on screen): their pieces are made while the script lane is idle, so if one is
        asked, the whole answer is on air at once. A new call replaces the guesses not made yet."""
        pieces = [piece for text in answers for piece in answer_pieces(text)]
        self._call(self._anticipate, pieces)

    def _anticipate(self, pieces: list[str]) -> None:
        self.voices.expect(pieces)
        self._wake.set()

    @property
    def product_on_screen(self) -> Product | None:
        return self._product

    def moment_now(self) -> datetime:
        """The show's present moment (simulated on a simulated clock)."""
        return self._moment(self.stats.frames)

    def interrupt(self) -> None:
        self._call(self._interrupt)

    def skip_to(self, product_id: str) -> None:
        """Present this product next: cut the current line and continue from its pitch."""
        self._call(self._skip_to, product_id)

    def pause(self) -> None:
        self._call(self._set_paused, True)

    def resume(self) -> None:
        self._call(self._set_paused, False)

    def stop(self) -> None:
        self._call(self._request_stop)

    def _call(self, function: Callable[..., object], *args: object) -> None:
        if self._loop is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(function, *args)
        else:
            function(*args)

    def _say_now(self, text: str, interrupt: bool) -> None:
        self.lines.add(ShowLine(text, self._product, kind="answer", priority=SAY_NOW))
        if interrupt:
            self._interrupt()
        self._answer_wake.set()

    def _interrupt(self) -> None:
        self._epoch += 1
        dropped = self.queue.drop_pending()
        if self._current is not None and not self._current.urgent:
            dropped.append(self._current)
            self._current, self._current_track = None, None
        self.stats.lines_dropped += len(dropped)
        self._wake.set()

    def _skip_to(self, product_id: str) -> None:
        if not self.lines.can_skip:
            self._publish(
                Problem,
                where="director",
                message=Message(QT_TRANSLATE_NOOP("vhost", "this show cannot skip between products")),
            )
            return
        try:
            self.lines.skip_to(product_id)
        except KeyError:
            self._publish(
                Problem,
                where="director",
                message=Message(
                    QT_TRANSLATE_NOOP("vhost", "there is no product {product} in the show"),
                    product=repr(product_id),
                ),
            )
            return
        self._interrupt()

    def _set_paused(self, paused: bool) -> None:
        self._paused = paused
        self._publish(StateChanged, state="paused" if paused else "live")

    def _request_stop(self) -> None:
        self._stop = True
        self._wake.set()
        self._ready.set()

    # ---- the run -------------------------------------------------------------------------------
    async def run(self, duration: float | None = None) -> EngineStats:
        """Stream until stop() or `duration` seconds of stream time; returns the counters."""
        self._loop = asyncio.get_running_loop()
        self.state = "live"  # (observers hear "live" once the first frame has gone out)
        if not self.clock.simulated:  # simulated time has no wall-clock deadline to stall against
            self.heartbeats.watch("frames", FRAME_STALL)
        self.heartbeats.watch("voice", VOICE_STALL)
        self.heartbeats.watch("answer voice", VOICE_STALL)
        self.heartbeats.start()
        preparers = [
            asyncio.create_task(
                supervised(name, work, self._on_crash, lambda: not self._stop), name=f"engine-{name}"
            )
            for name, work in (("prepare", self._prepare), ("prepare-answers", self._prepare_answers))
        ]
        try:
            if not self.clock.simulated:
                # Open with speech, not with seconds of silence while the first line is made.
                try:
                    await asyncio.wait_for(self._opening(), FIRST_LINE_WAIT)
                except TimeoutError:
                    self._publish(
                        Problem,
                        where="voice",
                        message=Message(
                            QT_TRANSLATE_NOOP("vhost", "the first line took too long; starting silent")
                        ),
                    )
            await self._frames(duration)
        finally:
            self._stop = True
            self._wake.set()
            self._ahead_done.set()
            for preparer in preparers:
                preparer.cancel()
                try:
                    await preparer
                except asyncio.CancelledError:
                    pass
            self.heartbeats.stop()
            for output in self.outputs:
                try:
                    output.close()
                except Exception as exc:  # one output failing to close must not hide the others
                    log.exception("the %s output could not close cleanly (%s)", output.name, exc)
                    self._publish(Problem, where=output.name, message=str(exc))
            self.voices.shutdown()
            self.state = "stopped"
            self._publish(StateChanged, state="stopped")
        return self.stats

    async def _opening(self) -> None:
        """Until the show's first two lines are made: the second (the AI disclosure, due right
        after the greeting) takes longer to make than the greeting takes to say while the show
        starts up, which left two seconds of silence six seconds in."""
        await self._ready.wait()
        while len(self.queue) < min(2, self.lookahead) and not (self._exhausted or self._stop):
            self._ready.clear()
            await self._ready.wait()

    async def _prepare(self) -> None:
        """Keep up to `lookahead` script lines synthesized and queued."""
        while not self._stop:
            if self._making_urgent or self.lines.urgent_waiting():
                await asyncio.sleep(0.05)  # an answer is being made: leave it the CPU
                continue
            ahead = len(self.queue) >= self.lookahead or self.queue.seconds() >= ANTICIPATE_AHEAD
            if ahead and self.voices.expecting:  # the script is well ahead: make likely answers
                await self.voices.make_expected()
                continue
            if len(self.queue) >= self.lookahead:
                self._wake.clear()  # before, so room made while a line is made ahead is not missed
                if not await self._make_upcoming():  # nothing left to make ahead: wait for room
                    self._ahead_done.set()
                    await self._wake.wait()
                continue
            line = self.lines.scripted(self._moment(self.stats.frames))
            if line is None:  # the script has ended: nothing more to say
                self._exhausted = True
                self._ready.set()
                self._ahead_done.set()
                self._wake.clear()
                await self._wake.wait()
                continue
            epoch = self._epoch
            item = await self._make(line, "script")
            if item is not None and epoch != self._epoch:  # interrupted while it was being made
                self.stats.lines_dropped += 1
            elif item is not None:
                self.queue.push(item)
            self._ready.set()

    async def _make_upcoming(self) -> bool:
        """Make one of the script's upcoming lines ahead; False when there is none left to make.
        The director is asked what comes when the show changed course, or when the last answer
        is used up and a few lines have begun since."""
        changed = self.lines.revision != self._asked[0]
        if changed or (not self.voices.has_upcoming and self._started - self._asked[1] >= ASK_EVERY_LINES):
            self._asked = (self.lines.revision, self._started)
            # Written on a worker thread: a few presentations take long enough to delay a frame.
            lines = await asyncio.get_running_loop().run_in_executor(
                None, self.lines.upcoming, UPCOMING_SECONDS
            )
            self.voices.upcoming([line.text for line in lines])
        if not self.voices.has_upcoming:
            return False
        await self.voices.make_upcoming()
        return True

    async def _prepare_answers(self) -> None:
        """Urgent lines (answers, the operator's words), in priority order, on their own voice
        lane: they never wait behind a script line being made. An answer is made piece by piece
        (answer_pieces), each queued as soon as it is made, and its pieces stay together. A
        thank-you is made on the script lane instead, so a question asked meanwhile does not
        wait behind it."""
        thanking: set[asyncio.Task[None]] = set()
        try:
            while not self._stop:
                line = self.lines.next_urgent()
                if line is None:
                    self._answer_wake.clear()
                    await self._answer_wake.wait()
                    continue
                if line.expires is not None and self._moment(self.stats.frames) >= line.expires:
                    self.stats.lines_dropped += 1  # too late to be worth saying (a stale thank-you)
                    continue
                if line.priority <= THANKS:
                    task = asyncio.create_task(self._queue_pieces(line, "script"))
                    thanking.add(task)
                    task.add_done_callback(thanking.discard)
                    continue
                self._making_urgent = True
                try:
                    await self._queue_pieces(line, "answer")
                finally:
                    self._making_urgent = False
        finally:
            for task in thanking:
                task.cancel()

    async def _queue_pieces(self, line: ShowLine, lane: str) -> None:
        pieces = answer_pieces(line.text) if line.kind == "answer" else [line.text]
        for number, piece in enumerate(pieces, 1):
            item = await self._make(replace(line, text=piece), lane)
            if item is not None:
                item.final = number == len(pieces)
                self.queue.push(item)
            self._ready.set()

    async def _make(self, line: ShowLine, lane: str) -> QueuedSpeech | None:
        """A line made ready to play: spoken (or, for a pause, silence of its length)."""
        urgent = line.priority > 0
        if line.kind == "pause":
            quiet = np.zeros(int(line.pause * STREAM_RATE), np.float32)
            return self.queue.make(line, Utterance("", quiet, STREAM_RATE), quiet, urgent)
        behind = lane == "script" and self.voices.falls_behind(line.text, self._slack())
        if behind:  # said by the fallback voice rather than heard as a gap
            self._publish(
                Problem,
                where="voice",
                voice=self.voice.name,
                message=Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "the voice cannot keep up; the fallback voice says this line without a gap"
                    )
                ),
                text=line.text,
            )
        utterance = await self.voices.synthesize(
            line.text, lane, tight=line.kind == "answer", fallback_first=behind
        )
        if utterance is None:  # no voice could say it: the line is lost, the stream is not
            return None
        self.lines.observe(line, utterance.duration)
        audio = resample(utterance.audio, utterance.sample_rate, STREAM_RATE)
        return self.queue.make(line, utterance, audio, urgent)

    def _slack(self) -> float | None:
        """Seconds of speech left to play before a line made now is needed; None before the
        show has begun speaking (nothing can be heard as a gap yet)."""
        current = self._current
        if current is None and not len(self.queue):
            return None if not self._speaking else 0.0
        left = (current.frames - current.played) / self.fps if current is not None else 0.0
        return left + self.queue.seconds()

    def _voice_failed(self, voice: str, message: str, text: str) -> None:
        self.stats.errors += 1
        self._publish(Problem, where="voice", voice=voice, message=message, text=text)

    async def _frames(self, duration: float | None) -> None:
        spf = self.queue.samples_per_frame
        silence = np.zeros(spf, np.float32)
        index = 0
        last_metrics = time.perf_counter()
        origin = self.clock.now()  # stream time 0 is now, however long set-up took
        while not self._stop:
            due = index / self.fps
            if duration is not None and due >= duration:
                break
            self.heartbeats.beat("frames", busy=False)  # sleeping until the frame is due is not a stall
            await self.clock.sleep_until(origin + due)
            self.heartbeats.beat("frames")
            await self._wait_for_answers_in_simulated_time()
            if self._current is not None and self._gives_way():
                self._current.cut_soon(self.fps)  # an answer waits: end at a pause or between words
                self._end_line_if_done()
            if self._current is None and not self._paused:
                await self._next_line(index)
            audio, params, caption, question, utterance_id = self._speech_frame(index, silence)
            late = not self.clock.simulated and self.clock.now() - origin - due > 2 / self.fps
            if late and self._last_picture is not None:
                picture = self._last_picture  # behind the clock: keep sound exact, repeat the picture
                self.stats.dropped_frames += 1
            else:
                picture = self._picture(params, caption, question, self._moment(index))
            frame = AVFrame(index, picture, audio, STREAM_RATE, self.fps, utterance_id)
            for output in self.outputs:
                try:
                    output.write(frame)
                except Exception as exc:  # an output's own queue should never raise; if it does, skip it
                    self._output_failed(output.name, exc)
            self._account(frame)
            if index == 0:  # on air only now: set-up and the first line took their time
                self._publish(StateChanged, state="paused" if self._paused else "live")
            index += 1
            if index % int(TRIM_EVERY * self.fps) == 0:  # a long run must not creep up in memory
                self._trim_memory()
            if index % self.fps == 0:
                now = time.perf_counter()
                self.events.publish(self.metrics(index / self.fps, now - last_metrics))
                last_metrics = now

    def _trim_memory(self) -> None:
        """Hand freed memory back to the system on a worker thread, one trim at a time (a
        second one while the first still runs would start another thread for nothing)."""
        if self._trimming is None or self._trimming.done():
            self._trimming = asyncio.get_running_loop().run_in_executor(None, release_free_memory)

    async def _wait_for_ahead_in_simulated_time(self) -> None:
        """On a simulated clock the script lane's sound made ahead is ready "in time" (no stream
        time passes while it works), so which lines are made ahead does not depend on how busy
        the machine is: a test or soak run counts the same hits every time. Only while the
        queue is full (the lane works ahead): a line it needs now is not waited for here."""
        while (
            self.clock.simulated
            and len(self.queue) >= self.lookahead
            and not (self._stop or self._exhausted or self._ahead_done.is_set())
        ):
            await self._ahead_done.wait()

    async def _wait_for_answers_in_simulated_time(self) -> None:
        """On a simulated clock an answer being made is ready "at once" (no stream time passes
        while waiting), so where it cuts in does not depend on how busy the machine is."""
        while (
            self.clock.simulated and not self._stop and (self._making_urgent or self.lines.urgent_waiting())
        ):
            if self.queue.urgent_waiting():
                return
            self._ready.clear()
            self._answer_wake.set()
            await self._ready.wait()

    def _picture(
        self, params: npt.NDArray[np.float32], caption: str | None, question: str | None, moment: datetime
    ) -> npt.NDArray[np.uint8]:
        """The stream picture (an answer shows the viewer's question above its caption); when
        the renderer fails, the last good picture (the sound goes on and the renderer is tried
        again next frame)."""
        asked = {"question": question} if question else {}
        try:
            picture = self.picture.picture(params, self._product, caption, moment, **asked)
        except Exception as exc:
            self.stats.errors += 1
            message = f"{type(exc).__name__}: {exc}"
            if message != self._render_error:
                log.exception("the picture could not be drawn (%s); repeating the last one", message)
                self._publish(Problem, where="render", message=message)
            self._render_error = message
            if self._last_picture is None:
                raise
            return self._last_picture
        self._render_error = None
        self._last_picture = picture
        return picture

    def _output_failed(self, name: str, exc: Exception) -> None:
        self.stats.errors += 1
        log.exception("the %s output refused a frame (%s)", name, exc)
        self._publish(Problem, where=name, message=message_of(exc))

    def _moment(self, index: int) -> datetime:
        """The wall-clock moment of frame `index` (simulated on a simulated clock)."""
        return self.starts_at + timedelta(seconds=index / self.fps)

    async def _next_line(self, index: int) -> None:
        if self._answer_unfinished() and not self.clock.simulated:
            return  # the rest of an answer is being made: a short quiet pause, not the script
        await self._wait_for_ahead_in_simulated_time()
        item = self._pop_playable(index)
        if item is None and self.clock.simulated:
            # Simulated time must not outrun synthesis, or a soak run would be all silence.
            while (
                item is None and not self._stop and not (self._exhausted and not self.lines.urgent_waiting())
            ):
                self._ready.clear()
                await self._ready.wait()
                item = self._pop_playable(index)
        elif item is None and self._speaking and not self._exhausted:
            self.stats.speech_underruns += 1  # once per gap: the next line was not ready in time
        self._speaking = item is not None
        if item is None:
            return
        self._current = item
        self._started += 1
        self._last_kind = item.line.kind if item.line.kind != "pause" else self._last_kind
        if item.line.kind == "answer":
            self._last_answer = item
        if item.line.product is not None:
            self._product = item.line.product
        speech = [] if item.line.kind == "pause" else [(index / self.fps, item.utterance)]
        self._current_track = self.motion.track(item.frames, speech=speech, start_frame=index)
        self._wake.set()  # room for the next line
        self._ahead_done.clear()
        self._publish(
            LineStarted,
            text=item.line.text,
            id=item.id,
            kind=item.line.kind,
            question=item.line.question,
            reply_to=item.line.reply_to,
            product=self._product.id if self._product else None,
            position=item.line.position,
        )

    def _gives_way(self) -> bool:
        """The line on air ends early for a waiting urgent line: a script line always does, a
        thank-you does for a viewer's question (asking is more urgent than being thanked)."""
        current = self._current
        if current is None or not self.queue.urgent_waiting():
            return False
        if not current.urgent:
            return True
        return current.line.priority <= THANKS < self.queue.next_priority()

    def _answer_unfinished(self) -> bool:
        """An answer has begun and its next piece is still being made: the script waits, and so
        does anything else ready before it but the operator's words (a thank-you is not said in
        the middle of an answer)."""
        last = self._last_answer
        if self._last_kind != "answer" or last is None or last.final:
            return False
        if not (self._making_urgent or self.lines.urgent_waiting()):
            return False  # its next piece will not come (the voice failed it)
        head = self.queue.peek()
        if head is None or not head.urgent:
            return True
        return head.line.reply_to != last.line.reply_to and head.line.priority < SAY_NOW

    def _pop_playable(self, index: int) -> QueuedSpeech | None:
        """The next queued line that is still true now (a line about a promotion that has ended
        is dropped here if it waited past the end)."""
        while (item := self.queue.pop()) is not None:
            expires = item.line.expires
            if expires is None or self._moment(index) < expires:
                return item
            self.stats.lines_dropped += 1
            self._wake.set()
            self._publish(LineSkipped, text=item.line.text, id=item.id, reason="expired")
        return None

    def _speech_frame(
        self, index: int, silence: npt.NDArray[np.float32]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], str | None, str | None, int | None]:
        """(audio, face parameters, caption, the viewer's question it answers, utterance id)."""
        spf = self.queue.samples_per_frame
        item = self._current
        if item is None or self._current_track is None:
            return silence, self._idle_params(index), None, None, None
        offset = item.played
        audio = item.audio[offset * spf : (offset + 1) * spf]
        params = self._current_track.frame(offset)
        caption = item.utterance.sentence_at(offset / self.fps) or None
        item.played += 1
        self._end_line_if_done()
        question = item.line.question if caption else None
        return audio, params, caption, question, None if item.line.kind == "pause" else item.id

    def _end_line_if_done(self) -> None:
        item = self._current
        if item is None or item.played < item.frames:
            return
        if item.line.kind != "pause":
            self.stats.lines_spoken += 1
            self.stats.answers_spoken += item.line.kind == "answer"
            self.stats.lines_cut += item.cut
        self._publish(
            LineEnded,
            text=item.line.text,
            id=item.id,
            kind=item.line.kind,
            cut=item.cut,
            position=item.line.position,
            lines_spoken=self.stats.lines_spoken,
        )
        self._current, self._current_track = None, None

    def _idle_params(self, index: int) -> npt.NDArray[np.float32]:
        block = index // self.fps * self.fps
        if self._idle is None or self._idle[0] != block:
            self._idle = (block, self.motion.track(self.fps, start_frame=block))
        return self._idle[1].frame(index - block)

    def _account(self, frame: AVFrame) -> None:
        self.stats.frames += 1
        self.stats.audio_samples += len(frame.audio)
        offset = abs(self.stats.audio_samples / STREAM_RATE - self.stats.frames / self.fps) * 1000
        self.stats.max_av_offset_ms = max(self.stats.max_av_offset_ms, offset)

    def metrics(self, stream_seconds: float, wall_seconds: float) -> Metrics:
        return Metrics(
            stream_time=self.stats.frames / self.fps,
            stream_seconds=round(stream_seconds, 3),
            fps=round(self.fps / wall_seconds, 1) if wall_seconds > 0 else None,
            av_offset_ms=round(self.stats.max_av_offset_ms, 3),
            buffer_seconds=round(self.queue.seconds(), 2),
            frames=self.stats.frames,
            dropped_frames=self.stats.dropped_frames,
            product=self._product.id if self._product else None,
            next=self._next_text(),
            outputs={output.name: output.stats() for output in self.outputs},
            stalled=list(self.heartbeats.stalled()),
            ahead_seconds=round(self.queue.seconds() + self.voices.cache.ahead_seconds, 1),
            cache_hit_rate=self.voices.cache.stats.hit_rate,
        )

    def _next_text(self) -> str | None:
        """What is said next (for an operator's screen)."""
        item = self.queue.peek()
        return item.line.text if item is not None and item.line.kind != "pause" else None

    def _on_stall(self, stage: str, what: str, seconds: float) -> None:
        """From the watchdog thread: a stage stopped moving (or moves again)."""
        message = (
            f"the {stage} stage has not moved for {seconds:.1f} s"
            if what == "stalled"
            else f"the {stage} stage moves again"
        )
        self._publish(Stalled, where=stage, message=message, recovered=what != "stalled")

    def _on_crash(self, name: str, exc: BaseException) -> None:
        self.stats.errors += 1
        self._publish(Problem, where=name, message=f"{type(exc).__name__}: {exc}; restarting it")

    def _publish(self, event_class: type[Event], /, **fields: Any) -> None:
        """Publish an event of this class, stamped with the stream time of the frame now out."""
        self.events.publish(event_class(stream_time=self.stats.frames / self.fps, **fields))
