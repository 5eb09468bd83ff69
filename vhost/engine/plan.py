"""ShowPlan: how the director runs a show over a catalog (order, airtime, hero, pacing).

A plan is optional: without one the products come in catalog order with equal airtime. A plan
file is JSON, for example::

    {"order": ["p3", "p1"], "weights": {"p1": 2, "p7": 0}, "hero": "p3", "hero_every": 3,
     "seconds_per_product": 90, "pause_between": 1.5, "interlude_every": 4}

weights: relative airtime (2 = twice as often; 0 = never presented, still answerable in chat).
Products missing from "order" follow it in catalog order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vhost.domain import Catalog
from vhost.errors import ScriptError
from vhost.messages import QT_TRANSLATE_NOOP, Message

_THE_PLAN = Message(QT_TRANSLATE_NOOP("vhost", "the show plan"))  # a plan that is not a file

_FIELDS = {
    "order",
    "weights",
    "hero",
    "hero_every",
    "seconds_per_product",
    "pause_between",
    "interlude_every",
}


@dataclass(frozen=True)
class ShowPlan:
    order: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)
    hero: str | None = None  # the pinned product: it comes back after every `hero_every` others
    hero_every: int = 3
    seconds_per_product: float | None = None  # a presentation is trimmed to about this long
    pause_between: float = 1.5  # seconds of quiet (idle motion) between two products
    interlude_every: int = 4  # every this many products, a short word to the viewers; 0 = never

    @classmethod
    def load(cls, path: Path) -> ShowPlan:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "The show plan {path} does not exist; check the path."),
                    path=path,
                )
            ) from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "The show plan {path} is not readable JSON ({reason}); fix the file."
                    ),
                    path=path,
                    reason=exc,
                )
            ) from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = _THE_PLAN) -> ShowPlan:
        if not isinstance(data, dict):
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "{source} must be a JSON object such as {example}."),
                    source=source,
                    example='{"hero": "p1"}',
                )
            )
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{source} has an unknown field {field}; the fields are {fields}."
                    ),
                    source=source,
                    field=repr(unknown[0]),
                    fields=", ".join(sorted(_FIELDS)),
                )
            )
        try:
            plan = cls(
                order=tuple(str(pid) for pid in data.get("order", ())),
                weights={str(k): float(v) for k, v in (data.get("weights") or {}).items()},
                hero=str(data["hero"]) if data.get("hero") is not None else None,
                hero_every=int(data.get("hero_every", 3)),
                seconds_per_product=(
                    float(data["seconds_per_product"])
                    if data.get("seconds_per_product") is not None
                    else None
                ),
                pause_between=float(data.get("pause_between", 1.5)),
                interlude_every=int(data.get("interlude_every", 4)),
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{source} has a value of the wrong kind ({reason}); see `vhost live --help`."
                    ),
                    source=source,
                    reason=exc,
                )
            ) from exc
        if any(w < 0 for w in plan.weights.values()):
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "{source}: weights must be 0 or more (0 keeps a product off the show)."
                    ),
                    source=source,
                )
            )
        if plan.hero_every < 1 or plan.interlude_every < 0 or plan.pause_between < 0:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{source}: hero_every must be 1 or more, interlude_every and pause_between 0"
                        " or more.",
                    ),
                    source=source,
                )
            )
        if plan.seconds_per_product is not None and plan.seconds_per_product <= 0:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "{source}: seconds_per_product must be more than 0."),
                    source=source,
                )
            )
        return plan

    def to_dict(self) -> dict[str, Any]:
        """The plan as its JSON file holds it (`from_dict` reads it back)."""
        return {
            "order": list(self.order),
            "weights": dict(self.weights),
            "hero": self.hero,
            "hero_every": self.hero_every,
            "seconds_per_product": self.seconds_per_product,
            "pause_between": self.pause_between,
            "interlude_every": self.interlude_every,
        }

    def with_overrides(self, hero: str | None = None, seconds_per_product: float | None = None) -> ShowPlan:
        """The plan with command-line choices on top."""
        plan = self
        if hero is not None:
            plan = replace(plan, hero=hero)
        if seconds_per_product is not None:
            if seconds_per_product <= 0:
                raise ScriptError("--seconds-per-product must be more than 0.")
            plan = replace(plan, seconds_per_product=seconds_per_product)
        return plan

    def check(self, catalog: Catalog) -> None:
        """Every product the plan names must be in the catalog, and something must be on air."""
        known = {product.id for product in catalog.products}
        named = [*self.order, *self.weights, *([self.hero] if self.hero else [])]
        missing = [pid for pid in named if pid not in known]
        if missing:
            some = ", ".join(sorted(known)[:8])
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The show plan names the product {product}, which is not in the catalog (its ids"
                        " include {ids}); fix the plan or the catalog.",
                    ),
                    product=repr(missing[0]),
                    ids=some,
                )
            )
        if not any(self.weight(pid) > 0 for pid in known) and self.hero is None:
            raise ScriptError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The show plan gives every product weight 0; give at least one a weight above 0.",
                    )
                )
            )

    def weight(self, product_id: str) -> float:
        return self.weights.get(product_id, 1.0)

    def ordered(self, catalog: Catalog) -> list[str]:
        """Product ids in presentation order: the plan's order, then the rest as in the catalog."""
        ids = [product.id for product in catalog.products]
        first = [pid for pid in self.order if pid in ids]
        return first + [pid for pid in ids if pid not in first]
