"""The app's translations: Qt Linguist files (vhost_zh_CN.ts, compiled to .qm) for every string
the widgets show through tr(), and for the core's messages (templates marked with
QT_TRANSLATE_NOOP("vhost", …), see vhost/messages.py). English is the source language.

To add strings: `python -m vhost.gui.i18n` (runs pyside6-lupdate over source_files()), translate
the new entries (pyside6-linguist or by hand), then `pyside6-lrelease vhost/gui/i18n/vhost_zh_CN.ts`.
tests/test_gui.py fails while a string has no translation.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent  # vhost/
# A core module with messages for the user (the formatter may break the call after its "(").
MARK = re.compile(r'QT_TRANSLATE_NOOP\(\s*"vhost"')


def source_files() -> list[Path]:
    """Where lupdate finds the strings to translate: the app's modules and the core's modules
    that build messages for the user."""
    app = sorted(HERE.parent.glob("*.py"))
    core = sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if HERE.parent not in path.parents and MARK.search(path.read_text("utf-8"))
    )
    return app + core


LANGUAGES = {"zh": "vhost_zh_CN.qm"}  # English needs no file
QT_FILES = {"zh": "qtbase_zh_CN.qm"}  # Qt's own translations, shipped with PySide6

_installed: list[Any] = []  # the translator must live as long as the app


def install_translation(app: Any, ui: str) -> bool:
    """Load the app's strings in `ui` (zh or en); False when there is nothing to load."""
    from PySide6.QtCore import QTranslator

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    name = LANGUAGES.get(ui)
    if name is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(HERE / name)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (file dialogs, OK/Cancel, dates) come with PySide6: without them the
    # standard dialogs would stay English in a Chinese app.
    from PySide6.QtCore import QLibraryInfo

    qt_words = QTranslator(app)
    if qt_words.load(QT_FILES[ui], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    return True


def refresh() -> None:
    """`python -m vhost.gui.i18n`: refresh the .ts with every string to translate."""
    import shutil
    import subprocess
    import sys

    beside = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"
    files = [str(path) for path in source_files()]
    # -no-obsolete: a string no longer in the code leaves the file (the test counts every entry)
    subprocess.run([lupdate, *files, "-no-obsolete", "-ts", str(HERE / "vhost_zh_CN.ts")], check=True)
