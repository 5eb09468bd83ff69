"""Column-name alias table: the headings shop exports use, mapped to Product fields.

Matching ignores case, spaces, underscores, hyphens, full-width forms and a trailing unit in
brackets, so "Original Price (¥)", "original_price" and "原价（元）" all map to
``original_price``. docs/catalog.md prints this table for merchants; keep both in step.
"""

from __future__ import annotations

import re
import unicodedata

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    # When two columns name one field, the one listed first here wins: the platform's product
    # id before the merchant's own code, the merchant's SKU code before the platform's SKU id.
    "id": (
        "商品id",
        "id",
        "product id",
        "item id",
        "数字id",
        "num id",
        "商品编号",
        "商品编码",
        "货号",
        "编号",
        "款号",
        "链接号",
        "handle",
        "url handle",
        "商家编码",
        "outer id",
    ),
    # A variant's own code; a product without an id and without variants is known by it.
    "sku": (
        "商家sku编码",
        "sku编码",
        "variant sku",
        "sku",
        "sku编号",
        "sku id",
        "skuid",
        "规格编码",
        "规格id",
    ),
    # The product a variant row belongs to (WooCommerce "Parent": "id:12" or the parent's SKU).
    "group": ("parent", "parent id", "parent sku", "所属商品", "父商品"),
    # A variant's options in one cell: "颜色:红色;尺码:M".
    "options": (
        "options",
        "variant",
        "variant options",
        "sku规格",
        "sku属性",
        "销售属性",
        "规格值",
        "商品规格",
    ),
    "variant_image": ("variant image", "sku图片", "规格图片"),
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
    "brand": ("brand", "brand name", "vendor", "品牌", "品牌名称"),
    "category": ("category", "type", "product type", "categories", "类目", "分类", "品类", "商品类目"),
    "description": (
        "description",
        "desc",
        "details",
        "body",
        "body html",
        "描述",
        "商品描述",
        "宝贝描述",
        "详情",
        "商品详情",
        "简介",
    ),
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
        "宝贝价格",
        "variant price",
        "sku价格",
        "拼单价",
        "京东价",
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
        "variant compare at price",
        "compare-at price",
        "参考价",
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
        "num",
        "宝贝数量",
        "variant inventory qty",
        "inventory qty",
        "inventory quantity",
        "可售库存",
        "sku库存",
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
        "宝贝卖点",
        "subtitle",
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
        "image src",
        "product image url",
        "商品主图",
    ),
    # 淘宝助理 writes a product's variants in its one row (see taobao.py).
    "taobao_skus": ("skuprops", "销售属性组合"),
    "taobao_aliases": ("propalias", "销售属性别名"),
    "taobao_custom": ("input custom cpv", "自定义属性值"),
    "lang": ("lang", "language", "语言"),
}

# Columns that hold one option of a variant ("颜色" = 红色 on a row per variant). On a product
# with a single row they are specs. A heading maps to "option:<heading as written>".
OPTION_HEADINGS = (
    "颜色",
    "颜色分类",
    "尺码",
    "容量",
    "款式",
    "口味",
    "型号",
    "套餐",
    "版本",
    "香型",
    "colour",
    "color",
    "size",
    "capacity",
    "style",
    "flavour",
    "flavor",
    "model",
    "edition",
    "scent",
)
# Numbered option name/value pairs: Shopify "Option1 Name"/"Option1 Value", WooCommerce
# "Attribute 1 name"/"Attribute 1 value(s)".
_NUMBERED_OPTION = re.compile(r"^(?:option|attribute|属性|规格)\s?(\d)\s?(name|value|名称?|值)s?$")

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
_RANK: dict[str, int] = {
    normalize_heading(alias): rank for aliases in FIELD_ALIASES.values() for rank, alias in enumerate(aliases)
}
# The canonical field names themselves ("original_price", "selling_points") always work.
_LOOKUP.update({normalize_heading(field): field for field in FIELD_ALIASES})


_OPTIONS = {normalize_heading(h) for h in OPTION_HEADINGS}


def heading_rank(heading: str) -> int:
    """Where a heading stands among its field's names (0 first); decides between two columns
    that name one field."""
    return _RANK.get(normalize_heading(heading), len(_RANK))


def field_for_heading(heading: str) -> str | None:
    """The Product field a column heading stands for, or None if it is not a known column.

    Option columns give "option:<heading>" ("option:颜色"), numbered option columns
    "option_name:1" / "option_value:1"."""
    key = normalize_heading(heading)
    if key in _LOOKUP:
        return _LOOKUP[key]
    if key in _OPTIONS:
        return f"option:{str(heading).strip()}"
    numbered = _NUMBERED_OPTION.match(key)
    if numbered:
        kind = "name" if numbered[2] in ("name", "名", "名称") else "value"
        return f"option_{kind}:{numbered[1]}"
    return None
