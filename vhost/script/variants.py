"""A product's variants in words: the options a viewer can still buy, and the price range.

Shared by the script writer, the chat answers and the product card, so all three say the
same thing. A sold-out value is never offered: "红色" whose every variant is sold out is left
out of "有什么颜色", and the range is of prices a viewer can pay now.
"""

from __future__ import annotations

from decimal import Decimal

from vhost.domain import Product, Variant

_ZH_COUNTS = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十")


def count_zh(number: int) -> str:
    """A count as a host says it before a measure word: 两种, 三种, 12种."""
    return _ZH_COUNTS[number] if 0 <= number < len(_ZH_COUNTS) else str(number)


def join_values(values: tuple[str, ...] | list[str], lang: str, last: str | None = None) -> str:
    """ "红色、白色和蓝色" / "Red, White or Navy"."""
    if lang == "zh":
        return "、".join(values[:-1]) + (last or "和") + values[-1] if len(values) > 1 else values[0]
    if len(values) == 1:
        return values[0]
    return f"{', '.join(values[:-1])} {last or 'or'} {values[-1]}"


def choices(product: Product) -> list[tuple[str, tuple[str, ...]]]:
    """Each option with more than one value still in stock: [("颜色", ("红色", "蓝色"))]."""
    out = []
    for name in product.option_names():
        values = product.option_values(name, available=True)
        if len(values) > 1:
            out.append((name, values))
    return out


def options_text(product: Product, lang: str) -> str | None:
    """The choices in a clause: "颜色有红色、白色和蓝色三种，尺码有M和L两种" / "Charcoal,
    Mustard or Navy, in Small or Large"; None when there is nothing to choose."""
    listed = choices(product)
    if not listed:
        return None
    if lang == "zh":
        return "，".join(
            f"{name}有{join_values(values, lang)}{count_zh(len(values))}种" for name, values in listed
        )
    first, *rest = [join_values(values, lang) for _, values in listed]
    return ", ".join([first, *(f"in {clause}" for clause in rest)])


def option_values_text(product: Product, name: str, lang: str) -> str | None:
    """One option's values still in stock: "红色、白色和蓝色" (None when all are sold out)."""
    values = product.option_values(name, available=True)
    return join_values(values, lang) if values else None


def price_range(product: Product) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest price of the variants a viewer can buy, when they differ."""
    low, high = product.price_range()
    return (low, high) if low != high else None


def variants_with(product: Product, asked: dict[str, str]) -> list[Variant]:
    """The variants that have every asked option value ({"尺码": "L"})."""
    return [v for v in product.variants if all(v.value(n) == x for n, x in asked.items())]
