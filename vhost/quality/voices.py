"""Voices compared by how well they are understood: each speaks a fixed set of sales lines (zh,
en), Whisper transcribes every line, and the errors are pooled per voice and language."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vhost.config import ASSETS_DIR
from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.quality.recognise import RATE, Heard, Score, hear, pool
from vhost.speech.base import Voice, resample, speak

SENTENCES = ASSETS_DIR / "quality" / "sentences.toml"


@dataclass(frozen=True)
class VoiceScore:
    voice: str
    score: Score
    synthesis_rtf: float  # synthesis time / audio time, for the same lines


def load_sentences(path: Path | None = None) -> dict[str, list[str]]:
    """{lang: lines} from a TOML file with a list of strings per language (zh, en)."""
    path = path or SENTENCES
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} cannot be read as a sentence list ({reason}); give a TOML file with"
                    " zh = [...] and en = [...].",
                ),
                path=str(path),
                reason=str(exc),
            )
        ) from exc
    lines = {
        lang: [str(s) for s in data.get(lang, []) if str(s).strip()]
        for lang in ("zh", "en")
        if isinstance(data.get(lang), list)
    }
    if not any(lines.values()):
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{path} holds no sentences; list them as zh = [...] and en = [...]."
                ),
                path=str(path),
            )
        )
    return lines


def score_voice(
    voice: Voice,
    lang: str,
    sentences: list[str],
    models_dir: Path,
    progress: Callable[[int, int], None] | None = None,
) -> VoiceScore:
    """Speak every sentence with the voice, transcribe it and pool the errors."""
    heard: list[Heard] = []
    synthesis = audio_seconds = 0.0
    for n, sentence in enumerate(sentences):
        started = time.perf_counter()
        spoken = speak(voice, sentence, lang)
        synthesis += time.perf_counter() - started
        audio_seconds += spoken.duration
        heard.append(hear(resample(spoken.audio, spoken.sample_rate, RATE), sentence, lang, models_dir))
        if progress:
            progress(n + 1, len(sentences))
    return VoiceScore(voice.name, pool(lang, heard), round(synthesis / max(audio_seconds, 1e-9), 3))
