"""Saved voice clones, whichever engine made them: MODELS/voices/NAME/voice.json says which
(`engine`: "openvoice" or "xtts"; clones saved before engines existed are XTTS clones) and the
engine's own files sit beside it. `--voice clone:NAME` opens the engine the record names."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

PREFIX = "clone:"
RECORD = "voice.json"
_NAME = re.compile(r"^[\w-]{1,40}$")


def voices_root(models_dir: Path) -> Path:
    return Path(models_dir) / "voices"


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{name} cannot name a voice; use up to 40 letters, digits, '-' or '_' (no spaces).",
                ),
                name=repr(name),
            )
        )
    return name


def recording_facts(recording: Path, reference: Any) -> dict[str, Any]:
    """What a clone's record says of the recording it came from (a reference.Reference)."""
    return {
        "recording": str(Path(recording).resolve()),
        "seconds": round(reference.seconds, 2),
        "loudness_dbfs": reference.loudness_dbfs,
        "speech_share": reference.speech_share,
        "snr_db": reference.snr_db,
        "created": datetime.now().isoformat(timespec="seconds"),
    }


def engine_of(record: dict[str, Any]) -> str:
    return str(record.get("engine") or "xtts")


def saved_voices(models_dir: Path) -> list[dict[str, Any]]:
    """Every cloned voice in the models folder (an unreadable one is listed as broken)."""
    voices = []
    root = voices_root(models_dir)
    for record in sorted(root.glob(f"*/{RECORD}")) if root.is_dir() else []:
        try:
            voices.append(json.loads(record.read_text("utf-8")))
        except (OSError, ValueError):
            voices.append({"name": record.parent.name, "broken": True})
    return voices


def no_such_clone(name: str, models_dir: Path) -> BackendError:
    """The one sentence for a clone that is not there or cannot be read."""
    known = ", ".join(v["name"] for v in saved_voices(models_dir)) or Message(
        QT_TRANSLATE_NOOP("vhost", "none yet")
    )
    return BackendError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "There is no usable cloned voice {name} (saved voices: {known}); make it with"
                " `vhost voices clone RECORDING --name NAME`.",
            ),
            name=repr(name),
            known=known,
        )
    )


def read_record(name: str, models_dir: Path) -> dict[str, Any]:
    try:
        record = json.loads((voices_root(models_dir) / check_name(name) / RECORD).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise no_such_clone(name, models_dir) from exc
    if not isinstance(record, dict):
        raise no_such_clone(name, models_dir)
    return record


def write_record(folder: Path, record: dict[str, Any]) -> None:
    (folder / RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2), "utf-8")


def remove_voice(name: str, models_dir: Path) -> bool:
    target = voices_root(models_dir) / check_name(name)
    if not (target / RECORD).is_file():
        return False
    shutil.rmtree(target)
    return True
