"""What a comment asks: rules first (fast, exact), then meaning for the phrasings rules miss.

The rules and examples are data (`intents.toml`). When several intents match, the order
below decides which leads: a complaint outranks everything, buying questions outrank the
rest; a second fact question in the same comment is kept so both get answered.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from vhost.chat.meaning import Embedder

INTENT_ORDER = (
    "complaint",
    "how_to_buy",
    "promotion",
    "price",
    "shipping",
    "stock",
    "size",
    "material",
    "recommend",
    "greeting",
    "praise",
)
FACT_INTENTS = {"promotion", "price", "shipping", "stock", "size", "material", "how_to_buy"}
# Meaning-based matches must be this close to an example, and clearly closer than to any other
# intent's (multilingual-e5 puts unrelated short texts at 0.75-0.85 cosine).
MIN_SIMILARITY = 0.89
MIN_MARGIN = 0.015
_QUESTION = re.compile(
    r"[?？吗呢么嘛]|什么|怎么|哪|几|多少|能不能|可以|有没有|([\u4e00-\u9fff])不\1"
    r"|\b(how|what|whats|which|when|where|can|does|is|are|do|will|would|should)\b"
)


@dataclass(frozen=True)
class Intent:
    name: str  # an INTENT_ORDER name, "chitchat" or "other"
    also: tuple[str, ...] = ()  # a second fact question in the same comment
    how: str = "rule"  # "rule", "meaning" or "none"
    similarity: float | None = None


@dataclass
class IntentClassifier:
    embedder: Embedder | None = None
    patterns: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    _example_vectors: tuple[np.ndarray, list[str]] | None = None

    @classmethod
    def load(cls, embedder: Embedder | None = None) -> IntentClassifier:
        data = tomllib.loads(resources.files("vhost.chat").joinpath("intents.toml").read_text("utf-8"))
        patterns = {name: [re.compile(p) for p in data[name]["patterns"]] for name in INTENT_ORDER}
        examples = {name: list(data[name].get("examples", [])) for name in INTENT_ORDER}
        return cls(embedder, patterns, examples)

    def classify(self, normalized: str) -> Intent:
        hits = [name for name in INTENT_ORDER if any(p.search(normalized) for p in self.patterns[name])]
        if hits:
            also = tuple(h for h in hits[1:] if h in FACT_INTENTS and hits[0] in FACT_INTENTS)[:1]
            return Intent(hits[0], also)
        if self.embedder is not None and _QUESTION.search(normalized):
            return self._by_meaning(normalized)
        return Intent("chitchat" if normalized else "other", how="none")

    def prepare(self) -> None:
        """Embed the examples now rather than on the first viewer's question."""
        if self.embedder is not None and self._example_vectors is None:
            texts = [(name, text) for name in INTENT_ORDER for text in self.examples[name]]
            vectors = self.embedder.embed([text for _, text in texts])
            self._example_vectors = (vectors, [name for name, _ in texts])

    def _by_meaning(self, normalized: str) -> Intent:
        assert self.embedder is not None
        self.prepare()
        assert self._example_vectors is not None
        vectors, names = self._example_vectors
        scores = vectors @ self.embedder.embed([normalized])[0]
        best: dict[str, float] = {}
        for name, score in zip(names, scores, strict=True):
            best[name] = max(best.get(name, -1.0), float(score))
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        top, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else -1.0
        if score >= MIN_SIMILARITY and score - runner_up >= MIN_MARGIN:
            return Intent(top, how="meaning", similarity=round(score, 3))
        return Intent("other", how="none", similarity=round(score, 3))
