"""Reading pulled Kokoro files: style vectors in the formats upstream publishes, and an ONNX
export made to give its phoneme durations.

Style files: `voices-v1.1-zh.bin` (kokoro-onnx's release) is a NumPy .npz, one (510, 1, 256)
float32 array per voice; hexgrad's `voices/NAME.pt` is a PyTorch zip archive of one such tensor.
The .pt is read as raw bytes from its zip, never unpickled: a downloaded pickle can run code.

Durations: an export of KModelForONNX names them `duration` (an output already); an export that
kept only the audio still computes them, as Round → Clip (or Max) → Cast(int64) before the
decoder repeats each phoneme's frames. That Clip is exposed as a second output, as
kokoro_model.py does for the embedded model, so the lips follow the model's own timing.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

STYLE_SHAPE = (510, 1, 256)  # one style per phoneme count, 256 values each
_STYLE_VALUES = STYLE_SHAPE[0] * STYLE_SHAPE[2]
_INT64 = 7  # onnx.TensorProto.INT64
_FLOAT = 1  # onnx.TensorProto.FLOAT


def damaged(file: Path, model: str, reason: object) -> BackendError:
    return BackendError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "{file} of the model {model} is damaged ({reason}); check it with `vhost models"
                " verify {model}` and pull it again with `vhost models pull {model}`.",
            ),
            file=file.name,
            model=model,
            reason=reason,
        )
    )


def _style(values: np.ndarray, what: str) -> np.ndarray:
    if values.dtype != np.float32 or values.size != _STYLE_VALUES:
        raise ValueError(f"{what} is not a {STYLE_SHAPE} float32 style")
    return values.reshape(STYLE_SHAPE)


def read_npz_style(path: Path, model: str, voice: str) -> np.ndarray:
    """One voice of a kokoro-onnx voices file (an .npz, whatever its suffix; only that voice's
    half MB is read of the file's 50)."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            return _style(npz[voice], voice)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise damaged(path, model, exc) from exc


def npz_names(path: Path, model: str) -> list[str]:
    """The voices in a kokoro-onnx voices file, without reading their styles."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            return list(npz.files)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise damaged(path, model, exc) from exc


def read_pt_style(path: Path, model: str) -> np.ndarray:
    """One voice saved by torch.save: its one float32 storage, taken from the archive as bytes."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            pickles = [n for n in names if n.endswith("/data.pkl")]
            storages = [n for n in names if "/data/" in n]
            if len(pickles) != 1 or len(storages) != 1:
                raise ValueError("not one saved tensor")
            if b"FloatStorage" not in archive.read(pickles[0]):
                raise ValueError("not a float32 tensor")
            raw = archive.read(storages[0])
        return _style(np.frombuffer(raw, "<f4").copy(), path.stem)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise damaged(path, model, exc) from exc


def read_vocab(path: Path, model: str) -> dict[str, int]:
    """The phoneme vocabulary of a config.json (hexgrad's format: {"vocab": {symbol: id}})."""
    try:
        vocab = json.loads(path.read_text("utf-8"))["vocab"]
        if not vocab or not all(isinstance(v, int) for v in vocab.values()):
            raise ValueError("no phoneme vocabulary")
        return {str(k): int(v) for k, v in vocab.items()}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise damaged(path, model, exc) from exc


def timed_model(source: Path, model: str) -> tuple[Path, list[str]]:
    """The export with its durations as an output (built once beside it); returns the path
    and the two output names to ask for (audio, frames per token)."""
    target = source.with_name(source.stem + ".timed.onnx")
    stamp = source.with_name(source.stem + ".timed.json")
    mark = {"size": source.stat().st_size, "mtime_ns": source.stat().st_mtime_ns}
    try:
        known = json.loads(stamp.read_text("utf-8"))
        if target.is_file() and known.get("source") == mark:
            return target, list(known["outputs"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no stamp or a broken one: build again
    outputs = _build(source, target, model)
    stamp.write_text(json.dumps({"source": mark, "outputs": outputs}), "utf-8")
    return target, outputs


def _build(source: Path, target: Path, model: str) -> list[str]:
    import onnx

    try:
        graph_model = onnx.load(str(source))
    except Exception as exc:  # onnx raises protobuf's untyped errors for a damaged file
        raise damaged(source, model, exc) from exc
    graph = graph_model.graph
    duration = find_duration(graph)
    if duration is None:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{file} has no phoneme durations vhost can find (no `duration` output and no"
                    " Round, Clip, Cast(int64) steps), so the lips could not follow it; pull"
                    " the export the manifest names with `vhost models pull {model}`.",
                ),
                file=source.name,
                model=model,
            )
        )
    if duration not in [o.name for o in graph.output]:
        graph.output.append(onnx.helper.make_tensor_value_info(duration, _FLOAT, None))
    _float_speed(graph)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    onnx.save(graph_model, str(tmp))
    tmp.replace(target)  # atomic: a half-written model is never picked up
    return [graph.output[0].name, duration]


def find_duration(graph) -> str | None:  # noqa: ANN001 - onnx.GraphProto
    """The tensor of frames per token: an output called `duration`, else the Clip (or Max)
    between a Round and a Cast to int64."""
    if "duration" in [o.name for o in graph.output]:
        return "duration"
    consumers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    for node in graph.node:
        if node.op_type != "Round":
            continue
        for clip in consumers.get(node.output[0], []):
            if clip.op_type not in ("Clip", "Max"):
                continue
            for cast in consumers.get(clip.output[0], []):
                if cast.op_type == "Cast" and _cast_to(cast) == _INT64:
                    return str(clip.output[0])
    return None


def _cast_to(node) -> int | None:  # noqa: ANN001 - onnx.NodeProto
    return {a.name: a.i for a in node.attribute}.get("to")


def _float_speed(graph) -> None:  # noqa: ANN001 - onnx.GraphProto
    """An export traced with an integer speed (kokoro-onnx's v1.1 exports take int32) can only
    speak at whole rates, yet only casts it to float: such an input is made float, so rates
    like 0.9 and the pitch shift work. Any other use of it is left alone."""
    for value in graph.input:
        tensor = value.type.tensor_type
        if value.name != "speed" or tensor.elem_type == _FLOAT:
            continue
        users = [node for node in graph.node if value.name in node.input]
        if users and all(n.op_type == "Cast" and _cast_to(n) == _FLOAT for n in users):
            tensor.elem_type = _FLOAT
