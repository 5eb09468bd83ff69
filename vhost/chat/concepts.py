"""Words that name the same property of a product, in a viewer's question and in a catalog's
sentence ("开水" and "热水", "scented" and "fragrance"), from `concepts.toml`.

Grounding matches a question to the product's own words by these concepts, not only by the
very words, so a paraphrase is answered and a question about something else still is not.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")


def stem(word: str) -> str:
    """An English word without its plural/-ing/-ed ending ("pills", "pilling" → "pill")."""
    if word.endswith(("ches", "shes", "sses", "xes")):  # "washes", "glasses"; not "sizes"
        return word[:-2]
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and not word.endswith("ss") and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


class Concepts:
    """Each word's concepts, and each concept's words (Chinese as written, English stemmed)."""

    def __init__(self, table: dict[str, dict[str, list[str]]]) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self._of: dict[str, set[str]] = {}
        self._taught = False
        for name, entry in table.items():
            words = [w for w in entry.get("zh", [])] + [stem(w.lower()) for w in entry.get("en", [])]
            self.words[name] = tuple(dict.fromkeys(words))
            for word in self.words[name]:
                self._of.setdefault(word, set()).add(name)

    @classmethod
    @cache
    def load(cls) -> Concepts:
        text = resources.files("vhost.chat").joinpath("concepts.toml").read_text("utf-8")
        return cls(tomllib.loads(text))

    def teach(self, jieba: Any) -> None:
        """Make jieba cut each Chinese concept word as one word ("起毛球", not "起毛" "球")."""
        if not self._taught:
            for words in self.words.values():
                for word in words:
                    if len(word) >= 2 and _CJK.search(word):
                        jieba.add_word(word)
            self._taught = True

    def of(self, term: str) -> frozenset[str]:
        """The concepts `term` (a content word: Chinese, or an English stem) names."""
        return frozenset(self._of.get(term, ()))

    def is_word(self, term: str) -> bool:
        return term in self._of

    def said(self, term: str, said: set[str], text: str) -> bool:
        """Whether `term`, or a word of one of its concepts, is said in `text` (lower case;
        `said`: its content words). A Chinese word of two characters or more counts inside
        the text too ("不起球" says "起球"); one character only as a word of its own ("酸" is
        not said by "氨基酸")."""
        for word in (term, *(w for name in self.of(term) for w in self.words[name])):
            if word in said or (len(word) >= 2 and _CJK.search(word) and word in text):
                return True
        return False
