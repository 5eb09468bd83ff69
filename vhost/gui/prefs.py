"""The app's own choices (show language, chat source, outputs, approve mode), kept in an INI
file in the user data folder so they survive a restart. Secrets never go here: the LLM key and
the RTMP URL (it holds the stream key) live in the system keyring (see secrets.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

PLAN_FILE = "gui-plan.json"  # the Schedule screen's show plan, beside the INI file
LINES_FILE = "gui-lines.json"  # the operator's own lines per product (the Script screen's "Use on air")
CATALOG_FILE = "gui-catalog.json"  # the catalog as edited, for the show (its place is saved by it)


@dataclass
class GuiPrefs:
    ui: str = "zh"  # the app's own language (zh or en)
    lang: str = "zh"  # the show's language
    catalog: str = ""  # a catalog file; empty: the demo catalog
    chat: str = ""  # a chat source spec (replay:FILE, twitch:#channel…); empty: no chat
    approve: bool = False  # answers wait for the operator
    camera: str = "auto"  # auto | none | a device
    audio: str = "auto"
    record: str = ""  # an MP4 file to record to; empty: no recording
    llm_endpoint: str = ""  # an OpenAI-compatible endpoint that rewords answers; empty: none
    llm_model: str = ""
    avatar: str = ""  # an avatar folder (the Presenter screen saves imported faces); empty: shipped
    voice: str = ""  # a voice name from `vhost voices`; empty: the settings' voice (kokoro)
    speed: float = 1.0  # speaking rate
    pitch: float = 0.0  # semitones
    models_dir: str = ""  # where model files are kept; empty: the settings' folder
    window: str = ""  # the window's size when it was last closed, "WIDTHxHEIGHT"; empty: a default
    ai_label: str = "top-left"  # where the visible "AI生成" label sits, or "off" (after a warning)
    disclose_every: int = 30  # minutes between spoken AI disclosures (0: at the start only)

    @classmethod
    def load(cls, path: Path) -> GuiPrefs:
        store = QSettings(str(path), QSettings.Format.IniFormat)
        prefs = cls()
        for field in fields(cls):
            value = store.value(field.name, getattr(prefs, field.name))
            default = getattr(prefs, field.name)
            if isinstance(default, bool):
                value = value in (True, "true", "1", 1)
            elif isinstance(default, float):
                try:
                    value = float(value) if isinstance(value, str | int | float) else default
                except (TypeError, ValueError):
                    value = default  # a hand-edited INI file: keep the default
            setattr(prefs, field.name, value)
        return prefs

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        store = QSettings(str(path), QSettings.Format.IniFormat)
        for field in fields(self):
            store.setValue(field.name, getattr(self, field.name))
        store.sync()
