"""Readers turn a catalog file into raw records: one dict of {field: cell} per product.

They decide nothing about validity (that is the importer's job); they only find the rows,
map column headings through the alias table and say where each record came from, so a
problem can be reported as "catalog.csv row 7".
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vhost.catalog.aliases import field_for_heading, heading_rank, normalize_heading
from vhost.catalog.formats import ExportFormat, detect
from vhost.errors import CatalogError
from vhost.messages import QT_TRANSLATE_NOOP, Message

MAX_FILE_BYTES = 200 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # shop exports often put a title or notes above the header row
_NOT_A_TABLE = {
    "pdf": QT_TRANSLATE_NOOP(
        "vhost", "{file} is a PDF file, not a product list; use a .json, .csv or .xlsx catalog."
    ),
    "image": QT_TRANSLATE_NOOP(
        "vhost", "{file} is an image, not a product list; use a .json, .csv or .xlsx catalog."
    ),
    "archive": QT_TRANSLATE_NOOP(
        "vhost", "{file} is a compressed archive, not a product list; use a .json, .csv or .xlsx catalog."
    ),
}
_ROW = QT_TRANSLATE_NOOP("vhost", "row {row}")
_SHEET_ROW = QT_TRANSLATE_NOOP("vhost", "sheet '{sheet}' row {row}")
_DELIMITERS = (",", "\t", ";", "|")
SUPPORTED = (".json", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


@dataclass
class RawRecord:
    where: str  # "row 7", "product #3" (a Message)
    fields: dict[str, Any]
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class RawTable:
    records: list[RawRecord]
    shop_name: str | None = None
    currency: str | None = None
    ignored_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Messages
    export: ExportFormat | None = None  # the shop back-office the file came from, when known


def _refuse(template: str, **arguments: object) -> CatalogError:
    return CatalogError(Message(template, **arguments))


def read_catalog_file(path: Path) -> RawTable:
    """Read any supported catalog file; raise CatalogError when it cannot be read at all."""
    name = path.name
    if not path.exists():
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{path} does not exist; check the file name and folder."), path=path
        )
    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{path} is a folder; give the catalog file inside it."), path=path
        )
    size = path.stat().st_size
    if size == 0:
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{file} is empty; export the product list again."), file=name
        )
    if size > MAX_FILE_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{file} is {size} MB, more than the {limit} MB vhost reads; split it into smaller files.",
            ),
            file=name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{file} cannot be read ({reason}); check its permissions."),
            file=name,
            reason=exc.strerror,
        ) from exc

    suffix = path.suffix.lower()
    kind = _sniff(data)
    if kind == "xls":
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{file} is an old Excel .xls file; open it in Excel or WPS and save it as .xlsx or CSV.",
            ),
            file=name,
        )
    if kind in _NOT_A_TABLE:
        raise _refuse(_NOT_A_TABLE[kind], file=name)
    if suffix not in SUPPORTED and kind == "text":
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{file} has the extension {extension}, which vhost does not read;"
                " use a .json, .csv or .xlsx catalog.",
            ),
            file=name,
            extension=suffix or "(none)",
        )
    if kind == "xlsx":
        table = _read_xlsx(data, name)
    elif kind == "json" or (suffix == ".json" and kind == "text"):
        table = _read_json(data, name)
    else:
        table = _read_delimited(data, name)
    expected = {".xlsx": "xlsx", ".xlsm": "xlsx", ".json": "json"}.get(suffix)
    actual = "xlsx" if kind == "xlsx" else "json" if kind == "json" else "csv"
    if expected and expected != actual or suffix in (".csv", ".tsv") and actual != "csv":
        table.notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{file} has the extension {extension} but holds {kind}; it was read as such."
                ),
                file=name,
                extension=suffix,
                kind=actual.upper(),
            )
        )
    return table


def _sniff(data: bytes) -> str:
    head = data[:8]
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "archive"
        return "xlsx" if any(n.startswith("xl/") for n in names) else "archive"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "archive"
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "json"
    return "text"


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{file} is not a text file; use a .json, .csv or .xlsx catalog."),
            file=name,
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(
        QT_TRANSLATE_NOOP(
            "vhost", "{file} is in a text encoding vhost cannot read; save it as UTF-8 (or GBK) CSV."
        ),
        file=name,
    )


# --- JSON ----------------------------------------------------------------------------------

_PRODUCT_LIST_KEYS = ("products", "items", "catalog", "商品", "商品列表")
_SHOP_KEYS = ("shop", "shop_name", "store", "店铺", "店铺名称")
_TRANSLATION_KEYS = ("i18n", "translations", "翻译")
_VARIANT_LIST_KEYS = ("variants", "skus", "规格列表", "变体")


def _read_json(data: bytes, name: str) -> RawTable:
    text = _decode(data, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{file} is not valid JSON (line {line}, column {column}: {reason});"
                " fix it in a text editor or export the catalog again.",
            ),
            file=name,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from exc
    shop = currency = None
    items: Any = doc
    if isinstance(doc, dict):
        shop = next((doc[k] for k in _SHOP_KEYS if isinstance(doc.get(k), str)), None)
        if isinstance(doc.get("shop"), dict):
            shop = doc["shop"].get("name")
        currency = doc.get("currency") if isinstance(doc.get("currency"), str) else None
        items = next((doc[k] for k in _PRODUCT_LIST_KEYS if k in doc), None)
        if items is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    '{file} is JSON but not a product catalog: it needs a "products" list'
                    " (or be a list of products itself).",
                ),
                file=name,
            )
    if not isinstance(items, list):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost", "{file} is JSON but its product list is not a list; see docs/catalog.md."
            ),
            file=name,
        )
    records: list[RawRecord] = []
    ignored: set[str] = set()
    for index, item in enumerate(items, start=1):
        where = Message(QT_TRANSLATE_NOOP("vhost", "product #{number}"), number=index)
        if not isinstance(item, dict):
            records.append(RawRecord(where, {"_not_an_object": item}))
            continue
        fields, translations = {}, {}
        for key, value in item.items():
            if key in _TRANSLATION_KEYS and isinstance(value, dict):
                translations = {
                    lang: _map_keys(text_fields, ignored)
                    for lang, text_fields in value.items()
                    if isinstance(text_fields, dict)
                }
                continue
            if key in ("promotions", "促销列表") and isinstance(value, list):
                fields["promotions"] = value
                continue
            if key in _VARIANT_LIST_KEYS and isinstance(value, list):
                fields["variants"] = [_map_keys(v, ignored) if isinstance(v, dict) else v for v in value]
                continue
            target = field_for_heading(key)
            if target is None:
                ignored.add(str(key))
            else:
                fields[target] = value
        records.append(RawRecord(where, fields, translations))
    if items and not any("title" in r.fields for r in records):
        raise CatalogError(_not_a_catalog(name))
    return RawTable(records, shop, currency, sorted(ignored))


def _map_keys(mapping: dict[str, Any], ignored: set[str]) -> dict[str, Any]:
    out = {}
    for key, value in mapping.items():
        target = "promotions" if key == "promotions" else field_for_heading(key)
        if target is None:
            ignored.add(str(key))
        else:
            out[target] = value
    return out


# --- CSV / XLSX ----------------------------------------------------------------------------


def _read_delimited(data: bytes, name: str) -> RawTable:
    text = _decode(data, name)
    head = text[:65536].splitlines()[: HEADER_SEARCH_ROWS + 1]
    # The delimiter is the one that splits a title heading out of the first rows (csv.Sniffer
    # guesses wrong on short files and on Chinese text).
    delimiter = next(
        (d for d in _DELIMITERS if _find_header(list(csv.reader(head, delimiter=d))) is not None),
        None,
    )
    if delimiter is None:
        raise CatalogError(_not_a_catalog(name))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("vhost", "{file} is not a readable CSV file ({reason}); export it again."),
            file=name,
            reason=exc,
        ) from exc
    return _table_from_rows(rows, name, _ROW)


def _read_xlsx(data: bytes, name: str) -> RawTable:
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "vhost", "{file} is a damaged Excel workbook ({reason}); open and save it again."
            ),
            file=name,
            reason=type(exc).__name__,
        ) from exc
    try:
        for sheet in book.worksheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # 抖店 exports declare a size of A1:A1 whatever they hold
            rows = [list(row) for row in sheet.iter_rows(values_only=True)]
            if _find_header(rows) is not None:
                label = _ROW if len(book.worksheets) == 1 else _SHEET_ROW
                return _table_from_rows(rows, name, label, sheet.title)
    finally:
        book.close()
    raise CatalogError(_not_a_catalog(name))


def _find_header(rows: list[list[Any]]) -> int | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(field_for_heading(str(c)) == "title" for c in row if c is not None):
            return index
    return None


def _table_from_rows(rows: list[list[Any]], name: str, row_label: str, sheet: str = "") -> RawTable:
    """`row_label`: _ROW ("row 7") or _SHEET_ROW ("sheet 'Sheet2' row 7")."""
    header_index = _find_header(rows)
    if header_index is None:
        raise CatalogError(_not_a_catalog(name))
    header = [str(h).strip() if h is not None else "" for h in rows[header_index]]
    # 淘宝助理 writes its field names, then the same columns' Chinese headings: two header rows.
    below = rows[header_index + 1] if header_index + 1 < len(rows) else []
    second = [str(h).strip() if h is not None else "" for h in below] if _is_header(below) else []
    export = detect(header + second)
    columns: dict[int, str] = {}
    ignored = []
    width = max(len(header), len(second))
    header += [""] * (width - len(header))
    for col, heading in enumerate(header):
        headings = [h for h in (heading, second[col] if col < len(second) else "") if h]
        if not headings:
            continue
        target = next((t for h in headings if (t := _field(h, export)) is not None), None)
        chosen = next((h for h in headings if _field(h, export) == target), headings[0])
        taken = next((c for c, f in columns.items() if f == target), None)
        if target is None:
            ignored.append(headings[-1])
        elif taken is None:
            columns[col] = target
        elif heading_rank(chosen) < heading_rank(_heading_of(header, second, taken, export)):
            ignored.append(_heading_of(header, second, taken, export))
            columns[col] = target  # "商家SKU编码" wins over "SKU编码" (see aliases.py)
            del columns[taken]
        else:
            ignored.append(headings[-1])
    records = []
    first_data = header_index + (2 if second else 1)
    for offset, row in enumerate(rows[first_data:], start=first_data + 1):
        if all(c is None or not str(c).strip() for c in row):
            continue  # blank spacer rows are not products
        fields = {
            f: row[c]
            for c, f in columns.items()
            if c < len(row) and row[c] is not None and str(row[c]).strip()
        }
        where = Message(row_label, row=offset, sheet=sheet) if sheet else Message(row_label, row=offset)
        records.append(RawRecord(where, fields))
    return RawTable(records, ignored_columns=ignored, export=export)


def _field(heading: str, export: ExportFormat | None) -> str | None:
    if export is not None and normalize_heading(heading) in export.headings:
        return export.headings[normalize_heading(heading)]
    return field_for_heading(heading)


def _heading_of(header: list[str], second: list[str], col: int, export: ExportFormat | None) -> str:
    """The heading that gave column ``col`` its field."""
    candidates = [h for h in (header[col], second[col] if col < len(second) else "") if h]
    return next((h for h in candidates if _field(h, export) is not None), candidates[0])


def _is_header(row: list[Any]) -> bool:
    """A second header row: a cell of it is a title heading too."""
    return any(field_for_heading(str(c)) == "title" for c in row if c is not None)


def _not_a_catalog(name: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "vhost",
            "{file} is not a product catalog: no column for the product title was found"
            " (expected a heading such as title, name, 商品名称 or 商品名); see docs/catalog.md.",
        ),
        file=name,
    )
