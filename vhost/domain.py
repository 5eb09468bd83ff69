"""Pure data shared by every layer: products, catalogs and scripts.

Frozen dataclasses, no I/O. Money is Decimal so a price read from a file is spoken exactly as
written ("1299.90" never becomes 1299.9000000001). ``to_dict``/``from_dict`` give the stable JSON
shape used by the CLI, the store and (later) the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

LANGS = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Promotion:
    """A promotion with an optional window; ``price`` is the deal price while it runs."""

    text: str
    start: datetime | None = None
    end: datetime | None = None
    price: Decimal | None = None

    def is_active(self, now: datetime) -> bool:
        return (self.start is None or self.start <= now) and (self.end is None or now < self.end)

    def is_upcoming(self, now: datetime) -> bool:
        return self.start is not None and now < self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "price": str(self.price) if self.price is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Promotion:
        return cls(
            text=data["text"],
            start=datetime.fromisoformat(data["start"]) if data.get("start") else None,
            end=datetime.fromisoformat(data["end"]) if data.get("end") else None,
            price=Decimal(data["price"]) if data.get("price") is not None else None,
        )


@dataclass(frozen=True, slots=True)
class FaqPair:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class Variant:
    """One buyable version of a product: a colour, a size, a capacity, or a mix of them.

    ``options`` are (name, value) pairs in the product's language, e.g. (("颜色", "红色"),
    ("尺码", "L")). Each variant has its own price and stock; the product's own price, original
    price and stock are derived from its variants (see ``with_variants``).
    """

    options: tuple[tuple[str, str], ...]
    price: Decimal
    original_price: Decimal | None = None
    stock: int | None = None
    sku: str | None = None
    image: str | None = None

    @property
    def sold_out(self) -> bool:
        return self.stock == 0

    def value(self, name: str) -> str | None:
        return next((v for n, v in self.options if n == name), None)

    def label(self, separator: str = " / ") -> str:
        """The variant as a viewer names it: "红色 / L"."""
        return separator.join(value for _, value in self.options)

    def to_dict(self) -> dict[str, Any]:
        return {
            "options": dict(self.options),
            "price": str(self.price),
            "original_price": str(self.original_price) if self.original_price is not None else None,
            "stock": self.stock,
            "sku": self.sku,
            "image": self.image,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Variant:
        options = data.get("options") or {}
        pairs = options.items() if isinstance(options, dict) else options
        return cls(
            options=tuple((str(k), str(v)) for k, v in pairs),
            price=Decimal(data["price"]),
            original_price=(
                Decimal(data["original_price"]) if data.get("original_price") is not None else None
            ),
            stock=data.get("stock"),
            sku=data.get("sku"),
            image=data.get("image"),
        )


@dataclass(frozen=True, slots=True)
class ProductText:
    """The words of a product in one language (a translation of the product's own text)."""

    title: str | None = None
    brand: str | None = None
    category: str | None = None
    description: str | None = None
    selling_points: tuple[str, ...] = ()
    specs: tuple[tuple[str, str], ...] = ()
    shipping: str | None = None
    faq: tuple[FaqPair, ...] = ()
    promotion_texts: tuple[str, ...] = ()
    # Option names and values in this language, by the product's own words ("颜色" → "Colour").
    option_words: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    title: str
    price: Decimal
    currency: str = "CNY"
    brand: str | None = None
    category: str | None = None
    description: str | None = None
    original_price: Decimal | None = None
    stock: int | None = None
    selling_points: tuple[str, ...] = ()
    specs: tuple[tuple[str, str], ...] = ()
    promotions: tuple[Promotion, ...] = ()
    shipping: str | None = None
    faq: tuple[FaqPair, ...] = ()
    images: tuple[str, ...] = ()
    lang: str = "zh"
    variants: tuple[Variant, ...] = ()
    translations: dict[str, ProductText] = field(default_factory=dict, hash=False, compare=False)

    def localized(self, lang: str) -> Product:
        """This product with its text in ``lang`` where a translation exists.

        Numbers (prices, stock, promotion windows) are never translated: they stay the
        catalog's own.
        """
        text = self.translations.get(lang)
        if lang == self.lang or text is None:
            return self
        promotions = self.promotions
        words = dict(text.option_words)
        variants = tuple(
            replace(v, options=tuple((words.get(n, n), words.get(x, x)) for n, x in v.options))
            for v in self.variants
        )
        if len(text.promotion_texts) == len(self.promotions):
            promotions = tuple(
                replace(p, text=t) for p, t in zip(self.promotions, text.promotion_texts, strict=True)
            )
        return replace(
            self,
            title=text.title or self.title,
            brand=text.brand or self.brand,
            category=text.category or self.category,
            description=text.description or self.description,
            selling_points=text.selling_points or self.selling_points,
            specs=text.specs or self.specs,
            shipping=text.shipping or self.shipping,
            faq=text.faq or self.faq,
            promotions=promotions,
            variants=variants,
            lang=lang,
        )

    # -- variants ----------------------------------------------------------------------------

    def with_variants(self, variants: tuple[Variant, ...]) -> Product:
        """This product with ``variants``, its price, original price and stock derived from them:
        the price is the lowest price of a variant still in stock (what "from 89 yuan" says: a
        sold-out variant's price is never offered), the original price that variant's, and the
        stock their sum when every variant's stock is known."""
        if not variants:
            return replace(self, variants=())
        cheapest = min(_buyable(variants), key=lambda v: v.price)
        stocks = [v.stock for v in variants]
        return replace(
            self,
            variants=variants,
            price=cheapest.price,
            original_price=cheapest.original_price,
            stock=None if any(s is None for s in stocks) else sum(s for s in stocks if s is not None),
        )

    def option_names(self) -> tuple[str, ...]:
        """The variants' option names in first-seen order ("颜色", "尺码")."""
        names: dict[str, None] = {}
        for variant in self.variants:
            names.update((n, None) for n, _ in variant.options)
        return tuple(names)

    def option_values(self, name: str, *, available: bool = False) -> tuple[str, ...]:
        """The values of option ``name`` in first-seen order; ``available``: only those some
        variant not sold out still has."""
        values: dict[str, None] = {}
        for variant in self.variants:
            value = variant.value(name)
            if value is not None and not (available and variant.sold_out):
                values[value] = None
        return tuple(values)

    def price_range(self) -> tuple[Decimal, Decimal]:
        """The lowest and highest price a viewer can pay now (the same twice without variants);
        sold-out variants do not count unless all are sold out."""
        if not self.variants:
            return self.price, self.price
        prices = [v.price for v in _buyable(self.variants)]
        return min(prices), max(prices)

    def has_text_in(self, lang: str) -> bool:
        return lang == self.lang or lang in self.translations

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "brand": self.brand,
            "category": self.category,
            "description": self.description,
            "price": str(self.price),
            "original_price": str(self.original_price) if self.original_price is not None else None,
            "currency": self.currency,
            "stock": self.stock,
            "selling_points": list(self.selling_points),
            "specs": [list(kv) for kv in self.specs],
            "promotions": [p.to_dict() for p in self.promotions],
            "shipping": self.shipping,
            "faq": [{"q": f.question, "a": f.answer} for f in self.faq],
            "images": list(self.images),
            "lang": self.lang,
            "variants": [v.to_dict() for v in self.variants],
            "i18n": {lang: _text_to_dict(t) for lang, t in self.translations.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Product:
        return cls(
            id=data["id"],
            title=data["title"],
            brand=data.get("brand"),
            category=data.get("category"),
            description=data.get("description"),
            price=Decimal(data["price"]),
            original_price=(
                Decimal(data["original_price"]) if data.get("original_price") is not None else None
            ),
            currency=data.get("currency", "CNY"),
            stock=data.get("stock"),
            selling_points=tuple(data.get("selling_points", ())),
            specs=tuple((k, v) for k, v in data.get("specs", ())),
            promotions=tuple(Promotion.from_dict(p) for p in data.get("promotions", ())),
            shipping=data.get("shipping"),
            faq=tuple(FaqPair(f["q"], f["a"]) for f in data.get("faq", ())),
            images=tuple(data.get("images", ())),
            lang=data.get("lang", "zh"),
            variants=tuple(Variant.from_dict(v) for v in data.get("variants", ())),
            translations={lang: _text_from_dict(t) for lang, t in (data.get("i18n") or {}).items()},
        )


def _buyable(variants: tuple[Variant, ...]) -> tuple[Variant, ...]:
    """The variants a viewer can buy, or all of them when every one is sold out."""
    return tuple(v for v in variants if not v.sold_out) or variants


def _text_to_dict(text: ProductText) -> dict[str, Any]:
    return {
        "title": text.title,
        "brand": text.brand,
        "category": text.category,
        "description": text.description,
        "selling_points": list(text.selling_points),
        "specs": [list(kv) for kv in text.specs],
        "shipping": text.shipping,
        "faq": [{"q": f.question, "a": f.answer} for f in text.faq],
        "promotions": list(text.promotion_texts),
        "options": dict(text.option_words),
    }


def _text_from_dict(data: dict[str, Any]) -> ProductText:
    return ProductText(
        title=data.get("title"),
        brand=data.get("brand"),
        category=data.get("category"),
        description=data.get("description"),
        selling_points=tuple(data.get("selling_points", ())),
        specs=tuple((k, v) for k, v in data.get("specs", ())),
        shipping=data.get("shipping"),
        faq=tuple(FaqPair(f["q"], f["a"]) for f in data.get("faq", ())),
        promotion_texts=tuple(data.get("promotions", ())),
        option_words=tuple((str(k), str(v)) for k, v in (data.get("options") or {}).items()),
    )


@dataclass(frozen=True, slots=True)
class Catalog:
    products: tuple[Product, ...]
    shop_name: str | None = None
    source: str | None = None

    def product(self, product_id: str) -> Product | None:
        return next((p for p in self.products if p.id == product_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "shop": self.shop_name,
            "source": self.source,
            "products": [p.to_dict() for p in self.products],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalog:
        return cls(
            products=tuple(Product.from_dict(p) for p in data["products"]),
            shop_name=data.get("shop"),
            source=data.get("source"),
        )


class SegmentKind(StrEnum):
    """The parts of a product's sales pitch, in the order a host speaks them."""

    OPENING = "opening"
    INTRO = "intro"
    SELLING_POINTS = "selling_points"
    SPECS = "specs"
    PRICE = "price"
    FAQ = "faq"
    CALL_TO_ACTION = "call_to_action"
    TRANSITION = "transition"


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence or two the host speaks in one breath.

    ``countdown_end`` is set when the line announces time left on a promotion, so whoever
    speaks it later can refresh the figure instead of saying a stale one. ``expires`` is when
    the line stops being true (the promotion it mentions ends, or the one it announces starts):
    a show must not speak it after that.
    """

    text: str
    template: str | None = None
    countdown_end: datetime | None = None
    expires: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.template:
            data["template"] = self.template
        if self.countdown_end:
            data["countdown_end"] = self.countdown_end.isoformat()
        if self.expires:
            data["expires"] = self.expires.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Line:
        end, expires = data.get("countdown_end"), data.get("expires")
        return cls(
            text=data["text"],
            template=data.get("template"),
            countdown_end=datetime.fromisoformat(end) if end else None,
            expires=datetime.fromisoformat(expires) if expires else None,
        )


@dataclass(frozen=True, slots=True)
class Segment:
    product_id: str | None
    kind: SegmentKind
    lines: tuple[Line, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "kind": self.kind.value,
            "lines": [line.to_dict() for line in self.lines],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        return cls(
            product_id=data.get("product_id"),
            kind=SegmentKind(data["kind"]),
            lines=tuple(Line.from_dict(line) for line in data["lines"]),
        )


@dataclass(frozen=True, slots=True)
class ComplianceChange:
    """One rewrite or drop the compliance filter made, for the operator's report."""

    rule_id: str
    reason: str
    original: str
    replacement: str | None  # None: the sentence was dropped

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "reason": self.reason,
            "original": self.original,
            "replacement": self.replacement,
        }


@dataclass(frozen=True, slots=True)
class Script:
    lang: str
    segments: tuple[Segment, ...]
    seed: int = 0
    loop: int = 0
    generated_at: datetime | None = None
    compliance_changes: tuple[ComplianceChange, ...] = ()
    notes: tuple[str, ...] = ()  # things the operator should know (e.g. a missing translation)

    def lines(self) -> list[Line]:
        return [line for seg in self.segments for line in seg.lines]

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "seed": self.seed,
            "loop": self.loop,
            "generated_at": self.generated_at.isoformat() if self.generated_at else None,
            "segments": [s.to_dict() for s in self.segments],
            "compliance_changes": [c.to_dict() for c in self.compliance_changes],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Script:
        generated = data.get("generated_at")
        return cls(
            lang=data["lang"],
            seed=data.get("seed", 0),
            loop=data.get("loop", 0),
            generated_at=datetime.fromisoformat(generated) if generated else None,
            segments=tuple(Segment.from_dict(s) for s in data["segments"]),
            compliance_changes=tuple(
                ComplianceChange(c["rule"], c["reason"], c["original"], c["replacement"])
                for c in data.get("compliance_changes", ())
            ),
            notes=tuple(data.get("notes", ())),
        )


@dataclass(frozen=True, slots=True)
class ShowLine:
    """One line as the show speaks it, with the product on screen while it is said.

    kind "script" is the sales script, "answer" a reply to a viewer (or the operator's "say
    now"), "pause" a quiet moment of `pause` seconds with idle motion. A line with priority > 0
    goes ahead of the script at the next sentence boundary.
    """

    text: str
    product: Product | None
    position: Any = None  # where the show was when this line was chosen (to resume there)
    kind: str = "script"
    priority: int = 0
    expires: datetime | None = None  # not to be spoken from this moment on
    pause: float = 0.0
    question: str | None = None  # the viewer's words an answer replies to
    reply_to: str | None = None  # the chat message's id (to time the answer from the comment)


class ChatKind(StrEnum):
    COMMENT = "comment"
    GIFT = "gift"
    LIKE = "like"
    FOLLOW = "follow"
    ORDER = "order"  # a purchase the platform shows in chat ("小明 下单了"): thanked on air
    ENTER = "enter"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One thing a viewer did in chat: a comment, or a gift, like, follow or entry."""

    text: str
    user_id: str = ""
    name: str = ""
    platform: str = "replay"
    kind: ChatKind = ChatKind.COMMENT
    time: datetime | None = None
    id: str = ""


class ChatAction(StrEnum):
    SPEAK = "speak"  # answer on air
    IGNORE = "ignore"  # nothing to say (chit-chat, a repeat, a flood)
    MODERATE = "moderate"  # abuse, ads, personal data, manipulation: logged, never echoed


@dataclass(frozen=True, slots=True)
class ChatDecision:
    """What vhost does about one chat message, and why."""

    message: ChatMessage
    action: ChatAction
    intent: str
    product_id: str | None = None
    reply: str | None = None
    priority: int = 0  # the director's answer priority (higher is sooner)
    reason: str = ""  # why it was ignored or moderated, or which facts the reply used
    sentiment: float | None = None  # 0 (negative) … 1 (positive), for analytics
    latency_ms: float = 0.0
