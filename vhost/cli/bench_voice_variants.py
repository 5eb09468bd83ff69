"""`vhost bench --voice-variants`: the embedded Kokoro voice's real-time factor with its int8
model against the float32 twin, one onnxruntime thread against two, one sentence at a time
against two at once: the settings vhost picks (kokoro_model.DEFAULT_VARIANT, PARALLEL_SENTENCES)
are checked on this CPU.

On a busy machine a single timing says little, so every variant runs once per round, in a
rotated order, for several rounds; the medians are compared.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Variant:
    model: str  # kokoro_model.VARIANTS
    threads: int  # onnxruntime intra-op threads per run
    parallel: int  # sentences synthesized at once

    @property
    def label(self) -> str:
        return f"{self.model} threads={self.threads} sentences={self.parallel}"


def variants(cores: int) -> list[Variant]:
    """int8/fp32 × (threads=cores, 2 at once), (threads=1, 2 at once), (threads=cores, 1 at a
    time): one thread and one sentence together would leave cores idle."""
    many = max(2, cores)
    shapes = [(many, 2), (1, 2), (many, 1)]
    return [Variant(model, threads, parallel) for threads, parallel in shapes for model in ("int8", "fp32")]


def bench_voice_variants(models_dir: Path, texts: dict[str, str], rounds: int) -> dict[str, Any]:
    """Median RTF (synthesis seconds / audio seconds) per variant and language."""
    from vhost.speech.base import speak
    from vhost.speech.kokoro import KokoroVoice
    from vhost.speech.kokoro_model import prepare

    started = time.perf_counter()
    prepare(models_dir, "fp32")  # built once, outside the timings; its cost is reported
    build_seconds = time.perf_counter() - started
    chosen = variants(os.cpu_count() or 1)
    voices = {}
    for variant in chosen:
        key = (variant.model, variant.threads)
        if key not in voices:
            voices[key] = KokoroVoice(models_dir, threads=variant.threads, variant=variant.model)
            speak(voices[key], "你好。", "zh")  # warm-up: graph set-up, dictionaries
            speak(voices[key], "Hello.", "en")
    samples: dict[str, dict[str, list[float]]] = {v.label: {lang: [] for lang in texts} for v in chosen}
    for round_no in range(rounds):
        shift = round_no % len(chosen)  # rotate: no variant always runs first or last
        for variant in chosen[shift:] + chosen[:shift]:
            voice = voices[(variant.model, variant.threads)]
            voice.parallel = variant.parallel
            for lang, text in texts.items():
                began = time.perf_counter()
                utterance = speak(voice, text, lang)
                samples[variant.label][lang].append((time.perf_counter() - began) / utterance.duration)
    return {
        "rounds": rounds,
        "fp32_build_seconds": round(build_seconds, 1),
        "load_average": os.getloadavg(),
        "rtf_median": {
            label: {lang: round(statistics.median(values), 3) for lang, values in by_lang.items()}
            for label, by_lang in samples.items()
        },
        "rtf_samples": samples,
    }


def print_voice_variants(result: dict[str, Any]) -> None:
    medians = result["rtf_median"]
    langs = list(next(iter(medians.values())))
    print(
        f"Kokoro variants: median tts_rtf over {result['rounds']} rounds (load average after:"
        f" {' '.join(f'{x:.1f}' for x in result['load_average'])})"
    )
    print(f"{'variant':<34}" + "".join(f"{lang:>8}" for lang in langs))
    for label, by_lang in medians.items():
        print(f"{label:<34}" + "".join(f"{by_lang[lang]:>8.3f}" for lang in langs))
    print(f"fp32 model build (first use, or already built): {result['fp32_build_seconds']:.1f} s")
