"""Pick a voice by name: `kokoro…` (embedded default) or `coqui:<folder or model name>`."""

from __future__ import annotations

from pathlib import Path

from vhost.speech.base import Voice

DEFAULT_VOICE = "kokoro"


def list_voices() -> list[tuple[str, str]]:
    from vhost.speech.kokoro import DESCRIPTIONS

    voices = list(DESCRIPTIONS.items())
    voices.append(("coqui:FOLDER|MODEL_NAME", "a Coqui TTS model you have (VITS, Tacotron, …)"))
    return voices


def open_voice(name: str | None, models_dir: Path, speed: float = 1.0) -> Voice:
    name = name or DEFAULT_VOICE
    if name.startswith("coqui:"):
        from vhost.speech.coqui import CoquiVoice

        return CoquiVoice(name.removeprefix("coqui:"), models_dir)
    from vhost.speech.kokoro import KokoroVoice

    return KokoroVoice(models_dir, name, speed=speed)
