"""The app's translations: Qt Linguist files (vhost_zh_CN.ts, compiled to .qm) for every string
the widgets show through tr(). English is the source language.

To add strings: `pyside6-lupdate vhost/gui/*.py -ts vhost/gui/i18n/vhost_zh_CN.ts`, translate
them (pyside6-linguist or by hand), then `pyside6-lrelease vhost/gui/i18n/vhost_zh_CN.ts`.
tests/test_gui.py fails while a string has no translation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGUAGES = {"zh": "vhost_zh_CN.qm"}  # English needs no file

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
    return True
