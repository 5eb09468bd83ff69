"""`vhost say` and `vhost voices`."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from vhost.cli.render_cmd import add_rate_and_pitch
from vhost.config import Settings
from vhost.domain import LANGS
from vhost.errors import BackendError
from vhost.speech.base import speak
from vhost.speech.registry import list_voices, open_voice
from vhost.speech.wav import write_wav


def register(commands: Any) -> None:
    say = commands.add_parser(
        "say",
        help="speak a text with a voice into a WAV file",
        description="Speak a text with a neural voice and write a WAV file. Numbers, prices,"
        " percentages, dates and units are read out as a presenter says them. --json prints the"
        " duration and the phoneme timings the lips follow.",
    )
    say.add_argument("text", help="what to say")
    say.add_argument("--lang", choices=LANGS, help="language of the text (default: settings, zh)")
    say.add_argument("--voice", help="voice name (see `vhost voices`; default: kokoro)")
    add_rate_and_pitch(say)
    say.add_argument("--out", type=Path, required=True, help="WAV file to write")
    say.add_argument("--json", action="store_true", help="print duration and timings as JSON")
    say.set_defaults(run=run_say)

    voices = commands.add_parser(
        "voices",
        help="list the voices vhost can speak with",
        description="List the voices vhost can speak with.",
    )
    voices.set_defaults(run=run_voices)


def run_say(args: argparse.Namespace, settings: Settings) -> int:
    if not args.text.strip():
        raise BackendError("There is nothing to say; give the text to speak in quotes.")
    lang = args.lang or settings.lang
    voice = open_voice(args.voice or settings.voice, settings.models_dir, args.speed, args.pitch)
    started = time.perf_counter()
    utterance = speak(voice, args.text, lang)
    elapsed = time.perf_counter() - started
    try:
        write_wav(args.out, utterance.audio, utterance.sample_rate)
    except OSError as exc:
        raise BackendError(f"Cannot write {args.out} ({exc.strerror}); choose another --out path.") from exc
    rtf = elapsed / utterance.duration if utterance.duration else 0.0
    if args.json:
        print(
            json.dumps(
                {
                    "out": str(args.out),
                    "voice": voice.name,
                    "lang": lang,
                    "text": args.text,
                    "sample_rate": utterance.sample_rate,
                    "duration": round(utterance.duration, 3),
                    "synthesis_seconds": round(elapsed, 3),
                    "rtf": round(rtf, 3),
                    "sentences": [
                        {"text": t, "start": round(s, 3), "end": round(e, 3)}
                        for t, s, e in utterance.sentences
                    ],
                    "timings": [
                        {"phoneme": p.phoneme, "start": round(p.start, 3), "end": round(p.end, 3)}
                        for p in utterance.timings
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(
            f"Wrote {args.out}: {utterance.duration:.1f} s of {lang} speech with {voice.name},"
            f" made in {elapsed:.1f} s ({rtf:.2f}× real time)."
        )
    return 0


def run_voices(args: argparse.Namespace, settings: Settings) -> int:
    for name, description in list_voices():
        print(f"{name:28} {description}")
    return 0
