"""Voices cloned with Coqui XTTS-v2 from a 6-30 s recording, saved by name.

Cloning runs the model's two encoders once over the checked recording (`reference.py`) and
keeps what they produce: the GPT conditioning latents (how the voice speaks) and the speaker
embedding (how it sounds). A saved voice is MODELS/voices/NAME/ with voice.json, latents.npz
and the trimmed reference.wav (so it can be cloned again with another model). Speaking it
loads XTTS once per model folder and streams the text sentence by sentence.

XTTS-v2's licence (CPML) does not allow commercial use; the CLI and the voice list say so
wherever it is picked (`vhost voices clone --engine xtts`). OpenVoice (openvoice.py) is the
commercial-clean default.
"""

from __future__ import annotations

import contextlib
import io
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from vhost.errors import REINSTALL, BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.speech.base import SpeechChunk
from vhost.speech.clones import (
    PREFIX,
    check_name,
    no_such_clone,
    read_record,
    recording_facts,
    remove_voice,
    saved_voices,
    voices_root,
    write_record,
)
from vhost.speech.normalize_en import normalize_en
from vhost.speech.normalize_zh import normalize_zh
from vhost.speech.phonemes import split_sentences
from vhost.speech.reference import RECORDING, check_reference
from vhost.speech.wav import read_audio, write_wav

__all__ = ["PREFIX", "ClonedVoice", "clone_voice", "remove_voice", "saved_voices"]

MODEL_NAME = "xtts-v2"  # in vhost/assets/models/manifest.toml
CLONE_RATE = 22050  # XTTS's encoders take 22.05 kHz audio
MIN_SECONDS = 6.0  # XTTS copies a voice from 6-30 s
_PIECE_END = re.compile(r"(?<=[，,、；;：:])")
_models: dict[Path, Any] = {}
_models_lock = threading.Lock()

Report = Callable[[float, str], None]


def xtts_folder(models_dir: Path, model: Path | None = None) -> Path:
    """The XTTS model folder: the one given, or xtts-v2 pulled into the models folder."""
    if model is not None:
        model = Path(model).expanduser()
        if not (model / "config.json").is_file():
            raise BackendError(
                f"{model} is not an XTTS model folder (it has no config.json); pass the folder you pulled."
            )
        return model
    from vhost.models.folder import ModelsFolder
    from vhost.models.manifest import find, load_manifest

    return ModelsFolder(models_dir).require(find(load_manifest(), MODEL_NAME))


def load_xtts(folder: Path) -> Any:
    """The XTTS model in `folder`, loaded once per process (it is shared by every voice)."""
    folder = Path(folder).resolve()
    with _models_lock:
        if folder in _models:
            return _models[folder]
        try:
            import transformers
            from TTS.tts.configs.xtts_config import XttsConfig
            from TTS.tts.models.xtts import Xtts
        except ImportError as exc:
            raise BackendError(Message(REINSTALL, package="Coqui TTS (the TTS package)")) from exc
        transformers.logging.set_verbosity_error()
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                config = XttsConfig()
                config.load_json(str(folder / "config.json"))
                model = Xtts(config)
                model.load_checkpoint(config, checkpoint_dir=str(folder), eval=True)
        except Exception as exc:  # Coqui and torch raise many kinds; the fix is the same
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The XTTS model in {folder} cannot be loaded ({reason}); pull it again with"
                        " `vhost models pull {model}`.",
                    ),
                    folder=folder,
                    reason=f"{type(exc).__name__}: {exc}",
                    model=MODEL_NAME,
                )
            ) from exc
        _models[folder] = model
        return model


def clone_voice(
    recording: Path,
    name: str,
    models_dir: Path,
    model: Path | None = None,
    report: Report | None = None,
) -> dict:
    """Check the recording, compute the voice with XTTS and save it as `clone:NAME`."""
    import torch

    check_name(name)
    step = report or (lambda fraction, what: None)
    step(0.0, "reading the recording")
    recorded = read_audio(Path(recording), CLONE_RATE, Message(RECORDING))
    reference = check_reference(recorded, CLONE_RATE, Path(recording).name, MIN_SECONDS)
    folder = xtts_folder(models_dir, model)
    step(0.2, "loading XTTS")
    xtts = load_xtts(folder)
    step(0.6, "listening to the voice")
    audio = torch.from_numpy(reference.audio)[None]
    with torch.inference_mode():
        latent = xtts.get_gpt_cond_latents(audio, CLONE_RATE, length=30, chunk_length=6)
        speaker = xtts.get_speaker_embedding(audio, CLONE_RATE)
    target = voices_root(models_dir) / name
    target.mkdir(parents=True, exist_ok=True)
    np.savez(
        target / "latents.npz", gpt_cond_latent=latent.cpu().numpy(), speaker_embedding=speaker.cpu().numpy()
    )
    write_wav(target / "reference.wav", reference.audio, CLONE_RATE)
    record = {
        "name": name,
        "engine": "xtts",
        "commercial": False,  # CPML
        "model": str(folder.resolve()),
        **recording_facts(recording, reference),
    }
    write_record(target, record)
    step(1.0, "saved")
    return record


def _pieces(sentence: str, limit: int) -> list[str]:
    """A sentence cut at commas (then anywhere) into pieces XTTS accepts (its per-language limit)."""
    pieces: list[str] = []
    for part in _PIECE_END.split(sentence):
        if pieces and len(pieces[-1]) + len(part) <= limit:
            pieces[-1] += part
            continue
        while len(part) > limit:
            pieces.append(part[:limit])
            part = part[limit:]
        if part.strip():
            pieces.append(part)
    return pieces


class ClonedVoice:
    """A saved clone spoken by XTTS, sentence by sentence (no phoneme timings: lips follow loudness)."""

    def __init__(self, name: str, models_dir: Path, speed: float = 1.0) -> None:
        import torch

        record = read_record(name, models_dir)
        try:
            latents = np.load(voices_root(models_dir) / name / "latents.npz")
            self._latent = torch.from_numpy(latents["gpt_cond_latent"])
            self._speaker = torch.from_numpy(latents["speaker_embedding"])
        except (OSError, ValueError, KeyError) as exc:
            raise no_such_clone(name, models_dir) from exc
        recorded = Path(record.get("model", ""))
        folder = recorded if (recorded / "config.json").is_file() else xtts_folder(models_dir)
        self._model = load_xtts(folder)
        self.name = PREFIX + name
        self.speed = speed
        self.sample_rate = int(self._model.args.output_sample_rate)

    def languages(self) -> tuple[str, ...]:
        return ("zh", "en")

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        import torch

        normalize = normalize_zh if lang == "zh" else normalize_en
        limit = self._model.tokenizer.char_limits.get(lang, 200) - 2
        pause = np.zeros(int(0.25 * self.sample_rate), np.float32)
        for sentence in split_sentences(text):
            parts = []
            for piece in _pieces(normalize(sentence), limit):
                try:
                    with torch.inference_mode(), contextlib.redirect_stdout(io.StringIO()):
                        out = self._model.inference(
                            piece, lang, self._latent, self._speaker, temperature=0.7, speed=self.speed
                        )
                except Exception as exc:  # XTTS raises many kinds; the show falls back to another voice
                    raise BackendError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "vhost", "The cloned voice failed on {text} ({reason}); try another voice."
                            ),
                            text=repr(piece),
                            reason=f"{type(exc).__name__}: {exc}",
                        )
                    ) from exc
                parts.append(np.asarray(out["wav"], np.float32).ravel())
            if parts:
                audio = np.clip(np.concatenate(parts), -1.0, 1.0)
                yield SpeechChunk(np.concatenate([audio, pause]), self.sample_rate, sentence)
