"""Answers to the questions viewers really ask (the labelled set in
vhost/assets/quality/questions.jsonl): from the product's own words when they answer it,
"let me check" when they do not, never an unrelated fact; shipping to a place the terms do
not cover is checked; the set's accuracy does not fall back."""

from datetime import datetime

import pytest

from vhost.catalog import load_catalog
from vhost.chat.evaluate import evaluate, judge, load_questions
from vhost.chat.grounding import asks_about_product, covers, ground, region_answer
from vhost.chat.meaning import E5Embedder
from vhost.chat.responder import ChatResponder
from vhost.config import ASSETS_DIR
from vhost.domain import ChatAction, ChatMessage

from .conftest import DEMO_CATALOG

NOW = datetime(2026, 12, 1, 20, 0)  # the moment the set is labelled for (its promotions)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DEMO_CATALOG).catalog


@pytest.fixture(scope="module")
def responders(catalog, compliance):
    embedder = E5Embedder()
    return {lang: ChatResponder(catalog, lang, compliance, embedder=embedder) for lang in ("zh", "en")}


def ask(responders, catalog, text, on_screen, lang="zh"):
    message = ChatMessage(text, user_id=text, name="viewer", id=text)
    return responders[lang].decide(message, catalog.product(on_screen), NOW, 0.0)


@pytest.mark.parametrize(
    ("text", "on_screen", "lang", "facts", "must", "never"),
    [
        # the issue's own example: "开水" is answered by "热水" (the same concept), never 一键弹盖
        ("能装开水吗", "A01", "zh", None, "热水|保温", "一键弹盖"),
        ("能装开水吗", "A07", "zh", "check", "确认", "拉坯"),  # the mug's text says nothing of heat
        ("能发新疆吗", "A03", "zh", "check", "确认", "当天发"),  # terms name no region
        ("新疆能发吗", "A01", "zh", "shipping", "全国包邮", None),  # 全国 covers it
        ("香港能寄吗", "A01", "zh", "check", "确认", None),  # 全国 is not abroad
        ("会起球吗", "A02", "zh", "selling_point", "不起球", None),
        ("跑步出汗能戴吗", "A04", "zh", "selling_point", "出汗", None),
        ("杯子能刻字吗", "A07", "zh", "check", "确认", None),
        ("杯子多重啊", "A07", "zh", "check", "确认", "350"),  # no weight: not another figure
        ("does the lid have a straw", "A01", "en", "check", "check", "pops open"),
        ("can it hold boiling water", "A01", "en", None, "hot", "pops open"),
        ("will the sheets pill", "A02", "en", None, None, "fizzy"),
        ("can i put soda in it", "A01", "en", "faq:0", "recommend", "pops open"),  # soda: fizzy drinks
        ("is it scented", "A03", "en", "selling_point", "fragrance", None),
        ("洗了会掉色吗", "A02", "zh", "selling_point", "褪色", None),  # 掉色 and 褪色
        ("夏天盖会闷吗", "A02", "zh", "selling_point", "透气", None),  # 夏天: only the scene
        ("会缩水吗", "A02", "zh", "check", "确认", None),  # nothing says it shrinks
        ("does it have spf", "A03", "en", "check", "check", "sunscreen"),  # washes it off ≠ protects
        ("1米5的床能用吗", "A02", "zh", "faq:1", "1.5米", None),  # said as 1米5
        ("is it heavy", "A01", "en", "spec:weight", "280", None),
        ("支持无线充电吗", "A04", "zh", "check", "确认", None),  # 支持 asking, not praise
    ],
)
def test_answers_come_from_the_products_words_or_the_presenter_checks(
    responders, catalog, text, on_screen, lang, facts, must, never
):
    decision = ask(responders, catalog, text, on_screen, lang)
    assert decision.action is ChatAction.SPEAK, decision
    if facts:
        assert (decision.reason or "").startswith(facts), decision
    if must:
        assert any(word in (decision.reply or "") for word in must.split("|")), decision.reply
    if never:
        assert never not in (decision.reply or ""), decision.reply


def test_chit_chat_to_the_presenter_is_not_taken_for_a_product_question(responders, catalog):
    for text in ("主播吃饭了吗", "主播是哪里人", "what's ur name", "what music is this"):
        assert (
            not asks_about_product(text)
            or ask(responders, catalog, text, "A01").action is not ChatAction.SPEAK
        )


def test_grounding_needs_the_words_asked_about(catalog):
    bottle = catalog.product("A01")
    assert ground(bottle, "能装吸管吗", None) is None
    assert ground(catalog.product("A07"), "能装开水吗", None) is None
    assert ground(catalog.product("A02"), "会起球吗", None).text.endswith("不起球")
    assert covers({"起球"}, "手感顺滑不起球") and not covers({"lid", "straw"}, "the lid pops open")
    assert region_answer("能发西藏吗", "下单后48小时内发货，全国包邮") is True
    assert region_answer("上海明天能到吗", "江浙沪次日达，其他地区3到5天") is True
    assert region_answer("ship to canada?", "ships within 48 hours, free delivery nationwide") is False
    assert region_answer("多少钱", "全国包邮") is None


def test_the_labelled_set_is_answered_right_by_kind(responders, catalog):
    questions = load_questions(ASSETS_DIR / "quality" / "questions.jsonl")
    assert len(questions) >= 150 and {q.lang for q in questions} == {"zh", "en"}
    scores = evaluate(questions, responders, catalog, NOW)
    by_kind = scores.by_kind()
    assert scores.accuracy() >= 0.9, by_kind  # 0.94 measured; 0.87 before concepts, 0.60 before grounding
    kinds = ("price", "stock", "variant", "compound", "shipping_region", "off_topic", "moderation", "faq")
    for kind in kinds:
        right, asked = by_kind[kind]
        assert right / asked >= 0.85, (kind, right, asked)
    # Never an unrelated fact for what the catalog does not say: it checks, or stays silent.
    wrong = [v for v in scores.verdicts if v.question.kind == "unanswerable" and not v.right]
    assert all(
        not (v.decision.reason or "").startswith(("selling_point", "description", "faq")) for v in wrong
    )


def test_a_labelled_verdict_can_fail():
    from vhost.chat.evaluate import Question
    from vhost.domain import ChatDecision

    question = Question("多少钱", "zh", "A01", "price", "A01", "price", ("89元",), ("99元",))
    said = ChatDecision(ChatMessage("多少钱"), ChatAction.SPEAK, "price", "A01", "现在99元", reason="price")
    assert judge(question, said) == (False, "the reply lacks ['89元']")
    silent = ChatDecision(ChatMessage("多少钱"), ChatAction.IGNORE, "price", reason="busy")
    assert not judge(question, silent)[0]


def test_vhost_chat_eval_prints_the_table_and_the_wrong_answers(cli, tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        '{"q": "多少钱", "lang": "zh", "on_screen": "A01", "kind": "price", "product": "A01",'
        ' "expect": "price", "must": ["89元"], "never": []}\n'
        '{"q": "杯子能刻字吗", "lang": "zh", "on_screen": "A07", "kind": "material_use", "product": "A07",'
        ' "expect": "selling_point", "must": [], "never": [], "set": "later"}\n',
        "utf-8",
    )
    code, out, _ = cli("chat-eval", "--set", str(questions), "--wrong")
    assert code == 0
    assert "| price | 1 | 1 | 100% |" in out and "| material_use | 0 | 1 | 0% |" in out
    assert "| **all** | 1 | 2 | 50% |" in out and "decision latency: median" in out
    assert "杯子能刻字吗" in out and "instead of" not in out and "used check, wanted selling_point" in out
    assert "by batch: first 1/1 (100%), later 0/1 (0%)" in out  # a batch written later, apart
