"""`vhost render`: the scripted show as an MP4 (H.264 + AAC)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.domain import LANGS
from vhost.errors import BackendError
from vhost.render.labels import POSITIONS, AiLabel

FPS_CHOICES = (24, 25, 30, 50, 60)


def register(commands: Any) -> None:
    render = commands.add_parser(
        "render",
        help="render the presenter selling your catalog to an MP4",
        description="Write the sales script for a catalog, speak it, animate the presenter's face"
        " in sync and render the stream picture (presenter, product card with price and"
        " countdown, captions) to an MP4 with H.264 video and AAC audio.",
    )
    add_show_arguments(render, catalog_required=True)
    render.add_argument(
        "--seconds", type=float, help="stop after this many seconds (default: one full pass over the catalog)"
    )
    render.add_argument(
        "--now",
        type=datetime.fromisoformat,
        metavar="'YYYY-MM-DD HH:MM'",
        help="the moment the show starts, for countdowns (default: now)",
    )
    render.add_argument("--out", type=Path, required=True, help="MP4 file to write")
    render.set_defaults(run=run_render)


def add_show_arguments(parser: argparse.ArgumentParser, catalog_required: bool) -> None:
    """The choices every show command shares: what to sell, who presents, in which voice, how big."""
    if catalog_required:
        parser.add_argument("--catalog", required=True, help="catalog file (JSON, CSV or XLSX)")
    else:
        parser.add_argument("--catalog", help="catalog file (JSON, CSV or XLSX; default: the demo catalog)")
    parser.add_argument(
        "--avatar",
        help="presenter folder from `vhost avatar build` (from a photo or a video), or a photo"
        " (default: the shipped presenter)",
    )
    parser.add_argument("--lang", choices=LANGS, help="language of the show (default: settings, zh)")
    parser.add_argument("--voice", help="voice name (see `vhost voices`; default: kokoro)")
    add_rate_and_pitch(parser)
    parser.add_argument(
        "--size", default="1280x720", type=_size, metavar="WxH", help="picture size (default 1280x720)"
    )
    parser.add_argument(
        "--fps", type=int, default=30, choices=FPS_CHOICES, help="frames per second (default 30)"
    )
    parser.add_argument("--seed", type=int, help="wording and motion seed")
    parser.add_argument(
        "--ai-label",
        default="top-left",
        choices=(*POSITIONS, "off"),
        help="where the visible 'AI生成 / AI-generated' label sits (default top-left). China's rules"
        " on AI-generated content ask for it on a digital-human stream; off removes it",
    )
    parser.add_argument(
        "--ai-label-size",
        type=float,
        default=1.0,
        metavar="SCALE",
        help="the label's size, 0.5–3 (default 1)",
    )


def ai_label_of(args: argparse.Namespace) -> AiLabel | None:
    """The visible label the flags ask for; switching it off is said on stderr."""
    if args.ai_label == "off":
        print(
            "  warning: the 'AI-generated' label is off; China's rules on AI-generated content and"
            " the platforms ask for it on a digital-human stream.",
            file=sys.stderr,
        )
        return None
    return AiLabel(args.ai_label, args.ai_label_size)


def add_rate_and_pitch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speed", type=float, default=1.0, help="speaking rate, 0.5–2.0 (default 1.0)")
    parser.add_argument(
        "--pitch",
        type=float,
        default=0.0,
        metavar="SEMITONES",
        help="voice pitch in semitones, -6 to +6 (default 0; Kokoro voices)",
    )


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x720") from exc
    if width < 320 or height < 180 or width > 3840 or height > 2160:
        raise argparse.ArgumentTypeError(f"{text} is outside 320x180 … 3840x2160")
    if width % 2 or height % 2:
        raise argparse.ArgumentTypeError(f"{text}: width and height must be even numbers for H.264")
    return width, height


def run_render(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.cli.catalog_cmd import print_report
    from vhost.cli.progress import ProgressBar
    from vhost.render.show import ShowRenderer
    from vhost.render.subtitles import write_srt
    from vhost.script import ComplianceFilter, TemplateWriter
    from vhost.script.playlist import disclosed_at_start, show_lines
    from vhost.show.builder import on_screen, shop_badge
    from vhost.speech.registry import open_voice

    if args.seconds is not None and args.seconds <= 0:
        raise BackendError("--seconds must be more than 0.")
    lang = args.lang or settings.lang
    seed = settings.seed if args.seed is None else args.seed
    now = args.now or datetime.now()
    report = load_catalog(Path(args.catalog), rules=settings.compliance_rules)
    if report.problems or report.notes:
        print_report(report, out=sys.stderr)
    catalog = report.catalog
    rig, notes = load_avatar(args.avatar)
    for note in notes:
        print(f"  note: {note}", file=sys.stderr)
    voice = open_voice(args.voice or settings.voice, settings.models_dir, args.speed, args.pitch, lang)
    compliance = ComplianceFilter.load(settings.compliance_rules)
    writer = TemplateWriter(compliance)
    loops = count() if args.seconds else iter([0])
    scripts = (writer.write(catalog, lang, loop=loop, seed=seed, now=now) for loop in loops)
    width, height = args.size
    badge, wording = shop_badge(catalog, lang), on_screen(compliance, lang)  # as the live show does
    label = ai_label_of(args)
    renderer = ShowRenderer(rig, voice, lang, width, height, args.fps, seed, badge, wording, label)
    lines = disclosed_at_start(show_lines(scripts, catalog), writer.disclosure(lang))
    bar = ProgressBar(f"rendering {args.out.name}")
    try:
        result = renderer.render(lines, args.out, now, args.seconds, bar)
    finally:
        bar.finish()
    subtitles = args.out.with_suffix(".srt")
    write_srt(subtitles, list(result.cues))
    print(
        f"Wrote {result.path}: {result.video_seconds:.1f} s at {width}x{height}, {result.fps} fps,"
        f" {result.lines} line{'s' if result.lines != 1 else ''} spoken, in {result.wall_seconds:.0f} s"
        f" ({result.wall_seconds / max(result.video_seconds, 1e-9):.2f}× real time); subtitles in"
        f" {subtitles.name}."
    )
    return 0
