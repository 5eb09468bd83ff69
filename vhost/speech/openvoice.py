"""Commercial-clean cloning: OpenVoice V2's tone-colour converter (MIT) over a vhost voice.

A clone is a tone-colour embedding of the merchant's 10-30 s recording, saved with the name of
the base voice it dresses (MODELS/voices/NAME/: voice.json, tone.npy, reference.wav). Speaking
it runs the base voice as usual and converts each sentence from the base voice's own tone
colour (the *source* embedding, made once per base voice from a few fixed sentences it reads,
and cached) to the merchant's. The converter keeps the length of the sound, so the base
voice's phoneme timings, and the lips that follow them, stay exact.

The converter runs on the CPU; `vhost bench --voice clone:NAME` reports what it adds to the
real-time factor (conversion_rtf).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.speech.base import SpeechChunk, Voice, resample, speak
from vhost.speech.clones import (
    PREFIX,
    check_name,
    no_such_clone,
    read_record,
    recording_facts,
    voices_root,
    write_record,
)
from vhost.speech.reference import RECORDING, check_reference
from vhost.speech.wav import read_audio, write_wav

if TYPE_CHECKING:
    from vhost.speech.openvoice_model import ConverterConfig, ToneColourConverter

MODEL_NAME = "openvoice-v2"  # in vhost/assets/models/manifest.toml
ENGINE = "openvoice"
SUBFOLDER = "converter"  # where the release keeps the converter's files
CONFIG, CHECKPOINT = "config.json", "checkpoint.pth"
TONE = "tone.npy"
MIN_SECONDS = 10.0  # the reference encoder averages over ~10 s pieces; less gives a vague colour
TAU = 0.3  # the release's sampling temperature for conversion
SEGMENT_SECONDS = 10.0
# One torch thread converts: the base voice keeps the cores busy making the next sentences, and
# a second OpenMP thread on a busy CPU mostly spins. On 2 shared cores (load ~4) one thread
# converted at 0.78× real time, two at 1.60×; on idle cores two are faster (0.32 against 0.66).
CONVERT_THREADS = 1
LONGEST_PAUSE = 0.3  # seconds of pause kept; longer ones would dilute the embedding
# What a base voice reads once so its own tone colour is known: both languages, ~15 s.
SOURCE_TEXTS = {
    "zh": "欢迎来到直播间，今天给大家带来几款好东西。这款保温杯能保温十二个小时，现在下单还包邮。",
    "en": "Welcome to the show. This steel cup keeps your tea hot for twelve hours,"
    " and today it ships for free.",
}

Report = Callable[[float, str], None]
OpenVoice = Callable[[str, Path, float], Voice]  # registry.open_voice(name, models_dir, speed)
_converters: dict[Path, ToneColourConverter] = {}
_sources: dict[tuple[str, str], np.ndarray] = {}
_lock = threading.Lock()


# ---- the model -------------------------------------------------------------------------------
def converter_folder(models_dir: Path, model: Path | None = None) -> Path:
    """The folder holding config.json and checkpoint.pth: the one given, or the pulled model's."""
    if model is not None:
        model = Path(model).expanduser()
        if not ((model / CONFIG).is_file() and (model / CHECKPOINT).is_file()):
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "{folder} is not an OpenVoice converter folder (it needs config.json and"
                        " checkpoint.pth); pass the converter folder of OpenVoiceV2.",
                    ),
                    folder=model,
                )
            )
        return model
    from vhost.models.folder import ModelsFolder
    from vhost.models.manifest import find, load_manifest

    return ModelsFolder(models_dir).require(find(load_manifest(), MODEL_NAME)) / SUBFOLDER


def _cannot_load(folder: Path, exc: BaseException) -> BackendError:
    return BackendError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "The OpenVoice converter in {folder} cannot be loaded ({reason}); pull it again with"
                " `vhost models pull {model}`.",
            ),
            folder=folder,
            reason=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}",  # one line, not torch's list
            model=MODEL_NAME,
        )
    )


def read_config(folder: Path) -> ConverterConfig:
    from vhost.speech.openvoice_model import ConverterConfig

    try:
        return ConverterConfig.from_json(json.loads((Path(folder) / CONFIG).read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _cannot_load(folder, exc) from exc


def load_converter(folder: Path) -> ToneColourConverter:
    """The converter in `folder`, loaded once per process and shared by every clone."""
    import torch

    from vhost.speech.openvoice_model import ToneColourConverter

    folder = Path(folder).resolve()
    with _lock:
        if folder in _converters:
            return _converters[folder]
        config = read_config(folder)
        try:
            state = torch.load(folder / CHECKPOINT, map_location="cpu", weights_only=True)
            weights = state["model"] if isinstance(state, dict) and "model" in state else state
            with torch.device("meta"):  # no random initialisation of 33 M weights to throw away
                model = ToneColourConverter(config)
            model.load_state_dict(weights, strict=True, assign=True)
        except Exception as exc:  # torch raises many kinds (pickle, shapes, keys); the fix is the same
            raise _cannot_load(folder, exc) from exc
        _converters[folder] = model.eval()
        return model


def checkpoint_stamp(folder: Path) -> str:
    """Changes when the checkpoint does (a cached source embedding belongs to one checkpoint)."""
    path = (Path(folder) / CHECKPOINT).resolve()
    stat = path.stat()
    return hashlib.sha1(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]


# ---- tone colours ----------------------------------------------------------------------------
def _without_long_pauses(audio: np.ndarray, rate: int) -> np.ndarray:
    """Speech with each pause cut to LONGEST_PAUSE: the embedding should hear the voice."""
    hop = max(1, rate // 50)
    frames = len(audio) // hop
    if frames < 2:
        return audio
    rms = np.sqrt(np.mean(audio[: frames * hop].reshape(frames, hop).astype(np.float64) ** 2, axis=1))
    quiet = rms < max(float(np.percentile(rms, 95)) * 10 ** (-40 / 20), 1e-5)
    keep, run = np.ones(frames, bool), 0
    allowed = int(LONGEST_PAUSE * 50)
    for i, silent in enumerate(quiet):
        run = run + 1 if silent else 0
        keep[i] = run <= allowed
    kept = audio[: frames * hop].reshape(frames, hop)[keep].ravel()
    return kept if kept.size >= hop * 10 else audio


def tone_colour(converter: ToneColourConverter, audio: np.ndarray, rate: int) -> np.ndarray:
    """The tone-colour embedding of a recording: the mean over ~10 s pieces of its speech."""
    import torch

    speech = _without_long_pauses(
        resample(audio, rate, converter.config.sampling_rate), converter.config.sampling_rate
    )
    pieces = np.array_split(
        speech, max(1, round(len(speech) / (SEGMENT_SECONDS * converter.config.sampling_rate)))
    )
    least = converter.config.filter_length  # the spectrogram's reflect padding needs this much
    with torch.inference_mode():
        colours = [
            converter.embedding(torch.from_numpy(np.ascontiguousarray(p, np.float32)))
            for p in pieces
            if len(p) > least
        ]
    if not colours:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "There is too little sound to hear a voice in; record more speech."
                )
            )
        )
    return torch.stack(colours).mean(0).numpy().astype(np.float32)


def source_colour(converter: ToneColourConverter, folder: Path, base: Voice, models_dir: Path) -> np.ndarray:
    """The base voice's own tone colour, made once per base voice and checkpoint (cached in
    MODELS/voices/.sources/, a name no clone can have)."""
    stamp = checkpoint_stamp(folder) + hashlib.sha1(base.name.encode()).hexdigest()[:6]
    key = (base.name, stamp)
    if key in _sources:
        return _sources[key]
    plain = re.sub(r"[^\w-]+", "_", base.name)[:40]  # e.g. coqui:/some/folder
    cache = voices_root(models_dir) / ".sources" / f"{plain}-{stamp}.npy"
    try:
        colour = np.load(cache)
    except (OSError, ValueError):
        said = [speak(base, text, lang) for lang, text in SOURCE_TEXTS.items() if lang in base.languages()]
        audio = np.concatenate([u.audio for u in said])
        colour = tone_colour(converter, audio, base.sample_rate)
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, colour)
    _sources[key] = colour
    return colour


# ---- the voice -------------------------------------------------------------------------------
class ToneColourVoice:
    """Another voice, converted sentence by sentence to a cloned tone colour. Each chunk keeps
    its exact length and timings; it streams as the base voice does."""

    def __init__(
        self,
        base: Voice,
        converter: ToneColourConverter,
        source: np.ndarray,
        target: np.ndarray,
        name: str,
        tau: float = TAU,
        precision: str = "float32",
        threads: int | None = CONVERT_THREADS,
    ) -> None:
        """`precision` "bfloat16" runs the decoder (nine tenths of the work) in bfloat16: about
        twice as fast on CPUs with native bfloat16 (AVX512-BF16, AMX), slower on others; the
        sound differs from float32 by about -38 dB (measured with random weights). `threads`:
        torch's threads while converting (None: torch's own setting)."""
        import torch

        self.base = base
        self.name = name
        self.sample_rate = base.sample_rate
        self._converter = converter
        self._source = torch.from_numpy(np.asarray(source, np.float32))
        self._target = torch.from_numpy(np.asarray(target, np.float32))
        self._tau = tau
        self._precision = precision
        self._threads = threads
        # For caches of made sound (engine/audio_cache.py): a re-made clone, another base voice,
        # rate or precision never plays sound made with the old ones.
        colour = hashlib.sha1(self._target.numpy().tobytes()).hexdigest()[:10]
        self.identity = f"{name}|{getattr(base, 'identity', base.name)}|{colour}|{precision}"
        self.converting_seconds = 0.0  # wall time spent converting (`vhost bench`: conversion_rtf)
        self.converted_seconds = 0.0  # seconds of sound converted

    def languages(self) -> tuple[str, ...]:
        return self.base.languages()

    def lane(self) -> ToneColourVoice:
        """The engine's answer lane: the base voice's own lane, the same converter."""
        lane = getattr(self.base, "lane", None)
        return self if lane is None else self._over(lane())

    def background(self) -> ToneColourVoice:
        """For the engine's script lines made ahead: the base voice's background voice, the same
        converter."""
        background = getattr(self.base, "background", None)
        return self if background is None else self._over(background())

    def _over(self, base: Voice) -> ToneColourVoice:
        return ToneColourVoice(
            base,
            self._converter,
            self._source.numpy(),
            self._target.numpy(),
            self.name,
            self._tau,
            self._precision,
            self._threads,
        )

    def yield_to(self, idle: threading.Event) -> None:
        yield_to = getattr(self.base, "yield_to", None)
        if yield_to is not None:
            yield_to(idle)

    def preempt(self) -> None:
        preempt = getattr(self.base, "preempt", None)
        if preempt is not None:
            preempt()

    def stream(self, text: str, lang: str) -> Iterator[SpeechChunk]:
        for chunk in self.base.stream(text, lang):
            yield dataclasses.replace(chunk, audio=self.convert(chunk.audio, chunk.sample_rate))

    def convert(self, audio: np.ndarray, rate: int) -> np.ndarray:
        """`audio` in the clone's tone colour, exactly as long (timings stay valid)."""
        import torch

        if audio.size == 0:
            return audio
        started = time.perf_counter()
        config = self._converter.config
        heard = resample(audio, rate, config.sampling_rate)
        # Whole hops, and at least one window: the model makes one hop of sound per frame.
        hops = max(-(-len(heard) // config.hop_length), -(-config.filter_length // config.hop_length))
        padded = np.zeros(hops * config.hop_length, np.float32)
        padded[: len(heard)] = heard
        fast = self._precision == "bfloat16"
        with torch.inference_mode(), _torch_threads(self._threads):
            made = self._converter(
                torch.from_numpy(padded), self._source, self._target, self._tau, fast_decoder=fast
            )
        made = made.numpy()
        said = resample(made[: len(heard)], config.sampling_rate, rate)
        out = np.zeros(len(audio), np.float32)
        out[: min(len(said), len(out))] = said[: len(out)]
        self.converting_seconds += time.perf_counter() - started
        self.converted_seconds += len(audio) / rate
        return np.clip(out, -1.0, 1.0)


@contextlib.contextmanager
def _torch_threads(threads: int | None) -> Iterator[None]:
    """torch's intra-op threads for one conversion (a process-wide setting, put back after)."""
    import torch

    before = torch.get_num_threads()
    if threads is None or threads == before:
        yield
        return
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


# ---- cloning and opening ---------------------------------------------------------------------
def _open_base(open_voice: OpenVoice, base: str, models_dir: Path, speed: float = 1.0) -> Voice:
    if base.startswith(PREFIX):
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "A clone cannot be the base of another clone; choose a Kokoro voice such as kokoro.",
                )
            )
        )
    return open_voice(base, models_dir, speed)


def clone_voice(
    recording: Path,
    name: str,
    models_dir: Path,
    open_voice: OpenVoice,
    base: str = "kokoro",
    model: Path | None = None,
    report: Report | None = None,
) -> dict[str, Any]:
    """Check the recording, take its tone colour and save it as `clone:NAME` over `base`
    (`open_voice`: registry.open_voice, which this module cannot import: the registry opens
    clones through it)."""
    check_name(name)
    step = report or (lambda fraction, what: None)
    folder = converter_folder(models_dir, model)
    rate = read_config(folder).sampling_rate
    step(0.0, "reading the recording")
    recorded = read_audio(Path(recording), rate, Message(RECORDING))
    reference = check_reference(recorded, rate, Path(recording).name, MIN_SECONDS)
    step(0.1, "loading the OpenVoice converter")
    converter = load_converter(folder)
    step(0.3, "listening to the voice")
    target = tone_colour(converter, reference.audio, rate)
    step(0.4, f"learning the tone colour of {base}")
    base_voice = _open_base(open_voice, base, models_dir)
    source_colour(converter, folder, base_voice, models_dir)  # made now, so the first line is not late
    saved = voices_root(models_dir) / name
    saved.mkdir(parents=True, exist_ok=True)
    np.save(saved / TONE, target)
    write_wav(saved / "reference.wav", reference.audio, rate)
    record = {
        "name": name,
        "engine": ENGINE,
        "commercial": True,  # MIT
        "base": base_voice.name,
        "model": str(folder.resolve()),
        **recording_facts(recording, reference),
    }
    write_record(saved, record)
    step(1.0, "saved")
    return record


def open_clone(
    name: str, models_dir: Path, open_voice: OpenVoice, speed: float = 1.0, precision: str = "float32"
) -> ToneColourVoice:
    """`clone:NAME` made with OpenVoice: its base voice (at `speed`, opened with `open_voice`:
    the registry passes its own, so this module never imports the registry) in the saved tone
    colour."""
    record = read_record(name, models_dir)
    try:
        target = np.load(voices_root(models_dir) / name / TONE)
    except (OSError, ValueError) as exc:
        raise no_such_clone(name, models_dir) from exc
    recorded = Path(str(record.get("model", "")))
    if (recorded / CONFIG).is_file() and (recorded / CHECKPOINT).is_file():
        folder = recorded
    else:  # the model moved (a new models folder): the pulled one, or the message to pull it
        folder = converter_folder(models_dir)
    converter = load_converter(folder)
    if target.shape != (converter.config.gin_channels,):
        raise no_such_clone(name, models_dir)
    base = _open_base(open_voice, str(record.get("base") or "kokoro"), models_dir, speed)
    source = source_colour(converter, folder, base, models_dir)
    return ToneColourVoice(base, converter, source, target, PREFIX + name, precision=precision)
