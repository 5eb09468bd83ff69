"""The chat loop: messages from a source are decided on and answers go into the live show.

It runs on its own thread (sources block on sockets or files). Each decision goes out as a
ChatDecided event on the engine's bus (the CLI and GUI show them, the store keeps them), and an
answer held for the operator's approval ends in a ChatResolved; an answer enters the director's
queue by priority and is spoken at the next sentence boundary. The time from a comment's
arrival to the first frame of its spoken answer is measured from the engine's own
line_started events, on the wall clock and in stream time.
"""

from __future__ import annotations

import logging
import queue
import statistics
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple, Protocol

from vhost.chat.moderation import REASONS as MODERATION_REASONS
from vhost.chat.responder import ChatResponder, pseudonym
from vhost.chat.sources.base import ChatSource, SourceHealth, health_of
from vhost.domain import ChatAction, ChatDecision, ChatMessage, Product
from vhost.engine.director import THANKS
from vhost.engine.events import Event, EventBus, LineStarted, Problem
from vhost.errors import VHostError

log = logging.getLogger(__name__)

MAX_PENDING = 200  # answers held for approval; beyond this the oldest lapse
# Answers queued but not yet begun beyond which only complaints get in: each answer takes a few
# seconds to say, so a longer queue means answering viewers who asked long ago.
MAX_WAITING = 1
FORGET_AFTER = 60.0  # stream seconds after which an answer that never began stops counting
THANKS_FRESH = 10.0  # seconds after which a thank-you not yet begun is dropped
TIMINGS_KEPT = 10000  # latest timings kept for the figures, so a show of days stays in bounded memory
# Questions that show a viewer wants a product (a complaint or a thank-you does not).
INTEREST_INTENTS = {
    "price",
    "promotion",
    "stock",
    "shipping",
    "size",
    "material",
    "how_to_buy",
    "recommend",
    "other",
}
# Why a held answer was not said (ChatResolved.reason).
REJECTED, BLOCKED, LAPSED = "rejected", "blocked", "lapsed"
BLOCKED_REASON = "blocked by the operator"  # (worded for the log, like the responder's reasons)
# The responder words its reasons for the log; events carry these stable codes instead, which
# the screens translate and the store keeps. A reason not listed becomes "other".
REASON_CODES = {
    "busy": "busy",
    "empty": "empty",
    "flood": "flood",
    "already answered": "already_answered",
    "chit-chat": "chit_chat",
    "not a question vhost can answer": "not_answerable",
    "no lawful reply": "no_lawful_reply",
    "nothing to say": "nothing_to_say",
    "thanked recently": "thanked_recently",
    BLOCKED_REASON: BLOCKED,
    **{reason: reason for reason in MODERATION_REASONS},
}


@dataclass(frozen=True, kw_only=True)
class ChatDecided(Event):
    """One chat decision as the operator's screens and the store's recorder see it. The store
    keeps only `viewer` (a pseudonym); `name` is for the operator's own screen. `reason`: for an
    ignored or moderated message a code of REASON_CODES; for an answer, the facts it used."""

    id: str  # the message's id (an answer's is never empty: approve() and ChatResolved use it)
    viewer: str  # a stable pseudonym (viewer-1a2b3c4d)
    name: str  # the name the viewer shows in chat
    kind: str  # comment, gift, like, follow, enter
    text: str | None  # None when moderated: abusive words are not passed on
    action: str  # speak, ignore, moderate
    intent: str
    product: str | None
    reply: str | None
    reason: str | None
    sentiment: float | None
    latency_ms: float
    pending: bool = False  # held for the operator's approval


@dataclass(frozen=True, kw_only=True)
class ChatResolved(Event):
    """What became of an answer held for the operator (a ChatDecided with pending): approved and
    said (action "speak", `reply` the words said, as edited and through the law filter), or not
    said (action "ignore", `reason` REJECTED, BLOCKED or LAPSED)."""

    id: str
    action: str  # speak, ignore
    reply: str | None = None
    reason: str | None = None


class AnsweringEngine(Protocol):
    """What the chat needs of the live engine (LiveEngine keeps it)."""

    events: EventBus
    stats: Any  # .frames
    fps: int

    @property
    def product_on_screen(self) -> Product | None: ...

    def moment_now(self) -> datetime: ...

    def prepare_phrases(self, texts: list[str]) -> None: ...

    def anticipate(self, answers: list[str]) -> None: ...

    def note_interest(self, product_id: str) -> None: ...

    def answer(
        self,
        text: str,
        product_id: str | None,
        priority: int,
        question: str | None,
        reply_to: str | None,
        expires: datetime | None,
    ) -> None: ...


def _latest() -> deque[float]:
    return deque(maxlen=TIMINGS_KEPT)


@dataclass
class ChatStats:
    """Counts over the whole show; timings over its latest TIMINGS_KEPT answers."""

    messages: int = 0
    spoken: int = 0
    ignored: int = 0
    moderated: int = 0
    decision_ms: deque[float] = field(default_factory=_latest)
    to_voice_ms: deque[float] = field(default_factory=_latest)  # comment → first frame of the answer (wall)
    # The same for comments that came while no other answer was on air or waiting.
    to_voice_free_ms: deque[float] = field(default_factory=_latest)
    to_voice_waited_ms: deque[float] = field(default_factory=_latest)  # …and those that came behind one
    to_voice_stream_s: deque[float] = field(default_factory=_latest)  # the same in stream seconds

    def summary(self) -> dict[str, object]:
        return {
            "messages": self.messages,
            "spoken": self.spoken,
            "ignored": self.ignored,
            "moderated": self.moderated,
            "decision_ms": percentiles(self.decision_ms),
            "to_voice_ms": percentiles(self.to_voice_ms),
            "to_voice_free_ms": percentiles(self.to_voice_free_ms),
            "to_voice_waited_ms": percentiles(self.to_voice_waited_ms),
            "to_voice_stream_s": percentiles(self.to_voice_stream_s, 3),
        }


class ChatLoop:
    def __init__(
        self,
        source: ChatSource,
        responder: ChatResponder,
        engine: AnsweringEngine,
        record: Callable[[ChatDecision], None] | None = None,
        approve: bool = False,
    ) -> None:
        """`approve`: answers wait for the operator's approve() or reject() instead of going on
        air at once (the GUI's approve-before-speaking mode)."""
        self.source, self.responder, self.engine = source, responder, engine
        self.approve_first = approve
        self.pending: dict[str, ChatDecision] = {}  # held for the operator, by reply_to
        self.blocked: set[str] = set()  # viewers (pseudonyms) the operator blocked
        self.record = record
        self.stats = ChatStats()
        self.last_message_at: float | None = None  # time.time() of the last message in
        self.failure: str | None = None  # why the source stopped, when it failed
        self._stop = threading.Event()
        self._arrivals: dict[str, _Arrival] = {}  # answers given but not yet on air, by message id
        self._answer_on_air = False  # an answer is being spoken (from the engine's events)
        self._lock = threading.Lock()
        self._events: queue.Queue[Event] = engine.events.subscribe()
        self._threads: list[threading.Thread] = []
        self._warm = False

    def warm_up(self) -> None:
        """Load the models and make the answers' first words, before the show (not on the first
        viewer's question); start() does it when it was not done."""
        if not self._warm:
            self.responder.warm_up()
            self.engine.prepare_phrases(self.responder.answerer.leads())  # answers' first words, said at once
            self._warm = True

    def start(self) -> None:
        """Read the source and answer, on the chat's own threads."""
        self.warm_up()
        for name, target in (("chat", self._run), ("chat-timing", self._watch_answers)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop reading and answering; answers still held for approval lapse (the show is over)."""
        self._stop.set()
        self.engine.events.unsubscribe(self._events)
        with self._lock:
            held = list(self.pending)
        for key in held:
            self._drop(key, LAPSED)
        for thread in self._threads:
            thread.join(timeout=2.0)

    def health(self) -> SourceHealth:
        """The source's health for the app's chat light."""
        return health_of(self.source, self.last_message_at)

    def held(self) -> int:
        """Answers given but not yet on air, and answers held for the operator's approval."""
        with self._lock:
            return len(self._arrivals)  # (an answer held for approval is there too)

    def _stream_seconds(self) -> float:
        return self.engine.stats.frames / self.engine.fps

    def _run(self) -> None:
        try:
            for message in self.source.messages(self._stream_seconds, self._stop):
                self.last_message_at = time.time()
                self.handle(message)
        except Exception as exc:  # a broken source must not take the show down
            # A user's mistake (a wrong key, a used-up quota) is its own sentence; a bug, its type.
            mistake = isinstance(exc, VHostError) and exc.args
            self.failure = exc.args[0] if mistake else f"{type(exc).__name__}: {exc}"
            log.exception(
                "the chat source %s failed (%s); the show goes on without chat", self.source.name, exc
            )
            self.engine.events.publish(
                Problem(
                    stream_time=self._stream_seconds(), where="chat", message=f"{type(exc).__name__}: {exc}"
                )
            )

    def handle(self, message: ChatMessage) -> ChatDecision:
        wall, stream = time.perf_counter(), self._stream_seconds()
        with self._lock:
            for key, earlier in list(self._arrivals.items()):  # never spoken (a voice failed)
                if stream - earlier.stream > FORGET_AFTER and key not in self.pending:
                    del self._arrivals[key]
            # Answers queued, not yet begun (a thank-you waiting does not count: a question goes
            # ahead of it).
            waiting = sum(
                earlier.priority > THANKS and key not in self.pending
                for key, earlier in self._arrivals.items()
            )
        if pseudonym(message) in self.blocked:
            decision = ChatDecision(message, ChatAction.IGNORE, "blocked", reason=BLOCKED_REASON)
        else:
            decision = self.responder.decide(
                message, self.engine.product_on_screen, self.engine.moment_now(), stream,
                busy=waiting >= MAX_WAITING,
            )  # fmt: skip
        free = not waiting and not self._answer_on_air
        self.stats.messages += 1
        self.stats.decision_ms.append(decision.latency_ms)
        pending = False
        reply_to = message.id
        lapsed: list[str] = []
        if decision.action is ChatAction.SPEAK and decision.reply:
            reply_to = message.id or f"chat-{self.stats.messages}"
            with self._lock:
                self._arrivals[reply_to] = _Arrival(wall, stream, decision.priority, free)
                if self.approve_first:
                    pending = True
                    self.pending[reply_to] = decision
                    lapsed = list(self.pending)[: max(0, len(self.pending) - MAX_PENDING)]
            if not pending:
                self._say(decision, reply_to)
        elif decision.action is ChatAction.MODERATE:
            self.stats.moderated += 1
        else:
            self.stats.ignored += 1
            log.debug("chat: ignored a message from %s (%s)", pseudonym(message), decision.reason)
        self.engine.events.publish(_decided(decision, reply_to, stream, pending))
        for oldest in lapsed:  # an absent operator: the oldest held answers lapse
            self._drop(oldest, LAPSED)
        if self.record is not None:
            try:
                self.record(decision)
            except Exception as exc:  # records must not stop answers
                log.exception("a chat decision could not be recorded (%s)", exc)
        return decision

    def approve(self, message_id: str, reply: str | None = None) -> bool:
        """Put a held answer on air, as suggested or as the operator edited it (an edit passes
        the compliance filter too). False when there is no such held answer, or when the law
        leaves nothing of the edit (the answer then stays held, to word again or reject)."""
        with self._lock:
            decision = self.pending.get(message_id)
        if decision is None:
            return False
        if reply is not None:
            lang = self.responder.lang
            reply = (self.responder.compliance.apply(reply, lang).text or "").strip()
            if not reply:
                return False
            decision = replace(decision, reply=reply)
        with self._lock:
            if self.pending.pop(message_id, None) is None:  # rejected or lapsed meanwhile
                return False
        self._say(decision, message_id)
        self._resolved(message_id, "speak", reply=decision.reply)
        return True

    def reject(self, message_id: str) -> bool:
        """Never say this held answer. False when there is no such held answer."""
        return self._drop(message_id, REJECTED)

    def block(self, viewer: str) -> None:
        """Ignore this viewer (a pseudonym, as events show them) from now on, and drop their
        answers still waiting for approval."""
        self.blocked.add(viewer)
        with self._lock:
            held = [key for key, decision in self.pending.items() if pseudonym(decision.message) == viewer]
        for key in held:
            self._drop(key, BLOCKED)

    def unblock(self, viewer: str) -> None:
        """Answer this viewer again (their comments while blocked stay unanswered)."""
        self.blocked.discard(viewer)

    def _drop(self, message_id: str, reason: str) -> bool:
        """A held answer is not said: counted as ignored and published with `reason`."""
        with self._lock:
            held = self.pending.pop(message_id, None)
            if held is not None:
                self._arrivals.pop(message_id, None)
        if held is None:
            return False
        self.stats.ignored += 1
        self._resolved(message_id, "ignore", reason=reason)
        return True

    def _resolved(
        self, message_id: str, action: str, reply: str | None = None, reason: str | None = None
    ) -> None:
        event = ChatResolved(
            stream_time=self._stream_seconds(), id=message_id, action=action, reply=reply, reason=reason
        )
        self.engine.events.publish(event)

    def _say(self, decision: ChatDecision, reply_to: str) -> None:
        assert decision.reply is not None
        self.stats.spoken += 1
        expires = None
        if decision.priority <= THANKS:  # thanks said long after the gift sound odd: they lapse
            expires = self.engine.moment_now() + timedelta(seconds=THANKS_FRESH)
        self.engine.answer(
            decision.reply, decision.product_id, decision.priority, decision.message.text, reply_to, expires
        )
        if decision.product_id and decision.intent in INTEREST_INTENTS:
            self.engine.note_interest(decision.product_id)

    def _watch_answers(self) -> None:
        while not self._stop.is_set():
            try:
                event = self._events.get(timeout=0.1)
            except queue.Empty:
                continue
            if not isinstance(event, LineStarted):
                continue
            if event.kind in ("answer", "script"):
                self._answer_on_air = event.kind == "answer"  # (until the script goes on)
            if event.kind == "script":
                self._anticipate()
            if not event.reply_to:
                continue
            with self._lock:
                arrived = self._arrivals.pop(event.reply_to, None)
            if arrived is not None and arrived.priority > THANKS:  # thanks wait by design: not timed
                took = round((time.perf_counter() - arrived.wall) * 1000, 1)
                self.stats.to_voice_ms.append(took)
                (self.stats.to_voice_free_ms if arrived.free else self.stats.to_voice_waited_ms).append(took)
                self.stats.to_voice_stream_s.append(round(event.stream_time - arrived.stream, 3))
                log.info(
                    "answer on air %.0f ms after the comment (%s): %s",
                    took,
                    "presenter free" if arrived.free else "behind another answer",
                    event.text,
                )

    def _anticipate(self) -> None:
        """Word the likely questions' answers about the product on screen, so the engine can
        make their sound while the script plays (once per product, and again after one is used)."""
        on_screen = self.engine.product_on_screen
        if on_screen is None:
            return
        try:
            answers = self.responder.likely_answers(on_screen, self.engine.moment_now())
        except Exception as exc:  # a guess failing must not stop the timing of real answers
            log.exception("the likely answers about %s could not be worded (%s)", on_screen.id, exc)
            return
        self.engine.anticipate(answers)


class _Arrival(NamedTuple):
    wall: float  # perf_counter seconds
    stream: float  # stream seconds
    priority: int
    free: bool  # no other answer was on air or waiting


def _decided(decision: ChatDecision, key: str, stream: float, pending: bool) -> ChatDecided:
    """What observers see of a decision (`key`: its id): moderated words are not passed on."""
    message = decision.message
    reason: str | None = decision.reason  # an answer's: the facts it used
    if decision.action is not ChatAction.SPEAK:
        reason = REASON_CODES.get(decision.reason, "other") if decision.reason else None
    return ChatDecided(
        stream_time=stream,
        id=key,
        viewer=pseudonym(message),
        name=message.name,
        kind=message.kind.value,
        text=None if decision.action is ChatAction.MODERATE else message.text,
        action=decision.action.value,
        intent=decision.intent,
        product=decision.product_id,
        reply=decision.reply,
        reason=reason,
        sentiment=decision.sentiment,
        latency_ms=decision.latency_ms,
        pending=pending,
    )


def outcome(action: str, reason: str | None, pending: bool = False) -> str:
    """A decision's state as the operator's screens show and count it: answered, waiting (for
    the operator), rejected (by the operator), blocked, lapsed, ignored or moderated."""
    if pending:
        return "waiting"
    if action in ("speak", "moderate"):
        return {"speak": "answered", "moderate": "moderated"}[action]
    return reason if reason in (REJECTED, BLOCKED, LAPSED) else "ignored"


def percentiles(values: Iterable[float], digits: int = 1) -> dict[str, float] | None:
    ordered = sorted(values)
    if not ordered:
        return None
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": round(statistics.median(ordered), digits),
        "p95": round(p95, digits),
        "max": round(ordered[-1], digits),
        "count": len(ordered),
    }
