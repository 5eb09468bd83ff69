"""`vhost doctor` and `vhost compliance`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vhost import doctor
from vhost.config import Settings
from vhost.domain import LANGS
from vhost.script import ComplianceFilter


def register(commands: Any) -> None:
    check = commands.add_parser(
        "doctor",
        help="show which voices, faces, outputs and devices work on this machine",
        description="Check Python, vhost's packages, the database, voices, face backends,"
        " outputs and devices, and say how to fix what is missing.",
    )
    check.add_argument("--json", action="store_true", help="print the checks as JSON")
    check.set_defaults(run=run_doctor)

    comply = commands.add_parser(
        "compliance",
        help="show what the advertising-law filter makes of a text",
        description="Run a text through the compliance rules (vhost/assets/compliance/rules.toml or"
        " your own file set as compliance_rules) and show what would be said instead.",
    )
    comply.add_argument("text", help="the text to check")
    comply.add_argument("--lang", choices=LANGS, help="language of the text (default: settings)")
    comply.add_argument("--json", action="store_true", help="print the result as JSON")
    comply.set_defaults(run=run_compliance)


def run_doctor(args: argparse.Namespace, settings: Settings) -> int:
    checks = doctor.run_checks(settings)
    print(doctor.to_json(checks) if args.json else doctor.render_text(checks))
    return 0


def run_compliance(args: argparse.Namespace, settings: Settings) -> int:
    lang = args.lang or settings.lang
    result = ComplianceFilter.load(settings.compliance_rules).apply(args.text, lang)
    if args.json:
        print(
            json.dumps(
                {"text": result.text, "changes": [c.to_dict() for c in result.changes]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(result.text if result.text is not None else "(nothing left to say)")
    for change in result.changes:
        said = f"“{change.replacement}”" if change.replacement else "(sentence left out)"
        print(f"  “{change.original}” → {said}  [{change.rule_id}: {change.reason}]")
    if not result.changes:
        print("  no rule matched; the text can be said as it is.")
    return 0
