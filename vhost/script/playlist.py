"""Scripts → the stream of lines a show speaks, each with the product to show."""

from __future__ import annotations

from collections.abc import Iterator

from vhost.domain import Catalog, Script, ShowLine


def show_lines(scripts: Iterator[Script], catalog: Catalog) -> Iterator[ShowLine]:
    """Every line of every script in order; lines before the first product show the first product."""
    by_id = {product.id: product for product in catalog.products}
    for script in scripts:
        first = next((s.product_id for s in script.segments if s.product_id in by_id), None)
        current = by_id.get(first) if first else None
        for segment in script.segments:
            if segment.product_id in by_id:
                current = by_id[segment.product_id]
            for line in segment.lines:
                yield ShowLine(line.text, current.localized(script.lang) if current else None)


def disclosed_at_start(lines: Iterator[ShowLine], disclosure: str) -> Iterator[ShowLine]:
    """The lines with the spoken AI disclosure after the first one (the greeting), on the same
    product card."""
    first = next(lines, None)
    if first is None:
        return
    yield first
    yield ShowLine(disclosure, first.product, kind="disclosure")
    yield from lines
