import pytest

from vhost.errors import ComplianceRulesError
from vhost.script import ComplianceFilter

FORBIDDEN_ZH = ["最", "第一", "国家级", "顶级", "100%", "绝对", "万能", "特效", "根治", "全网最低"]
FORBIDDEN_EN = ["best", "#1", "guaranteed", "cure", "lowest price", "100%"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全网最低价，销量第一！", "超值价，很受欢迎！"),
        ("国家级品质，顶级面料。", "品质，优质面料。"),
        ("１００％纯棉，绝对好用", "纯棉，非常好用"),
        ("这是万能清洁剂，特效去污。", "这是多用途清洁剂，效果去污。"),
        ("最好冷水手洗，最近很火，最后一件", "建议冷水手洗，最近很火，最后一件"),
        ("第一次用的朋友第一时间下单", "第一次用的朋友第一时间下单"),
        ("口感最好的咖啡", "口感很好的咖啡"),
    ],
)
def test_zh_rewrites(compliance, text, expected):
    assert compliance.apply(text, "zh").text == expected


def test_zh_medical_claims_drop_the_sentence(compliance):
    result = compliance.apply("面料柔软。可以根治失眠！颜色好看。", "zh")
    assert result.text == "面料柔软。颜色好看。"
    [change] = result.changes
    assert change.rule_id == "zh-medical-claim" and change.replacement is None
    assert change.original == "可以根治失眠！" and "广告法" in change.reason


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The best mug, #1 on the market.", "A great mug, popular on the market."),
        ("Best-selling and guaranteed fresh.", "Popular and fresh."),
        ("100% cotton. The lowest price online!", "Cotton. A great price!"),
        ("Absolutely perfect for travel.", "Really excellent for travel."),
    ],
)
def test_en_rewrites(compliance, text, expected):
    assert compliance.apply(text, "en").text == expected


def test_en_cure_claims_are_dropped_and_reported(compliance):
    result = compliance.apply("Soft fabric. It cures back pain. Ships today.", "en")
    assert result.text == "Soft fabric. Ships today."
    assert [c.rule_id for c in result.changes] == ["en-medical-claim"]


def test_everything_dropped_gives_none(compliance):
    assert compliance.apply("包治百病。", "zh").text is None


@pytest.mark.parametrize("term", FORBIDDEN_ZH)
def test_every_listed_zh_term_is_caught(compliance, term):
    text = f"这款{term}好用的杯子。"
    result = compliance.apply(text, "zh")
    assert result.changed
    assert result.text is None or term not in result.text


@pytest.mark.parametrize("term", FORBIDDEN_EN)
def test_every_listed_en_term_is_caught(compliance, term):
    result = compliance.apply(f"This mug is {term} for you.", "en")
    assert result.changed
    assert result.text is None or term not in result.text.lower()


def test_violations_for_highlighting(compliance):
    ids = [r.id for r in compliance.violations("全网最低，国家级", "zh")]
    assert "zh-lowest-price" in ids and "zh-national-level" in ids
    assert compliance.violations("Great mug", "en") == []


def test_rules_file_is_editable(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nid = "no-cheap"\nlang = "en"\npattern = "cheap"\n'
        'action = "replace"\nreplacement = "affordable"\nreason = "tone"\n'
    )
    result = ComplianceFilter.load(rules).apply("Cheap mugs, cheap plates.", "en")
    assert result.text == "Affordable mugs, affordable plates."
    assert [c.rule_id for c in result.changes] == ["no-cheap", "no-cheap"]


@pytest.mark.parametrize(
    "body, message",
    [
        ("not toml [", "not valid TOML"),
        ("x = 1", "no \\[\\[rule\\]\\] entries"),
        ('[[rule]]\nid = "a"\nlang = "fr"\npattern = "x"\naction = "drop"\nreason = "r"', "use zh or en"),
        ('[[rule]]\nid = "a"\nlang = "en"\npattern = "("\naction = "drop"\nreason = "r"', "bad pattern"),
        (
            '[[rule]]\nid = "a"\nlang = "en"\npattern = "x"\naction = "replace"\nreason = "r"',
            "without a replacement",
        ),
        ('[[rule]]\nid = "a"\nlang = "en"\naction = "drop"\nreason = "r"', "lacks pattern"),
    ],
)
def test_bad_rules_file_is_one_sentence(tmp_path, body, message):
    rules = tmp_path / "rules.toml"
    rules.write_text(body)
    with pytest.raises(ComplianceRulesError, match=message):
        ComplianceFilter.load(rules)


def test_missing_rules_file(tmp_path):
    with pytest.raises(ComplianceRulesError, match="is missing"):
        ComplianceFilter.load(tmp_path / "none.toml")
