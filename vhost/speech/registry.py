"""Pick a voice by name: `kokoro…` (embedded default), `kokoro-zh…` and `kokoro-xiaobei…` (pulled
Mandarin voices, kokoro_zh.py), `clone:NAME` (a cloned voice: an OpenVoice tone colour over a
base voice, or XTTS) or `coqui:<folder or model name>`."""

from __future__ import annotations

from pathlib import Path

from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.speech.base import Voice

DEFAULT_VOICE = "kokoro"


def list_voices(models_dir: Path | None = None) -> list[tuple[str, str]]:
    """The embedded voices, the clones saved in `models_dir`, and the Coqui pattern."""
    from vhost.speech.kokoro import DESCRIPTIONS
    from vhost.speech.xtts import PREFIX, saved_voices

    voices = list(DESCRIPTIONS.items())
    if models_dir:  # the pulled Mandarin families (kokoro_zh.py), or how to pull them
        from vhost.speech.kokoro_zh import list_zh_voices, zh_default

        if zh_default(models_dir):  # Mandarin's default is now kokoro-zh
            english = f"{DESCRIPTIONS['kokoro-gongitsune']}; the default for English"
            voices = [(n, english if n == DEFAULT_VOICE else d) for n, d in voices]
        voices.extend(list_zh_voices(models_dir))
    for voice in saved_voices(models_dir) if models_dir else []:
        voices.append((PREFIX + voice["name"], _clone_description(voice)))
    voices.append(("coqui:FOLDER|MODEL_NAME", "a Coqui TTS model you have (VITS, Tacotron, …)"))
    return voices


def _clone_description(voice: dict) -> str:
    if voice.get("broken"):
        return "cannot be read: clone it again"
    seconds = voice.get("seconds", "?")
    if voice.get("engine") == "openvoice":
        return (
            f"{voice.get('base', 'kokoro')} in a tone colour cloned with OpenVoice V2 from {seconds} s of"
            " speech (commercial use allowed)"
        )
    return f"cloned with XTTS-v2 from {seconds} s of speech (not for commercial use)"


def open_voice(
    name: str | None, models_dir: Path, speed: float = 1.0, pitch: float = 0.0, lang: str | None = None
) -> Voice:
    """`speed`: speaking rate (0.5–2); `pitch`: semitones up or down (Kokoro voices). The default
    voice for `lang` zh is kokoro-zh (native Mandarin) once it is pulled; English keeps kokoro."""
    from vhost.errors import BackendError

    name = name or DEFAULT_VOICE
    if name == DEFAULT_VOICE and lang == "zh":
        from vhost.speech.kokoro_zh import zh_default

        name = zh_default(models_dir) or name
    from vhost.speech.xtts import PREFIX

    if name.startswith(PREFIX):
        from vhost.speech.xtts import ClonedVoice

        if pitch:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "Cloned voices keep the pitch of the recording; leave the pitch at 0."
                    )
                )
            )
        from vhost.speech.clones import engine_of, read_record

        if engine_of(read_record(name.removeprefix(PREFIX), models_dir)) == "openvoice":
            from vhost.speech.openvoice import open_clone

            return open_clone(name.removeprefix(PREFIX), models_dir, open_voice, speed=speed)
        return ClonedVoice(name.removeprefix(PREFIX), models_dir, speed=speed)
    if name.startswith("coqui:"):
        from vhost.speech.coqui import CoquiVoice

        if speed != 1.0 or pitch:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "Coqui voices speak at their own rate and pitch; leave the rate at 1 and the"
                        " pitch at 0.",
                    )
                )
            )
        return CoquiVoice(name.removeprefix("coqui:"), models_dir)
    from vhost.speech.kokoro_zh import LITE_NAMES, ZH_MODEL, KokoroLiteVoice, KokoroZhVoice

    if name == ZH_MODEL or name.startswith(ZH_MODEL + "-"):
        return KokoroZhVoice(models_dir, name, speed=speed, pitch=pitch)
    if name in LITE_NAMES:
        return KokoroLiteVoice(models_dir, name, speed=speed, pitch=pitch)
    from vhost.speech.kokoro import KokoroVoice

    return KokoroVoice(models_dir, name, speed=speed, pitch=pitch)
