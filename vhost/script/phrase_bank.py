"""Phrase banks: per-language template lists, and the rotation that keeps loops fresh.

A slot ("intro", "price_plain", ...) holds templates with {fields} and [a|b] choices. For a
given product and slot, the templates are dealt like a shuffled deck: each one is used once
per round of N loops, a new round is reshuffled, and a round never starts with the template
the previous round ended on. So no template repeats on consecutive loops, and over a day the
wording cycles through every variant. All choices are seeded, so a script is reproducible.
"""

from __future__ import annotations

import random
import re
import string
import tomllib
from dataclasses import dataclass
from importlib import resources

from vhost.errors import ScriptError

_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


@dataclass(frozen=True)
class Rendered:
    text: str
    template_id: str


class PhraseBank:
    def __init__(self, lang: str, slots: dict[str, list[str]]):
        self.lang = lang
        self.slots = slots
        self._fields = {slot: [_fields_of(t) for t in templates] for slot, templates in slots.items()}

    @classmethod
    def load(cls, lang: str, package: str = "vhost.script") -> PhraseBank:
        """The bank of `package` (the script writer's, or the chat answerer's)."""
        try:
            text = resources.files(package).joinpath(f"phrases/{lang}.toml").read_text("utf-8")
        except FileNotFoundError as exc:
            raise ScriptError(f"There is no phrase bank for language '{lang}'; use zh or en.") from exc
        data = tomllib.loads(text)
        return cls(lang, {k: list(v) for k, v in data.items() if isinstance(v, list)})

    def render(self, slot: str, values: dict[str, str], key: str, loop: int, seed: int) -> Rendered | None:
        """One line for ``slot`` using only templates whose fields all have values."""
        templates = self.slots.get(slot, [])
        eligible = [
            i for i, needed in enumerate(self._fields.get(slot, [])) if all(values.get(f) for f in needed)
        ]
        if not eligible:
            return None
        index = eligible[_deal(len(eligible), f"{seed}|{key}|{slot}", loop)]
        spin = random.Random(f"{seed}|{key}|{slot}|{loop}|choices")
        template = _CHOICE.sub(lambda m: spin.choice(m.group(1).split("|")), templates[index])
        return Rendered(template.format_map(values), f"{self.lang}.{slot}#{index}")


def _fields_of(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _deal(count: int, key: str, loop: int) -> int:
    """Position in a shuffled deck of ``count`` cards for this ``loop`` (see module doc)."""
    if count == 1:
        return 0
    if count == 2:  # two variants can only alternate
        return (loop + random.Random(key).randrange(2)) % 2
    round_no, position = divmod(loop, count)
    deck = _shuffled(count, key, round_no)
    # Swapping the first two cards leaves the last one alone (count >= 3), so the previous
    # round's last card is simply its shuffled last card.
    if round_no > 0 and deck[0] == _shuffled(count, key, round_no - 1)[-1]:
        deck[0], deck[1] = deck[1], deck[0]
    return deck[position]


def _shuffled(count: int, key: str, round_no: int) -> list[int]:
    return random.Random(f"{key}|round{round_no}").sample(range(count), count)
