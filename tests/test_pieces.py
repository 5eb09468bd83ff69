"""How answers are cut into pieces (the first sound comes after the short lead is made)."""

import pytest

from vhost.engine.pieces import answer_pieces


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "好的，316不锈钢保温杯现在89元，原价129元。",
            ["好的，", "316不锈钢保温杯现在89元，", "原价129元。"],
        ),
        ("有货。", ["有货。"]),
        # the words after the lead may be short: made while the lead plays, no gap after it
        (
            "这位朋友，这套是1.8米床的，1.5米床请选同款1.5米规格。",
            ["这位朋友，", "这套是1.8米床的，", "1.5米床请选同款1.5米规格。"],
        ),
        ("感谢星星送的礼物，太客气了！", ["感谢星星送的礼物，太客气了！"]),  # two short clauses stay one
        (
            "Sure, the bottle is $1,299, down from $1,399, so you save $100. It ships in 48 hours.",
            [
                "Sure,",
                "The bottle is $1,299,",
                "down from $1,399, so you save $100.",
                "It ships in 48 hours.",
            ],
        ),
    ],
)
def test_an_answer_is_spoken_lead_first_then_clause_by_clause(text, pieces):
    assert answer_pieces(text) == pieces
    joined = "".join(answer_pieces(text)).replace(" ", "")
    assert joined.lower() == text.replace(" ", "").lower()  # nothing lost
