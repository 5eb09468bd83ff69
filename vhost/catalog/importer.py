"""Catalog import: raw records → validated Products plus a report of every problem.

A bad row never stops the import: rows that cannot become a product (no title, no usable
price, duplicate id) are skipped and reported; a bad optional field (stock, original price,
a date) is dropped from that product and reported as a warning. Nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from vhost.catalog.claims import Claim, check_claims
from vhost.catalog.fields import field_name
from vhost.catalog.grouping import RecordGroup, group_records
from vhost.catalog.readers import RawRecord, RawTable, read_catalog_file
from vhost.catalog.values import (
    clean_text,
    parse_datetime,
    parse_faq,
    parse_money,
    parse_specs,
    parse_stock,
    split_list,
)
from vhost.config import ASSETS_DIR
from vhost.domain import Catalog, Product, ProductText, Promotion, Variant
from vhost.errors import CatalogError
from vhost.messages import QT_TRANSLATE_NOOP, Message, message_of
from vhost.script.compliance import ComplianceFilter

DEFAULT_RULES = ASSETS_DIR / "compliance" / "rules.toml"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LANG_NAMES = {
    "zh": "zh",
    "cn": "zh",
    "zh-cn": "zh",
    "chinese": "zh",
    "中文": "zh",
    "汉语": "zh",
    "en": "en",
    "english": "en",
    "英文": "en",
    "英语": "en",
}
_FROM_ROW = object()  # default for _RowBuilder._optional: read the field from the row
_CURRENCY_NAMES = {"元": "CNY", "人民币": "CNY", "rmb": "CNY", "¥": "CNY", "美元": "USD", "$": "USD"}

_ROW_SKIPPED = QT_TRANSLATE_NOOP("vhost", "{file} {place}: {field}: {reason} — row skipped")
_FIELD_IGNORED = QT_TRANSLATE_NOOP("vhost", "{file} {place}: {field}: {reason} — field ignored")
_MISSING = QT_TRANSLATE_NOOP("vhost", "is missing")
_NOT_ZH_OR_EN = QT_TRANSLATE_NOOP("vhost", "'{value}' is not zh or en; guessed from the title")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one row; ``skipped`` says whether the whole row was left out."""

    file: str
    where: str  # "row 7", "product #3" (a Message)
    product: str | None  # the row's id or title, when it has one
    field: str  # the catalog's field name ("price")
    reason: str  # "is missing" (a Message)
    skipped: bool

    @property
    def message(self) -> Message:
        """The problem in one line, e.g. "shop.csv row 3 (id B2): price: is missing — row
        skipped", for any front end's language."""
        place = (
            Message(QT_TRANSLATE_NOOP("vhost", "{where} ({product})"), where=self.where, product=self.product)
            if self.product
            else self.where
        )
        return Message(
            _ROW_SKIPPED if self.skipped else _FIELD_IGNORED,
            file=self.file,
            place=place,
            field=field_name(self.field),
            reason=self.reason,
        )

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "where": self.where,
            "product": self.product,
            "field": self.field,
            "reason": self.reason,
            "skipped": self.skipped,
        }


@dataclass
class ImportReport:
    catalog: Catalog
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Messages
    claims: list[Claim] = field(default_factory=list)  # the merchant's words the law filter changes

    @property
    def loaded(self) -> int:
        return len(self.catalog.products)

    @property
    def skipped(self) -> int:
        return len({p.where for p in self.problems if p.skipped})

    def summary(self) -> Message:
        """The counts, e.g. "7 products loaded, 1 row skipped, 2 fields ignored." (a Message)."""
        products = _count(
            self.loaded,
            QT_TRANSLATE_NOOP("vhost", "1 product"),
            QT_TRANSLATE_NOOP("vhost", "{count} products"),
        )
        rows = _count(
            self.skipped, QT_TRANSLATE_NOOP("vhost", "1 row"), QT_TRANSLATE_NOOP("vhost", "{count} rows")
        )
        warnings = sum(1 for p in self.problems if not p.skipped)
        if not warnings:
            return Message(
                QT_TRANSLATE_NOOP("vhost", "{products} loaded, {rows} skipped."), products=products, rows=rows
            )
        fields = _count(
            warnings, QT_TRANSLATE_NOOP("vhost", "1 field"), QT_TRANSLATE_NOOP("vhost", "{count} fields")
        )
        return Message(
            QT_TRANSLATE_NOOP("vhost", "{products} loaded, {rows} skipped, {fields} ignored."),
            products=products,
            rows=rows,
            fields=fields,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.catalog.source,
            "loaded": self.loaded,
            "skipped": self.skipped,
            "problems": [p.to_dict() for p in self.problems],
            "notes": list(self.notes),
            "claims": [claim.to_dict() for claim in self.claims],
            "products": [
                {"id": p.id, "title": p.title, "price": str(p.price), "currency": p.currency}
                for p in self.catalog.products
            ],
        }


def _count(number: int, one: str, many: str) -> Message:
    return Message(one) if number == 1 else Message(many, count=number)


def load_catalog(
    path: str | Path, default_currency: str | None = None, rules: Path | None = None
) -> ImportReport:
    """Read and validate a JSON, CSV or XLSX catalog file; its own words are checked against
    the advertising-law ``rules`` (default: vhost's own rules file)."""
    path = Path(path)
    table = read_catalog_file(path)
    report = _build(table, path, default_currency)
    report.claims = check_claims(report.catalog, ComplianceFilter.load(rules or DEFAULT_RULES))
    if not report.catalog.products:
        reasons = tuple(p.message for p in report.problems[:3])
        raise CatalogError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{file} has no usable products ({reasons}); fix the rows listed and try again."
                ),
                file=path.name,
                reasons=reasons,
            )
            if reasons
            else Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{file} has no usable products (it has no rows below the header);"
                    " fix the rows listed and try again.",
                ),
                file=path.name,
            )
        )
    return report


def _build(table: RawTable, path: Path, default_currency: str | None) -> ImportReport:
    name = path.name
    problems: list[Problem] = []
    notes = list(table.notes)
    if table.export is not None:
        notes.append(
            Message(QT_TRANSLATE_NOOP("vhost", "Read as {export}."), export=Message(table.export.name))
        )
    if len(table.ignored_columns) == 1:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "column '{column}' is not a catalog column and was ignored"
                    " (docs/catalog.md lists the names vhost knows).",
                ),
                column=table.ignored_columns[0],
            )
        )
    elif table.ignored_columns:  # a shop export has dozens: one note, not a page of them
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{count} columns are not catalog columns and were ignored: {columns}"
                    " (docs/catalog.md lists the names vhost knows).",
                ),
                count=len(table.ignored_columns),
                columns=tuple(f"'{c}'" for c in table.ignored_columns),
            )
        )
    products: list[Product] = []
    first_seen: dict[str, str] = {}
    web_images = 0
    for group in group_records(table.records):
        record = group.head
        builder = _RowBuilder(group, name, path.parent, table.currency or default_currency)
        product = builder.build()
        problems.extend(builder.problems)
        web_images += builder.web_images
        if product is None:
            continue
        if not product.id:  # numbered after the loop, once every given id is known
            products.append(product)
            continue
        if product.id in first_seen:
            problems.append(
                Problem(
                    name,
                    record.where,
                    _label(product.id, product.title),
                    "id",
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "duplicate id '{id}' (first used in {where})"),
                        id=product.id,
                        where=first_seen[product.id],
                    ),
                    skipped=True,
                )
            )
            continue
        first_seen[product.id] = record.where
        products.append(product)
    if web_images:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{count} pictures are web addresses, which the show does not download; to show"
                    " a product's picture, save it next to the catalog and put its file name in"
                    " the images column.",
                ),
                count=web_images,
            )
        )
    products = _fill_missing_ids(products, set(first_seen))
    catalog = Catalog(tuple(products), shop_name=clean_text(table.shop_name), source=str(path))
    return ImportReport(catalog, problems, notes)


def _fill_missing_ids(products: list[Product], used: set[str]) -> list[Product]:
    """Products without an id get their position in the list ("3"), the way hosts say "link 3"."""
    out = []
    for position, product in enumerate(products, start=1):
        if product.id:
            out.append(product)
            continue
        candidate = str(position)
        while candidate in used:
            candidate = f"{candidate}a"
        used.add(candidate)
        out.append(replace(product, id=candidate))
    return out


def _label(product_id: str | None, title: str | None) -> str | None:
    if product_id and title:
        return Message(QT_TRANSLATE_NOOP("vhost", "id {id} “{title}”"), id=product_id, title=title)
    if product_id:
        return Message(QT_TRANSLATE_NOOP("vhost", "id {id}"), id=product_id)
    return f"“{title}”" if title else None


class _RowBuilder:
    """Validates one raw record, collecting problems instead of raising."""

    def __init__(self, group: RecordGroup, file: str, folder: Path, currency: str | None):
        self.record, self.file, self.folder, self.currency = group.head, file, folder, currency
        self.group = group
        self.fields = group.head.fields
        self.problems: list[Problem] = []
        self.label: str | None = None
        self.web_images = 0  # pictures named by a web address (shop exports link their CDN)

    def build(self) -> Product | None:
        if "_not_an_object" in self.fields:
            self._skip("product", Message(QT_TRANSLATE_NOOP("vhost", "is not an object with named fields")))
            return None
        product_id = clean_text(self.fields.get("id"))
        if not product_id and not self.group.variants:
            product_id = clean_text(self.fields.get("sku"))  # a sheet that names products by SKU
        title = clean_text(self.fields.get("title"))
        self.label = _label(product_id, title)
        if not title:
            self._skip("title", Message(_MISSING))
            return None
        if self.group.orphan_of:
            self._warn(
                "group",
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "no row of the file is the product '{parent}' its variants name;"
                        " they were imported as a product of their own",
                    ),
                    parent=self.group.orphan_of,
                ),
            )
        for name, reason in self.group.problems:
            self._warn(name, reason)
        variants = self._variants()
        own_price = self._price(required=not variants)
        if own_price is None and not variants:
            return None
        price, price_currency = own_price or (min(v.price for v, _ in variants), variants[0][1])
        lang = self._lang(title)
        currency = self._currency(price_currency, lang)
        product = Product(
            id=product_id or "",
            title=title,
            price=price,
            currency=currency,
            brand=clean_text(self.fields.get("brand")),
            category=clean_text(self.fields.get("category")),
            description=clean_text(self.fields.get("description")),
            original_price=self._original_price(price),
            stock=self._optional("stock", parse_stock),
            selling_points=self._optional("selling_points", split_list) or (),
            specs=(self._optional("specs", parse_specs) or ()) + tuple(self.fields.get("option_specs", ())),
            promotions=self._promotions(price),
            shipping=clean_text(self.fields.get("shipping")),
            faq=self._optional("faq", parse_faq) or (),
            images=self._images(),
            lang=lang,
            translations=self._translations(),
        )
        return product.with_variants(tuple(v for v, _ in variants)) if variants else product

    def _price(self, required: bool) -> tuple[Decimal, str | None] | None:
        """The row's price; a row whose variants have prices may have none (a WooCommerce
        parent), and a row with only a struck-through price sells at that price."""
        raw = self.fields.get("price")
        if clean_text(raw) is None:
            raw = self.fields.get("original_price")
            if clean_text(raw) is not None:  # it is the price now, not a higher former one
                self.fields = {k: v for k, v in self.fields.items() if k != "original_price"}
        if clean_text(raw) is None:
            if required:
                self._skip("price", Message(_MISSING))
            return None
        try:
            return parse_money(raw)
        except ValueError as exc:
            if required:
                self._skip("price", message_of(exc))
            else:
                self._warn("price", message_of(exc))
            return None

    def _variants(self) -> list[tuple[Variant, str | None]]:
        """The group's variants, each with the currency its price was written in; a variant row
        without a usable price is skipped and reported, a repeated option set too."""
        out: list[tuple[Variant, str | None]] = []
        seen: dict[tuple[tuple[str, str], ...], str] = {}
        for record in self.group.variants:
            row = _VariantRow(record, self)
            variant = row.build()
            if variant is None:
                continue
            key = tuple((n.lower(), v.lower()) for n, v in variant[0].options)
            if key in seen:
                row.skip(
                    "variants",
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "the options {options} are already in {where}"),
                        options=variant[0].label(),
                        where=seen[key],
                    ),
                )
                continue
            seen[key] = record.where
            out.append(variant)
        return out

    # -- helpers ---------------------------------------------------------------------------

    def _skip(self, field_name: str, reason: str) -> None:
        self.problems.append(
            Problem(self.file, self.record.where, self.label, field_name, reason, skipped=True)
        )

    def _warn(self, field_name: str, reason: str) -> None:
        self.problems.append(
            Problem(self.file, self.record.where, self.label, field_name, reason, skipped=False)
        )

    def _optional(self, name: str, parse: Any, value: Any = _FROM_ROW) -> Any:
        """``parse`` the row's field ``name`` (or ``value`` when given); a failure is a warning."""
        value = self.fields.get(name) if value is _FROM_ROW else value
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return parse(value)
        except ValueError as exc:
            self._warn(name, message_of(exc))
            return None

    def _lang(self, title: str) -> str:
        raw = clean_text(self.fields.get("lang"))
        if raw:
            lang = _LANG_NAMES.get(raw.lower())
            if lang:
                return lang
            self._warn("lang", Message(_NOT_ZH_OR_EN, value=raw))
        return "zh" if _CJK.search(title) else "en"

    def _currency(self, from_price: str | None, lang: str) -> str:
        raw = clean_text(self.fields.get("currency"))
        if raw:
            code = _CURRENCY_NAMES.get(raw.lower(), raw.upper())
            if re.fullmatch(r"[A-Z]{3}", code):
                return code
            self._warn(
                "currency",
                Message(
                    QT_TRANSLATE_NOOP("vhost", "'{value}' is not a currency code such as CNY or USD"),
                    value=raw,
                ),
            )
        return from_price or self.currency or ("CNY" if lang == "zh" else "USD")

    def _original_price(self, price: Decimal) -> Decimal | None:
        parsed = self._optional("original_price", parse_money)
        if parsed is None:
            return None
        original = parsed[0]
        if original < price:
            self._warn(
                "original_price",
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{original} is below the price {price}; a struck-through price must be higher,"
                        " so it is not shown",
                    ),
                    original=str(original),
                    price=str(price),
                ),
            )
            return None
        return original

    def _promotions(self, price: Decimal) -> tuple[Promotion, ...]:
        entries: list[dict[str, Any]] = []
        listed = self.fields.get("promotions")
        if isinstance(listed, list):
            entries.extend(item if isinstance(item, dict) else {"text": item} for item in listed)
        if self.fields.get("promotion") is not None:
            entries.append(
                {
                    "text": self.fields.get("promotion"),
                    "price": self.fields.get("promotion_price"),
                    "start": self.fields.get("promotion_start"),
                    "end": self.fields.get("promotion_end"),
                }
            )
        promotions = []
        for entry in entries:
            text = clean_text(entry.get("text") or entry.get("promotion") or entry.get("title"))
            if not text:
                self._warn(
                    "promotion", Message(QT_TRANSLATE_NOOP("vhost", "has no text describing the deal"))
                )
                continue
            start = self._optional("promotion_start", parse_datetime, entry.get("start"))
            end = self._optional("promotion_end", parse_datetime, entry.get("end"))
            if start and end and end <= start:
                self._warn(
                    "promotion_end",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost",
                            "{end} is not after the start {start}; the promotion is kept without dates",
                        ),
                        end=f"{end:%Y-%m-%d %H:%M}",
                        start=f"{start:%Y-%m-%d %H:%M}",
                    ),
                )
                start = end = None
            deal = self._optional("promotion_price", parse_money, entry.get("price"))
            deal_price = deal[0] if deal else None
            if deal_price is not None and deal_price >= price:
                self._warn(
                    "promotion_price",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost", "{deal} is not below the price {price}; the deal price is not used"
                        ),
                        deal=str(deal_price),
                        price=str(price),
                    ),
                )
                deal_price = None
            promotions.append(Promotion(text, start, end, deal_price))
        return tuple(promotions)

    def _images(self) -> tuple[str, ...]:
        images = []
        for item in self._optional("images", split_list) or ():
            if re.match(r"https?://", item, re.IGNORECASE):
                self.web_images += 1  # one note for the file (see _build), not one per row
                continue
            candidate = Path(item).expanduser()
            if not candidate.is_absolute():
                candidate = self.folder / candidate
            if candidate.is_file():
                images.append(str(candidate.resolve()))
            else:
                self._warn(
                    "images",
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "'{image}' was not found next to the catalog"), image=item
                    ),
                )
        return tuple(images)

    def _translations(self) -> dict[str, ProductText]:
        out = {}
        for raw_lang, fields in self.record.translations.items():
            lang = _LANG_NAMES.get(str(raw_lang).lower())
            if lang is None:
                self._warn(
                    "i18n",
                    Message(
                        QT_TRANSLATE_NOOP("vhost", "'{value}' is not zh or en; that translation is ignored"),
                        value=raw_lang,
                    ),
                )
                continue
            promos = fields.get("promotions") or ()
            out[lang] = ProductText(
                title=clean_text(fields.get("title")),
                brand=clean_text(fields.get("brand")),
                category=clean_text(fields.get("category")),
                description=clean_text(fields.get("description")),
                selling_points=self._optional("selling_points", split_list, fields.get("selling_points"))
                or (),
                specs=self._optional("specs", parse_specs, fields.get("specs")) or (),
                shipping=clean_text(fields.get("shipping")),
                faq=self._optional("faq", parse_faq, fields.get("faq")) or (),
                promotion_texts=tuple(
                    t for t in (clean_text(p.get("text") if isinstance(p, dict) else p) for p in promos) if t
                ),
                option_words=self._optional("options", parse_specs, fields.get("options")) or (),
            )
        return out


class _VariantRow:
    """One variant's own fields (options, price, original price, stock, sku, picture)."""

    def __init__(self, record: RawRecord, product: _RowBuilder):
        self.record, self.product = record, product
        self.fields = record.fields
        self.options: tuple[tuple[str, str], ...] = tuple(record.fields["options"])

    def build(self) -> tuple[Variant, str | None] | None:
        if not self.options:
            self.skip(
                "variants", Message(QT_TRANSLATE_NOOP("vhost", "has no options (such as 颜色 or 尺码)"))
            )
            return None
        raw = self.fields.get("price")
        if clean_text(raw) is None:
            raw = self.fields.get("original_price") or self.product.fields.get("price")
        if clean_text(raw) is None:
            self.skip("price", Message(_MISSING))
            return None
        try:
            price, currency = parse_money(raw)
        except ValueError as exc:
            self.skip("price", message_of(exc))
            return None
        original = None
        if clean_text(self.fields.get("price")) is not None:
            original = self._parsed("original_price", parse_money)
            original = original[0] if original else None
            if original is not None and original < price:
                self.warn(
                    "original_price",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "vhost",
                            "{original} is below the price {price}; a struck-through price must be"
                            " higher, so it is not shown",
                        ),
                        original=str(original),
                        price=str(price),
                    ),
                )
                original = None
        variant = Variant(
            options=self.options,
            price=price,
            original_price=original if original != price else None,
            stock=self._parsed("stock", parse_stock),
            sku=clean_text(self.fields.get("sku")),
            image=clean_text(self.fields.get("variant_image")),
        )
        return variant, currency

    def _parsed(self, name: str, parse: Any) -> Any:
        value = self.fields.get(name)
        if clean_text(value) is None:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            self.warn(name, message_of(exc))
            return None

    def _label(self) -> str | None:
        """ "id T1 “短袖T恤”, variant 黑色 / L": which product, and which of its variants."""
        label = " / ".join(v for _, v in self.options)
        base = self.product.label
        if not base:
            return label
        if not label:
            return base
        variant = QT_TRANSLATE_NOOP("vhost", "{product}, variant {variant}")
        return Message(variant, product=base, variant=label)

    def skip(self, field_name: str, reason: str) -> None:
        self.product.problems.append(
            Problem(self.product.file, self.record.where, self._label(), field_name, reason, skipped=True)
        )

    def warn(self, field_name: str, reason: str) -> None:
        self.product.problems.append(
            Problem(self.product.file, self.record.where, self._label(), field_name, reason, skipped=False)
        )
