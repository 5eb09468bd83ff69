"""Where log records go when vhost runs as a command: everything, with tracebacks, to the log
file in the data folder; warnings and errors as one plain line on stderr (never a traceback)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        first = (record.getMessage().splitlines() or [""])[0]
        return f"vhost: {first}"  # the rest (stacks, exc_info) is left to the log file


class _Stderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the moment (it may be replaced after set-up)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # noqa: ANN201 - a text stream
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # noqa: ANN001 - StreamHandler.__init__ sets it
        pass


def configure_logging(log_path: Path) -> None:
    root = logging.getLogger("vhost")
    if getattr(root, "_vhost_configured", None) == str(log_path):
        return
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.INFO)
    root.propagate = False
    console = _Stderr()
    console.setLevel(logging.WARNING)
    console.setFormatter(_OneLine())
    root.addHandler(console)
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.FileHandler(log_path, encoding="utf-8", delay=True)
    except OSError:
        to_file = None  # an unwritable data folder is reported elsewhere; the console still works
    if to_file is not None:
        to_file.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s")
        )
        root.addHandler(to_file)
    root._vhost_configured = str(log_path)  # type: ignore[attr-defined]
