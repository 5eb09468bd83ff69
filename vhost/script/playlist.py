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


class Playlist:
    """show_lines as an object the director can steer: `skip_to(product_id)` makes the next line
    the start of that product's pitch in the current pass over the catalog."""

    def __init__(self, scripts: Iterator[Script], catalog: Catalog, start_line: int = 0) -> None:
        """start_line: where to begin in the first script (resuming a show)."""
        self._scripts = scripts
        self._catalog = catalog
        self._by_id = {product.id: product for product in catalog.products}
        self._script: Script | None = None
        self._flat: list[ShowLine] = []
        self._starts: dict[str, int] = {}  # product id → index of its first line in _flat
        self._position = 0
        self._start_line = start_line

    def __iter__(self) -> Playlist:
        return self

    def __next__(self) -> ShowLine:
        while self._position >= len(self._flat):
            self._load(next(self._scripts))  # StopIteration here ends the playlist
        line = self._flat[self._position]
        self._position += 1
        return line

    def skip_to(self, product_id: str) -> None:
        if product_id not in self._by_id:
            raise KeyError(product_id)
        if self._script is None or product_id not in self._starts:
            self._load(next(self._scripts))
        if product_id not in self._starts:
            raise KeyError(product_id)
        self._position = self._starts[product_id]

    def _load(self, script: Script) -> None:
        self._script = script
        self._flat = [
            ShowLine(line.text, line.product, (script.loop, index))
            for index, line in enumerate(show_lines(iter([script]), self._catalog))
        ]
        self._starts = {}
        index = 0
        for segment in script.segments:
            if segment.product_id in self._by_id and segment.product_id not in self._starts:
                self._starts[segment.product_id] = index
            index += len(segment.lines)
        self._position, self._start_line = min(self._start_line, len(self._flat)), 0
