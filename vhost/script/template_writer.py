"""The embedded script writer: phrase-bank templates filled with catalog facts.

Per product it speaks, in order: intro, selling points, specs, price and promotion (with the
catalog's own figures and a countdown to the promotion's end), FAQ, a call to action and a
transition to the next product; a loop over the catalog opens with a greeting. Templates
contain no digits, so every number in a line is a catalog figure or one computed from them
(saving = original − price, time left = promotion end − now).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from vhost.domain import (
    LANGS,
    Catalog,
    ComplianceChange,
    Line,
    Product,
    Script,
    Segment,
    SegmentKind,
)
from vhost.errors import ScriptError
from vhost.script import formatting as fmt
from vhost.script import variants
from vhost.script.compliance import ComplianceFilter
from vhost.script.phrase_bank import PhraseBank

MAX_POINTS = 4  # selling points per loop; the rest rotate in on later loops
MAX_SPECS = 4
MAX_FAQ = 2
LOW_STOCK = 50  # below this the host mentions the exact count
UPCOMING_WINDOW = timedelta(days=7)  # announce promotions that start within a week
DESCRIPTION_CHARS = 80


class TemplateWriter:
    def __init__(self, compliance: ComplianceFilter):
        self.compliance = compliance
        self._banks: dict[str, PhraseBank] = {}

    def write(
        self,
        catalog: Catalog,
        lang: str,
        *,
        loop: int = 0,
        seed: int = 0,
        now: datetime | None = None,
        product_ids: Sequence[str] | None = None,
    ) -> Script:
        if lang not in LANGS:
            raise ScriptError(f"'{lang}' is not a script language; use zh or en.")
        now = now or datetime.now()
        products = list(catalog.products)
        if product_ids:
            missing = [pid for pid in product_ids if catalog.product(pid) is None]
            if missing:
                known = ", ".join(p.id for p in products[:8])
                raise ScriptError(
                    f"No product has the id {missing[0]!r}; ids in this catalog include {known}."
                )
            products = [p for p in products if p.id in set(product_ids)]
        pass_ = _Pass(self._bank(lang), self.compliance, lang, loop, seed, now)
        if not product_ids:
            pass_.opening(products, catalog.shop_name)
        for index, product in enumerate(products):
            following = products[(index + 1) % len(products)] if len(products) > 1 else None
            pass_.product(product, following)
        return Script(lang, tuple(pass_.segments), seed, loop, now, tuple(pass_.changes), tuple(pass_.notes))

    def opening(
        self,
        catalog: Catalog,
        lang: str,
        *,
        loop: int = 0,
        seed: int = 0,
        now: datetime | None = None,
        coming: Sequence[str] = (),
    ) -> tuple[Line, ...]:
        """Only the greeting and agenda that open a pass over the catalog; the agenda names the
        products in ``coming`` (ids, the next ones to be presented) or else the first two."""
        pass_ = _Pass(self._bank(lang), self.compliance, lang, loop, seed, now or datetime.now())
        named = [p for pid in coming if (p := catalog.product(pid)) is not None]
        pass_.opening(named or list(catalog.products), catalog.shop_name)
        return tuple(line for segment in pass_.segments for line in segment.lines)

    def disclosure(self, lang: str, *, count: int = 0) -> str:
        from vhost.script.disclosure import disclosure

        return disclosure(lang, count)

    def interlude(self, lang: str, *, draw: int = 0, seed: int = 0) -> Line | None:
        """A short word to the viewers between two products (follow, like, ask in chat)."""
        pass_ = _Pass(self._bank(lang), self.compliance, lang, draw, seed, datetime.now())
        return pass_.line("interlude", "interlude")

    def _bank(self, lang: str) -> PhraseBank:
        if lang not in self._banks:
            self._banks[lang] = PhraseBank.load(lang)
        return self._banks[lang]


class _Pass:
    """One loop's worth of writing: accumulates segments, compliance changes and notes."""

    def __init__(
        self, bank: PhraseBank, compliance: ComplianceFilter, lang: str, loop: int, seed: int, now: datetime
    ):
        self.bank, self.compliance, self.lang = bank, compliance, lang
        self.loop, self.seed, self.now = loop, seed, now
        self.segments: list[Segment] = []
        self.changes: list[ComplianceChange] = []
        self.notes: list[str] = []

    # -- building blocks -----------------------------------------------------------------

    def line(
        self,
        slot: str,
        key: str,
        countdown_end: datetime | None = None,
        turn: tuple[int, int] = (0, 1),
        expires: datetime | None = None,
        **values: str,
    ) -> Line | None:
        """Render ``slot``; ``turn`` = (index, count) when one slot is used several times in
        a row (selling points, FAQ), so those lines draw different templates."""
        index, count = turn
        draw = self.loop * count + index
        rendered = self.bank.render(slot, values, key, draw, self.seed)
        if rendered is None:
            return None
        filtered = self.compliance.apply(rendered.text, self.lang)
        self.changes.extend(filtered.changes)
        if filtered.text is None:
            return None
        return Line(filtered.text, rendered.template_id, countdown_end, expires)

    def segment(self, product_id: str | None, kind: SegmentKind, lines: list[Line | None]) -> None:
        kept = tuple(line for line in lines if line is not None)
        if kept:
            self.segments.append(Segment(product_id, kind, kept))

    def money(self, amount: Decimal, product: Product) -> str:
        return fmt.money(amount, product.currency, self.lang)

    # -- the parts of a show ---------------------------------------------------------------

    def opening(self, products: list[Product], shop: str | None) -> None:
        titles = [self.text(p.localized(self.lang).title) for p in products[:2]]
        if self.lang == "en" and shop and _CJK.search(shop):
            shop = None  # "Welcome to the 小鹿优选 live stream" helps no English viewer
        self.segment(
            None,
            SegmentKind.OPENING,
            [
                self.line("greet", "opening", shop=self.text(shop or "")),
                self.line(
                    "agenda",
                    "opening",
                    first_title=titles[0],
                    second_title=titles[1] if len(titles) > 1 else "",
                ),
            ],
        )

    def product(self, original: Product, following: Product | None) -> None:
        if not original.has_text_in(self.lang):
            self.notes.append(
                f"product {original.id} has no {_LANG_NAME[self.lang]} text, so its"
                f" {_LANG_NAME[original.lang]} title and details are used as written."
            )
        p = original.localized(self.lang)
        key, title = p.id, self.text(p.title)
        description = fmt.first_sentences(self.text(p.description or ""), DESCRIPTION_CHARS)
        self.segment(
            p.id,
            SegmentKind.INTRO,
            [
                self.line(
                    "intro",
                    key,
                    title=title,
                    brand=self.text(p.brand or ""),
                    category=self.text(p.category or ""),
                ),
                self.line("describe", key, description=fmt.strip_end_punctuation(description)),
            ],
        )
        self.selling_points(p)
        self.specs(p)
        self.price(p)
        self.faq(p)
        sold_out = p.stock == 0
        self.segment(
            p.id,
            SegmentKind.CALL_TO_ACTION,
            [
                self.line("call_to_action_sold_out" if sold_out else "call_to_action", key),
            ],
        )
        if following is not None:
            next_title = self.text(following.localized(self.lang).title)
            self.segment(
                p.id,
                SegmentKind.TRANSITION,
                [
                    self.line("transition", key, title=title, next_title=next_title),
                ],
            )

    def selling_points(self, p: Product) -> None:
        points = _rotate([self.text(s) for s in p.selling_points], self.loop)[:MAX_POINTS]
        lines = [
            self.line(
                "point_first" if i == 0 else "point_next",
                p.id,
                turn=(i, len(points)),
                point=fmt.strip_end_punctuation(point),
            )
            for i, point in enumerate(points)
        ]
        self.segment(p.id, SegmentKind.SELLING_POINTS, lines)

    def specs(self, p: Product) -> None:
        """The specs, then the options a viewer can still choose ("三种颜色")."""
        lines: list[Line | None] = []
        specs = _rotate(list(p.specs), self.loop)[:MAX_SPECS]
        if specs:
            if self.lang == "zh":
                joined = "，".join(f"{self.text(k)}是{self.text(v)}" for k, v in specs)
            else:
                joined = ", ".join(f"{self.text(k)} {self.text(v)}" for k, v in specs)
            lines.append(self.line("specs", p.id, specs=fmt.strip_end_punctuation(joined)))
        options = variants.options_text(p, self.lang)
        if options:
            lines.append(self.line("options", p.id, options=self.text(options)))
        self.segment(p.id, SegmentKind.SPECS, lines)

    def price(self, p: Product) -> None:
        key = p.id
        lines: list[Line | None] = []
        if p.stock == 0:
            lines.append(self.line("sold_out", key))
            self.segment(p.id, SegmentKind.PRICE, lines)
            return
        spread = variants.price_range(p)
        if spread is not None:
            lowest, highest = spread
            lines.append(
                self.line("price_range", key, low=self.money(lowest, p), high=self.money(highest, p))
            )
        elif p.original_price is not None and p.original_price > p.price:
            lines.append(
                self.line(
                    "price_with_original",
                    key,
                    price=self.money(p.price, p),
                    original=self.money(p.original_price, p),
                    saving=self.money(p.original_price - p.price, p),
                )
            )
        else:
            lines.append(self.line("price_plain", key, price=self.money(p.price, p)))
        lines.extend(self.promotions(p))
        if p.stock is not None:
            low = p.stock <= LOW_STOCK
            lines.append(self.line("stock_low" if low else "stock_ok", key, stock=str(p.stock)))
        if p.shipping:
            lines.append(
                self.line("shipping", key, shipping=fmt.strip_end_punctuation(self.text(p.shipping)))
            )
        self.segment(p.id, SegmentKind.PRICE, lines)

    def promotions(self, p: Product) -> list[Line | None]:
        lines: list[Line | None] = []
        active = [promo for promo in p.promotions if promo.is_active(self.now)]
        upcoming = [
            promo
            for promo in p.promotions
            if promo.is_upcoming(self.now)
            and promo.start is not None
            and promo.start - self.now <= UPCOMING_WINDOW
        ]
        for i, promo in enumerate(active):
            key, until = f"{p.id}/promo{i}", promo.end  # none of these is true after the end
            text = fmt.strip_end_punctuation(self.text(promo.text))
            lines.append(self.line("promotion", key, promo=text, expires=until))
            if promo.price is not None:
                lines.append(
                    self.line("promotion_price", key, expires=until, deal_price=self.money(promo.price, p))
                )
            if promo.end is not None:
                left = fmt.time_left(promo.end, self.now, self.lang)
                if left and promo.end - self.now < timedelta(days=1):
                    lines.append(
                        self.line("time_left", key, countdown_end=promo.end, expires=until, time_left=left)
                    )
                elif left:
                    lines.append(
                        self.line("ends_at", key, expires=until, end_time=fmt.moment(promo.end, self.lang))
                    )
        for i, promo in enumerate(upcoming[:1]):
            assert promo.start is not None
            lines.append(
                self.line(
                    "upcoming",
                    f"{p.id}/soon{i}",
                    start_time=fmt.moment(promo.start, self.lang),
                    promo=fmt.strip_end_punctuation(self.text(promo.text)),
                    expires=promo.start,
                )
            )
        return lines

    def faq(self, p: Product) -> None:
        pairs = _rotate(list(p.faq), self.loop)[:MAX_FAQ]
        self.segment(
            p.id,
            SegmentKind.FAQ,
            [
                self.line(
                    "faq",
                    p.id,
                    turn=(i, len(pairs)),
                    question=fmt.as_question(self.text(pair.question), self.lang),
                    answer=fmt.as_statement(self.text(pair.answer), self.lang),
                )
                for i, pair in enumerate(pairs)
            ],
        )

    @staticmethod
    def text(value: str) -> str:
        return fmt.speakable(value)


_LANG_NAME = {"zh": "Chinese", "en": "English"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


T = TypeVar("T")


def _rotate(items: list[T], loop: int) -> list[T]:
    """The list started at a different item each loop, so every item gets airtime."""
    if not items:
        return items
    start = loop % len(items)
    return items[start:] + items[:start]
