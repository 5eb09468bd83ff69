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


def open_voice(name: str | None, models_dir: Path, speed: float = 1.0, pitch: float = 0.0) -> Voice:
    """`speed`: speaking rate (0.5–2); `pitch`: semitones up or down (Kokoro voices)."""
    name = name or DEFAULT_VOICE
    if name.startswith("coqui:"):
        from vhost.errors import BackendError
        from vhost.speech.coqui import CoquiVoice

        if speed != 1.0 or pitch:
            raise BackendError(
                "Coqui voices speak at their own rate and pitch; leave the rate at 1 and the pitch at 0."
            )
        return CoquiVoice(name.removeprefix("coqui:"), models_dir)
    from vhost.speech.kokoro import KokoroVoice

    return KokoroVoice(models_dir, name, speed=speed, pitch=pitch)
