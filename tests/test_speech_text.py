"""Chinese and English text normalisation: what the voice is given to say."""

import pytest

from vhost.speech.normalize_en import normalize_en
from vhost.speech.normalize_zh import decimal_to_zh, int_to_zh, normalize_zh
from vhost.speech.phonemes import split_sentences


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "零"),
        (7, "七"),
        (10, "十"),
        (15, "十五"),
        (20, "二十"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (1010, "一千零一十"),
        (1299, "一千二百九十九"),
        (2000, "两千"),
        (20000, "两万"),
        (120000, "十二万"),
        (100000001, "一亿零一"),
        (30500, "三万零五百"),
    ],
)
def test_whole_numbers_read_as_people_say_them(number, words):
    assert int_to_zh(number) == words


def test_decimals():
    assert decimal_to_zh("89.90") == "八十九点九"
    assert decimal_to_zh("1,299.00") == "一千二百九十九"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("¥1,299", "一千二百九十九元"),
        ("￥89.90", "八十九点九元"),
        ("到手价129元，原价199元", "到手价一百二十九元，原价一百九十九元"),
        ("只要99块", "只要九十九块"),
        ("限时50%优惠", "限时百分之五十优惠"),
        ("打8.5折", "打八点五折"),
        ("活动2026-11-30结束", "活动二零二六年十一月三十日结束"),
        ("11月23日20:00开播", "十一月二十三日二十点开播"),
        ("晚上8:30见", "晚上八点半见"),
        ("容量500ml", "容量五百毫升"),
        ("5000mAh大电池", "五千毫安时大电池"),
        ("1.5L大容量", "一点五升大容量"),
        ("3-5天发货", "三到五天发货"),
        ("送2个杯盖", "送两个杯盖"),
        ("第3件半价", "第三件半价"),
        ("客服电话4008123123", "客服电话四零零八一二三一二三"),
        ("已售1.2万件", "已售一点二万件"),
    ],
)
def test_chinese_numbers_prices_dates_and_units(text, spoken):
    assert normalize_zh(text) == spoken


def test_brand_names_are_left_for_the_english_phonemizer():
    assert normalize_zh("这款iPhone壳支持USB-C快充") == "这款iPhone壳支持USB-C快充"


def test_no_digit_survives_chinese_normalisation():
    text = "原价¥1,299，现在999元，满300减50，还有12期免息，2026年11月30日23:59截止，库存88件"
    assert not any(ch.isdigit() for ch in normalize_zh(text))


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("only $19.99 today", "only 19 dollars 99 today"),
        ("just $5", "just 5 dollars"),
        ("¥129 off", "129 yuan off"),
        ("save 30%", "save 30 percent"),
        ("1,299 sold", "1299 sold"),
    ],
)
def test_english_money_and_percentages(text, spoken):
    assert normalize_en(text) == spoken


def test_sentences_split_at_their_ends():
    parts = split_sentences("欢迎！这款很好。真的吗？Yes. It is!")
    assert parts == ["欢迎！", "这款很好。", "真的吗？", "Yes.", "It is!"]
