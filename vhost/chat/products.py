"""Which product a comment is about: its id, its number in the show ("3号", "link 2"), words
of its name, brand or category, or else the product on screen."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vhost.domain import Product

_ZH_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_NUMBER = re.compile(
    r"(?:(\d{1,2})\s*号)|(?:#\s*(\d{1,2}))"
    # "第2个", "第三款", "第2": a place in the show; "第一次" (the first time) is not
    r"|(?:第\s*(\d{1,2}|[一二两三四五六七八九十])(?:\s*[个款号件]|(?![次天遍回批名期年月周步])))"
    r"|(?:\b(?:no\.?|number|link|item|product)\s*(\d{1,2})\b)|(?:([一二两三四五六七八九十])号)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Regions viewers ask delivery to; in a shipping question they never name the product.
PLACES = set(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南"
    " 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 内蒙 广西 西藏 宁夏 新疆 香港 澳门 江浙沪 港澳台 偏远"
    " xinjiang tibet beijing shanghai yunnan guangdong sichuan hong kong macau taiwan".split()
)
_EN_STOP = {"the", "and", "for", "with", "set", "pro", "pack", "size", "this", "that", "one"}


@dataclass(frozen=True)
class Found:
    product: Product | None
    how: str  # "id", "number", "name", "on_screen" or "none"


class ProductFinder:
    def __init__(self, products: list[Product]) -> None:
        """`products` in the order of the show: "2号" is the second."""
        self.products = products
        self._terms = {p.id: _terms(p) for p in products}

    def find(self, normalized: str, on_screen: Product | None, shipping: bool = False) -> Found:
        """`shipping`: the comment asks about delivery, so place names in it are destinations,
        not the "新疆" of a product called 新疆长绒棉四件套."""
        for product in self.products:
            if re.search(rf"(?<![a-z0-9]){re.escape(product.id.lower())}(?![a-z0-9])", normalized):
                return Found(product, "id")
        number = _number(normalized)
        if number is not None and 1 <= number <= len(self.products):
            return Found(self.products[number - 1], "number")
        scored = sorted(
            (
                (_score(normalized, self._terms[p.id] - (PLACES if shipping else set())), i)
                for i, p in enumerate(self.products)
            ),
            reverse=True,
        )
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return Found(self.products[scored[0][1]], "name")
        if on_screen is not None:
            return Found(on_screen, "on_screen")
        return Found(None, "none")

    def number_of(self, product: Product) -> int | None:
        """The product's number in the show (1-based), as a viewer would call it."""
        return next((i + 1 for i, p in enumerate(self.products) if p.id == product.id), None)


def _number(text: str) -> int | None:
    match = _NUMBER.search(text)
    if match is None:
        return None
    value = next(group for group in match.groups() if group)
    return int(value) if value.isdigit() else _ZH_DIGITS[value]


def _terms(product: Product) -> set[str]:
    """Words a viewer may use for a product: its name, brand and category in each language."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # not "Building prefix dict…" on the user's terminal
    texts = [product.title, product.brand or "", product.category or ""]
    for translation in product.translations.values():
        texts += [translation.title or "", translation.brand or "", translation.category or ""]
    terms: set[str] = set()
    for text in texts:
        text = text.lower()
        # "long-staple" is one word: a question "how long does it last" is not about the bedding
        english = re.findall(r"[a-z]+(?:-[a-z]+)*", text)
        for word in jieba.lcut_for_search(text) if _CJK.search(text) else english:
            word = word.strip()
            if _CJK.search(word) and len(word) >= 2:
                terms.add(word)
            elif re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*", word) and word not in _EN_STOP:
                terms.add(word)
    return terms


def _score(text: str, terms: set[str]) -> int:
    """Characters of the comment covered by the product's terms (longest terms first)."""
    covered = [False] * len(text)
    for term in sorted(terms, key=len, reverse=True):
        pattern = re.escape(term) if _CJK.search(term) else rf"\b{re.escape(term)}s?\b"
        for match in re.finditer(pattern, text):
            covered[match.start() : match.end()] = [True] * (match.end() - match.start())
    return sum(covered)
