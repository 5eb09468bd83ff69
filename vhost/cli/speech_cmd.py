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
from vhost.messages import QT_TRANSLATE_NOOP, Message
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
        help="list the voices vhost can speak with; clone a voice from a recording",
        description="List the voices vhost can speak with (the default action), clone a voice"
        " from a recording or remove a cloned voice. A clone is used as --voice clone:NAME. Cloning"
        " uses OpenVoice V2 (MIT: commercial use allowed; `vhost models pull openvoice-v2` first):"
        " any vhost voice speaks in the recorded voice's tone colour and keeps its lip-sync timings."
        " --engine xtts uses XTTS-v2 instead, whose licence forbids commercial use.",
    )
    sub = voices.add_subparsers(dest="voices_command", metavar="ACTION")
    listing = sub.add_parser("list", help="the voices (the default action)")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(run=run_voices)
    clone = sub.add_parser(
        "clone",
        help="copy a voice from a 10-30 s recording (OpenVoice V2; --engine xtts: non-commercial)",
        description="Copy a voice from a recording of clear speech (WAV, MP3, M4A…; leading and"
        " trailing silence is trimmed): 10-30 s for OpenVoice V2 (the default; MIT licence,"
        " commercial use allowed), 6-30 s for --engine xtts (XTTS-v2; NOT for commercial use). A"
        " recording that is too short, too long, too quiet, clipped, mostly pauses or noisy is"
        " refused with the reason. Only clone a voice whose owner agreed to it.",
    )
    clone.add_argument("recording", type=Path, help="the recording of the voice")
    clone.add_argument("--name", required=True, help="what to call the voice (then --voice clone:NAME)")
    clone.add_argument(
        "--engine",
        choices=("openvoice", "xtts"),
        default="openvoice",
        help="openvoice (default: OpenVoice V2, MIT, commercial use allowed) or xtts (XTTS-v2:"
        " non-commercial use only)",
    )
    clone.add_argument(
        "--base",
        help="openvoice: the voice that speaks, in the cloned tone colour (default: kokoro; its"
        " lip-sync timings are kept)",
    )
    clone.add_argument(
        "--model",
        type=Path,
        help="the model folder (default: the pulled one): OpenVoiceV2's converter folder, or an XTTS"
        " folder with --engine xtts",
    )
    clone.add_argument("--json", action="store_true", help="print what was saved as JSON")
    clone.set_defaults(run=run_clone)
    remove = sub.add_parser("remove", help="delete a cloned voice")
    remove.add_argument("name")
    remove.set_defaults(run=run_remove_voice)
    voices.set_defaults(run=run_voices, json=False)


def run_say(args: argparse.Namespace, settings: Settings) -> int:
    if not args.text.strip():
        raise BackendError("There is nothing to say; give the text to speak in quotes.")
    lang = args.lang or settings.lang
    voice = open_voice(args.voice or settings.voice, settings.models_dir, args.speed, args.pitch, lang)
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
    voices = list_voices(settings.models_dir)
    if args.json:
        print(json.dumps([{"name": n, "description": d} for n, d in voices], ensure_ascii=False, indent=2))
        return 0
    for name, description in voices:
        print(f"{name:28} {description}")
    return 0


def run_clone(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.progress import ProgressBar

    bar = ProgressBar(f"cloning {args.name}")
    if args.engine == "openvoice":
        from vhost.speech import openvoice

        base = args.base or "kokoro"
        record = openvoice.clone_voice(
            args.recording, args.name, settings.models_dir, open_voice, base, args.model, bar.step
        )
    else:
        from vhost.speech import xtts

        if args.base:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "XTTS-v2 speaks with the cloned voice itself; leave out --base with --engine xtts.",
                    )
                )
            )
        record = xtts.clone_voice(args.recording, args.name, settings.models_dir, args.model, bar.step)
    bar.finish()
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    if args.engine == "openvoice":
        print(
            f"Saved the voice clone:{record['name']}: {record['base']} in the tone colour of"
            f" {record['seconds']:.1f} s of speech ({record['loudness_dbfs']:.0f} dBFS,"
            f" {record['snr_db']:.0f} dB above the background). Use it with --voice clone:{record['name']}."
            " OpenVoice V2 is MIT-licensed: a shop's stream may use it."
        )
        return 0
    print(
        f"Saved the voice clone:{record['name']} from {record['seconds']:.1f} s of speech"
        f" ({record['loudness_dbfs']:.0f} dBFS, {record['snr_db']:.0f} dB above the background)."
        f" Use it with --voice clone:{record['name']}. XTTS-v2's licence (CPML) does not allow"
        " commercial use, so a shop's stream may not use this voice without a commercial licence"
        " for the model."
    )
    return 0


def run_remove_voice(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.speech.clones import remove_voice

    if not remove_voice(args.name, settings.models_dir):
        raise BackendError(f"There is no cloned voice {args.name!r}; `vhost voices` lists them.")
    print(f"Removed the voice clone:{args.name}.")
    return 0
