"""Moderation: abuse, ads, personal data and manipulation get no airtime.

The rules are data (`moderation.toml`, regular expressions per reason) so a merchant's list
can grow without code. Moderation runs on the normalised text, before anything else, and its
verdict is final: a moderated comment is never answered, quoted or thanked.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from vhost.errors import VHostError

REASONS = ("personal_data", "abuse", "ad", "manipulation")  # checked in this order


@dataclass(frozen=True)
class Verdict:
    reason: str  # one of REASONS
    pattern: str  # the rule that matched (for the log; never the viewer's words)


class Moderator:
    def __init__(self, rules: dict[str, list[re.Pattern[str]]]) -> None:
        self.rules = rules

    @classmethod
    def load(cls, path: Path | None = None) -> Moderator:
        """The shipped rules, or a merchant's own file with the same layout."""
        try:
            text = (
                path.read_text("utf-8")
                if path
                else resources.files("vhost.chat").joinpath("moderation.toml").read_text("utf-8")
            )
            data = tomllib.loads(text)
            rules = {reason: [re.compile(p) for p in data.get(reason, [])] for reason in REASONS}
        except (OSError, tomllib.TOMLDecodeError, re.error) as exc:
            raise VHostError(
                f"Cannot read the moderation rules {path} ({exc}); fix or remove that file."
            ) from exc
        return cls(rules)

    def check(self, normalized: str) -> Verdict | None:
        for reason in REASONS:
            for pattern in self.rules.get(reason, ()):
                if pattern.search(normalized):
                    return Verdict(reason, pattern.pattern)
        return None

    def clean_name(self, name: str) -> bool:
        """Whether a viewer's display name may be spoken (short, no abuse, no ad, no digits run)."""
        name = name.strip()
        return 0 < len(name) <= 12 and not re.search(r"\d{5,}", name) and self.check(name.lower()) is None
