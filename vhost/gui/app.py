"""Starts the desktop app: `vhost gui` or `vhost-gui`."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.gui.prefs import CATALOG_FILE, PLAN_FILE, GuiPrefs
from vhost.gui.secrets import rtmp_url
from vhost.gui.session import LiveSession
from vhost.render.labels import AiLabel
from vhost.show.builder import ShowOptions


def prefs_path(settings: Settings) -> Path:
    return settings.data_dir / "gui.ini"


def with_app_choices(settings: Settings, prefs: GuiPrefs) -> Settings:
    """The settings with the app's own choices on top (the models folder)."""
    from dataclasses import replace

    return replace(settings, models_dir=Path(prefs.models_dir).expanduser()) if prefs.models_dir else settings


def show_options(prefs: GuiPrefs, settings: Settings, catalog: Any = None) -> ShowOptions:
    """The show the app's choices ask for (the same choices `vhost live` takes as flags).
    `catalog`: the catalog as edited in the app, kept as a file in the data folder so the
    show's place is saved against it."""
    import json

    catalog_file = Path(prefs.catalog) if prefs.catalog else None
    if catalog is not None:
        catalog_file = settings.data_dir / CATALOG_FILE
        catalog_file.parent.mkdir(parents=True, exist_ok=True)
        catalog_file.write_text(json.dumps(catalog.to_dict(), ensure_ascii=False, default=str), "utf-8")
    plan = settings.data_dir / PLAN_FILE  # the Schedule screen's, when it was changed
    return ShowOptions(
        catalog=catalog_file,
        plan=plan if plan.exists() else None,
        avatar=prefs.avatar or None,
        voice=prefs.voice or None,
        speed=prefs.speed,
        pitch=prefs.pitch,
        lang=prefs.lang,
        chat=prefs.chat or None,
        llm=prefs.llm_endpoint or None,
        llm_model=prefs.llm_model or None,
        approve_first=prefs.approve,  # from the first comment on, not once the window hears of the show
        ai_label=None if prefs.ai_label == "off" else AiLabel(prefs.ai_label),
        disclose_every=timedelta(minutes=max(0, prefs.disclose_every)),
    )


def fresh_recording(path: Path) -> Path:
    """Where this show records: the chosen file, or when an earlier show recorded there, the
    same name with the time added, so no recording is ever overwritten."""
    if not path.exists():
        return path
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-{stamp}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def live_session(
    prefs: GuiPrefs, settings: Settings, catalog: Any = None, *, restart: bool = False, preview: bool = False
) -> LiveSession:
    """A live session on the embedded defaults and the app's choices, built by the same show
    builder as `vhost live`: the same engine, director, outputs, chat and store record.
    `restart`: from the top, not the saved place; `preview`: a rehearsal that reaches no one."""
    from dataclasses import replace

    from vhost.show.builder import build_show, show_outputs

    settings = with_app_choices(settings, prefs)
    options = replace(show_options(prefs, settings, catalog), restart=restart, preview=preview)

    def make_show(outputs: list[Any], progress: Any) -> Any:
        progress("outputs")
        record = fresh_recording(Path(prefs.record)) if prefs.record else None
        rtmp = rtmp_url(settings.data_dir)  # wherever the Settings screen kept it
        devices = show_outputs(options.size, options.fps, record, prefs.camera, prefs.audio, rtmp)
        return build_show(options, settings, [*outputs, *devices], progress=progress)

    return LiveSession(make_show)


def voice_opener(settings: Settings, prefs: GuiPrefs):  # noqa: ANN201 - (name, rate, pitch) -> Voice
    """Opens voices for the app's tries (Play line, Hear it): the last one is kept open, since
    opening one loads its model."""
    import threading

    from vhost.speech.registry import open_voice

    opened: dict[tuple, Any] = {}
    lock = threading.Lock()

    def open_it(name: str, speed: float, pitch: float) -> Any:
        models = with_app_choices(settings, prefs).models_dir
        key = (name, speed, pitch, models, prefs.lang)  # the default voice depends on the language
        with lock:
            if key not in opened:
                opened.clear()
                opened[key] = open_voice(name, models, speed, pitch, prefs.lang)
            return opened[key]

    def forget() -> None:  # a clone saved again under its name, or removed: open it anew
        opened.clear()  # (without the lock: the GUI thread never waits for a voice to load)

    open_it.forget = forget  # type: ignore[attr-defined]
    return open_it


def script_screen(settings: Settings, prefs: GuiPrefs, opener: Any) -> Any:
    """The Script screen with the presenter's voice (opened on the first Play) and law filter."""
    from vhost.gui.script_panel import ScriptPanel, play_on_speakers
    from vhost.script import ComplianceFilter

    def voice() -> Any:
        return opener(prefs.voice or settings.voice, prefs.speed, prefs.pitch)

    return ScriptPanel(ComplianceFilter.load(settings.compliance_rules), voice, play_on_speakers)


def presenter_screen(settings: Settings, prefs: GuiPrefs, opener: Any) -> Any:
    from vhost.gui.presenter_panel import PresenterPanel
    from vhost.gui.script_panel import play_on_speakers
    from vhost.speech.clones import engine_of, saved_voices
    from vhost.speech.kokoro_zh import not_fetched
    from vhost.speech.registry import list_voices

    models_dir = with_app_choices(settings, prefs).models_dir
    voices = list_voices(models_dir)
    return PresenterPanel(
        prefs,
        settings.data_dir / "avatars",
        voices,
        opener,
        play_on_speakers,
        not_fetched=not_fetched(models_dir),
        clone_engines={f"clone:{v['name']}": engine_of(v) for v in saved_voices(models_dir)},
        models=lambda: with_app_choices(settings, prefs).models_dir,
    )


def run(settings: Settings, argv: list[str] | None = None) -> int:
    _check_screen()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("vhost")
    path = prefs_path(settings)
    prefs = GuiPrefs.load(path)
    prepare_app(app, prefs.ui)
    window = main_window(settings, prefs, path)
    window.show()
    return app.exec()


def main_window(settings: Settings, prefs: GuiPrefs, path: Path) -> Any:
    """The window on the embedded defaults: real live sessions, the law filter, the Script
    screen; `path` is where the app's choices are kept."""
    from vhost.engine.director import Director
    from vhost.gui.catalog_keeper import CatalogKeeper
    from vhost.gui.main_window import MainWindow

    opener = voice_opener(settings, prefs)
    script = script_screen(settings, prefs, opener)

    def estimate(catalog: Any, plan: Any, product_id: str) -> float:
        return Director(script.writer, catalog, prefs.lang, plan=plan).estimate(product_id)

    return MainWindow(
        lambda chosen, catalog, **how: live_session(chosen, settings, catalog, **how),
        prefs,
        path,
        script,
        estimate,
        presenter_screen(settings, prefs, opener),
        CatalogKeeper(settings.store_path),
    )


def _check_screen() -> None:
    """On Linux, Qt aborts with its own message when there is no display: say it in one sentence."""
    import os

    from vhost.errors import BackendError

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise BackendError(
            "There is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set); run `vhost gui` on"
            " a desktop, or under a virtual screen: xvfb-run vhost gui."
        )


def prepare_app(app: Any, ui: str) -> None:
    """The shipped CJK font (the same one the stream uses, so Chinese never shows as boxes on
    a machine without Chinese fonts) and the app's language."""
    from PySide6.QtGui import QFont, QFontDatabase

    from vhost.gui.i18n import install_translation
    from vhost.render.text import font_path

    loaded = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    chinese = next((f for f in families if f.endswith(" SC")), families[0] if families else None)
    if chinese:
        app.setFont(QFont(chinese, 10))
    install_translation(app, ui)


def main() -> int:
    """The `vhost-gui` launcher: `vhost gui` with vhost's own error handling."""
    from vhost.cli import main as cli_main

    return cli_main(["gui"])
