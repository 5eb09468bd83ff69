"""Coqui TTS voices (the `TTS` package): a local model folder or a Coqui model name.

Nothing is downloaded here: a model name must already be in Coqui's own model folder or in
vhost's models folder (`vhost models pull` will fetch them). Coqui does not report phoneme
timings through its public API, so the animator follows the loudness of the audio instead.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.speech.base import SpeechChunk
from vhost.speech.normalize_en import normalize_en
from vhost.speech.normalize_zh import normalize_zh
from vhost.speech.phonemes import split_sentences

_CHECKPOINT_NAMES = ("model.pth", "model_file.pth", "best_model.pth", "model.pth.tar")
_MODEL_NAME = re.compile(r"^tts_models/[\w.-]+/[\w.-]+/[\w.-]+$")


def find_model_dir(source: str, models_dir: Path) -> Path:
    """A folder path, or a Coqui model name looked up in the folders Coqui and vhost use."""
    path = Path(source).expanduser()
    if path.is_dir():
        return path
    if _MODEL_NAME.match(source):
        folder = source.replace("/", "--")
        candidates = [models_dir / "coqui" / folder]
        with contextlib.suppress(Exception):
            from TTS.utils.generic_utils import get_user_data_dir

            candidates.append(Path(get_user_data_dir("tts")) / folder)
        for candidate in candidates:
            if candidate.is_dir():
                return candidate
        raise BackendError(
            f"The Coqui model {source} is not on this machine (looked in"
            f" {', '.join(str(c) for c in candidates)}); download it once where there is"
            " internet or pass the folder that holds its config.json and model file."
        )
    raise BackendError(
        f"{source} is neither a model folder nor a Coqui model name such as"
        " tts_models/zh-CN/baker/tacotron2-DDC-GST; pass the folder that holds config.json."
    )


def _checkpoint(folder: Path) -> tuple[Path, Path]:
    config = folder / "config.json"
    if not config.is_file():
        raise BackendError(
            f"The Coqui model folder {folder} has no config.json; pass the folder the model was saved in."
        )
    for name in _CHECKPOINT_NAMES:
        if (folder / name).is_file():
            return folder / name, config
    found = sorted(folder.glob("*.pth"), key=lambda p: p.stat().st_mtime)
    if found:
        return found[-1], config
    raise BackendError(
        f"The Coqui model folder {folder} has no model file (*.pth); copy the checkpoint"
        " next to its config.json."
    )


class CoquiVoice:
    def __init__(self, source: str, models_dir: Path, speaker: str | None = None) -> None:
        folder = find_model_dir(source, models_dir)
        checkpoint, config = _checkpoint(folder)
        self.name = f"coqui:{source}"
        self.speaker = speaker
        try:
            from TTS.utils.synthesizer import Synthesizer
        except ImportError as exc:
            raise BackendError(
                "Coqui TTS (the TTS package) is not installed; reinstall vhost with `bash scripts/setup.sh`."
            ) from exc
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                self._synth = Synthesizer(tts_checkpoint=str(checkpoint), tts_config_path=str(config))
        except Exception as exc:  # Coqui raises many kinds; the user's fix is the same
            raise BackendError(
                f"The Coqui model in {folder} cannot be loaded ({type(exc).__name__}: {exc});"
                " check that config.json and the checkpoint belong together."
            ) from exc
        self.sample_rate = int(self._synth.output_sample_rate)

    def languages(self) -> tuple[str, ...]:
        return ("zh", "en")  # the model decides what it can say; normalisation follows the request

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        normalize = normalize_zh if lang == "zh" else normalize_en
        for sentence in split_sentences(text):
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    wav = self._synth.tts(normalize(sentence), speaker_name=self.speaker)
            except Exception as exc:
                raise BackendError(
                    f"The Coqui voice failed on {sentence!r} ({type(exc).__name__}: {exc});"
                    " try another voice."
                ) from exc
            audio = np.clip(np.asarray(wav, np.float32).ravel(), -1.0, 1.0)
            pause = np.zeros(int(0.25 * self.sample_rate), np.float32)
            yield SpeechChunk(np.concatenate([audio, pause]), self.sample_rate, sentence)
