"""How a comment feels, 0 (negative) … 1 (positive), for the session's analytics.

Chinese goes through SnowNLP's classifier (offline, trained on shop reviews); English through
a small word list. It only feeds analytics and never decides an answer: a question reads as
"negative" to a review classifier surprisingly often.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_GOOD = re.compile(
    r"\b(love|great|awesome|amazing|nice|beautiful|cool|good|thanks|thank you|perfect|happy)\b"
)
_EN_BAD = re.compile(
    r"\b(bad|terrible|awful|broken|scam|fake|refund|worst|hate|junk|angry|disappointed|slow)\b"
)


def sentiment(normalized: str) -> float | None:
    if not normalized:
        return None
    if _CJK.search(normalized):
        try:
            from snownlp import SnowNLP
        except ImportError:  # analytics lose a column; the chat works on
            return None
        return round(float(SnowNLP(normalized).sentiments), 3)
    good, bad = len(_EN_GOOD.findall(normalized)), len(_EN_BAD.findall(normalized))
    return round((1 + good) / (2 + good + bad), 3)
