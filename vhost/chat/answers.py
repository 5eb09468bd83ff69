"""Grounded answers: every fact comes from the catalog (price, deal, stock, shipping, specs,
FAQ); what the catalog does not say is said to be unknown. Wording comes from the chat
phrase banks (no digits in any template), so a number on air is always the catalog's own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

import numpy as np

from vhost.chat.grounding import concepts_of, content_terms, covers, ground, region_answer
from vhost.chat.grounding import name_terms as _name_terms
from vhost.chat.meaning import Embedder
from vhost.chat.variant_answers import variant_reply
from vhost.domain import FaqPair, Product, Promotion
from vhost.script import formatting as fmt
from vhost.script import variants
from vhost.script.phrase_bank import PhraseBank

_CJK = re.compile(r"[\u4e00-\u9fff]")
LOW_STOCK = 50  # below this the answer gives the exact count (as the script does)
FAQ_SIMILARITY = 0.9  # meaning match to a FAQ question
FAQ_OVERLAP = 0.5  # or this share of the FAQ question's character pairs
FAQ_INTENTS = ("size", "material", "shipping", "other", "stock")  # questions a FAQ entry may settle
# The questions most asked about whatever is on screen, whose answers depend only on the catalog
# (and the running deal): drafted ahead, so the engine can make their sound before anyone asks.
# Only the two most asked: each drafted answer costs the CPU about a second per 2 s of speech
# whether asked or not, and four per product shown (stock and how to buy too) were a sixth of
# all the speech a 10-minute show made, mostly never said; any other answer's first words
# follow its lead at once anyway.
LIKELY_INTENTS = ("price", "shipping")
_BUDGET = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:元|块|rmb|yuan|\$)?\s*(?:以内|以下|之内|左右|内)"
    r"|(?:under|below|less than|up to|within)\s*\$?\s*(\d+)"
)
_ASKS_END = re.compile(
    r"结束|截止|到什么时候|到几号|到哪天|还有多久|多久|几点"
    r"|when\b.*\b(?:end|over|finish|stop)|until|how long",
    re.IGNORECASE,
)
# A question for one figure (a weight, where it is made, how long it lasts…): when no spec gives
# it, the answer is "let me check", not the other specs.
_FIGURE_ASKED = re.compile(
    r"多重|几克|重量|产地|哪里产|哪产|保质期|保修|续航|多久|how heavy|weigh|made in|where .*made|shelf life"
    r"|warranty|battery"
)
# Words a viewer uses for a spec, by the words a catalog uses as the spec's name.
_SPEC_WORDS = {
    "容量": ("容量", "多大", "装多少", "毫升", "ml"),
    "重量": ("重量", "多重", "重不重", "几克", "克"),
    "尺寸": ("尺寸", "多大", "大小", "多长", "多宽", "多高", "几米", "规格"),
    "尺码": ("尺码", "什么码", "几码", "多大码", "码数"),
    "颜色": ("颜色", "什么色", "几个色", "几种颜色", "色"),
    "材质": ("材质", "材料", "什么做的"),
    "面料": ("面料", "材质", "什么料"),
    "capacity": ("capacity", "how big", "how much does it hold", "ml"),
    "weight": ("weight", "weigh", "how heavy"),
    "size": ("size", "dimensions", "how big", "measurements"),
    "colours": ("colour", "color", "colors", "colours"),
    "material": ("material", "made of"),
    "fabric": ("fabric", "material", "made of"),
    "支数": ("几支", "支数", "多少支"),
    "件数": ("几件", "件数"),
    "净含量": ("多少克", "几克", "净含量", "多少g", "多重", "多少毫升"),
    "产地": ("产地", "哪里产", "哪产", "哪里的", "哪儿产"),
    "蓝牙版本": ("蓝牙",),
    "续航": ("续航", "用多久", "电池"),
    "防水等级": ("防水", "进水"),
    "保质期": ("保质期", "放多久", "能放多久"),
    "烘焙度": ("烘焙", "深烘", "浅烘"),
    "适合肤质": ("肤质", "干皮", "油皮", "敏感肌"),
    "yarn count": ("thread count", "yarn"),
    "pieces": ("pieces", "how many in"),
    "net weight": ("how many grams", "net weight", "how much coffee"),
    "origin": ("where is it from", "where does it come from", "origin", "grown"),
    "made in": ("where is", "made in", "where was"),
    "bluetooth": ("bluetooth",),
    "battery": ("battery", "last on a charge", "how long does it last"),
    "water resistance": ("waterproof", "water resistant", "sweat"),
    "shelf life": ("shelf life", "how long does it keep", "expire"),
    "roast": ("roast",),
    "skin type": ("skin type", "dry skin", "oily skin", "sensitive skin"),
    "sizes": ("sizes", "what size"),
    "fill": ("fill", "down"),
}


@dataclass(frozen=True)
class Reply:
    text: str
    facts: str  # which catalog facts it used ("price", "faq:2", "unknown"...), for the log


class Answerer:
    def __init__(self, lang: str, embedder: Embedder | None = None, seed: int = 0) -> None:
        self.lang = lang
        self.bank = PhraseBank.load(lang, "vhost.chat")
        self.embedder = embedder
        self.seed = seed
        self._turns: Counter[str] = Counter()  # per slot, so the same question is worded afresh
        self._drafts: dict[tuple[str, str, tuple[str, ...]], Reply] = {}  # see draft()

    def prepare(self, products: list[Product]) -> None:
        """Embed the catalog's FAQ questions, selling points and descriptions now, so a
        viewer's question costs one embedding of its own."""
        if self.embedder is None:
            return
        self.embedder.embed([pair.question for p in products for pair in p.faq] or ["?"])
        self.embedder.embed([point for p in products for point in p.selling_points] or ["?"], query=False)
        self.embedder.embed([_passage(p) for p in products] or ["?"], query=False)

    # ---- wording -------------------------------------------------------------------------
    def say(self, slot: str, **values: str) -> str | None:
        self._turns[slot] += 1
        rendered = self.bank.render(slot, values, slot, self._turns[slot], self.seed)
        return rendered.text if rendered else None

    def leads(self) -> list[str]:
        """The short openings answers start with (the engine prepares their sound ahead)."""
        return list(self.bank.slots.get("lead", []))

    def with_lead(self, reply: Reply) -> Reply:
        """The reply opened with a short lead ("好的，" / "Sure,"), spoken while the rest is made."""
        if not reply.text or any(reply.text.startswith(lead.rstrip("，,: ")) for lead in self.leads()):
            return reply  # it opens with one already (an LLM's wording may)
        lead = self.say("lead")
        if not lead:
            return reply
        if self.lang == "zh":
            return Reply(lead + reply.text, reply.facts)
        rest = reply.text
        if len(rest) > 1 and rest[1].islower():  # "The bottle…" → "Sure, the bottle…"
            rest = rest[0].lower() + rest[1:]
        return Reply(f"{lead} {rest}", reply.facts)

    def money(self, amount: Decimal, product: Product) -> str:
        return fmt.money(amount, product.currency, self.lang)

    # ---- facts ----------------------------------------------------------------------------
    def draft(self, product: Product, now: datetime, number: int | None) -> list[Reply]:
        """The replies to the questions viewers most often ask about `product` (price and
        shipping), worded now and kept (with their lead): when one is asked while the
        same facts hold, this very wording is given, so its sound can be made before anyone asks.
        Not the FAQ's: voicing every entry for every product shown took a quarter of the speech
        made in a show, mostly never said, and an answer's words now follow its lead at once."""
        drafts = []
        for intent in LIKELY_INTENTS:
            key = self._draft_key(intent, product, now)
            if key not in self._drafts:
                self._drafts[key] = self.with_lead(self._compose(intent, product, "", now, number))
            drafts.append(self._drafts[key])
        return drafts

    def forget_drafts(self) -> None:
        """The facts changed (a catalog edit): drafted wording may be out of date."""
        self._drafts.clear()

    def _draft_key(self, intent: str, product: Product, now: datetime) -> tuple[str, str, tuple[str, ...]]:
        running = tuple(p.text for p in product.promotions if p.is_active(now))  # the deal price
        return (product.id, intent, running)

    def answer(
        self,
        intent: str,
        product: Product,
        question: str,
        now: datetime,
        number: int | None,
        drafted: bool = True,
    ) -> Reply:
        """The reply to a fact question about `product` (localised to the answer's language).
        `drafted`: the drafted wording may be given (not for an answer's second fact: a draft
        opens with a lead)."""
        about_options = variant_reply(self.say, intent, product, question, now, self.lang)
        if about_options is not None:  # "L码还有吗": the option's own stock, not the product's
            return Reply(*about_options)
        faq = self.faq_match(product, question) if intent in FAQ_INTENTS else None
        key = self._draft_key(intent, product, now)
        if drafted and faq is None and key in self._drafts:
            return self._drafts.pop(key)
        return self._compose(intent, product, question, now, number, faq)

    def _compose(
        self,
        intent: str,
        product: Product,
        question: str,
        now: datetime,
        number: int | None,
        faq: tuple[int, FaqPair] | None = None,
    ) -> Reply:
        if faq is not None:
            index, pair = faq
            return Reply(
                self.say("faq", answer=fmt.strip_end_punctuation(fmt.speakable(pair.answer))) or "",
                f"faq:{index}",
            )
        title = _short_title(product)
        if intent == "price":
            return Reply(self._price(product, title, now), "price")
        if intent == "promotion":
            return self._promotion(product, title, now, question)
        if intent == "shipping":
            if region_answer(question, product.shipping) is False:  # "能发新疆吗": the terms do not say
                return self.check(title)
            if product.shipping:
                return Reply(
                    self.say("shipping", title=title, shipping=_clause(product.shipping)) or "", "shipping"
                )
            return Reply(self.say("shipping_unknown", title=title) or "", "unknown")
        if intent == "stock":
            return self._stock(product, title)
        if intent == "how_to_buy" and number is not None:
            return Reply(self.say("how_to_buy", title=title, number=str(number)) or "", "number")
        if intent in ("size", "material", "other"):
            return self._about(product, title, question, intent)
        return Reply(self.say("unknown", title=title) or "", "unknown")

    def check(self, title: str) -> Reply:
        """What the catalog does not say: the presenter will check (the operator sees it flagged
        and can answer it on air, into the product's FAQ) and never guesses."""
        return Reply(self.say("check", title=title) or "", "check")

    def current_price(self, product: Product, now: datetime) -> tuple[Decimal, Promotion | None]:
        deal = next((p for p in product.promotions if p.is_active(now) and p.price is not None), None)
        if deal is not None and deal.price is not None:
            return deal.price, deal
        return product.price, None

    def _price(self, product: Product, title: str, now: datetime) -> str:
        spread = variants.price_range(product)
        if spread is not None:  # it depends on the option: the range, never one variant's price
            low, high = (self.money(amount, product) for amount in spread)
            return self.say("price_range", title=title, low=low, high=high) or ""
        if product.original_price is not None and product.original_price > product.price:
            text = self.say(
                "price_with_original",
                title=title,
                price=self.money(product.price, product),
                original=self.money(product.original_price, product),
                saving=self.money(product.original_price - product.price, product),
            )
        else:
            text = self.say("price_plain", title=title, price=self.money(product.price, product))
        deal_price, deal = self.current_price(product, now)
        if deal is not None:
            text = (
                f"{text}{_gap(self.lang)}{self.say('deal_price', deal_price=self.money(deal_price, product))}"
            )
        return text or ""

    def _promotion(self, product: Product, title: str, now: datetime, question: str = "") -> Reply:
        """The running deal: what it is and its price; when it ends only if that was asked or is
        within a day (an answer says what was asked, briefly: the next viewer is waiting)."""
        active = [p for p in product.promotions if p.is_active(now)]
        if active:
            promo = active[0]
            ends = None
            if promo.end is not None:
                left = fmt.time_left(promo.end, now, self.lang)
                if left and promo.end - now < timedelta(days=1):
                    ends = self.say("promo_ends_in", time_left=left)
                elif left:
                    ends = self.say("promo_ends_at", end_time=fmt.moment(promo.end, self.lang))
            if ends and _ASKS_END.search(question):
                return Reply(ends, "promotion:end")
            parts = [self.say("promo_active", title=title, promo=_clause(promo.text))]
            if promo.price is not None:
                parts.append(self.say("deal_price", deal_price=self.money(promo.price, product)))
            if ends and promo.end is not None and promo.end - now < timedelta(days=1):
                parts.append(ends)
            return Reply(_join(parts, self.lang), "promotion")
        # an upcoming promotion has a start (`or now` only tells the type checker so)
        upcoming = sorted((p for p in product.promotions if p.is_upcoming(now)), key=lambda p: p.start or now)
        start = upcoming[0].start if upcoming else None
        if start is not None:
            promo = upcoming[0]
            text = self.say(
                "promo_upcoming",
                title=title,
                promo=_clause(promo.text),
                start_time=fmt.moment(start, self.lang),
            )
            return Reply(text or "", "promotion:upcoming")
        price, _ = self.current_price(product, now)
        return Reply(
            self.say("promo_none", title=title, price=self.money(price, product)) or "", "promotion:none"
        )

    def _stock(self, product: Product, title: str) -> Reply:
        if product.stock is None:
            return Reply(self.say("stock_unknown", title=title) or "", "unknown")
        if product.stock == 0:
            return Reply(self.say("sold_out", title=title) or "", "stock")
        if product.stock <= LOW_STOCK:
            return Reply(self.say("stock_low", title=title, stock=str(product.stock)) or "", "stock")
        return Reply(self.say("stock_ok", title=title) or "", "stock")

    def _about(self, product: Product, title: str, question: str, intent: str) -> Reply:
        """A question about the product itself: a spec it names, else a sentence of the
        product's own text that answers it (grounding.py), else "let me check"."""
        asked_number = re.search(r"\d", question) is not None  # "120斤穿什么码": not settled by a spec
        asked = concepts_of(content_terms(question))  # "is it heavy" asks for the weight
        figures = _measures(question)
        for name, value in product.specs:
            words = _SPEC_WORDS.get(name.lower(), ()) + (name.lower(),)
            # the spec names the very figure asked about ("1.8米的床能用吗": 尺寸 1.8米床)
            settled = bool(figures) and all(figure in value.lower() for figure in figures)
            if settled or any(word in question for word in words) or asked & concepts_of(content_terms(name)):
                if asked_number and not settled:
                    spec = _spec_list(replace(product, specs=((name, value),)), self.lang)
                    return Reply(self.say("spec_unknown", title=title, specs=spec) or "", f"spec:{name}")
                return Reply(
                    self.say("spec_one", title=title, spec_name=name, spec_value=value) or "", f"spec:{name}"
                )
        passage = ground(product, question, self.embedder)
        if passage is not None:
            return Reply(self.say("point", title=title, point=_clause(passage.text)) or "", passage.source)
        if _FIGURE_ASKED.search(question) or intent != "size" or not product.specs:
            return self.check(title)  # "杯子多重" with no weight in the catalog: never another figure
        # A size question the specs do not settle ("which size for 60 kg?") gets the specs.
        slot = "spec_unknown" if asked_number else "specs_all"
        return Reply(self.say(slot, title=title, specs=_spec_list(product, self.lang)) or "", "specs")

    def faq_match(self, product: Product, question: str):  # noqa: ANN202 - (index, FaqPair) or None
        """The FAQ entry that asks what the viewer asks. Figures must agree: "120斤" (a weight)
        never matches "身高120" (a height)."""
        names = _name_terms(product)
        asked = content_terms(question, names)
        pairs = [
            (i, pair)
            for i, pair in enumerate(product.faq)
            if _same_figures(question, pair.question.lower())
            # "can it hold boiling water" is not "can it hold fizzy drinks": in English a word of
            # substance must be shared, not only the frame (Chinese overlap is by characters).
            and (
                _CJK.search(question) is not None
                or not asked
                or any(covers(asked, pair.question.lower(), names, half) for half in (False, True))
            )
        ]
        if not pairs:
            return None
        # A FAQ question that asks about the same things ("soda" and "fizzy drinks": a concept of
        # concepts.toml) is the one, whatever its wording; among several the meaning model picks.
        same = [(i, pair) for i, pair in pairs if asked and covers(asked, pair.question.lower(), names)]
        if len(same) == 1 or (same and self.embedder is None):
            return same[0]
        if same and self.embedder is not None:
            vectors = self.embedder.embed([pair.question for _, pair in same])
            return same[int(np.argmax(vectors @ self.embedder.embed([question])[0]))]
        overlaps = [overlap(question, pair.question.lower()) for _, pair in pairs]
        best = int(np.argmax(overlaps))
        if overlaps[best] >= FAQ_OVERLAP:
            return pairs[best]
        if self.embedder is None:
            return None
        vectors = self.embedder.embed([pair.question for _, pair in pairs])
        scores = vectors @ self.embedder.embed([question])[0]
        best = int(np.argmax(scores))
        return pairs[best] if scores[best] >= FAQ_SIMILARITY else None

    def _closest_point(self, product: Product, question: str) -> str | None:
        if not product.selling_points:
            return None
        if self.embedder is None:
            return product.selling_points[0]
        vectors = self.embedder.embed(list(product.selling_points), query=False)
        return product.selling_points[int(np.argmax(vectors @ self.embedder.embed([question])[0]))]

    # ---- recommendations ------------------------------------------------------------------
    def recommend(
        self, products: list[Product], question: str, now: datetime
    ) -> tuple[Product | None, Reply]:
        """The product that best fits a viewer's need (and budget), with the selling point that
        fits it best. Sold-out products are never recommended."""
        budget = _budget(question)
        available = [p for p in products if p.stock != 0]
        fitting = [p for p in available if budget is None or self.current_price(p, now)[0] <= budget]
        if not fitting:
            if not available:
                return None, Reply(self.say("unknown", title="") or "", "unknown")
            cheapest = min(available, key=lambda p: self.current_price(p, now)[0])
            price = self.money(self.current_price(cheapest, now)[0], cheapest)
            return cheapest, Reply(
                self.say("recommend_none", title=_short_title(cheapest), price=price) or "", "recommend:none"
            )
        if self.embedder is not None and len(fitting) > 1:
            passages = [_passage(p) for p in fitting]
            scores = self.embedder.embed(passages, query=False) @ self.embedder.embed([question])[0]
            choice = fitting[int(np.argmax(scores))]
        else:
            choice = fitting[0]
        point = self._closest_point(choice, question) or choice.description or choice.title
        price = self.money(self.current_price(choice, now)[0], choice)
        text = self.say("recommend", title=_short_title(choice), point=_clause(point), price=price)
        return choice, Reply(text or "", "recommend")


def _short_title(product: Product) -> str:
    """The name a host says: the title without its trailing size ("保温杯 500ml" → "保温杯")."""
    title = fmt.speakable(product.title)
    words = title.split(" ")
    if len(words) > 1 and re.search(r"\d", words[-1]) and not re.search(r"[\u4e00-\u9fff]", words[-1]):
        title = " ".join(words[:-1])
    return title.split(",")[0].strip()


def _clause(text: str) -> str:
    return fmt.strip_end_punctuation(fmt.speakable(text))


def _gap(lang: str) -> str:
    return "" if lang == "zh" else " "


def _join(parts: list[str | None], lang: str) -> str:
    return _gap(lang).join(part for part in parts if part)


def _spec_list(product: Product, lang: str) -> str:
    sep, kv = ("，", "{}{}") if lang == "zh" else (", ", "{} {}")
    return sep.join(kv.format(name, value) for name, value in product.specs)


def overlap(question: str, faq: str) -> float:
    """Share of the FAQ question's character pairs found in the viewer's question."""
    pairs = {faq[i : i + 2] for i in range(len(faq) - 1)}
    if not pairs:
        return 0.0
    return sum(pair in question for pair in pairs) / len(pairs)


_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(公斤|斤|kg|cm|厘米|毫米|mm|ml|毫升|米|m|升|克|g|元|块|岁|码|寸)?")


def _measures(text: str) -> list[str]:
    """The figures with a unit in `text`, as written ("1.8米", "500ml")."""
    return [f"{number}{unit}" for number, unit in _FIGURE.findall(text.replace(" ", "")) if unit]


def _same_figures(question: str, faq: str) -> bool:
    """Every figure the viewer gives appears in the FAQ question with the same unit."""
    asked = set(_FIGURE.findall(question))
    return asked <= set(_FIGURE.findall(faq))


def _budget(question: str) -> float | None:
    match = _BUDGET.search(question)
    if match is None:
        return None
    return float(match.group(1) or match.group(2))


def _passage(product: Product) -> str:
    parts = [product.title, product.category or "", product.description or "", *product.selling_points]
    return fmt.speakable(" ".join(p for p in parts if p))
