"""`vhost quality`: score a rendered show (lip sync, intelligibility), a voice recording, or
compare voices by how well Whisper understands them (`--voices`)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.domain import LANGS
from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message


def register(commands: Any) -> None:
    quality = commands.add_parser(
        "quality",
        help="score a rendered show or voices offline: lip sync and intelligibility",
        description="Score a video made by `vhost render` (or any video of the presenter), or a"
        " voice recording, so two versions can be compared. Lip sync: the A/V offset where the"
        " mouth's opening (face landmarks in every frame) best follows the loudness of the sound,"
        " the correlation there, and how open the mouth is while speaking and in pauses."
        " Intelligibility: an offline recogniser (Whisper base, from `pip install 'vhost[quality]'`;"
        " without it PocketSphinx, English only) transcribes each subtitle cue, compared with its"
        " text: character error rate (CER) for Chinese, word error rate (WER) for English, after"
        " numbers, prices and units are read out the same way on both sides. The text comes from"
        " the .srt that `vhost render` writes next to the video, --srt, or --text. With --voices"
        " and no MEDIA, each voice speaks a fixed set of sales lines in Chinese and English and is"
        " scored the same way, with the real-time factor of recognition.",
    )
    quality.add_argument(
        "media", type=Path, nargs="?", help="an MP4 (lip sync and speech) or a sound file (speech)"
    )
    quality.add_argument(
        "--voices",
        help="compare voices instead (comma-separated names from `vhost voices`, e.g. kokoro,kokoro-kumo)",
    )
    quality.add_argument(
        "--sentences",
        type=Path,
        help="with --voices: a TOML file with zh = [...] and en = [...] (default: vhost's sales lines)",
    )
    quality.add_argument(
        "--limit", type=int, help="with --voices: only the first LIMIT sentences of each language"
    )
    quality.add_argument(
        "--srt", type=Path, help="subtitles with what was said (default: MEDIA.srt if there)"
    )
    quality.add_argument("--text", help="what was said, for a sound file without subtitles")
    quality.add_argument(
        "--lang",
        choices=LANGS,
        help="language of the speech (default: guessed from the text; with --voices: both)",
    )
    quality.add_argument(
        "--seconds", type=float, default=120.0, help="score only the first SECONDS (default 120)"
    )
    quality.add_argument("--json", action="store_true", help="print the figures as JSON")
    quality.set_defaults(run=run_quality)


def _cues(args: argparse.Namespace, duration: float) -> list[tuple[float, float, str]]:
    from vhost.render.subtitles import read_srt

    if args.text:
        return [(0.0, duration, args.text)]
    srt = args.srt or args.media.with_suffix(".srt")
    if args.srt and not srt.is_file():
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "{path} does not exist; give the .srt that `vhost render` wrote, or --text."
                ),
                path=str(srt),
            )
        )
    # a sentence the video cut off (it runs to the very end) cannot be scored against its text
    return [c for c in read_srt(srt) if c[1] < duration - 0.05] if srt.is_file() else []


def run_quality(args: argparse.Namespace, settings: Settings) -> int:
    import av

    from vhost.quality.intelligibility import score_speech
    from vhost.quality.lipsync import loudness_per_frame, mouth_openings, score_lipsync, video_frames
    from vhost.speech.wav import read_audio

    if args.voices:
        from vhost.cli.quality_voices import run_voices

        return run_voices(args, settings)
    if args.media is None:
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "Give a video or sound file to score, or --voices to compare voices."
                )
            )
        )
    if args.seconds <= 0:
        raise BackendError(Message(QT_TRANSLATE_NOOP("vhost", "--seconds must be more than 0.")))
    audio_rate = 16000
    wanted = Message(QT_TRANSLATE_NOOP("vhost", "a video made by `vhost render` or a sound file"))
    audio = read_audio(args.media, audio_rate, wanted)
    audio = audio[: int(args.seconds * audio_rate)]
    if not len(audio):
        raise BackendError(
            Message(
                QT_TRANSLATE_NOOP("vhost", "{path} has no sound; score a video or recording with speech."),
                path=str(args.media),
            )
        )
    try:
        with av.open(str(args.media)) as container:
            has_video = bool(container.streams.video)
            if has_video and container.streams.audio:
                # players line sound and picture up by their timestamps, not by their first samples
                starts = [_start(s) for s in (container.streams.audio[0], container.streams.video[0])]
                audio = _shift(audio, audio_rate, starts[0] - starts[1])
    except av.error.FFmpegError:
        has_video = False
    figures: dict[str, Any] = {"media": str(args.media), "seconds": round(len(audio) / audio_rate, 2)}
    if has_video:
        fps, frames = video_frames(args.media, args.seconds)
        openings = mouth_openings(frames)
        figures["lip_sync"] = asdict(
            score_lipsync(openings, loudness_per_frame(audio, audio_rate, fps, len(openings)), fps)
        )
    cues = _cues(args, len(audio) / audio_rate)
    if cues:
        text = " ".join(c[2] for c in cues)
        lang = args.lang or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
        figures["speech"] = asdict(score_speech(audio, audio_rate, cues, lang, settings.models_dir))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    _print(figures, has_video)
    return 0


def _start(stream: Any) -> float:
    return float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0


def _shift(audio: Any, rate: int, seconds: float) -> Any:
    """The sound moved `seconds` later against the picture (earlier when negative)."""
    import numpy as np

    samples = int(round(seconds * rate))
    if samples >= 0:
        return np.concatenate([np.zeros(samples, audio.dtype), audio])
    return audio[-samples:]


def _print(figures: dict[str, Any], has_video: bool) -> None:
    print(f"{figures['media']}: {figures['seconds']:.1f} s scored")
    sync = figures.get("lip_sync")
    if sync:
        face = f"a face in {sync['face_share']:.0%} of them"
        print(f"Lip sync ({sync['frames']} frames at {sync['fps']:g} fps, {face}):")
        side = "after" if sync["offset_ms"] >= 0 else "before"
        print(
            f"  offset           {abs(sync['offset_ms']):.0f} ms, the mouth {side} the sound"
            " (viewers notice sound more than 45 ms early or 125 ms late: ITU-R BT.1359)"
        )
        at_zero = f"{sync['correlation_at_zero']:.2f} at 0"
        print(f"  correlation      {sync['correlation']:.2f} at that offset, {at_zero}")
        print(
            f"  mouth open       {sync['open_speaking']:.3f} face heights above rest while speaking,"
            f" {sync['open_silent']:.3f} in pauses"
        )
    elif not has_video:
        print("Lip sync: not measured (no picture in this file).")
    speech = figures.get("speech")
    if not speech:
        print("Speech: not scored (no subtitles: give --srt or --text).")
    elif speech["recogniser"] is None:
        print(f"Speech ({speech['lang']}): not scored. {speech['missing']}")
    elif speech["word_error"] is None and speech["char_error"] is None:
        print("Speech: not scored (the subtitles hold no words).")
    else:
        if speech["lang"] == "zh":
            rate = f"character error (CER) {speech['char_error']:.1%}"
            rate += f", toned-pinyin syllable error {speech['syllable_error']:.1%}"
        else:
            rate = f"word error (WER) {speech['word_error']:.1%}"
            if speech["recognition_rtf"] is None:
                rate += f", character error {speech['char_error']:.1%}"
        cues = f"{speech['cues']} sentence{'s' if speech['cues'] != 1 else ''}"
        print(f"Speech ({cues}, {speech['lang']}, {speech['recogniser']}): {rate}")
        if speech["recognition_rtf"] is not None:
            print(f"  recognition      {speech['recognition_rtf']:.2f}× real time")
        if speech["missing"]:
            print(f"  ({speech['missing']})")
        for meant, heard in speech["examples"]:
            print(f"  meant: {meant}\n  heard: {heard}")
