"""The merchant's own words through the advertising-law filter, at import.

Everything the presenter says and the card shows passes the compliance filter on the way out
anyway; this reports it once, when the catalog comes in, so the merchant can fix "全网最低价" in
the shop's own text instead of hearing it reworded every loop. The catalog itself is kept as
written (nothing the merchant made is lost); the report says what will be said instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vhost.catalog.fields import field_name
from vhost.domain import Catalog, Product
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.script.compliance import ComplianceFilter


@dataclass(frozen=True)
class Claim:
    """One piece of a product's text the filter changes or drops."""

    product_id: str
    product_title: str
    field: str  # "selling_points", "description", "faq", ...
    lang: str
    original: str
    replacement: str | None  # None: the sentence is not said at all
    reason: str  # the rule's reason ("广告法第九条：…")

    @property
    def message(self) -> Message:
        """One sentence: the words, what the filter does with them and why, and the fix."""
        if self.replacement is None:
            template = QT_TRANSLATE_NOOP(
                "vhost",
                "id {id} “{title}”: {field}: “{original}” is not said on air ({reason});"
                " reword it in the catalog.",
            )
        elif not self.replacement.strip():
            template = QT_TRANSLATE_NOOP(
                "vhost",
                "id {id} “{title}”: {field}: “{original}” is left out when it is said ({reason});"
                " reword it in the catalog.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "vhost",
                "id {id} “{title}”: {field}: “{original}” is said as “{replacement}” ({reason});"
                " reword it in the catalog.",
            )
        return Message(
            template,
            id=self.product_id,
            title=self.product_title,
            field=field_name(self.field),
            original=self.original,
            replacement=self.replacement or "",
            reason=self.reason,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "product": self.product_id,
            "field": self.field,
            "lang": self.lang,
            "original": self.original,
            "replacement": self.replacement,
            "reason": self.reason,
        }


def check_claims(catalog: Catalog, compliance: ComplianceFilter) -> list[Claim]:
    """Every sentence of the catalog's own words (each language it has) the filter changes."""
    claims: list[Claim] = []
    for product in catalog.products:
        for lang in (product.lang, *(lang for lang in product.translations if lang != product.lang)):
            localized = product.localized(lang)
            for field, text in _texts(localized):
                filtered = compliance.apply(text, lang)
                for change in filtered.changes:
                    claims.append(
                        Claim(
                            product.id,
                            localized.title,
                            field,
                            lang,
                            change.original,
                            change.replacement,
                            change.reason,
                        )
                    )
    return claims


def _texts(product: Product) -> Iterator[tuple[str, str]]:
    """(field, text) for every piece of the merchant's words that can reach the air."""
    yield "title", product.title
    if product.description:
        yield "description", product.description
    for point in product.selling_points:
        yield "selling_points", point
    for name, value in product.specs:
        yield "specs", f"{name}：{value}"
    for pair in product.faq:
        yield "faq", pair.answer
    if product.shipping:
        yield "shipping", product.shipping
    for promotion in product.promotions:
        yield "promotion", promotion.text
