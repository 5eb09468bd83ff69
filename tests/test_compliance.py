import pytest

from vhost.errors import ComplianceRulesError
from vhost.script import ComplianceFilter

FORBIDDEN_ZH = ["最", "第一", "国家级", "顶级", "100%", "绝对", "万能", "特效", "根治", "全网最低"]
FORBIDDEN_EN = ["best", "#1", "guaranteed", "cure", "lowest price", "100%"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全网最低价，销量第一！", "超值价，很受欢迎！"),
        ("国家级品质，顶级面料。", "高水准的品质，优质面料。"),
        ("１００％纯棉，绝对好用", "纯棉，非常好用"),
        ("这是万能清洁剂，特效去污。", "这是多用途清洁剂，有效去污。"),
        ("最好冷水手洗，最近很火，最后一件", "建议冷水手洗，最近很火，最后一件"),
        ("第一次用的朋友第一时间下单", "第一次用的朋友第一时间下单"),
        ("第一句说保温，第一，它轻便。", "第一句说保温，第一，它轻便。"),  # ordinals, not rankings
        ("口感最好的咖啡", "口感很好的咖啡"),
    ],
)
def test_zh_rewrites(compliance, text, expected):
    assert compliance.apply(text, "zh").text == expected


# Whole claims are rewritten, so a sales line still reads as a sentence after the filter (issue 18).
SALES_LINES_ZH = [
    ("绝对是世界上最好的毛巾", "真的是很好的毛巾"),
    ("史上最强保温杯", "性能出众的保温杯"),
    ("这款面膜全网最低价，只要59元！", "这款面膜价格实惠，只要59元！"),
    ("这是史上最低价。", "这是超值价。"),
    ("全网最便宜的羊毛衫就在我们直播间", "价格实惠的羊毛衫就在我们直播间"),
    ("这个价格全网最低，错过可惜", "这个价格实惠，错过可惜"),
    ("价格是全网最低的！", "价格实惠！"),
    ("我们家全网最便宜。", "我们家价格实惠。"),
    ("今天的价格是历史最低", "今天的价格实惠"),
    ("全网最划算的套装", "价格实惠的套装"),
    ("最低只要39元，手慢无", "低至39元，手慢无"),
    ("这绝对是好东西", "这真的是好东西"),
    ("绝对正品，放心买", "正品，放心买"),
    ("这件衣服绝对不会起球", "这件衣服不会起球"),
    ("买了绝对不后悔", "买了不后悔"),
    ("这款空气炸锅绝对好用", "这款空气炸锅非常好用"),
    ("永不褪色的彩色玻璃杯", "不易褪色的彩色玻璃杯"),
    ("这是目前市面上最好用的吹风机", "这是很好用的吹风机"),
    ("这款精华液是同价位最好的", "这款精华液是很好的"),
    ("这是宇宙最强的洗碗机", "这是很强的洗碗机"),
    ("保温效果史上最强！", "保温效果很强！"),
    ("续航最强的充电宝", "续航很强的充电宝"),
    ("今年最火单品，姐妹们冲", "今年很火的单品，姐妹们冲"),
    ("最美连衣裙上新啦", "很美的连衣裙上新啦"),
    ("这是我们直播间最划算的一次", "这是我们直播间很划算的一次"),
    ("宝宝用最安全", "宝宝用很安全"),
    ("销量第一的防晒霜，好评如潮", "很受欢迎的防晒霜，好评如潮"),
    ("行业第一品牌，值得信赖", "很受欢迎的品牌，值得信赖"),
    ("全网销量冠军，回购率超高", "全网很受欢迎，回购率超高"),
    ("这款耳机音质完美，完美贴合耳朵", "这款耳机音质出色，很好地贴合耳朵"),
    ("这床被子采用世界级工艺", "这床被子采用高水准的工艺"),
    ("这款锅是国家级品质", "这款锅是高水准的品质"),
    ("送礼首选，包装精美", "送礼好选择，包装精美"),
    ("独一无二的设计", "独特的设计"),
    ("100%纯棉，亲肤透气", "纯棉，亲肤透气"),
    ("最新款手机壳，最近卖得很好", "新款手机壳，最近卖得很好"),
]


@pytest.mark.parametrize("text, expected", SALES_LINES_ZH)
def test_zh_sales_lines_are_rewritten_whole(compliance, text, expected):
    result = compliance.apply(text, "zh")
    assert result.text == expected and result.changed


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


SALES_LINES_EN = [
    ("The best bottle in the world.", "A great bottle."),
    ("The best water bottle on the market.", "A great water bottle."),
    ("It's the world's best coffee grinder.", "It's a great coffee grinder."),
    ("It's the best in the world.", "It's excellent."),
    ("It is absolutely the best towel you will ever own.", "It is really a great towel."),
    ("This blender is absolutely the best!", "This blender is really good!"),
    ("This mug is the best for travel.", "This mug is excellent for travel."),
    ("It's the best!", "It's excellent!"),
    ("Best towel ever!", "A great towel!"),
    ("This is the best deal you'll find anywhere.", "This is a great deal."),
    ("This is our best blanket.", "This is our favourite blanket."),
    ("Best of all, it is machine washable.", "Even better, it is machine washable."),
    ("It's best to hand wash it in cold water.", "It's better to hand wash it in cold water."),
    ("We are the cheapest online.", "We are great value."),
    ("This is the cheapest blender online.", "This is a great-value blender."),
    ("Lowest price on the internet!", "A great price!"),
    ("We have the lowest prices online.", "We have great prices."),
    ("This is the best price of the year.", "This is a great price."),
    ("Our cheapest price ever!", "Our special price!"),
    ("Guaranteed lowest price.", "A great price."),
    ("You won't find it cheaper anywhere.", "It is great value."),
    ("The #1 choice of moms everywhere.", "A popular choice of moms everywhere."),
    ("Number one in Japan for ten years.", "Popular in Japan for ten years."),
    ("World-class quality at a fair price.", "Excellent quality at a fair price."),
    ("This vacuum is absolutely amazing.", "This vacuum is really amazing."),
    ("100% cotton, so soft on your skin.", "Cotton, so soft on your skin."),
]


@pytest.mark.parametrize("text, expected", SALES_LINES_EN)
def test_en_sales_lines_are_rewritten_whole(compliance, text, expected):
    result = compliance.apply(text, "en")
    assert result.text == expected and result.changed


def test_the_phrase_forms_of_a_claim_report_the_claim(compliance):
    changes = compliance.apply("Best towel ever! The best mug.", "en").changes
    assert [c.rule_id for c in changes] == ["en-the-best", "en-the-best"]
    assert [(c.original, c.replacement) for c in changes] == [
        ("Best towel ever", "A great towel"),
        ("The best", "A great"),
    ]


def test_spans_mark_the_forbidden_words_where_they_were_typed(compliance):
    text = "柔软！全网最低价，１００％纯棉"  # full-width digits are folded one for one
    marked = {text[start:end] for start, end, _ in compliance.spans(text, "zh")}
    assert "全网最低价" in marked and "１００％" in marked and "柔软" not in "".join(marked)
    assert compliance.spans("Soft and warm.", "en") == []


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
        (
            '[[rule]]\nid = "a"\nlang = "en"\npattern = "(x)"\naction = "replace"\n'
            'replacement = "\\\\2"\nreason = "r"',  # \2: the pattern has one group
            "bad replacement",
        ),
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


def test_a_claim_in_the_other_language_is_caught_too(compliance):
    """An operator may type an English claim into a Chinese show, or the other way round."""
    english_in_zh = compliance.apply("This lunch box is the best in the world. 今天59元。", "zh")
    assert english_in_zh.text == "This lunch box is excellent.今天59元。" and english_in_zh.changed
    chinese_in_en = compliance.apply("We are the cheapest online. 全网最低价!", "en")
    assert "cheapest" not in chinese_in_en.text and "全网最低" not in chinese_in_en.text
    assert compliance.apply("One. Two.", "zh").text == "One. Two."  # English sentences keep their space
