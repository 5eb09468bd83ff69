"""`vhost bench`'s figures for a show that both records and streams: the cost of encoding it
with an encoder per output (as each output alone has) against one encoder shared by both,
as ratios to real time, in wall-clock seconds and in CPU seconds (all threads of this process:
x264 spreads its work over threads, so CPU time is what the rest of the show goes without).

The stream is muxed as FLV into a local file rather than pushed to a server, so the figures
need no RTMP server and measure encoding, not the network."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from vhost.config import ASSETS_DIR


def bench_pictures(width: int, height: int, fps: int, count: int, utterance: Any = None) -> list[np.ndarray]:
    """`count` frames of the shipped presenter in a show (speaking `utterance`, or idle)."""
    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.render.picture import StreamPicture

    rig, _ = load_avatar(None)
    product = load_catalog(ASSETS_DIR / "demo" / "catalog.json").catalog.products[0]
    stream = StreamPicture(rig, "zh", width, height, "vhost", fps=fps)
    speech = [(0.0, utterance)] if utterance is not None else []
    track = Animator(fps).track(count, speech=speech)
    caption = utterance.sentences[0][0] if utterance is not None and utterance.sentences else "欢迎来到直播间"
    now = datetime.now()
    return [stream.picture(track.frame(i), product, caption, now) for i in range(count)]


def bench_shared_encode(pictures: list[np.ndarray], fps: int, seconds: float) -> dict[str, float]:
    """Recording + RTMP encoded separately and shared, over `seconds` of show made by cycling
    through `pictures` (rendered beforehand: only encoding and muxing are timed)."""
    from vhost.outputs.base import AVFrame
    from vhost.outputs.encoder import RECORDING, STREAM_BITRATE, EncoderSettings, FrameEncoder, PacketMuxer
    from vhost.render.labels import implicit_label
    from vhost.render.mp4 import AUDIO_RATE, FRAGMENTED_MP4

    height, width = pictures[0].shape[:2]
    frames = max(1, int(seconds * fps))
    samples = AUDIO_RATE // fps
    tone = (0.1 * np.sin(2 * np.pi * 220 * np.arange(frames * samples) / AUDIO_RATE)).astype(np.float32)
    show = [
        AVFrame(i, pictures[i % len(pictures)], tone[i * samples : (i + 1) * samples], AUDIO_RATE, fps)
        for i in range(frames)
    ]
    stream = EncoderSettings(bitrate=STREAM_BITRATE)
    label = implicit_label()

    def run(plan: list[tuple[EncoderSettings, list[str]]], folder: Path) -> tuple[float, float]:
        """Encode the show once per (settings, containers) pair; (wall, CPU) seconds."""
        wall, cpu = time.perf_counter(), time.process_time()
        for number, (settings, kinds) in enumerate(plan):
            encoder = FrameEncoder(width, height, fps, settings)
            muxers = [
                PacketMuxer(
                    str(folder / f"{number}.{kind}"),
                    kind,
                    encoder,
                    label,
                    dict(FRAGMENTED_MP4) if kind == "mp4" else None,
                )
                for kind in kinds
            ]
            for frame in show:
                encoded = encoder.encode(frame)
                for muxer in muxers:
                    muxer.mux(encoded)
            tail = encoder.flush()
            for muxer in muxers:
                muxer.mux(tail)
                muxer.close()
        return time.perf_counter() - wall, time.process_time() - cpu

    media = frames / fps
    with tempfile.TemporaryDirectory() as folder:
        run([(stream, ["flv"])], Path(folder))  # warm-up: libraries loaded, caches filled
        separate = run([(RECORDING, ["mp4"]), (stream, ["flv"])], Path(folder))
        shared = run([(stream, ["mp4", "flv"])], Path(folder))
    return {
        "encode_separate_rtf": round(separate[0] / media, 4),
        "encode_shared_rtf": round(shared[0] / media, 4),
        "encode_separate_cpu_rtf": round(separate[1] / media, 4),
        "encode_shared_cpu_rtf": round(shared[1] / media, 4),
    }


def print_shared_encode(figures: dict[str, float], width: int, height: int, fps: int) -> None:
    separate, shared = figures["encode_separate_cpu_rtf"], figures["encode_shared_cpu_rtf"]
    print(
        f"encode_separate_rtf {figures['encode_separate_rtf']:.3f}  (CPU {separate:.3f};"
        f" recording + RTMP with an encoder each, {width}x{height} at {fps} fps)"
    )
    print(
        f"encode_shared_rtf {figures['encode_shared_rtf']:.3f}  (CPU {shared:.3f};"
        " recording + RTMP with one encoder muxed into MP4 and FLV, as a show with both runs)"
    )
