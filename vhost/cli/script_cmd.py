"""`vhost script`: a catalog becomes a sales script (JSON, or readable text with --text)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from vhost.catalog import load_catalog
from vhost.cli.catalog_cmd import print_report
from vhost.config import Settings
from vhost.domain import LANGS, Catalog, Script
from vhost.errors import ScriptError
from vhost.script import ComplianceFilter, TemplateWriter
from vhost.store import Store


def register(commands: Any) -> None:
    script = commands.add_parser(
        "script",
        help="write a sales script for a catalog",
        description="Write the presenter's sales script for a catalog: greeting, each product's"
        " intro, selling points, specs, price and promotion, FAQ, call to action and"
        " transition. Every figure comes from the catalog and every line passes the compliance"
        " rules. Prints JSON unless --out or --text is given.",
    )
    script.add_argument(
        "file", help="catalog file, or the name of a catalog stored with `vhost catalog import`"
    )
    script.add_argument("--lang", choices=LANGS, help="script language (default: settings, zh)")
    script.add_argument(
        "--product", action="append", metavar="ID", help="only this product (repeat for several)"
    )
    script.add_argument("--seed", type=int, help="wording seed; same seed, same script")
    script.add_argument(
        "--loop", type=int, default=0, help="which pass over the catalog (each loop is worded differently)"
    )
    script.add_argument(
        "--now",
        type=_moment,
        metavar="'YYYY-MM-DD HH:MM'",
        help="the moment countdowns are measured from (default: now)",
    )
    script.add_argument("--out", type=Path, help="write the JSON script to this file")
    script.add_argument("--text", action="store_true", help="print readable lines, not JSON")
    script.add_argument(
        "--no-save", action="store_true", help="do not keep this script in the vhost database"
    )
    script.set_defaults(run=run_script)


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 2026-11-30 20:00") from exc


def run_script(args: argparse.Namespace, settings: Settings) -> int:
    if args.loop < 0:
        raise ScriptError("--loop counts passes over the catalog, so it cannot be negative.")
    lang = args.lang or settings.lang
    seed = settings.seed if args.seed is None else args.seed
    with Store(settings.store_path) as store:
        catalog, catalog_id = _catalog(args.file, store)
        writer = TemplateWriter(ComplianceFilter.load(settings.compliance_rules))
        script = writer.write(
            catalog, lang, loop=args.loop, seed=seed, now=args.now, product_ids=args.product
        )
        script_id = None if args.no_save else store.save_script(script, catalog_id)
    if args.out:
        _write_json(script, args.out)
    elif args.text:
        print(render_text(script, catalog))
    else:
        print(json.dumps(script.to_dict(), ensure_ascii=False, indent=2))
    _report(script, args.out, script_id)
    return 0


def _catalog(ref: str, store: Store) -> tuple[Catalog, int | None]:
    path = Path(ref)
    if path.exists() or path.suffix:
        report = load_catalog(path)
        if report.problems or report.notes or report.claims:
            print_report(report, out=sys.stderr)
        return report.catalog, None
    catalog_id, catalog = store.load_catalog(ref)
    return catalog, catalog_id


def _write_json(script: Script, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(script.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ScriptError(f"Cannot write {out} ({exc.strerror}); choose another --out path.") from exc


def render_text(script: Script, catalog: Catalog) -> str:
    titles = {p.id: p.localized(script.lang).title for p in catalog.products}
    out, current = [], object()
    for segment in script.segments:
        if segment.product_id != current:
            current = segment.product_id
            heading = titles.get(segment.product_id or "", "Opening")
            out.append(f"\n== {segment.product_id or '-'} {heading}")
        for line in segment.lines:
            out.append(f"[{segment.kind.value}] {line.text}")
    return "\n".join(out).lstrip("\n")


def _report(script: Script, out: Path | None, script_id: int | None) -> None:
    lines = script.lines()
    where = f" to {out}" if out else ""
    saved = f"; kept as script #{script_id}" if script_id else ""
    print(
        f"Wrote {len(script.segments)} segments, {len(lines)} lines ({script.lang},"
        f" loop {script.loop}, seed {script.seed}){where}{saved}.",
        file=sys.stderr,
    )
    for change in script.compliance_changes:
        said = f"“{change.replacement}”" if change.replacement else "(sentence left out)"
        print(
            f"  compliance: “{change.original}” → {said}  [{change.rule_id}: {change.reason}]",
            file=sys.stderr,
        )
    for note in script.notes:
        print(f"  note: {note}", file=sys.stderr)
