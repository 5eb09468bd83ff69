"""Answers about a product's variants: which options exist, and the price and stock of one.

"有什么颜色" lists the colours still in stock; "L码还有吗" gives the stock of L, and when L is
sold out says so and names what is left; "红色多少钱" gives the red one's price. A sold-out
option is never offered, and an option the product does not have is said not to exist (with
what it does have), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from vhost.domain import Product, Variant
from vhost.script import formatting as fmt
from vhost.script import variants as words

LOW_STOCK = 50  # as the script and the other answers

# How viewers ask about an option, in either language, by the words catalogs name it with: a
# viewer asks "有什么颜色" about an option the catalog calls "Color" too.
_CONCEPTS = (
    (
        ("颜色", "颜色分类", "color", "colour"),
        ("颜色", "什么色", "几个色", "几种颜色", "哪些色", "啥色", "色号", "color", "colour"),
    ),
    (("尺码", "size"), ("尺码", "什么码", "几码", "码数", "多大码", "哪些码", "码子", "size")),
    (("容量", "capacity"), ("容量", "多大容量", "几种容量", "多少毫升", "capacity")),
    (("款式", "style"), ("款式", "什么款", "几款", "哪些款", "style")),
    (("口味", "flavour", "flavor"), ("口味", "什么味", "几种味", "哪些味", "flavour", "flavor")),
    (("型号", "model"), ("型号", "什么型号", "哪些型号", "model")),
)
_NAME_WORDS = {name: asked for names, asked in _CONCEPTS for name in names}

_COLOUR_CHARS = "红橙黄绿青蓝紫黑白灰粉棕"

Say = Callable[..., str | None]


def asked_values(product: Product, question: str) -> dict[str, str]:
    """The option values a question names: {"尺码": "L"} for "L码还有吗"."""
    asked: dict[str, str] = {}
    for name in product.option_names():
        # Longest first, so "XL" is not read as "L".
        for value in sorted(product.option_values(name), key=len, reverse=True):
            if _names(value, question):
                asked[name] = value
                break
    return asked


def asked_names(product: Product, question: str) -> list[str]:
    """The options a question asks about by name: ["颜色"] for "有什么颜色"."""
    return [
        name
        for name in product.option_names()
        if any(word in question for word in (*_NAME_WORDS.get(name.lower(), ()), name.lower()))
    ]


def _names(value: str, question: str) -> bool:
    text = value.lower()
    if re.fullmatch(r"[a-z0-9. /+-]+", text):  # "L", "XL", "500ml": a whole word, not inside one
        return re.search(rf"(?<![a-z0-9]){re.escape(text)}(?![a-z0-9])", question) is not None
    if text in question:
        return True
    # "红的", "红款" for 红色: the colour without its 色, followed by what a viewer says; and
    # "白色的" for 雾白, a shade named by its colour.
    if len(text) >= 2 and text.endswith("色") and re.search(rf"{re.escape(text[:-1])}[的款色]", question):
        return True
    return (
        len(text) >= 2
        and text[-1] in _COLOUR_CHARS
        and re.search(rf"{text[-1]}[色的款]", question) is not None
    )


def variant_reply(
    say: Say, intent: str, product: Product, question: str, now: datetime, lang: str
) -> tuple[str, str] | None:
    """The reply (text, facts used) when the question is about the product's options; None
    when it is not (the caller answers it as about the product)."""
    if not product.variants:
        return None
    title = fmt.speakable(product.title)
    asked = asked_values(product, question)
    if asked:
        return _about_variant(say, intent, product, asked, title, lang)
    missing = _value_it_lacks(product, question)
    if missing is not None:  # "有没有红色的" when there is no red: say so, with what there is
        options = words.options_text(product, lang) or ""
        return say("variant_missing", title=title, variant=missing, options=options) or "", "options:missing"
    names = asked_names(product, question)
    if names:
        return _options(say, product, names[0], title, lang)
    return None


def _options(say: Say, product: Product, name: str, title: str, lang: str) -> tuple[str, str]:
    values = words.option_values_text(product, name, lang)
    if values is None:
        return say("sold_out", title=title) or "", "stock"
    return say("options_list", title=title, option=name, values=values) or "", f"options:{name}"


def _about_variant(
    say: Say, intent: str, product: Product, asked: dict[str, str], title: str, lang: str
) -> tuple[str, str]:
    label = _label(asked, lang)
    matching = words.variants_with(product, asked)
    if not matching:
        options = words.options_text(product, lang) or ""
        return say("variant_missing", title=title, variant=label, options=options) or "", "options:missing"
    buyable = [v for v in matching if not v.sold_out]
    if not buyable:
        others = _other_values(product, asked, lang)
        if others:
            return say("variant_sold_out", title=title, variant=label, others=others) or "", "variant:stock"
        return say("variant_sold_out_only", title=title, variant=label) or "", "variant:stock"
    label = _label(_completed(asked, buyable), lang)  # "L" → "黑色、L" when only black has L left
    if intent in ("price", "promotion"):
        return _price(say, product, buyable, title, label, lang), "variant:price"
    return _stock(say, product, buyable, title, label, lang), "variant:stock"


def _price(say: Say, product: Product, buyable: list[Variant], title: str, label: str, lang: str) -> str:
    prices = sorted({v.price for v in buyable})
    low, high = (fmt.money(p, product.currency, lang) for p in (prices[0], prices[-1]))
    if low == high:
        return say("variant_price", title=title, variant=label, price=low) or ""
    return say("variant_price_range", title=title, variant=label, low=low, high=high) or ""


def _stock(say: Say, product: Product, buyable: list[Variant], title: str, label: str, lang: str) -> str:
    stocks = [v.stock for v in buyable]
    price = fmt.money(min(v.price for v in buyable), product.currency, lang)
    if any(s is None for s in stocks):
        return say("variant_stock_ok", title=title, variant=label, price=price) or ""
    total = sum(s for s in stocks if s is not None)
    if total <= LOW_STOCK:
        return say("variant_stock_low", title=title, variant=label, stock=str(total), price=price) or ""
    return say("variant_stock_ok", title=title, variant=label, price=price) or ""


def _completed(asked: dict[str, str], buyable: list[Variant]) -> dict[str, str]:
    """The asked values, plus any other option all the buyable variants share."""
    shared = dict(buyable[0].options)
    for variant in buyable[1:]:
        shared = {n: v for n, v in shared.items() if variant.value(n) == v}
    return {**{n: v for n, v in shared.items() if n not in asked}, **asked}


# Colours and clothing sizes a viewer may name that a product does not have ("有没有红色的").
_ZH_COLOUR = re.compile(r"[红橙黄绿青蓝紫黑白灰粉棕咖米杏金银]色|藏青|卡其|酒红")
_EN_COLOUR = re.compile(
    r"\b(red|orange|yellow|green|blue|purple|pink|brown|grey|gray|black|white|beige|navy|gold|silver)\b"
)
_SIZE = re.compile(r"(?<![a-z0-9])(x{0,3}[sml]|[2-5]xl|均码|加大码)(?![a-z0-9])")


def _value_it_lacks(product: Product, question: str) -> str | None:
    """A colour or size the question names that the product has no variant in."""
    concepts = {_NAME_WORDS.get(name.lower(), ())[:1] for name in product.option_names()}
    for concept, patterns in ((("颜色",), (_ZH_COLOUR, _EN_COLOUR)), (("尺码",), (_SIZE,))):
        if concept not in concepts:
            continue
        for pattern in patterns:
            match = pattern.search(question)
            if match is not None:
                return match.group(0).upper() if pattern is _SIZE else match.group(0)
    return None


def _label(asked: dict[str, str], lang: str) -> str:
    """The asked variant as a host says it: "红色L码" is said "红色、L", "Red, L" in English."""
    return ("、" if lang == "zh" else ", ").join(asked.values())


def _other_values(product: Product, asked: dict[str, str], lang: str) -> str | None:
    """What can be had instead of a sold-out choice: the other in-stock values of the option
    asked (with the rest of the choice kept: L sold out in red → the red sizes left)."""
    name = next(iter(asked))
    rest = {n: v for n, v in asked.items() if n != name}
    values: dict[str, None] = {}
    for variant in words.variants_with(product, rest):
        value = variant.value(name)
        if value is not None and not variant.sold_out and value != asked[name]:
            values[value] = None
    return words.join_values(tuple(values), lang) if values else None
