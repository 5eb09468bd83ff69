"""淘宝助理 / 千牛 CSV: a product's variants packed into its one row.

The "skuProps" (销售属性组合) cell lists every SKU as ``price:quantity:merchant code:`` followed
by its property pairs ``pid:vid;``:

    89.00:12:TS-BL-M:1627207:-1001;20509:28315;99.00:30:TS-BK-M:1627207:28341;20509:28315;

Property ids (pid) and value ids (vid) are Taobao's. The seller's own words for a value are in
"input_custom_cpv" (自定义属性值, for values the seller typed, with negative vids) and "propAlias"
(销售属性别名, a seller's name for a standard value), both as ``pid:vid:name;``. Standard values
without an alias are named from the small table below (the sizes and the commonest colours);
a value with no name anywhere is reported, never spoken as a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vhost.catalog.readers import RawRecord
from vhost.catalog.values import clean_text
from vhost.messages import QT_TRANSLATE_NOOP, Message

# Taobao's standard property ids for the options of clothes and most goods.
PROPERTY_NAMES = {"1627207": "颜色分类", "20509": "尺码"}
# Taobao's standard value ids: clothing sizes and the two commonest colours.
VALUE_NAMES = {
    "28313": "XS",
    "28314": "S",
    "28315": "M",
    "28316": "L",
    "28317": "XL",
    "28318": "XXL",
    "28319": "XXXL",
    "28320": "白色",
    "28341": "黑色",
}


@dataclass
class Unpacked:
    variants: list[RawRecord]
    problems: list[tuple[str, Message]]  # (field, reason) for the product's row


def unpack(record: RawRecord) -> Unpacked:
    """The row's SKUs as variant records (fields: options, price, stock, sku)."""
    fields = record.fields
    # A seller's alias wins over the standard name; its own typed value is the only name.
    names = {**_names(fields.get("taobao_custom")), **_names(fields.get("taobao_aliases"))}
    variants: list[RawRecord] = []
    problems: list[tuple[str, Message]] = []
    for number, sku in enumerate(_skus(clean_text(fields.get("taobao_skus")) or ""), start=1):
        price, quantity, code, pairs = sku
        options = []
        for pid, vid in pairs:
            value = names.get((pid, vid)) or VALUE_NAMES.get(vid)
            if value is None:
                problems.append(
                    (
                        "variants",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "vhost",
                                "SKU {number} has the option value {pid}:{vid}, which has no name in"
                                " the export (name it in 淘宝助理 and export again); that SKU is left out",
                            ),
                            number=number,
                            pid=pid,
                            vid=vid,
                        ),
                    )
                )
                break
            # A property not in the table is called what 淘宝 calls any sales property: 规格.
            options.append((PROPERTY_NAMES.get(pid, "规格"), value))
        else:
            where = Message(
                QT_TRANSLATE_NOOP("vhost", "{where}, SKU {number}"), where=record.where, number=number
            )
            variant: dict[str, Any] = {"options": tuple(options), "price": price, "stock": quantity}
            if code:
                variant["sku"] = code
            variants.append(RawRecord(where, variant))
    return Unpacked(variants, problems)


def _skus(text: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """[(price, quantity, merchant code, [(pid, vid)…])…] from a skuProps cell."""
    skus: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    for token in (t.strip() for t in text.split(";")):
        parts = token.split(":")
        if len(parts) >= 5:  # price:quantity:code:pid:vid opens a SKU
            skus.append((parts[0], parts[1], ":".join(parts[2:-2]), [(parts[-2], parts[-1])]))
        elif len(parts) == 2 and skus:
            skus[-1][3].append((parts[0], parts[1]))
    return skus


def _names(value: Any) -> dict[tuple[str, str], str]:
    """``pid:vid:name;`` entries as {(pid, vid): name}."""
    out: dict[tuple[str, str], str] = {}
    for entry in (clean_text(value) or "").split(";"):
        parts = entry.split(":", 2)
        if len(parts) == 3 and parts[2].strip():
            out[(parts[0].strip(), parts[1].strip())] = parts[2].strip()
    return out


def pictures(value: Any) -> list[str]:
    """The product's pictures in a "picture" (新图片) cell, ``hash:type:position:|address;`` each:
    type 1 is the product's own picture (type 2 a SKU's, left to the SKU)."""
    out = []
    for entry in (clean_text(value) or "").split(";"):
        name, _, address = entry.partition("|")
        parts = name.split(":")
        if address.strip() and len(parts) >= 2 and parts[1] == "1":
            out.append(address.strip())
    return out
