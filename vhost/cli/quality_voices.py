"""`vhost quality --voices a,b`: each voice speaks the sales lines, Whisper scores them."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from typing import Any

from vhost.config import Settings
from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message


def run_voices(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.quality import whisper_model
    from vhost.quality.voices import load_sentences, score_voice
    from vhost.speech.registry import open_voice

    if args.media is not None:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "--voices compares voices on vhost's own sentences; leave out {path}."
                ),
                path=str(args.media),
            )
        )
    if args.limit is not None and args.limit < 1:
        raise BackendError(Message(QT_TRANSLATE_NOOP("vhost", "--limit must be 1 or more.")))
    if not whisper_model.available():
        raise whisper_model.missing_package()
    names = [name.strip() for name in args.voices.split(",") if name.strip()]
    sentences = load_sentences(args.sentences)
    langs = [args.lang] if args.lang else [lang for lang in ("zh", "en") if sentences.get(lang)]
    whisper_model.prepare(settings.models_dir)  # assembled once, before any timing starts
    rows = []
    tty = sys.stderr.isatty()
    for name in names:
        voice = open_voice(name, settings.models_dir)
        spoken = [lang for lang in langs if lang in voice.languages()]
        if args.lang and not spoken:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "The voice {voice} does not speak {lang}."),
                    voice=name,
                    lang=args.lang,
                )
            )
        for lang in spoken:  # a voice is scored in the languages it speaks
            lines = sentences.get(lang, [])[: args.limit]
            if not lines:
                continue
            label = f"{name} {lang}"

            def progress(done: int, total: int, label: str = label) -> None:
                if tty or done == total:  # a log gets one line per voice and language
                    end = "\n" if done == total else ""
                    print(f"\r{label}: {done}/{total} sentences", end=end, file=sys.stderr, flush=True)

            # named as asked (a clone's or Coqui model's own name may differ)
            rows.append(replace(score_voice(voice, lang, lines, settings.models_dir, progress), voice=name))
    figures = {
        "recogniser": whisper_model.NAME,
        "voices": [
            {
                "voice": r.voice,
                **asdict(r.score),
                "measure": r.score.measure,
                "synthesis_rtf": r.synthesis_rtf,
            }
            for r in rows
        ],
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        _table(figures)
    return 0


def _table(figures: dict[str, Any]) -> None:
    print(f"Intelligibility by {figures['recogniser']} (lower is better):")
    head = f"{'voice':<18} {'lang':<4} {'lines':>5} {'error':>12} {'pinyin err':>10} {'audio s':>8}"
    print(head + f" {'recog. RTF':>10} {'synth. RTF':>10}")
    for row in figures["voices"]:
        error = f"{row['measure']} {row['error_rate']:.1%}"
        syllables = "" if row["syllable_error_rate"] is None else f"{row['syllable_error_rate']:.1%}"
        print(
            f"{row['voice']:<18} {row['lang']:<4} {row['sentences']:>5} {error:>12} {syllables:>10}"
            f" {row['audio_seconds']:>8.1f} {row['recognition_rtf']:>10.2f} {row['synthesis_rtf']:>10.2f}"
        )
    print("RTF: seconds of computing per second of audio. Worst lines:")
    for row in figures["voices"]:
        for meant, heard in row["worst"][:2]:
            indent = " " * (len(row["voice"]) + len(row["lang"]) + 5)
            print(f"  {row['voice']} {row['lang']}  meant: {meant}\n{indent}heard: {heard}")
