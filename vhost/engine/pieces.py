"""How the engine cuts an answer into pieces, so its first sound comes soon.

An answer is spoken piece by piece: a short lead ("好的，", made once at start), then clause by
clause, each made while the one before it plays.
"""

from __future__ import annotations

import re

LEAD_CHARS = 7  # an opening clause this short (or two words) is spoken as a piece of its own
CLAUSE_CHARS = 10  # an answer's later pieces: clauses at least this long (a few seconds of speech)
# The piece after the lead may be shorter: it is made while the lead plays (under a second), so
# a short one ("这套是1.8米床的，") follows the lead without a gap.
FIRST_CLAUSE_CHARS = 5
_CLAUSE_END = re.compile(r"(?<=[，；;：:])|(?<=,)(?!\d)")  # "1,299" is a number, not two clauses
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+")


def answer_pieces(text: str) -> list[str]:
    """An answer as the engine speaks it: its opening clause when short ("好的，"), then clause
    by clause. Each piece is made while the one before it plays, so the first sound comes as
    soon as the first (short) piece is made, and the voice never waits long for the next."""
    pieces: list[str] = []
    for sentence in (s.strip() for s in _SENTENCE_END.split(text) if s.strip()):
        if not pieces:
            lead, mark, rest = _split_lead(sentence)
            short = len(lead) <= LEAD_CHARS if _CJK.search(lead) else len(lead.split()) <= 2
            if mark and rest.strip() and short:
                pieces.append(lead + mark)
                sentence = rest.strip()
                if not _CJK.search(sentence):  # "Sure, the bottle…": its caption opens "The bottle…"
                    sentence = sentence[0].upper() + sentence[1:]
        pieces += _clauses(sentence, first=len(pieces) == 1)  # (right after a lead)
    return pieces or [text]


def _clauses(sentence: str, first: bool = False) -> list[str]:
    """A long sentence cut after its commas into clauses of at least CLAUSE_CHARS characters
    (words in English), the first at least FIRST_CLAUSE_CHARS when `first` (the answer's first
    words after its lead); a short one whole."""
    cjk = bool(_CJK.search(sentence))

    def size(part: str) -> int:
        return len(part) if cjk else len(part.split()) * 3  # an English word ≈ three characters

    parts = [part for part in _CLAUSE_END.split(sentence) if part.strip()]
    clauses: list[str] = []
    for part in parts:
        least = FIRST_CLAUSE_CHARS if first and len(clauses) == 1 else CLAUSE_CHARS
        if clauses and (size(clauses[-1]) < least or size(part) < CLAUSE_CHARS // 2):
            clauses[-1] += part  # too short to stand alone: joined to its neighbour
        else:
            clauses.append(part)
    return [clause.strip() for clause in clauses]


def _split_lead(sentence: str) -> tuple[str, str, str]:
    for index, char in enumerate(sentence):
        if char in "，,：:":
            return sentence[:index], char, sentence[index + 1 :]
    return sentence, "", ""
