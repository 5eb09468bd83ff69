"""`vhost catalog check|import|list`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vhost.catalog import ImportReport, load_catalog
from vhost.config import Settings
from vhost.store import Store


def register(commands: Any) -> None:
    catalog = commands.add_parser(
        "catalog",
        help="check, import and list product catalogs (JSON, CSV, XLSX, shop exports)",
        description="Product catalogs: JSON, CSV (UTF-8, GBK or UTF-16) or XLSX, with Chinese or English"
        " column names, including the export files of Taobao/Tmall, JD, Pinduoduo, Douyin shop,"
        " Kuaishou shop, Shopify and WooCommerce with their product variants (docs/catalog.md).",
    )
    sub = catalog.add_subparsers(
        dest="catalog_command", metavar="ACTION", required=True, parser_class=type(catalog)
    )
    check = sub.add_parser("check", help="read a catalog and report every problem row")
    check.add_argument("file", type=Path, help="catalog file (.json, .csv, .xlsx)")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(run=run_check)

    add = sub.add_parser("import", help="check a catalog and keep it in the vhost database")
    add.add_argument("file", type=Path, help="catalog file (.json, .csv, .xlsx)")
    add.add_argument("--name", help="name to store it under (default: the file name)")
    add.set_defaults(run=run_import)

    listing = sub.add_parser("list", help="list the catalogs kept in the vhost database")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(run=run_list)


def print_report(report: ImportReport, out: Any = None) -> None:
    from vhost.show.builder import report_lines

    for line in report_lines(report):
        print(line, file=out or sys.stdout)


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    report = load_catalog(args.file, rules=settings.compliance_rules)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    report = load_catalog(args.file, rules=settings.compliance_rules)
    print_report(report)
    name = args.name or args.file.stem
    with Store(settings.store_path) as store:
        catalog_id = store.save_catalog(report.catalog, name)
    print(f"Stored as catalog #{catalog_id} '{name}' in {settings.store_path}.")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.store_path) as store:
        entries = store.catalogs()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2))
    elif not entries:
        print("No catalogs stored yet; add one with `vhost catalog import FILE`.")
    else:
        for e in entries:
            print(f"#{e.id}  {e.name}  {e.product_count} products  imported {e.imported_at}  from {e.source}")
    return 0
