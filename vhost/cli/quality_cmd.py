"""`vhost quality`: score a rendered show (lip sync, intelligibility) or a voice recording."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.domain import LANGS
from vhost.errors import BackendError


def register(commands: Any) -> None:
    quality = commands.add_parser(
        "quality",
        help="score a rendered show or a voice offline: lip sync and intelligibility",
        description="Score a video made by `vhost render` (or any video of the presenter), or a"
        " voice recording, so two versions can be compared. Lip sync: the A/V offset where the"
        " mouth's opening (face landmarks in every frame) best follows the loudness of the sound,"
        " the correlation there, and how open the mouth is while speaking and in pauses."
        " Intelligibility: an offline recogniser (PocketSphinx, English only) transcribes each"
        " subtitle cue, compared with its text: word and character error rates. The text comes"
        " from the .srt that `vhost render` writes next to the video, --srt, or --text.",
    )
    quality.add_argument("media", type=Path, help="an MP4 (lip sync and speech) or a sound file (speech)")
    quality.add_argument(
        "--srt", type=Path, help="subtitles with what was said (default: MEDIA.srt if there)"
    )
    quality.add_argument("--text", help="what was said, for a sound file without subtitles")
    quality.add_argument(
        "--lang", choices=LANGS, help="language of the speech (default: guessed from the text)"
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
        raise BackendError(f"{srt} does not exist; give the .srt that `vhost render` wrote, or --text.")
    # a sentence the video cut off (it runs to the very end) cannot be scored against its text
    return [c for c in read_srt(srt) if c[1] < duration - 0.05] if srt.is_file() else []


def run_quality(args: argparse.Namespace, settings: Settings) -> int:
    import av

    from vhost.quality.intelligibility import score_speech
    from vhost.quality.lipsync import loudness_per_frame, mouth_openings, score_lipsync, video_frames
    from vhost.speech.wav import read_audio

    if args.seconds <= 0:
        raise BackendError("--seconds must be more than 0.")
    audio_rate = 16000
    audio = read_audio(args.media, audio_rate, "a video made by `vhost render` or a sound file")
    audio = audio[: int(args.seconds * audio_rate)]
    if not len(audio):
        raise BackendError(f"{args.media} has no sound; score a video or recording with speech.")
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
        figures["speech"] = asdict(score_speech(audio, audio_rate, cues, lang))
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
        print(f"Speech: not scored: no offline {speech['lang']} recogniser is installed (English only).")
    elif speech["word_error"] is None:
        print("Speech: not scored (the subtitles hold no words).")
    else:
        print(
            f"Speech ({speech['cues']} sentences, {speech['recogniser']}):"
            f" word error {speech['word_error']:.1%},"
            f" character error {speech['char_error']:.1%}"
        )
        for meant, heard in speech["examples"]:
            print(f"  meant: {meant}\n  heard: {heard}")
