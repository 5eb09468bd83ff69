"""The shop back-offices whose exports vhost knows, recognised by their header rows.

Most columns mean the same everywhere and are read through the alias table (aliases.py). A
format here adds two things: its name, so the import report can say "read as a Shopify
products export" (the merchant sees vhost understood the file), and the few headings that
mean something else in that one format (WooCommerce's "Type" is simple/variable, not a
category). docs/catalog.md describes each format; tests/data/exports holds a sample of each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vhost.catalog.aliases import normalize_heading
from vhost.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ExportFormat:
    name: str  # as the import report says it (a translatable source string)
    signature: tuple[tuple[str, ...], ...]  # each group: one of these headings must be present
    # Headings read differently in this format: heading → field, or None for "not a catalog column".
    headings: dict[str, str | None] = field(default_factory=dict)


FORMATS = (
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a Taobao/Tmall export (淘宝助理 / 千牛)"),
        (("宝贝名称", "skuprops", "销售属性组合"), ("宝贝价格", "宝贝数量", "num", "cid")),
        # "新图片" is 淘宝助理's picture list (hash:type:position:|address; see taobao.py);
        # "features" (尺码库) is a code list, not selling points: those are "subtitle" (宝贝卖点).
        {"picture": "taobao_pictures", "新图片": "taobao_pictures", "features": None},
    ),
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a Shopify products export"),
        (("handle",), ("variant price",)),
    ),
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a WooCommerce products export"),
        (("parent",), ("regular price",), ("attribute 1 name", "type")),
        # "Type" is simple/variable/variation; the categories are in "Categories".
        {"type": None},
    ),
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a Pinduoduo export (拼多多)"),
        (("拼单价",),),
        # 拼多多's "规格" is a variant's options ("颜色:粉色;尺寸:中号"), not specs; "单买价" is
        # the price bought alone, not a former price, so it is never said as an "original price".
        {"规格": "options"},
    ),
    ExportFormat(QT_TRANSLATE_NOOP("vhost", "a JD export (京东)"), (("京东价",),)),
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a Douyin shop export (抖店)"),
        (("商品规格",), ("规格id", "商家sku编码"), ("售价",)),
    ),
    ExportFormat(
        QT_TRANSLATE_NOOP("vhost", "a Kuaishou shop export (快手小店)"),
        (("商品标题",), ("sku规格",)),
    ),
)


def detect(headings: list[str]) -> ExportFormat | None:
    """The format whose signature the header row has, if any."""
    present = {normalize_heading(h) for h in headings if h}
    for export in FORMATS:
        if all(any(normalize_heading(h) in present for h in group) for group in export.signature):
            return export
    return None
