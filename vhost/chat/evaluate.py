"""How well chat is answered, on a labelled question set (vhost/assets/quality/questions.jsonl).

Each question says what a correct decision does: answer with a given fact (the decision's facts
start with it, e.g. "price", "options:颜色", "faq:1"), say the catalog does not know ("check"),
stay silent ("ignore") or moderate; which product the answer is about; and the words the reply
must and must never contain (the catalog's figures, a sold-out option). `vhost chat-eval`
prints the accuracy by kind of question and the decision latency.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vhost.chat.responder import ChatResponder
from vhost.domain import Catalog, ChatAction, ChatDecision, ChatMessage

# Facts that mean "the catalog does not say", which is right for a question it cannot answer.
NOT_KNOWN = ("unknown", "check", "shipping_unknown", "spec_unknown", "options:missing")


@dataclass(frozen=True)
class Question:
    text: str
    lang: str
    on_screen: str | None
    kind: str
    product: str | None
    expect: str  # a facts prefix ("a|b": either), "check", "ignore" or "moderate"
    must: tuple[str, ...] = ()  # each: words the reply must say ("a|b": either)
    never: tuple[str, ...] = ()
    batch: str = "first"  # when it was written: a later batch tests rules made before it

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            text=data["q"],
            lang=data["lang"],
            on_screen=data.get("on_screen"),
            kind=data["kind"],
            product=data.get("product"),
            expect=data["expect"],
            must=tuple(data.get("must") or ()),
            never=tuple(data.get("never") or ()),
            batch=data.get("set") or "first",
        )


@dataclass
class Verdict:
    question: Question
    decision: ChatDecision
    right: bool
    why: str  # what was wrong, for the report


@dataclass
class Scores:
    verdicts: list[Verdict] = field(default_factory=list)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """kind → (right, asked)."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for verdict in self.verdicts:
            table[verdict.question.kind][0] += verdict.right
            table[verdict.question.kind][1] += 1
        return {kind: (right, asked) for kind, (right, asked) in sorted(table.items())}

    def by_batch(self) -> dict[str, tuple[int, int]]:
        """batch → (right, asked), in the order the batches were written."""
        table: dict[str, list[int]] = {}
        for verdict in self.verdicts:
            counts = table.setdefault(verdict.question.batch, [0, 0])
            counts[0] += verdict.right
            counts[1] += 1
        return {batch: (right, asked) for batch, (right, asked) in table.items()}

    def accuracy(self) -> float:
        return sum(v.right for v in self.verdicts) / len(self.verdicts) if self.verdicts else 0.0

    def latency_ms(self) -> dict[str, float]:
        times = sorted(v.decision.latency_ms for v in self.verdicts)
        if not times:
            return {}
        return {
            "median": round(statistics.median(times), 2),
            "p95": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
            "max": round(times[-1], 2),
        }


def load_questions(path: Path) -> list[Question]:
    return [
        Question.from_dict(json.loads(line)) for line in path.read_text("utf-8").splitlines() if line.strip()
    ]


def evaluate(
    questions: Iterable[Question], responders: dict[str, ChatResponder], catalog: Catalog, now: datetime
) -> Scores:
    """Ask each question of a fresh conversation (no flood control between questions: each is
    asked by another viewer, a minute apart)."""
    scores = Scores()
    for number, question in enumerate(questions):
        responder = responders[question.lang]
        on_screen = catalog.product(question.on_screen) if question.on_screen else None
        message = ChatMessage(
            question.text, user_id=f"viewer{number}", name=f"viewer{number}", id=str(number)
        )
        decision = responder.decide(message, on_screen, now, seconds=60.0 * number)
        right, why = judge(question, decision)
        scores.verdicts.append(Verdict(question, decision, right, why))
    return scores


def judge(question: Question, decision: ChatDecision) -> tuple[bool, str]:
    """Whether the decision is what the label says, and if not, why not."""
    if question.expect == "ignore":
        return decision.action is not ChatAction.SPEAK, "spoke to an off-topic comment"
    if question.expect == "moderate":
        return decision.action is ChatAction.MODERATE, f"not moderated ({decision.action.value})"
    if decision.action is not ChatAction.SPEAK:
        return False, f"not answered ({decision.action.value}: {decision.reason})"
    facts = decision.reason or ""
    if question.expect == "check":
        if not facts.startswith(NOT_KNOWN):
            return False, f"answered with {facts} instead of saying it will check"
    elif not any(
        part.startswith(wanted) for part in facts.split("+") for wanted in question.expect.split("|")
    ):
        return False, f"used {facts}, wanted {question.expect}"  # (a compound answer: any part)
    if question.product and decision.product_id and decision.product_id != question.product:
        return False, f"about {decision.product_id}, wanted {question.product}"
    reply = decision.reply or ""
    missing = [  # "a|b": either will do
        word for word in question.must if not any(w.lower() in reply.lower() for w in word.split("|"))
    ]
    if missing:
        return False, f"the reply lacks {missing}"
    wrong = [word for word in question.never if word.lower() in reply.lower()]
    if wrong:
        return False, f"the reply says {wrong}"
    return True, ""


def report(scores: Scores) -> list[str]:
    """The accuracy table (by kind), the overall figure and the latency, a line each."""
    lines = ["| kind | right | asked | accuracy |", "|---|---|---|---|"]
    for kind, (right, asked) in scores.by_kind().items():
        lines.append(f"| {kind} | {right} | {asked} | {right / asked:.0%} |")
    total = len(scores.verdicts)
    lines.append(f"| **all** | {sum(v.right for v in scores.verdicts)} | {total} | {scores.accuracy():.0%} |")
    batches = scores.by_batch()
    if len(batches) > 1:
        counts = (
            f"{batch} {right}/{asked} ({right / asked:.0%})" for batch, (right, asked) in batches.items()
        )
        lines.append("by batch: " + ", ".join(counts))
    latency = scores.latency_ms()
    lines.append(
        f"decision latency: median {latency.get('median')} ms, p95 {latency.get('p95')} ms,"
        f" max {latency.get('max')} ms ({total} questions)"
    )
    return lines
