"""`vhost bench`: how fast voice and picture run here, as ratios to real time."""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from vhost.cli.bench_encode import bench_pictures, bench_shared_encode, print_shared_encode
from vhost.cli.bench_video import bench_video
from vhost.config import ASSETS_DIR, Settings

_TEXTS = {
    "zh": "欢迎来到直播间！这款双层不锈钢保温杯，今天到手价只要¥129，比原价便宜70元。"
    "库存只剩23件，喜欢的朋友抓紧时间下单，我们48小时内发货。",
    "en": "Welcome to the stream! This double-wall steel thermos is only $19.99 today, seventy yuan"
    " off the usual price. Just twenty-three are left, so grab yours now; it ships within two days.",
}


def register(commands: Any) -> None:
    bench = commands.add_parser(
        "bench",
        help="measure voice and render speed as ratios to real time",
        description="Measure how long this machine takes to synthesize one second of speech"
        " (tts_rtf, zh and en) and to render and composite one second of video (render_rtf),"
        " plus H.264 encoding (encode_rtf), and the video presenter: preparing a clip"
        " (video_prepare_rtf, per second of clip) and playing it in a show with the mouth following"
        " the voice (video_render_rtf), and a show that records and streams, encoded by an"
        " encoder per output (encode_separate_rtf) or by one shared encoder (encode_shared_rtf)."
        " With --voice clone:NAME of an OpenVoice clone, conversion_rtf is the part of tts_rtf spent"
        " converting to the cloned tone colour. Below 1 is faster than real time.",
    )
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument(
        "--encode-only",
        action="store_true",
        help="measure only encoding for a recording + RTMP, separate against shared (no voice needed)",
    )
    bench.add_argument(
        "--voice-variants",
        action="store_true",
        help="measure only the embedded Kokoro voice: int8 against float32 model, 1 against 2"
        " threads, 1 against 2 sentences at once, alternating them for --rounds rounds",
    )
    bench.add_argument(
        "--rounds", type=int, default=5, help="rounds of --voice-variants; medians are reported (default 5)"
    )
    bench.add_argument("--seconds", type=float, default=10.0, help="seconds of video to render (default 10)")
    bench.add_argument("--size", default="1280x720", metavar="WxH", help="picture size (default 1280x720)")
    bench.add_argument("--fps", type=int, default=30, help="frames per second (default 30)")
    bench.add_argument("--voice", help="voice to measure (default: settings, kokoro)")
    bench.add_argument(
        "--video",
        type=Path,
        help="a presenter clip for the video presenter figures (default: a 12 s stand-in clip made"
        " from the shipped presenter)",
    )
    bench.set_defaults(run=run_bench)


def run_bench(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.cli.render_cmd import _size

    width, height = _size(args.size)
    if args.encode_only:
        shared = bench_shared_encode(
            bench_pictures(width, height, args.fps, args.fps), args.fps, args.seconds
        )
        if args.json:
            print(json.dumps({"machine": _machine(), **shared}, ensure_ascii=False, indent=2))
        else:
            print_shared_encode(shared, width, height, args.fps)
        return 0
    if args.voice_variants:
        from vhost.cli.bench_voice_variants import bench_voice_variants, print_voice_variants

        variants = bench_voice_variants(settings.models_dir, _TEXTS, max(1, args.rounds))
        if args.json:
            print(json.dumps({"machine": _machine(), **variants}, ensure_ascii=False, indent=2))
        else:
            print_voice_variants(variants)
        return 0
    voice_name = args.voice or settings.voice
    tts, utterances = _bench_tts(voice_name, settings)
    render = _bench_render(utterances["zh"], width, height, args.fps, args.seconds)
    pictures = bench_pictures(width, height, args.fps, args.fps, utterances["zh"])
    shared = bench_shared_encode(pictures, args.fps, args.seconds)
    del pictures
    video = bench_video(args.video, utterances["zh"], width, height, args.fps, args.seconds)
    lipsync = {lang: _lipsync(utterance) for lang, utterance in utterances.items()}
    machine = _machine()
    result = {
        "machine": machine,
        "render_rtf": render["render_rtf"],
        "render_ms_per_frame": render["render_ms_per_frame"],
        "encode_rtf": render["encode_rtf"],
        **shared,
        "video_render_rtf": video["video_render_rtf"],
        "video_prepare_rtf": video["video_prepare_rtf"],
        "video_presenter": video,
        "tts_rtf": {lang: figures["rtf"] for lang, figures in tts.items()},
        "tts": tts,
        "lipsync": lipsync,
        "video": {"width": width, "height": height, "fps": args.fps, "seconds": args.seconds},
        "voice": voice_name,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(
        f"machine: {machine['cpu']} ({machine['cores']} cores), {machine['system']},"
        f" Python {machine['python']}"
    )
    print(
        f"render_rtf {result['render_rtf']:.3f}  ({render['render_ms_per_frame']:.1f} ms a frame,"
        f" {width}x{height} at {args.fps} fps, face warp + compositing)"
    )
    print(f"encode_rtf {result['encode_rtf']:.3f}  (H.264 + AAC into MP4)")
    print_shared_encode(shared, width, height, args.fps)
    print(
        f"video_render_rtf {video['video_render_rtf']:.3f}  ({video['video_render_ms_per_frame']:.1f} ms"
        f" a frame: clip decode, mouth warp, compositing)"
    )
    print(
        f"video_prepare_rtf {video['video_prepare_rtf']:.3f}  (per second of clip: face tracking, loop"
        f" points, closing the mouth, encoding; clip: {video['video_clip']})"
    )
    for lang, figures in tts.items():
        print(
            f"tts_rtf {lang} {figures['rtf']:.3f}  ({figures['audio_seconds']:.1f} s of speech in"
            f" {figures['synthesis_seconds']:.1f} s, voice {voice_name})"
        )
        if "conversion_rtf" in figures:
            print(
                f"conversion_rtf {lang} {figures['conversion_rtf']:.3f}  (of tts_rtf: converting to the"
                " cloned tone colour)"
            )
    for lang, figures in lipsync.items():
        print(
            f"lipsync {lang}: the mouth follows the loudness best at {figures['offset_ms']:+.0f} ms"
            f" (correlation {figures['correlation']:.2f}; negative = mouth leads the sound)"
        )
    return 0


def _lipsync(utterance: Any, rate: int = 100) -> dict[str, float]:
    """Where the jaw track lines up best with the speech's loudness: the lag (ms) that maximises
    their correlation, searched over ±200 ms in 10 ms steps. In natural speech the mouth opens
    slightly before the sound; within ±40 ms reads as in sync."""
    from vhost.animate.animator import Animator, loudness

    frames = int(utterance.duration * rate)
    jaw = Animator(rate).track(frames, speech=[(0.0, utterance)])["jaw"].astype(np.float64)
    loud = loudness(utterance.audio, utterance.sample_rate, np.arange(frames) / rate)
    best_lag, best = 0, -1.0
    for lag in range(-20, 21):  # pairs jaw[t + lag] with loudness[t]: positive = jaw later
        a = jaw[max(lag, 0) : frames + min(lag, 0)]
        b = loud[max(-lag, 0) : frames - max(lag, 0)]
        if a.std() > 0 and b.std() > 0:
            corr = float(np.corrcoef(a, b)[0, 1])
            if corr > best:
                best_lag, best = lag, corr
    return {"offset_ms": best_lag * 1000 / rate, "correlation": round(best, 3)}


def _bench_tts(voice_name: str, settings: Settings) -> tuple[dict[str, dict[str, float]], dict[str, Any]]:
    from vhost.speech.base import speak
    from vhost.speech.registry import open_voice

    voice = open_voice(voice_name, settings.models_dir)
    speak(voice, "你好。", "zh")  # warm-up: first run pays for graph set-up and dictionaries
    speak(voice, "Hello.", "en")
    figures, utterances = {}, {}
    for lang, text in _TEXTS.items():
        converting = getattr(voice, "converting_seconds", None)  # a cloned tone colour (openvoice.py)
        started = time.perf_counter()
        utterance = speak(voice, text, lang)
        elapsed = time.perf_counter() - started
        figures[lang] = {
            "rtf": round(elapsed / utterance.duration, 3),
            "audio_seconds": round(utterance.duration, 2),
            "synthesis_seconds": round(elapsed, 2),
        }
        if converting is not None:  # the part of rtf spent converting to the clone's tone colour
            spent = float(getattr(voice, "converting_seconds", 0.0)) - converting
            figures[lang]["conversion_rtf"] = round(spent / utterance.duration, 3)
        utterances[lang] = utterance
    return figures, utterances


def _bench_render(utterance: Any, width: int, height: int, fps: int, seconds: float) -> dict[str, float]:
    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.render.mp4 import Mp4Writer
    from vhost.render.picture import StreamPicture

    rig, _ = load_avatar(None)
    product = load_catalog(ASSETS_DIR / "demo" / "catalog.json").catalog.products[0]
    stream = StreamPicture(rig, "zh", width, height, "vhost")
    frames = max(1, int(seconds * fps))
    track = Animator(fps).track(frames, speech=[(0.0, utterance)])
    caption = utterance.sentences[0][0] if utterance.sentences else ""
    now = datetime.now()

    def picture(i: int) -> np.ndarray:
        return stream.picture(track.frame(i), product, caption, now)

    started = time.perf_counter()
    for i in range(frames):
        picture(i)
    render_seconds = time.perf_counter() - started
    encode_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        writer = Mp4Writer(Path(folder) / "bench.mp4", width, height, fps)
        silence = np.zeros(writer.samples_per_frame, np.float32)
        for i in range(frames):  # the same pictures again; only the writing is timed
            frame = picture(i)
            started = time.perf_counter()
            writer.write(frame, silence)
            encode_seconds += time.perf_counter() - started
        started = time.perf_counter()
        writer.close()
        encode_seconds += time.perf_counter() - started
    video_seconds = frames / fps
    return {
        "render_rtf": round(render_seconds / video_seconds, 4),
        "render_ms_per_frame": round(1000 * render_seconds / frames, 2),
        "encode_rtf": round(encode_seconds / video_seconds, 4),
    }


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import onnxruntime

        ort_version = onnxruntime.__version__
    except ImportError:
        ort_version = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "onnxruntime": ort_version,
    }
