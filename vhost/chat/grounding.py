"""A viewer's question answered from the product's own words, or not at all.

"会起球吗" is answered with the selling point "手感顺滑不起球"; "能装开水吗" is not answered with
"一键弹盖" just because that is the closest sentence by meaning. A sentence of the product's
text (a selling point, a sentence of its description) answers a question only when it shares a
content word with it (起球, 紧绷, bitter, pill), or a word of the same concept (开水 and 热水,
scented and fragrance: concepts.toml) — the meaning model only chooses among those. A question
nothing answers gets "let me check" and goes to the operator (see answers.py).

Also here: whether a comment nobody's rules recognised is still a question about the product
("戴着游泳可以吗"), and whether a shipping question names a place the shipping terms cover.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from vhost.chat.concepts import Concepts, stem
from vhost.chat.meaning import Embedder
from vhost.domain import Product

_SENTENCE = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+|\n")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words that carry no fact: particles, question words, pronouns, the verbs of asking.
_ZH_STOP = set(
    "吗 呢 吧 啊 呀 哦 嘛 的 了 是 不 没 有 没有 会 能 可以 可不可以 能不能 会不会 是不是"
    " 这个 那个 这款 它 我 你 他 她 我们 你们 主播 宝宝 什么 怎么 怎么样 多少 几 哪 哪里 哪个"
    " 还 也 都 就 很 太 一下 一个 用 要 想 请问 问 下 么 啥 咋 嘞 喔 哈 和 或 跟 给 对 在 上 中 里"
    # the verbs a question about use is framed with ("能戴吗", "能装开水吗"): the focus is the rest
    " 戴 穿 装 放 带 拿 买 拍 进 吃 喝"
    # and the frames of a question about a quality ("容易起球吗", "通话效果怎么样")
    " 容易 效果 情况 问题".split()
)
_MODAL = re.compile(r"^(能|会|可|要|想|还|含|带)(?=.)")
_NOT = re.compile(r"^(不|无|没|没有)(?=.)")  # "不起球", "无香精": the property is what is named
_HOLDS = re.compile(r"^(装|泡|放|加|用)(?=.)")  # "装茶", "泡茶": what goes in is what is named
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])不\1")  # "重不重" asks about 重
_EN_STOP = set(
    "a an the is are was were be been it its it's this that these those they them their i me my"
    " you your u ur we our do does did can could will would should may might have has had any some"
    " of to in on for with at by from and or not no yes if how what which when where who why much"
    " many there here get got one ones please pls lol just really still also as so too very than"
    " then about into out up down off over dont doesnt isnt arent cant wont whats hows"
    # the verbs a question about use is framed with ("can i put soda in it"): the focus is the rest
    " hold put take use go work stay need want safe ok okay fine good women woman"
    " people thing".split()
)
# A question put to the presenter, not about the product: left to chit-chat.
_TO_PRESENTER = re.compile(
    r"主播|你是|你叫|你多大|你几岁|\b(you|u|ur|your|yours|anyone)\b|music|歌|天气|weather"
)
_ASKS = re.compile(
    r"能|可以|会不会|支持|有没有|是不是|是否|多久|多重|多大|多长|哪里产|哪产|什么时候|怎么|适合|行不行|吗|啥|\?"
    r"|(\w)不\1|\b(can|could|does|do|is|are|will|would|how|what|whats|which|when|where|any)\b"
)
# Places viewers ask delivery to; those outside the mainland are answered only when named.
_ABROAD = re.compile(
    r"香港|澳门|台湾|港澳台|海外|国外|日本|美国|加拿大|英国|澳洲|新加坡|马来西亚"
    r"|hong kong|macau|taiwan|overseas|abroad|international|canada|\bus\b|usa|america|japan|\buk\b"
    r"|australia|singapore|malaysia|europe|germany|france"
)
_MAINLAND = re.compile(
    r"苏州|宁波|无锡|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川"
    r"|贵州|云南|陕西|甘肃|青海|内蒙古|内蒙|广西|西藏|宁夏|新疆|江浙沪|偏远|杭州|广州|深圳|成都|武汉|南京|西安"
    r"|xinjiang|tibet|beijing|shanghai|guangzhou|shenzhen|chengdu|hangzhou|wuhan|nanjing|remote"
)
_COVERS_MAINLAND = re.compile(
    r"全国|其他地区|其它地区|各地|nationwide|elsewhere|other regions|anywhere in china"
)

# How close (multilingual-e5 cosine) a sentence sharing only half the asked words must be; e5
# puts unrelated short Chinese texts near 0.85 and English ones near 0.80.
CLOSE_ZH, CLOSE_EN = 0.88, 0.84
_JIANGZHEHU = ("上海", "江苏", "浙江", "杭州", "南京", "苏州", "宁波", "无锡")


@dataclass(frozen=True)
class Passage:
    text: str
    source: str  # "selling_point" or "description"


def asks_about_product(question: str) -> bool:
    """A comment no intent rule caught, shaped like a question about the thing on screen (not
    about the presenter, the weather or the music)."""
    return bool(_ASKS.search(question)) and not _TO_PRESENTER.search(question)


def content_terms(text: str, ignore: Collection[str] = ()) -> set[str]:
    """The words of `text` that carry meaning: Chinese words (jieba) and English stems."""
    import jieba

    text = text.lower()
    terms: set[str] = set()
    if _CJK.search(text):
        jieba.setLogLevel(logging.WARNING)
        concepts = Concepts.load()
        concepts.teach(jieba)
        # Dictionary words only: jieba's guesses at new words glue a question's words together
        # ("盖会闷" for 盖 / 会 / 闷).
        for word in jieba.lcut(_A_NOT_A.sub(r"\1", text), HMM=False):
            word = _MODAL.sub("", word.strip())  # "能进" is "进"
            for prefix in (_NOT, _HOLDS):
                rest = prefix.sub("", word)
                if rest != word and concepts.is_word(rest):
                    word = rest  # "不酸" names 酸, "装茶" 茶 (but "不锈钢" is steel)
            if word and _CJK.search(word) and word not in _ZH_STOP and word not in ignore:
                terms.add(word)
    for word in re.findall(r"[a-z][a-z0-9-]+", text.replace("'", "")):
        if word not in _EN_STOP and stem(word) not in _EN_STOP and stem(word) not in ignore:
            terms.add(stem(word))
    return terms


def concepts_of(terms: Collection[str]) -> set[str]:
    """The concepts these content words name (concepts.toml)."""
    concepts = Concepts.load()
    return {name for term in terms for name in concepts.of(term)}


def passages(product: Product) -> list[Passage]:
    """The product's own sentences that may answer a question."""
    out = [Passage(point, "selling_point") for point in product.selling_points]
    for source, text in (("description", product.description), ("shipping", product.shipping)):
        for sentence in _SENTENCE.split(text or ""):
            if sentence and sentence.strip():
                out.append(Passage(sentence.strip(), source))
    return out


def name_terms(product: Product) -> set[str]:
    """The words of the product's name: sharing them says nothing about an answer. A Chinese
    name's head word counts too ("杯子" for 马克杯, "套" for 四件套)."""
    import jieba

    names = content_terms(" ".join(filter(None, (product.title, product.category, product.brand))))
    heads = {term[-1] for term in names if _CJK.search(term[-1:]) and len(term) >= 2}
    # and the words inside a long one: "咖啡" of 咖啡豆 ("咖啡苦不苦" asks whether it is bitter)
    inner = {word for term in names if len(term) >= 3 for word in jieba.lcut_for_search(term)}
    inner = {word for word in inner if len(word) >= 2}
    named = names | heads | inner | {f"{head}子" for head in heads}
    concepts = Concepts.load()  # a property in the name is still asked about ("保温" of 保温杯)
    return {term for term in named if not concepts.is_word(term)}


def ground(product: Product, question: str, embedder: Embedder | None) -> Passage | None:
    """The sentence of the product's text that answers `question`, or None. It must share a
    content word with the question (not one of the product's own name); among several, the
    meaning model picks."""
    names = name_terms(product)
    asked = content_terms(question, names)
    if not asked:
        return None
    sharing = [p for p in passages(product) if covers(asked, p.text, names)]
    half = [p for p in passages(product) if p not in sharing and covers(asked, p.text, names, half=True)]
    if embedder is not None and half:
        # Exactly half of what is asked ("跑步出汗能戴吗": 出汗, not 跑步): only a sentence the
        # meaning model also finds close counts.
        vectors = embedder.embed([p.text for p in half], query=False)
        scores = vectors @ embedder.embed([question])[0]
        floor = CLOSE_ZH if _CJK.search(question) else CLOSE_EN
        sharing += [p for p, score in zip(half, scores, strict=True) if score >= floor]
    if not sharing:
        return None
    if embedder is None or len(sharing) == 1:
        return sharing[0]
    vectors = embedder.embed([p.text for p in sharing], query=False)
    return sharing[int(np.argmax(vectors @ embedder.embed([question])[0]))]


def covers(asked: set[str], text: str, names: Collection[str] = (), half: bool = False) -> bool:
    """Whether `text` speaks to what is asked: it has the one word asked about ("起球"), or more
    than half of them ("leave skin tight"; "does the lid have a straw" is not answered by "the
    lid pops open": the lid is only what the question is about), or every property of
    concepts.toml asked about — the other words then only set the scene ("夏天盖会闷吗" is
    answered by "透气": 夏天 and 盖 say when and how)."""
    said = content_terms(text, names)
    # A word of the same concept counts ("开水" is said by "热水"), and jieba cuts a phrase
    # differently in a question and in a sentence: see Concepts.said.
    concepts, lowered = Concepts.load(), text.lower()
    found = {t for t in asked if concepts.said(t, said, lowered)}
    if half:
        return len(asked) > 1 and len(found) * 2 == len(asked)
    properties = {t for t in asked if concepts.is_word(t)}
    if properties and properties <= found:
        return True
    return len(found) * 2 > len(asked) if len(asked) > 1 else bool(found)


def region_answer(question: str, shipping: str | None) -> bool | None:
    """For a shipping question naming a place: True when the shipping terms answer it (they name
    the place, or cover the whole mainland for a mainland place), False when they do not (the
    presenter checks), None when the question names no place."""
    text = (shipping or "").lower()
    abroad = _ABROAD.search(question)
    named = abroad or _MAINLAND.search(question)
    if named is None:
        return None
    place = named.group(0)
    if place in text or (place in _JIANGZHEHU and "江浙沪" in text):
        return True
    if abroad is not None:
        return False
    mentions_places = _COVERS_MAINLAND.search(text) or _MAINLAND.search(text)
    return bool(mentions_places)
