"""Rows → products with variants: which rows of a file are one product, and their options.

Shop exports write variants in one of three ways, and all three end here as one RecordGroup
per product (its own fields, then one record per variant with ``options``, price, stock, sku):

- a row per variant sharing the product's id (抖店, 快手, JD, a plain sheet with 款号) or Shopify's
  Handle, with the options in columns ("颜色", "Option1 Name"/"Option1 Value") or in one cell
  ("颜色:红色;尺码:M");
- a parent row and variation rows pointing at it (WooCommerce "Parent": "id:12" or its SKU);
- every variant inside the product's one row (淘宝助理's skuProps, see taobao.py).

A product with a single row keeps its option columns as specs (颜色 = 红色 describes it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vhost.catalog import taobao
from vhost.catalog.readers import RawRecord
from vhost.catalog.values import clean_text, parse_specs
from vhost.messages import QT_TRANSLATE_NOOP, Message

# Fields that belong to one variant, not to the product its rows share.
VARIANT_FIELDS = ("price", "original_price", "stock", "sku", "variant_image")
# Shopify writes a product without variants as one variant "Title" = "Default Title".
_PLACEHOLDER_OPTIONS = {("title", "default title")}


@dataclass
class RecordGroup:
    head: RawRecord  # the product's own fields, from its rows merged in file order
    variants: list[RawRecord] = field(default_factory=list)  # fields: options, price, stock…
    orphan_of: str | None = None  # the parent named by a variation row that no row has
    problems: list[tuple[str, Any]] = field(default_factory=list)  # (field, reason Message)


def group_records(records: list[RawRecord]) -> list[RecordGroup]:
    """The file's records as products, in file order (a product where its first row is)."""
    groups: dict[str, list[RawRecord]] = {}
    order: list[str | int] = []
    singles: dict[int, RawRecord] = {}
    aliases: dict[str, str] = {}  # a row's SKU → its group (WooCommerce parents by SKU)
    orphans: dict[str, str] = {}
    for index, record in enumerate(records):
        key = _key(record, aliases)
        if key is None:
            singles[index] = record
            order.append(index)
            continue
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(record)
        sku = clean_text(record.fields.get("sku"))
        if sku and "group" not in record.fields:
            aliases.setdefault(sku, key)
    for key, members in groups.items():
        if all("group" in r.fields for r in members):  # no row is the parent they name
            orphans[key] = key.removeprefix("ref:")
    out: list[RecordGroup] = []
    for place in order:
        if isinstance(place, int):
            out.append(_single(singles[place]))
        else:
            out.extend(_product(groups[place], orphans.get(place)))
    return out


def _key(record: RawRecord, aliases: dict[str, str]) -> str | None:
    parent = clean_text(record.fields.get("group"))
    if parent:
        ref = parent.removeprefix("id:").strip()
        return aliases.get(ref, f"ref:{ref}")
    product_id = clean_text(record.fields.get("id"))
    if product_id:
        return f"ref:{product_id}"
    title = clean_text(record.fields.get("title"))
    if title and options_of(record.fields, {}):
        return f"title:{title}"  # a plain sheet without ids: variant rows share the title
    return None


def _single(record: RawRecord) -> RecordGroup:
    """One row, one product: its option columns describe it (specs after its own); a 淘宝助理
    row carries its variants inside."""
    listed = record.fields.get("variants")
    if isinstance(listed, list):  # a JSON catalog lists a product's variants in it
        return RecordGroup(_without_options(record), _listed_variants(record, listed))
    head = _without_options(record)
    if "taobao_pictures" in record.fields:
        head.fields["images"] = taobao.pictures(record.fields["taobao_pictures"])
    if clean_text(record.fields.get("taobao_skus")):
        unpacked = taobao.unpack(record)
        return RecordGroup(head, unpacked.variants, problems=unpacked.problems)
    options = options_of(record.fields, {})
    if options:
        head.fields["option_specs"] = options
    return RecordGroup(head)


def _listed_variants(record: RawRecord, listed: list[Any]) -> list[RawRecord]:
    """A JSON product's "variants": [{"options": {"颜色": "红色"}, "price": 89, "stock": 3}]."""
    out = []
    for number, item in enumerate(listed, start=1):
        fields = dict(item) if isinstance(item, dict) else {}
        options = options_of(fields, {}) if isinstance(item, dict) else ()
        where = Message(
            QT_TRANSLATE_NOOP("vhost", "{where}, variant {number}"), where=record.where, number=number
        )
        own = {k: v for k, v in fields.items() if k in VARIANT_FIELDS}
        if "images" in fields and "variant_image" not in own:  # a variant's "image" is its picture
            own["variant_image"] = fields["images"]
        out.append(RawRecord(where, {**own, "options": options}))
    return out


def _product(members: list[RawRecord], orphan_of: str | None) -> list[RecordGroup]:
    names = _option_names(members)
    rows = [(record, options_of(record.fields, names)) for record in members]
    variants = [
        RawRecord(record.where, {**_variant_fields(record), "options": options})
        for record, options in rows
        if options and _has_price(record)
    ]
    if len(members) == 1:
        return [_single(members[0])]
    if not variants:
        # Rows sharing an id with no options between them: not variants but a mistake the
        # importer reports ("duplicate id") row by row.
        return [RecordGroup(_without_options(record)) for record in members]
    return [RecordGroup(_merged_head(members), variants, orphan_of)]


def _merged_head(members: list[RawRecord]) -> RawRecord:
    """The product's fields: the first row that has a title, completed by the others' (a
    Shopify product's images come on rows of their own; a WooCommerce parent has no price)."""
    first = next((r for r in members if clean_text(r.fields.get("title"))), members[0])
    fields = {k: v for k, v in _without_options(first).fields.items() if k not in VARIANT_FIELDS}
    images = [fields["images"]] if "images" in fields else []
    for record in members:
        if record is first:
            continue
        for name, value in _without_options(record).fields.items():
            if name == "images" and value not in images:
                images.append(value)
            elif name not in fields and name not in VARIANT_FIELDS and name != "group":
                fields[name] = value
    if images:
        fields["images"] = images if len(images) > 1 else images[0]
    if "id" not in fields and "group" in first.fields:
        fields["id"] = clean_text(first.fields["group"])
    return RawRecord(first.where, fields, first.translations)


def _variant_fields(record: RawRecord) -> dict[str, Any]:
    return {k: v for k, v in record.fields.items() if k in VARIANT_FIELDS}


def _has_price(record: RawRecord) -> bool:
    return clean_text(record.fields.get("price")) is not None or (
        clean_text(record.fields.get("original_price")) is not None
    )


def _option_names(members: list[RawRecord]) -> dict[str, str]:
    """Numbered option names ("Option1 Name" = Color): Shopify writes them on the first row
    of a product only."""
    names: dict[str, str] = {}
    for record in members:
        for name, value in record.fields.items():
            if name.startswith("option_name:") and clean_text(value):
                names.setdefault(name.removeprefix("option_name:"), clean_text(value) or "")
    return names


def options_of(fields: dict[str, Any], names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """A row's options, (name, value) pairs in column order, from option columns, numbered
    name/value columns or an options cell."""
    options: list[tuple[str, str]] = []
    for name, value in fields.items():
        text = clean_text(value)
        if not text:
            continue
        if name.startswith("option:"):
            options.append((name.removeprefix("option:"), text))
        elif name.startswith("option_value:"):
            number = name.removeprefix("option_value:")
            label = clean_text(fields.get(f"option_name:{number}")) or names.get(number)
            if label:
                options.append((label, text))
        elif name == "options" and _parses(value):
            options.extend(parse_specs(value))
    return tuple(o for o in options if (o[0].lower(), o[1].lower()) not in _PLACEHOLDER_OPTIONS)


def _parses(value: Any) -> bool:
    try:
        parse_specs(value)
    except ValueError:
        return False
    return True


def _without_options(record: RawRecord) -> RawRecord:
    fields = {k: v for k, v in record.fields.items() if not _is_option_field(k)}
    return RawRecord(record.where, fields, record.translations)


def _is_option_field(name: str) -> bool:
    return name in ("options", "variants") or name.startswith(
        ("option:", "option_name:", "option_value:", "taobao_")
    )
