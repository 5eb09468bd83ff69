"""The ScriptWriter contract: catalog in, Script out.

The embedded default is TemplateWriter (phrase banks, no model). An LLM writer (later) must
honour the same promises: every number it speaks comes from the catalog, and its output goes
through the compliance filter before anyone hears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from vhost.domain import Catalog, Line, Script


class ScriptWriter(Protocol):
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
        """The script for one loop over ``catalog`` (or just ``product_ids``) in ``lang``.

        ``loop`` counts passes over the catalog during a stream; each loop words things
        differently. ``now`` fixes the moment countdowns are measured from.
        """
        ...

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
        """The greeting and agenda that open a pass; the agenda names the ``coming`` products."""
        ...

    def interlude(self, lang: str, *, draw: int = 0, seed: int = 0) -> Line | None:
        """A short word to the viewers between two products (no product facts)."""
        ...

    def disclosure(self, lang: str, *, count: int = 0) -> str:
        """The spoken AI disclosure (the presenter says it is AI-generated); `count`: how many
        were said before in this show, so repeats are worded differently."""
        ...
