"""A random-weight OpenVoice V2 converter saved as the release saves it (config.json and a
checkpoint.pth holding {"model": state_dict}), so vhost's own loading code reads it. The tiny
one makes noise, not a voice; `real_size=True` has the release's exact shapes (and compute),
for timing the conversion with `vhost bench`."""

from __future__ import annotations

import json
from pathlib import Path

TINY = {
    "filter_length": 256,
    "hop_length": 64,
    "win_length": 256,
    "inter_channels": 16,
    "hidden_channels": 16,
    "resblock_kernel_sizes": (3,),
    "resblock_dilation_sizes": ((1, 3, 5),),
    "upsample_rates": (4, 4, 4),
    "upsample_initial_channel": 32,
    "upsample_kernel_sizes": (8, 8, 8),
    "gin_channels": 32,
}


def tiny_openvoice(folder: Path, real_size: bool = False, seed: int = 0) -> Path:
    import torch

    from vhost.speech.openvoice_model import ConverterConfig, ToneColourConverter

    config = ConverterConfig() if real_size else ConverterConfig(**TINY)  # type: ignore[arg-type]
    torch.manual_seed(seed)
    model = ToneColourConverter(config)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config.to_json(), indent=2))
    torch.save({"model": model.state_dict(), "iteration": 1}, folder / "checkpoint.pth")
    return folder


def pulled_openvoice(models_dir: Path, real_size: bool = False) -> Path:
    """The converter as `vhost models pull openvoice-v2` leaves it in a models folder (the
    files and the pull's record), without the network."""
    import hashlib

    from vhost.models.folder import RECORD

    root = models_dir / "openvoice-v2"
    tiny_openvoice(root / "converter", real_size)
    files = {
        f"converter/{name}": {
            "size": (root / "converter" / name).stat().st_size,
            "sha256": hashlib.sha256((root / "converter" / name).read_bytes()).hexdigest(),
        }
        for name in ("config.json", "checkpoint.pth")
    }
    (root / RECORD).write_text(json.dumps({"name": "openvoice-v2", "files": files}))
    return root / "converter"


def recorded_speech(kokoro, rate: int = 22050):  # noqa: ANN001, ANN201 - a voice; float32 audio
    """About 14 s of real speech (the embedded voice) at `rate`, with half a second of silence
    at each end: a recording OpenVoice accepts."""
    import numpy as np
    from scipy.signal import resample_poly

    from vhost.speech.base import speak

    said = speak(
        kokoro,
        "Welcome to the show. This steel cup keeps your tea hot for twelve hours, and today it"
        " comes with a free lid and free shipping. Only twenty are left, so order yours now.",
        "en",
    )
    silence = np.zeros(rate // 2, np.float32)
    heard = resample_poly(said.audio, rate, said.sample_rate).astype(np.float32)
    return np.concatenate([silence, heard, silence])
