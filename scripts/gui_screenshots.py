"""Screenshots of every screen of the desktop app, live on the embedded defaults, for looking
at what we build: `xvfb-run -s "-screen 0 1280x900x24" .venv/bin/python scripts/gui_screenshots.py
OUT_DIR [zh|en]`. It goes live with the demo chat replayed, waits for answers, then grabs every
screen (and the whole screen, to see the real window); the Presenter screen mid talking preview."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vhost.config import ASSETS_DIR, load_settings
from vhost.gui import dialogs
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
    # With no camera, sound or stream set up the app asks "Preview only?" (and asks again on
    # closing): the screenshots answer yes, as a merchant trying it out would.
    dialogs.confirm = lambda *args: True
    path = Path(tempfile.mkdtemp()) / "gui.ini"
    window = main_window(settings, prefs, path)
    window.show()

    def shoot(name: str, screen) -> None:  # noqa: ANN001 - a tab's widget
        window.tabs.setCurrentWidget(screen)
        app.processEvents()
        window.grab().save(str(out / f"{ui}-{name}.png"))

    def idle() -> None:
        shoot("live-idle", window.live)
        window.catalog.table.selectRow(1)
        window.catalog.details.setCurrentIndex(1)  # the promotions of the selected product
        shoot("catalog", window.catalog)
        window.script.generate()
        shoot("script", window.script)
        shoot("schedule", window.schedule)
        shoot("settings", window.settings)
        window.presenter.watch()  # the face says the test sentence (made on a worker thread)

    def presenter() -> None:
        window.tabs.setCurrentWidget(window.presenter)
        QTimer.singleShot(1200, lambda: shoot("presenter", window.presenter))  # mid-clip
        QTimer.singleShot(1500, lambda: window.tabs.setCurrentWidget(window.live))
        QTimer.singleShot(1600, window.go_live)

    def live() -> None:
        shoot("live", window.live)
        shoot("chat", window.chat)
        shoot("analytics", window.analytics)
        window.tabs.setCurrentWidget(window.live)
        app.processEvents()
        screen = app.primaryScreen().grabWindow(0)
        screen.save(str(out / f"{ui}-screen.png"))
        window.stop()
        app.quit()

    def when_clip_ready() -> None:
        if window.presenter.clip:
            presenter()
            QTimer.singleShot(1600 + SECONDS_LIVE * 1000, live)
        else:
            QTimer.singleShot(200, when_clip_ready)

    QTimer.singleShot(1500, idle)
    QTimer.singleShot(2000, when_clip_ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
