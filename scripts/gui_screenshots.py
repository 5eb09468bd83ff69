"""Screenshots of every screen of the desktop app, live on the embedded defaults, for looking
at what we build: `xvfb-run -s "-screen 0 1280x900x24" .venv/bin/python scripts/gui_screenshots.py
OUT_DIR [zh|en]`. It goes live with the demo chat replayed, waits for answers, then grabs every
screen (and the whole screen, to see the real window)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vhost.config import ASSETS_DIR, load_settings
from vhost.gui.app import main_window, prepare_app
from vhost.gui.prefs import GuiPrefs

SECONDS_LIVE = 40


def main() -> int:
    out = Path(sys.argv[1])
    ui = sys.argv[2] if len(sys.argv) > 2 else "zh"
    out.mkdir(parents=True, exist_ok=True)
    settings = load_settings()
    app = QApplication(sys.argv[:1])
    prepare_app(app, ui)
    prefs = GuiPrefs(
        ui=ui,
        lang=ui,
        chat=f"replay:{ASSETS_DIR / 'demo' / f'comments.{ui}.jsonl'}",
        camera="none",
        audio="none",
    )
    path = Path(tempfile.mkdtemp()) / "gui.ini"
    window = main_window(settings, prefs, path)
    window.show()

    def shoot(name: str, tab: int) -> None:
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
        window.grab().save(str(out / f"{ui}-{name}.png"))

    def idle() -> None:
        shoot("live-idle", 0)
        shoot("catalog", 1)
        window.script.generate()
        shoot("script", 2)
        shoot("settings", 5)
        window.tabs.setCurrentIndex(0)
        window.go_live()

    def live() -> None:
        shoot("live", 0)
        shoot("chat", 3)
        shoot("analytics", 4)
        window.tabs.setCurrentIndex(0)
        app.processEvents()
        screen = app.primaryScreen().grabWindow(0)
        screen.save(str(out / f"{ui}-screen.png"))
        window.stop()
        app.quit()

    QTimer.singleShot(1500, idle)
    QTimer.singleShot(1500 + SECONDS_LIVE * 1000, live)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
