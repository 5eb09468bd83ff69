"""MP4 output (H.264 + AAC via PyAV) where every video frame is written with exactly its own
1/fps seconds of audio, so picture and sound share one clock and cannot drift apart."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.render.labels import implicit_label

AUDIO_RATE = 48000  # 48000/fps is a whole number of samples for 24, 25, 30, 50 and 60 fps
# delay_moov: the header waits for the first fragment so it can carry the edit list that hides
# the AAC encoder's priming samples (else sound lags by 21 ms); flush_packets: each finished
# fragment reaches the disk at once.
FRAGMENTED_MP4 = {
    "movflags": "frag_keyframe+delay_moov+default_base_moof+use_metadata_tags",
    "flush_packets": "1",
}


class Mp4Writer:
    def __init__(
        self,
        path: Path,
        width: int,
        height: int,
        fps: int,
        crf: int = 23,
        preset: str = "veryfast",
        fragmented: bool = False,
        metadata: dict[str, str] | None = None,
    ) -> None:
        """`fragmented` writes the index every few seconds instead of once at the end: memory
        stays flat for a recording of any length, and a file cut off by a crash still plays.
        Otherwise the index goes at the front (faststart) for quick opening on the web.
        `metadata`: the file's tags (default: the implicit AI-generated label); MP4 keeps
        names it does not know as user tags."""
        import av

        if AUDIO_RATE % fps:
            raise BackendError(
                f"{fps} fps does not divide {AUDIO_RATE} audio samples evenly; use 24, 25, 30, 50 or 60."
            )
        self.path = path
        self.fps = fps
        self.samples_per_frame = AUDIO_RATE // fps
        self.frames = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            options = dict(FRAGMENTED_MP4) if fragmented else {"movflags": "faststart+use_metadata_tags"}
            self._container = av.open(str(path), "w", format="mp4", options=options)
            self._container.metadata.update(implicit_label() if metadata is None else metadata)
        except (OSError, av.FFmpegError) as exc:
            raise BackendError(f"Cannot write {path} ({exc}); choose a folder you can write to.") from exc
        video = self._container.add_stream("libx264", rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        video.time_base = Fraction(1, fps)
        video.options = {"preset": preset, "crf": str(crf)}
        audio = self._container.add_stream("aac", rate=AUDIO_RATE)
        audio.layout = "mono"
        audio.time_base = Fraction(1, AUDIO_RATE)
        self._video, self._audio = video, audio

    def write(self, frame: np.ndarray, audio: np.ndarray) -> None:
        """One RGB frame and its audio: float32 in [-1, 1], exactly samples_per_frame long."""
        import av

        if len(audio) != self.samples_per_frame:
            raise ValueError(f"a frame needs {self.samples_per_frame} audio samples, got {len(audio)}")
        picture = av.VideoFrame.from_ndarray(frame, format="rgb24")
        picture.pts = self.frames
        pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
        sound = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        sound.sample_rate = AUDIO_RATE
        sound.pts = self.frames * self.samples_per_frame
        self._container.mux(self._video.encode(picture))
        self._container.mux(self._audio.encode(sound))
        self.frames += 1

    def close(self) -> None:
        self._container.mux(self._video.encode(None))
        self._container.mux(self._audio.encode(None))
        self._container.close()

    def __enter__(self) -> Mp4Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
