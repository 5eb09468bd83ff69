"""`vhost models list|pull|verify|remove`: the model files beyond the embedded defaults."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import ModelError


def register(commands: Any) -> None:
    models = commands.add_parser(
        "models",
        help="list, pull, verify and remove model files (voices, diffusion)",
        description="The models vhost can use beyond its embedded defaults. Nothing is downloaded"
        " unless you pull it; each model's licence is shown first. Files go into the models folder"
        " (settings: models_dir), resume after a broken download and are checked by sha256."
        " HF_HUB_OFFLINE=1 forbids downloads (use --from DIR); HF_ENDPOINT names a mirror.",
    )
    sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    listing = sub.add_parser("list", help="the known models, whether they are here, their licences")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(run=run_list)
    pull = sub.add_parser("pull", help="fetch a model into the models folder (resumable, verified)")
    pull.add_argument("name", help="a name from `vhost models list`")
    pull.add_argument("--from", dest="local", type=Path, metavar="DIR", help="copy from this folder instead")
    pull.add_argument("--accept-licence", action="store_true", help="accept the licence shown without asking")
    pull.set_defaults(run=run_pull)
    verify = sub.add_parser("verify", help="check the pulled files against their sha256")
    verify.add_argument("name", nargs="?", help="one model (default: every pulled model)")
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.set_defaults(run=run_verify)
    remove = sub.add_parser("remove", help="delete a pulled model's files")
    remove.add_argument("name")
    remove.set_defaults(run=run_remove)
    models.set_defaults(run=lambda args, settings: models.print_help() or 0)


def _specs_and_folder(settings: Settings) -> tuple[dict, Any]:
    from vhost.models.folder import ModelsFolder
    from vhost.models.manifest import load_manifest

    return load_manifest(), ModelsFolder(settings.models_dir)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    specs, folder = _specs_and_folder(settings)
    rows = [
        {
            "name": spec.name,
            "purpose": spec.purpose,
            "status": folder.status(spec),
            "source": spec.source,
            "licence": spec.licence,
            "commercial": spec.commercial,
            "bytes_here": folder.size(spec),
            "folder": str(folder.folder(spec)),
        }
        for spec in specs.values()
    ]
    if args.json:
        print(json.dumps({"models_dir": str(settings.models_dir), "models": rows}, indent=2))
        return 0
    print(f"Models folder: {settings.models_dir}")
    for row in rows:
        commercial = {True: "commercial use OK", False: "NO commercial use", None: "commercial: see licence"}
        print(f"  {row['name']:<14} {row['status']:<9} {row['purpose']}")
        print(f"  {'':<14} {'':<9} {row['licence']} ({commercial[row['commercial']]})")
    return 0


def run_pull(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.progress import ProgressBar
    from vhost.models.folder import Fetch
    from vhost.models.manifest import HF_ENDPOINT, find

    specs, folder = _specs_and_folder(settings)
    spec = find(specs, args.name)
    if spec.embedded:
        print(f"{spec.name} ships with vhost; there is nothing to pull.")
        return 0
    print(spec.licence_text())
    if not args.accept_licence:
        if not sys.stdin.isatty():
            raise ModelError(
                "Read the licence above, then accept it with"
                f" `vhost models pull {spec.name} --accept-licence`."
            )
        if input("Accept this licence and pull? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Not pulled.")
            return 0
    fetch = Fetch(
        local=args.local,
        offline=os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0", "false"),
        endpoint=os.environ.get("HF_ENDPOINT") or HF_ENDPOINT,
    )
    bars: dict[str, Any] = {}

    def progress(done: int, total: int | None, path: str) -> None:
        bar = bars.setdefault(path, ProgressBar(f"  {path}", unit="MB"))
        bar(done / 1e6, total / 1e6 if total else None)

    try:
        where = folder.pull(spec, fetch, progress)
    finally:
        for bar in bars.values():
            bar.finish()
    print(f"Pulled {spec.name} into {where} ({folder.size(spec) / 1e6:.1f} MB, every file verified).")
    return 0


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.models.manifest import find

    specs, folder = _specs_and_folder(settings)
    chosen = (
        [find(specs, args.name)]
        if args.name
        else [s for s in specs.values() if folder.status(s) in ("present", "partial")]
    )
    results = {spec.name: folder.verify(spec) for spec in chosen}
    if args.json:
        print(json.dumps({name: {"ok": not p, "problems": p} for name, p in results.items()}, indent=2))
    else:
        if not results:
            print("No pulled models to verify; `vhost models list` shows what can be pulled.")
        for name, problems in results.items():
            print(f"{name}: OK" if not problems else f"{name}: " + "; ".join(problems))
    damaged = [name for name, problems in results.items() if problems]
    if damaged:
        raise ModelError(
            f"{', '.join(damaged)} failed verification; fetch again with `vhost models pull {damaged[0]}`."
        )
    return 0


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.models.manifest import find

    specs, folder = _specs_and_folder(settings)
    spec = find(specs, args.name)
    if folder.remove(spec):
        print(f"Removed {spec.name} from {settings.models_dir}.")
    else:
        print(f"{spec.name} is not in {settings.models_dir}; nothing removed.")
    return 0
