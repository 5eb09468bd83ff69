"""Compliance filter: advertising-law rewrites applied to everything the presenter will say.

Rules come from an editable TOML file (vhost/assets/compliance/rules.toml). A "replace" rule swaps
the offending words, or a whole phrase: its replacement may reuse what the pattern captured (\\1),
so "the best X in the world" becomes "a great X" and the sentence stays grammatical. A "drop"
rule removes the whole sentence, for claims (medical, guaranteed results) that no rewording
makes lawful. Every change is reported so an operator can see what was said instead of what was
written.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from vhost.domain import LANGS, ComplianceChange
from vhost.errors import ComplianceRulesError

# Full-width digits, letters and %#$. are folded to ASCII before matching so "１００％" is caught
# like "100%"; Chinese punctuation (，。！？) is left alone.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_FOLD |= {code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)}
_FOLD |= {code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)}
_FOLD |= {ord("％"): ord("%"), ord("＃"): ord("#"), ord("＄"): ord("$"), ord("．"): ord(".")}

_SENTENCE_END = re.compile(r"(?<=[。！？!?；])|(?<=[.;])\s+(?=\S)|(?<=[!?])\s+")
_TIDY = (
    (re.compile(r"[ \t]{2,}"), " "),
    (re.compile(r"\s+([,.!?;:，。！？；：])"), r"\1"),
    (re.compile(r"([，,])\s*(?=[，,。！？.!?])"), ""),
    (re.compile(r"^[\s，,;；:：]+"), ""),
)


@dataclass(frozen=True)
class Rule:
    id: str
    lang: str
    pattern: re.Pattern[str]
    action: str  # "replace" | "drop"
    replacement: str
    reason: str


@dataclass(frozen=True)
class Filtered:
    text: str | None  # None when every sentence was dropped
    changes: tuple[ComplianceChange, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


class ComplianceFilter:
    def __init__(self, rules: list[Rule]):
        self.rules = rules

    @classmethod
    def load(cls, path: Path) -> ComplianceFilter:
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ComplianceRulesError(
                f"The compliance rules file {path} is missing; restore vhost/assets/compliance/rules.toml"
                " or point compliance_rules in the settings at your own copy."
            ) from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ComplianceRulesError(
                f"The compliance rules file {path} is not valid TOML ({exc}); fix that line."
            ) from exc
        entries = doc.get("rule")
        if not isinstance(entries, list) or not entries:
            raise ComplianceRulesError(
                f"The compliance rules file {path} has no [[rule]] entries; see the comments at"
                " the top of vhost/assets/compliance/rules.toml."
            )
        return cls([_parse_rule(entry, index, path) for index, entry in enumerate(entries, 1)])

    def _rules(self, lang: str) -> list[Rule]:
        """The show language's rules first, then the other language's: an operator may type an
        English claim into a Chinese show (or the other way round), and it is a claim all the
        same (each language's patterns only match its own words)."""
        return sorted(self.rules, key=lambda rule: rule.lang != lang)

    def apply(self, text: str, lang: str) -> Filtered:
        rules = self._rules(lang)
        kept: list[str] = []
        changes: list[ComplianceChange] = []
        for sentence in _SENTENCE_END.split(text.translate(_FOLD)):
            if not sentence.strip():
                continue
            result = self._apply_sentence(sentence, rules, changes)
            if result:
                kept.append(result)
        out = _join(kept, lang).strip()
        return Filtered(out or None, tuple(changes))

    def violations(self, text: str, lang: str) -> list[Rule]:
        """The rules ``text`` breaks, for highlighting as an operator types."""
        folded = text.translate(_FOLD)
        return [r for r in self._rules(lang) if r.pattern.search(folded)]

    def spans(self, text: str, lang: str) -> list[tuple[int, int, Rule]]:
        """(start, end, rule) of every forbidden stretch of ``text``, for marking the words
        themselves; folding keeps one character per character, so the offsets fit ``text``."""
        folded = text.translate(_FOLD)
        return [
            (*match.span(), rule)
            for rule in self._rules(lang)
            for match in rule.pattern.finditer(folded)
            if match.end() > match.start()
        ]

    @staticmethod
    def _apply_sentence(sentence: str, rules: list[Rule], changes: list[ComplianceChange]) -> str:
        for rule in rules:
            if rule.action == "drop" and rule.pattern.search(sentence):
                changes.append(ComplianceChange(rule.id, rule.reason, sentence.strip(), None))
                return ""
        first = sentence.lstrip()[:1]
        for rule in rules:
            if rule.action != "replace":
                continue

            def swap(match: re.Match[str], rule: Rule = rule) -> str:
                new = _match_case(match.group(0), match.expand(rule.replacement))
                changes.append(ComplianceChange(rule.id, rule.reason, match.group(0), new))
                return new

            sentence = rule.pattern.sub(swap, sentence)
        for pattern, repl in _TIDY:
            sentence = pattern.sub(repl, sentence)
        sentence = sentence.strip()
        if sentence[:1] != first and sentence[:1].islower() and not first.islower():
            sentence = sentence[0].upper() + sentence[1:]  # "100% cotton." → "Cotton."
        return sentence


def _match_case(original: str, replacement: str) -> str:
    if replacement and original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _parse_rule(entry: object, index: int, path: Path) -> Rule:
    where = f"rule #{index} in {path}"
    if not isinstance(entry, dict):
        raise ComplianceRulesError(f"{where} is not a table; write it as [[rule]] with keys.")
    missing = [k for k in ("id", "lang", "pattern", "action", "reason") if not entry.get(k)]
    if missing:
        raise ComplianceRulesError(f"{where} lacks {', '.join(missing)}; every rule needs them.")
    if entry["lang"] not in LANGS:
        raise ComplianceRulesError(f"{where} has lang '{entry['lang']}'; use zh or en.")
    if entry["action"] not in ("replace", "drop"):
        raise ComplianceRulesError(f"{where} has action '{entry['action']}'; use replace or drop.")
    if entry["action"] == "replace" and "replacement" not in entry:
        raise ComplianceRulesError(
            f'{where} is a replace rule without a replacement; add one (replacement = "" deletes the words).'
        )
    flags = re.IGNORECASE if entry["lang"] == "en" else 0
    try:
        pattern = re.compile(entry["pattern"], flags)
    except re.error as exc:
        raise ComplianceRulesError(f"{where} has a bad pattern ({exc}); fix the expression.") from exc
    replacement = entry.get("replacement", "")
    try:  # a bad \\N in a replacement must fail here, not in the middle of a show
        _empty_groups(pattern).sub(replacement, "")
    except (re.error, IndexError) as exc:
        raise ComplianceRulesError(
            f"{where} has a bad replacement ({exc}); \\1 or \\g<name> must name a group of the pattern."
        ) from exc
    return Rule(entry["id"], entry["lang"], pattern, entry["action"], replacement, entry["reason"])


def _empty_groups(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern with the same groups (numbers and names) as ``pattern``, matching ""."""
    names = {index: name for name, index in pattern.groupindex.items()}
    return re.compile(
        "".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, pattern.groups + 1))
    )


def _join(sentences: list[str], lang: str) -> str:
    """Sentences back together: Chinese ones touch, English ones (in either show) take a space."""
    out = ""
    for sentence in sentences:
        latin = out[-1:].isascii() and sentence[:1].isascii() and bool(out)
        out += (" " if lang != "zh" or latin else "") + sentence
    return out
