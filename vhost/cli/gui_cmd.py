"""`vhost gui`: the desktop app (PySide6)."""

from __future__ import annotations

import argparse
from typing import Any

from vhost.config import Settings


def register(commands: Any) -> None:
    gui = commands.add_parser(
        "gui",
        help="open the desktop app: live preview, Go Live, chat console, settings",
        description="Open the desktop app (also `vhost-gui`): watch exactly what goes out, go"
        " live, pause and stop, answer or approve viewers' comments, and keep your settings.",
    )
    gui.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.gui.app import run

    return run(settings)
