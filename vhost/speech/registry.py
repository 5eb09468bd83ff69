"""Pick a voice by name: `kokoro…` (embedded default), `clone:NAME` (a voice cloned with XTTS)
or `coqui:<folder or model name>`."""

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
    for voice in saved_voices(models_dir) if models_dir else []:
        what = (
            "cannot be read: clone it again"
            if voice.get("broken")
            else (
                f"cloned with XTTS-v2 from {voice.get('seconds', '?')} s of speech (not for commercial use)"
            )
        )
        voices.append((PREFIX + voice["name"], what))
    voices.append(("coqui:FOLDER|MODEL_NAME", "a Coqui TTS model you have (VITS, Tacotron, …)"))
    return voices


def open_voice(name: str | None, models_dir: Path, speed: float = 1.0, pitch: float = 0.0) -> Voice:
    """`speed`: speaking rate (0.5–2); `pitch`: semitones up or down (Kokoro voices)."""
    from vhost.errors import BackendError

    name = name or DEFAULT_VOICE
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
    from vhost.speech.kokoro import KokoroVoice

    return KokoroVoice(models_dir, name, speed=speed, pitch=pitch)
