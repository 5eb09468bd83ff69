"""`vhost gui`: the desktop app (PySide6)."""

from __future__ import annotations

import argparse
from typing import Any

from vhost.config import Settings


def register(commands: Any) -> None:
    gui = commands.add_parser(
        "gui",
        help="open the desktop app: go live, catalog, script, schedule, presenter, chat, analytics",
        description="Open the desktop app (also `vhost-gui`): watch exactly what goes out, go"
        " live, pause and stop; edit the catalog (pictures, promotions, FAQ), the script (your"
        " own lines on air) and the schedule (order, airtime, hero); choose and preview the"
        " presenter's face and voice (rate, pitch); answer or approve viewers' comments; see the"
        " chat's analytics; and keep your settings.",
    )
    gui.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.gui.app import run

    return run(settings)
