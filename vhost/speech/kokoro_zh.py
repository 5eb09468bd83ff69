"""Native Mandarin Kokoro voices, pulled with `vhost models`.

kokoro-zh: Kokoro-82M v1.1-zh (Apache-2.0), ~100 Mandarin speakers and three English ones, as
kokoro-onnx's ONNX export, its voices file and hexgrad's config.json (the v1.1 phoneme
vocabulary). It reads misaki's v1.1 Mandarin phonemes (bopomofo-like symbols with tone digits).
kokoro-zh-lite: the eight Mandarin style files of Kokoro v1.0, spoken by the embedded v1.0 model
with today's phonemes: a few MB instead of a second model.

Voices are named `kokoro-zh` (the family's default), `kokoro-zh-f001`, `kokoro-zh-m009`,
`kokoro-zh-maple`…, and `kokoro-xiaobei`…; people see them described (kokoro_zh.toml).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import numpy as np

from vhost.config import ASSETS_DIR
from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.speech.kokoro import KokoroVoice
from vhost.speech.kokoro_files import npz_names, read_npz_style, read_pt_style, read_vocab, timed_model
from vhost.speech.kokoro_model import prepare
from vhost.speech.phonemes import Phonemizer

ZH_MODEL = "kokoro-zh"
LITE_MODEL = "kokoro-zh-lite"
MODEL_FILE = "kokoro-v1.1-zh.onnx"
VOICES_FILE = "voices-v1.1-zh.bin"
CONFIG_FILE = "config.json"
# zf_001 is the speaker upstream's own examples use (kokoro-onnx, hexgrad's make_zh.py); no
# published comparison says another is better.
ZH_DEFAULT_STYLE = "zf_001"
LITE_STYLES = (
    "zf_xiaobei",
    "zf_xiaoni",
    "zf_xiaoxiao",
    "zf_xiaoyi",
    "zm_yunjian",
    "zm_yunxi",
    "zm_yunxia",
    "zm_yunyang",
)
DESCRIPTIONS = ASSETS_DIR / "voices" / "kokoro_zh.toml"


def zh_name(style: str) -> str:
    """zf_001 → kokoro-zh-f001, af_maple → kokoro-zh-maple."""
    prefix, _, rest = style.partition("_")
    return f"{ZH_MODEL}-{prefix[-1]}{rest}" if rest.isdigit() else f"{ZH_MODEL}-{rest}"


def lite_name(style: str) -> str:
    """zf_xiaobei → kokoro-xiaobei."""
    return "kokoro-" + style.partition("_")[2]


LITE_NAMES = {lite_name(style): style for style in LITE_STYLES}


@cache
def _table() -> dict:
    return tomllib.loads(DESCRIPTIONS.read_text("utf-8"))


def describe(style: str) -> str:
    """A voice as a person would tell it apart, in Chinese and English: "女声 17 / Female voice 17"."""
    table = _table()
    known = table.get("voice", {}).get(style, {})
    prefix, _, rest = style.partition("_")
    sex = table["sex"].get(prefix[-1:], {"zh": "声音", "en": "Voice"})
    number = str(int(rest)) if rest.isdigit() else rest
    zh = known.get("zh", f"{sex['zh']} {number}")
    en = known.get("en", f"{sex['en']} {number}")
    if "traits_zh" in known:
        zh = f"{zh}，{known['traits_zh']}"
    if "traits_en" in known:
        en = f"{en}, {known['traits_en']}"
    return f"{zh} / {en}"


def _folder(models_dir: Path, model: str, required: bool) -> Path | None:
    """The model's folder when it is pulled; otherwise None, or (required) the sentence naming
    the `vhost models pull` that fetches it."""
    from vhost.models.folder import ModelsFolder
    from vhost.models.manifest import find, load_manifest

    folder = ModelsFolder(models_dir)
    spec = find(load_manifest(), model)
    if required:
        return folder.require(spec)
    return folder.folder(spec) if folder.status(spec) == "present" else None


def zh_default(models_dir: Path) -> str | None:
    """The default voice for Mandarin when kokoro-zh is pulled (else None: the embedded one)."""
    return ZH_MODEL if _folder(models_dir, ZH_MODEL, required=False) else None


def not_fetched(models_dir: Path) -> set[str]:
    """The Mandarin voice names list_zh_voices offers that cannot speak yet (not pulled)."""
    missing: set[str] = set()
    if _folder(models_dir, ZH_MODEL, required=False) is None:
        missing.add(ZH_MODEL)
    if _folder(models_dir, LITE_MODEL, required=False) is None:
        missing.update(LITE_NAMES)
    return missing


def list_zh_voices(models_dir: Path) -> list[tuple[str, str]]:
    """(name, description) of the Mandarin families: their voices when pulled, else how to
    pull them."""
    voices: list[tuple[str, str]] = []
    folder = _folder(models_dir, ZH_MODEL, required=False)
    if folder is None:
        voices.append(
            (
                ZH_MODEL,
                "普通话原生口音，约 100 种声音 / Mandarin with a native accent, ~100 voices"
                " (Kokoro v1.1-zh): fetch them with `vhost models pull kokoro-zh`",
            )
        )
    else:
        try:
            styles = npz_names(folder / VOICES_FILE, ZH_MODEL)
        except BackendError as exc:
            voices.append((ZH_MODEL, f"cannot be read: {exc}"))
            styles = []
        if styles:
            default = describe(ZH_DEFAULT_STYLE if ZH_DEFAULT_STYLE in styles else styles[0])
            voices.append((ZH_MODEL, f"{default} (Kokoro v1.1-zh); the default for Mandarin"))
        voices.extend((zh_name(style), f"{describe(style)} (Kokoro v1.1-zh)") for style in styles)
    pulled = _folder(models_dir, LITE_MODEL, required=False) is not None
    hint = "" if pulled else ": fetch it with `vhost models pull kokoro-zh-lite`"
    voices.extend((lite_name(s), f"{describe(s)} (Kokoro v1.0){hint}") for s in LITE_STYLES)
    return voices


def _no_such_voice(name: str, choices: list[str]) -> BackendError:
    return BackendError(
        Message(
            QT_TRANSLATE_NOOP("vhost", "There is no Kokoro voice called {name}; choose one of {voices}."),
            name=repr(name),
            voices=", ".join(choices),
        )
    )


class KokoroZhVoice(KokoroVoice):
    """A Kokoro v1.1-zh voice: the pulled export, its vocabulary and style, misaki's v1.1 G2P."""

    def __init__(
        self,
        models_dir: Path,
        name: str = ZH_MODEL,
        speed: float = 1.0,
        threads: int | None = None,
        pitch: float = 0.0,
    ) -> None:
        from vhost.speech.base import check_rate_and_pitch

        check_rate_and_pitch(speed, pitch)
        folder = _folder(models_dir, ZH_MODEL, required=True)
        assert folder is not None  # required=True raises instead
        vocab = read_vocab(folder / CONFIG_FILE, ZH_MODEL)
        styles = npz_names(folder / VOICES_FILE, ZH_MODEL)
        by_name = {zh_name(style): style for style in styles}
        by_name[ZH_MODEL] = ZH_DEFAULT_STYLE if ZH_DEFAULT_STYLE in styles else next(iter(styles), "")
        if by_name.get(name) not in styles:
            raise _no_such_voice(name, list(by_name))
        style = read_npz_style(folder / VOICES_FILE, ZH_MODEL, by_name[name])
        model, outputs = timed_model(folder / MODEL_FILE, ZH_MODEL)
        phonemizer = Phonemizer(version="1.1")
        self._start(name, model, vocab, style, speed, pitch, threads, phonemizer, outputs)
        rate = speed / self._shift
        if self._speed_type is not np.float32 and rate != round(rate):
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "This Kokoro v1.1-zh export speaks only at whole rates; leave the rate at 1"
                        " and the pitch at 0.",
                    )
                )
            )


class KokoroLiteVoice(KokoroVoice):
    """One of Kokoro v1.0's Mandarin speakers (pulled style) on the embedded v1.0 model."""

    def __init__(
        self,
        models_dir: Path,
        name: str,
        speed: float = 1.0,
        threads: int | None = None,
        pitch: float = 0.0,
    ) -> None:
        from vhost.speech.base import check_rate_and_pitch

        if name not in LITE_NAMES:
            raise _no_such_voice(name, list(LITE_NAMES))
        check_rate_and_pitch(speed, pitch)
        folder = _folder(models_dir, LITE_MODEL, required=True)
        assert folder is not None  # required=True raises instead
        style = read_pt_style(folder / "voices" / f"{LITE_NAMES[name]}.pt", LITE_MODEL)
        files = prepare(models_dir)
        self._start(name, files.model, files.vocab, style, speed, pitch, threads)
