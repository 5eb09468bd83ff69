"""`vhost ...` commands. Thin: parse arguments, build settings, call the capability, print.

Exit codes: 0 success, 2 a user error (one sentence on stderr saying what and how to fix it),
1 an internal error (one sentence on stderr; the traceback goes to the log file, not the
terminal), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from vhost import __version__
from vhost.cli import (
    avatar_cmd,
    bench_cmd,
    catalog_cmd,
    chat_cmd,
    devices_cmd,
    gui_cmd,
    live_cmd,
    models_cmd,
    quality_cmd,
    render_cmd,
    script_cmd,
    soak_cmd,
    speech_cmd,
    tools_cmd,
)
from vhost.cli.logs import configure_logging
from vhost.config import Settings, load_settings
from vhost.errors import VHostError

EXIT_OK, EXIT_INTERNAL, EXIT_USER = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse's usage errors, as one sentence and exit code 2 like every user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"vhost: {message}; see `{self.prog} --help`.\n")
        raise SystemExit(EXIT_USER)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vhost",
        description="vhost: an AI presenter that sells your products on a live stream."
        " Start with `vhost catalog check FILE`, then `vhost script FILE`, then"
        " `vhost render --catalog FILE --out show.mp4` or `vhost live --catalog FILE`.",
    )
    parser.add_argument("--version", action="version", version=f"vhost {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    catalog_cmd.register(commands)
    script_cmd.register(commands)
    speech_cmd.register(commands)
    avatar_cmd.register(commands)
    render_cmd.register(commands)
    live_cmd.register(commands)
    soak_cmd.register(commands)
    chat_cmd.register(commands)
    devices_cmd.register(commands)
    gui_cmd.register(commands)
    bench_cmd.register(commands)
    quality_cmd.register(commands)
    models_cmd.register(commands)
    tools_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_OK
    settings: Settings | None = None
    try:
        settings = load_settings()
        configure_logging(settings.log_path)
        return int(args.run(args, settings) or EXIT_OK)
    except VHostError as exc:
        print(f"vhost: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("vhost: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `vhost script ... | head`
        return EXIT_OK
    except Exception as exc:  # the last line of defence: no traceback reaches the user
        where = _log_crash(settings)
        print(
            f"vhost: internal error ({type(exc).__name__}: {exc}); this is a bug in vhost —"
            f" details were written to {where}.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _log_crash(settings: Settings | None) -> str:
    text = traceback.format_exc()
    fallback = Path(tempfile.gettempdir()) / "vhost-crash.log"
    for path in ([settings.log_path] if settings else []) + [fallback]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(text + "\n")
            return str(path)
        except OSError:
            continue
    return "nowhere (no writable folder)"


if __name__ == "__main__":
    sys.exit(main())
