"""The director: what the presenter says next.

A pass over the catalog (a "round") opens with a greeting; then products come in the plan's
order with weighted airtime (smooth weighted round robin: weight 2 comes twice as often, spread
evenly, never twice in a row when others are waiting); a pinned hero product returns after
every few others. Each presentation is written when it is reached, so prices, stock and
countdowns are current, and the wording turns with how often that product has been presented.
A presentation is trimmed to the plan's time per product (FAQ first, then specs, then extra
selling points). Between products: a short quiet pause with idle motion and, every few
products, a word to the viewers. A promotion that starts while the show is live is announced at
the next line; lines about a promotion that has ended (or one that has since started) are
never spoken.

Answers to viewers (and the operator's "say now") wait in a priority slot and go ahead of the
script: `LineSource` is that slot over any iterator of lines; `Director` adds the show above.
"""

from __future__ import annotations

import heapq
import itertools
import json
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from vhost.domain import Catalog, Product, Segment, SegmentKind, ShowLine
from vhost.engine.plan import ShowPlan
from vhost.script.base import ScriptWriter

SAY_NOW = 100  # the operator's own words go ahead of every viewer answer
INTEREST_BOOST = 2.0  # a product viewers keep asking about gets up to twice its airtime
INTEREST_FULL = 3.0  # questions (recent, fading) for the full boost
INTEREST_FADE = 0.8  # each product presented keeps this share of every product's interest
ANSWER = 10  # a viewer answer's default priority (the chat loop ranks its own)
THANKS = 5  # a thank-you's priority: below any answer, and it gives way to one waiting
SECONDS_PER_CHAR = {"zh": 0.24, "en": 0.066}  # first guesses; learned from the voice as it speaks
BREATH = 0.2  # seconds after each line (see SpeechQueue)
UPCOMING_BLOCKS = 8  # upcoming() looks this many presentations ahead at most
# What goes first when a presentation is too long for the plan's time per product.
# Each kind keeps at least this many lines: the intro, one selling point, the price and its
# first promotion line, the call to action and the transition always stay.
_TRIM_ORDER = {
    SegmentKind.FAQ: 0,
    SegmentKind.SPECS: 0,
    SegmentKind.SELLING_POINTS: 1,
    SegmentKind.INTRO: 1,
    SegmentKind.PRICE: 2,
}


class LineSource:
    """Scripted lines from any iterator, plus a priority slot that goes ahead of them."""

    can_skip = False

    def __init__(self, lines: Iterable[ShowLine] = ()) -> None:
        self._lines = iter(lines)
        self._urgent: list[tuple[int, int, ShowLine]] = []  # heap of (-priority, arrival, line)
        self._arrivals = itertools.count()
        self._lock = threading.RLock()
        # Bumped by every change of course (a skip, a catalog edit, the operator's own lines,
        # viewers' interest): what upcoming() said before may no longer come.
        self.revision = 0

    def add(self, line: ShowLine) -> None:
        """Queue a line ahead of the script (higher priority first, then first come)."""
        with self._lock:
            heapq.heappush(self._urgent, (-line.priority, next(self._arrivals), line))

    def urgent_waiting(self) -> bool:
        return bool(self._urgent)

    def urgent_count(self) -> int:
        """Urgent lines waiting to be made (a soak run checks that this stays bounded)."""
        return len(self._urgent)

    def next_line(self, now: datetime | None = None) -> ShowLine | None:
        """The next line to prepare; None when the script has ended and nothing is waiting."""
        return self.next_urgent() or self.scripted(now)

    def next_urgent(self) -> ShowLine | None:
        """The waiting urgent line with the highest priority (first come among equals)."""
        with self._lock:
            return heapq.heappop(self._urgent)[2] if self._urgent else None

    def scripted(self, now: datetime | None = None) -> ShowLine | None:
        return next(self._lines, None)

    def skip_to(self, product_id: str) -> None:
        raise KeyError(product_id)

    def observe(self, line: ShowLine, seconds: float) -> None:
        """How long a line took to say (the director learns the voice's pace from it)."""

    def product(self, product_id: str) -> Product | None:
        return None

    def upcoming(self, seconds: float) -> list[ShowLine]:
        """The script lines coming next, without taking them (unknown here: none)."""
        return []


@dataclass
class _State:
    """Everything the director's choices depend on; saved with each line to resume there."""

    round: int = 0
    picks: int = 0  # products presented in this round (the hero not counted)
    opened: bool = False  # this round's greeting has been said
    credit: dict[str, float] = field(default_factory=dict)  # weighted round robin
    presented: dict[str, int] = field(default_factory=dict)  # times each product was presented
    since_hero: int = 1 << 30  # products since the hero (large: the hero comes first)
    since_interlude: int = 0
    blocks: int = 0
    on_air: str | None = None
    interest: dict[str, float] = field(default_factory=dict)  # viewers' recent questions per product

    def copy(self) -> _State:
        return replace(
            self, credit=dict(self.credit), presented=dict(self.presented), interest=dict(self.interest)
        )


@dataclass(frozen=True)
class DirectorPosition:
    """Where the show is: the state before the current presentation and the next line in it."""

    round: int
    line: int
    product: str | None
    state: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DirectorPosition | None:
        """None for a position saved in another shape (an older vhost): the show starts over."""
        try:
            data = json.loads(text)
            position = cls(int(data["round"]), int(data["line"]), data.get("product"), dict(data["state"]))
            _State(**position.state)
        except (ValueError, TypeError, KeyError):
            return None
        return position


@dataclass
class _Block:
    lines: list[ShowLine]
    product: str | None
    before: _State
    spoken: int = 0  # lines handed out


class Director(LineSource):
    can_skip = True

    def __init__(
        self,
        writer: ScriptWriter,
        catalog: Catalog,
        lang: str,
        *,
        plan: ShowPlan | None = None,
        seed: int = 0,
        now: Callable[[], datetime] = datetime.now,
        resume: DirectorPosition | None = None,
        disclose_every: timedelta | None = None,
    ) -> None:
        """`disclose_every`: say that the presenter is AI-generated after the show's first line
        and then at this interval (timedelta(0): at the start only; None: never)."""
        super().__init__()
        self.writer, self.lang, self.seed, self._now = writer, lang, seed, now
        self.plan = plan or ShowPlan()
        self.plan.check(catalog)
        self.catalog = catalog
        self._by_id = {product.id: product for product in catalog.products}
        self._state = _State()
        self._block: _Block | None = None
        self._inserts: deque[ShowLine] = deque()  # announcements ahead of the current block
        self._promotions_checked = now()
        self._stream_now: datetime | None = None  # the engine's (possibly simulated) time, when given
        self._pace = dict(SECONDS_PER_CHAR)
        self._own_lines: dict[str, tuple[Segment, ...]] = {}  # the operator's script per product
        self._disclose_every = disclose_every
        self._disclosed = 0  # spoken disclosures so far
        self._disclose_at: datetime | None = None  # when the next one is due (set by the first line)
        if resume is not None:
            self._state = _State(**resume.state)
            self._block = self._next_block()
            self._block.spoken = min(resume.line, len(self._block.lines))

    # ---- steering (safe from any thread) -------------------------------------------------------
    def answer(
        self,
        text: str,
        product_id: str | None = None,
        priority: int = ANSWER,
        question: str | None = None,
        reply_to: str | None = None,
        expires: datetime | None = None,
    ) -> None:
        """Say `text` at the next sentence boundary, with `product_id`'s card on screen (not
        at all once `expires` has passed)."""
        with self._lock:
            product = self.product(product_id) if product_id else self.product(self._state.on_air or "")
        line = ShowLine(text, product, kind="answer", priority=priority, question=question, reply_to=reply_to)
        self.add(replace(line, expires=expires))

    def skip_to(self, product_id: str) -> None:
        """Present this product next (the engine cuts the current line)."""
        with self._lock:
            if product_id not in self._by_id:
                raise KeyError(product_id)
            self._inserts.clear()
            self._block = self._presentation(product_id, self._state.copy(), pause=False)
            self.revision += 1

    def set_catalog(self, catalog: Catalog, plan: ShowPlan | None = None) -> None:
        """A live edit: the current presentation is rewritten from the same line with the new
        facts, and everything after follows the new catalog and plan."""
        plan = plan or self.plan
        plan.check(catalog)
        with self._lock:
            self.catalog, self.plan = catalog, plan
            self.revision += 1
            self._by_id = {product.id: product for product in catalog.products}
            block = self._block
            if block is not None and block.product is not None and block.product in self._by_id:
                self._state = block.before.copy()
                rewritten = self._next_block()
                rewritten.spoken = min(block.spoken, len(rewritten.lines))
                self._block = rewritten

    def use_lines(self, product_id: str, segments: Iterable[Segment] | None) -> None:
        """Present this product with the operator's own (edited, already lawful) lines instead
        of writing them afresh; None: written afresh again. The current presentation switches
        from the same line on."""
        with self._lock:
            kept = tuple(segment for segment in segments or () if segment.lines)
            self.revision += 1
            if kept:
                self._own_lines[product_id] = kept
            else:
                self._own_lines.pop(product_id, None)
            block = self._block
            if block is not None and block.product == product_id:
                self._state = block.before.copy()
                rewritten = self._next_block()
                rewritten.spoken = min(block.spoken, len(rewritten.lines))
                self._block = rewritten

    def product(self, product_id: str) -> Product | None:
        found = self._by_id.get(product_id)
        return found.localized(self.lang) if found else None

    def observe(self, line: ShowLine, seconds: float) -> None:
        if line.kind == "script" and len(line.text) >= 4:
            per_char = seconds / len(line.text)
            self._pace[self.lang] = 0.9 * self._pace[self.lang] + 0.1 * per_char

    # ---- the show --------------------------------------------------------------------------------
    def scripted(self, now: datetime | None = None) -> ShowLine | None:
        self._stream_now = now
        now = self._time()
        with self._lock:
            self._announce_started_promotions(now)
            due = self._disclosure_due(now)
            if due is not None:
                return due
            while True:
                if self._inserts:
                    line = self._inserts.popleft()
                else:
                    if self._block is None or self._block.spoken >= len(self._block.lines):
                        self._block = self._next_block()
                    block = self._block
                    line = block.lines[block.spoken]
                    block.spoken += 1
                    line = replace(line, position=self._position(block))
                if line.expires is None or now < line.expires:
                    return line

    def _disclosure_due(self, now: datetime) -> ShowLine | None:
        """The spoken AI disclosure when it is due: right after the first line (the greeting),
        then every `disclose_every`."""
        if self._disclose_every is None:
            return None
        if self._disclose_at is None:  # the show's first line: the disclosure follows it
            self._disclose_at = now
            return None
        if now < self._disclose_at:
            return None
        every = self._disclose_every
        self._disclose_at = now + every if every > timedelta(0) else datetime.max
        text = self.writer.disclosure(self.lang, count=self._disclosed)
        self._disclosed += 1
        on_air = self.product(self._state.on_air) if self._state.on_air else None
        return ShowLine(text, on_air, kind="disclosure")

    def _time(self) -> datetime:
        return self._stream_now or self._now()

    def _position(self, block: _Block) -> DirectorPosition:
        return DirectorPosition(block.before.round, block.spoken, block.product, asdict(block.before))

    def _next_block(self, state: _State | None = None, now: datetime | None = None) -> _Block:
        """The next block after `state` (default: the show's own, which it moves on), written
        as at `now` (default: the show's present)."""
        state = state or self._state
        now = now or self._time()
        before = state.copy()
        if not state.opened:
            state.opened = True
            ahead = state.copy()
            coming = [pid for pid in (self._pick(ahead), self._pick(ahead)) if pid]
            lines = self.writer.opening(
                self.catalog, self.lang, loop=state.round, seed=self.seed, now=now, coming=coming
            )
            first = state.on_air or (coming[0] if coming else None)
            product = self.product(first) if first else None
            state.blocks += 1
            return _Block(
                [ShowLine(line.text, product, expires=line.expires) for line in lines], None, before
            )
        pid = self._pick(state)
        return self._presentation(pid, before, pause=state.blocks > 0, state=state, now=now)

    def upcoming(self, seconds: float) -> list[ShowLine]:
        """The script lines after those already handed out, about `seconds` of them, as they
        would be written now (and the AI disclosure when one is due); the show does not move.
        The engine makes their sound ahead. A line whose words depend on the moment it is said
        (a countdown) may differ when it comes."""
        with self._lock:
            state = self._state.copy()
            lines = list(self._inserts)
            if self._block is not None:
                lines += self._block.lines[self._block.spoken :]
            start = self._time()
            for _ in range(UPCOMING_BLOCKS):
                elapsed = self._seconds(lines) + sum(line.pause for line in lines)
                if elapsed >= seconds:
                    break
                lines += self._next_block(state, start + timedelta(seconds=elapsed)).lines
            coming = [line for line in lines if line.kind == "script" and line.text]
            disclosure = self._next_disclosure(start, seconds)
        # The AI disclosure due soon comes first: it goes ahead of the script when due (the
        # first one right after the greeting), so a late one would leave a silence.
        return ([disclosure] if disclosure else []) + coming

    def _next_disclosure(self, now: datetime, seconds: float) -> ShowLine | None:
        """The next spoken AI disclosure when it is due within `seconds` (as it will be worded)."""
        if self._disclose_every is None:
            return None
        if self._disclose_at is not None and self._disclose_at > now + timedelta(seconds=seconds):
            return None
        return ShowLine(self.writer.disclosure(self.lang, count=self._disclosed), None, kind="disclosure")

    def _pick(self, state: _State) -> str | None:
        """The next product (updating `state`): the hero when due, else weighted round robin."""
        plan = self.plan
        hero = plan.hero if plan.hero in self._by_id else None
        active = [pid for pid in plan.ordered(self.catalog) if pid != hero and plan.weight(pid) > 0]
        if hero and (state.since_hero >= plan.hero_every or not active):
            state.since_hero = 0
            if not active:
                self._end_round(state)
            return hero
        if not active:
            return None
        weights = {pid: plan.weight(pid) * self._boost(state, pid) for pid in active}
        total = sum(weights.values())
        for pid in active:
            state.credit[pid] = state.credit.get(pid, 0.0) + weights[pid]
        for pid in list(state.interest):  # viewers' interest fades over the next few products
            state.interest[pid] *= INTEREST_FADE
            if state.interest[pid] < 0.05:
                del state.interest[pid]
        ranked = sorted(active, key=lambda pid: -state.credit[pid])  # stable: equals keep plan order
        # Never the same product twice in a row while others wait; its credit keeps it next.
        chosen = ranked[1] if ranked[0] == state.on_air and len(ranked) > 1 else ranked[0]
        state.credit[chosen] -= total
        state.since_hero += 1
        state.picks += 1
        if state.picks >= max(len(active), round(sum(plan.weight(pid) for pid in active))):  # a round
            self._end_round(state)
        return chosen

    @staticmethod
    def _boost(state: _State, product_id: str) -> float:
        """More airtime for a product viewers keep asking about: up to INTEREST_BOOST times."""
        share = min(1.0, state.interest.get(product_id, 0.0) / INTEREST_FULL)
        return 1.0 + (INTEREST_BOOST - 1.0) * share

    def note_interest(self, product_id: str) -> None:
        """A viewer asked about this product (from the chat): it comes round sooner for a while."""
        with self._lock:
            if product_id in self._by_id:
                self._state.interest[product_id] = self._state.interest.get(product_id, 0.0) + 1.0
            self.revision += 1

    @staticmethod
    def _end_round(state: _State) -> None:
        state.round, state.picks, state.opened = state.round + 1, 0, False

    def _presentation(
        self,
        pid: str | None,
        before: _State,
        pause: bool,
        state: _State | None = None,
        now: datetime | None = None,
    ) -> _Block:
        """One product's pitch, written now, fitted to the plan's time, with what goes between."""
        state = state or self._state
        now = now or self._time()
        if pid is None:  # nothing to present (every weight 0 and no hero): a pause
            return _Block(
                [ShowLine("", None, kind="pause", pause=max(self.plan.pause_between, 1.0))], None, before
            )
        product = self.product(pid)
        lines: list[ShowLine] = []
        if pause and self.plan.pause_between > 0:
            lines.append(
                ShowLine("", self.product(state.on_air or pid), kind="pause", pause=self.plan.pause_between)
            )
        if self.plan.interlude_every and state.since_interlude >= self.plan.interlude_every:
            word = self.writer.interlude(self.lang, draw=state.blocks, seed=self.seed)
            if word is not None:
                lines.append(ShowLine(word.text, self.product(state.on_air or pid)))
            state.since_interlude = 0
        following = self._pick(state.copy())
        ids = [pid] + ([following] if following and following != pid else [])
        count = state.presented.get(pid, 0)
        own = self._own_lines.get(pid)
        if own is None:
            script = self.writer.write(
                self.catalog, self.lang, loop=count, seed=self.seed, now=now, product_ids=ids
            )
        segments = self._fit(list(own) if own else [s for s in script.segments if s.product_id == pid])
        lines += [
            ShowLine(line.text, product, expires=line.expires)
            for segment in segments
            for line in segment.lines
        ]
        state.presented[pid] = count + 1
        state.since_interlude += 1
        state.blocks += 1
        state.on_air = pid
        return _Block(lines, pid, before)

    def _fit(self, segments: list[Segment]) -> list[Segment]:
        """Drop the least important lines until the pitch fits the time per product."""
        budget = self.plan.seconds_per_product
        if budget is None:
            return segments
        kept = [list(segment.lines) for segment in segments]

        def seconds() -> float:
            return self._seconds(line for lines in kept for line in lines)

        for kind, keep in _TRIM_ORDER.items():
            for index, segment in reversed(list(enumerate(segments))):
                while segment.kind == kind and len(kept[index]) > keep and seconds() > budget:
                    kept[index].pop()
        pairs = zip(segments, kept, strict=True)
        return [replace(segment, lines=tuple(lines)) for segment, lines in pairs if lines]

    def _seconds(self, lines: Iterable[Any]) -> float:
        """About how long these lines take to say, at the pace learned from the voice."""
        return sum(len(line.text) * self._pace[self.lang] + BREATH for line in lines)

    def estimate(self, product_id: str) -> float:
        """About how many seconds presenting this product takes now (as written and fitted to
        the plan's time per product), without moving the show; for the schedule view."""
        with self._lock:
            script = self.writer.write(
                self.catalog, self.lang, seed=self.seed, now=self._time(), product_ids=[product_id]
            )
            segments = self._fit([s for s in script.segments if s.product_id == product_id])
            return self._seconds(line for segment in segments for line in segment.lines)

    def _announce_started_promotions(self, now: datetime) -> None:
        """A promotion that started since the last line is announced now, ahead of the script."""
        since, self._promotions_checked = self._promotions_checked, now
        for original in self.catalog.products:
            on_show = self.plan.weight(original.id) > 0 or original.id == self.plan.hero
            if not on_show or not any(p.start and since < p.start <= now for p in original.promotions):
                continue
            count = self._state.presented.get(original.id, 0)
            script = self.writer.write(
                self.catalog, self.lang, loop=count, seed=self.seed, now=now, product_ids=[original.id]
            )
            product = self.product(original.id)
            lines = [
                line
                for segment in script.segments
                if segment.kind in (SegmentKind.PRICE, SegmentKind.CALL_TO_ACTION)
                for line in segment.lines
            ]
            lines.sort(key=lambda line: line.expires is None)  # the promotion first, then price and call
            self._inserts.extend(ShowLine(line.text, product, expires=line.expires) for line in lines)
