"""Column-name alias table: the headings shop exports use, mapped to Product fields.

Matching ignores case, spaces, underscores, hyphens, full-width forms and a trailing unit in
brackets, so "Original Price (¥)", "original_price" and "原价（元）" all map to
``original_price``. docs/catalog.md prints this table for merchants; keep both in step.
"""

from __future__ import annotations

import re
import unicodedata

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": (
        "id",
        "sku",
        "sku id",
        "product id",
        "item id",
        "商品id",
        "商品编号",
        "商品编码",
        "货号",
        "编号",
        "款号",
        "链接号",
    ),
    "title": (
        "title",
        "name",
        "product",
        "product name",
        "product title",
        "item name",
        "商品名称",
        "商品名",
        "商品标题",
        "名称",
        "标题",
        "宝贝名称",
        "品名",
    ),
    "brand": ("brand", "brand name", "品牌", "品牌名称"),
    "category": ("category", "type", "product type", "类目", "分类", "品类", "商品类目"),
    "description": ("description", "desc", "details", "描述", "商品描述", "详情", "商品详情", "简介"),
    "price": (
        "price",
        "sale price",
        "selling price",
        "current price",
        "live price",
        "价格",
        "售价",
        "现价",
        "到手价",
        "直播价",
        "销售价",
        "一口价",
    ),
    "original_price": (
        "original price",
        "list price",
        "regular price",
        "msrp",
        "rrp",
        "compare at price",
        "was price",
        "原价",
        "划线价",
        "市场价",
        "吊牌价",
        "专柜价",
    ),
    "currency": ("currency", "币种", "货币"),
    "stock": (
        "stock",
        "inventory",
        "qty",
        "quantity",
        "stock quantity",
        "库存",
        "库存数量",
        "库存量",
        "数量",
    ),
    "selling_points": (
        "selling points",
        "selling point",
        "highlights",
        "features",
        "key features",
        "卖点",
        "亮点",
        "商品卖点",
        "核心卖点",
    ),
    "specs": ("specs", "specifications", "spec", "attributes", "规格", "参数", "规格参数", "商品参数"),
    "promotion": ("promotion", "promo", "deal", "offer", "促销", "优惠", "活动", "促销活动", "优惠活动"),
    "promotion_price": ("promotion price", "promo price", "deal price", "活动价", "秒杀价", "促销价"),
    "promotion_start": (
        "promotion start",
        "promo start",
        "deal start",
        "start",
        "活动开始",
        "开始时间",
        "活动开始时间",
        "促销开始",
    ),
    "promotion_end": (
        "promotion end",
        "promo end",
        "deal end",
        "end",
        "ends",
        "活动结束",
        "结束时间",
        "活动结束时间",
        "截止时间",
        "促销结束",
    ),
    "shipping": ("shipping", "delivery", "发货", "物流", "运费", "配送", "发货说明"),
    "faq": ("faq", "faqs", "q&a", "qa", "常见问题", "问答", "问题解答"),
    "images": (
        "images",
        "image",
        "image paths",
        "picture",
        "pictures",
        "photo",
        "图片",
        "主图",
        "商品图片",
        "图片路径",
    ),
    "lang": ("lang", "language", "语言"),
}

_UNIT_SUFFIX = re.compile(r"[(\[（【].*?[)\]）】]$")
_SEPARATORS = re.compile(r"[\s_\-/]+")


def normalize_heading(heading: str) -> str:
    """Canonical form of a column heading for alias lookup."""
    text = unicodedata.normalize("NFKC", str(heading)).strip().lower()
    text = _UNIT_SUFFIX.sub("", text).strip()
    text = text.rstrip(":：*")
    return _SEPARATORS.sub(" ", text).strip()


_LOOKUP: dict[str, str] = {
    normalize_heading(alias): field for field, aliases in FIELD_ALIASES.items() for alias in aliases
}
# The canonical field names themselves ("original_price", "selling_points") always work.
_LOOKUP.update({normalize_heading(field): field for field in FIELD_ALIASES})


def field_for_heading(heading: str) -> str | None:
    """The Product field a column heading stands for, or None if it is not a known column."""
    return _LOOKUP.get(normalize_heading(heading))
