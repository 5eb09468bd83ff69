"""Sound files: read any format FFmpeg knows (PyAV), write 16-bit PCM WAV; mono float audio."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from vhost.errors import BackendError


def write_wav(path: Path, audio: np.ndarray, sample_rate: int) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())


def read_audio(path: Path, sample_rate: int, wanted: str = "a sound file") -> np.ndarray:
    """Any audio file PyAV (FFmpeg) reads, as float32 mono at `sample_rate`. `wanted` says what
    the user should give instead when the file is not usable."""
    import av

    if not Path(path).is_file():
        raise BackendError(f"{path} does not exist; give the path of {wanted}.")
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise BackendError(f"{path} has no sound in it; give {wanted} (WAV, MP3, M4A…).")
            resampler = av.AudioResampler(format="flt", layout="mono", rate=sample_rate)
            parts: list[np.ndarray] = []
            for frame in container.decode(audio=0):
                parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
            parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    except av.error.FFmpegError as exc:
        raise BackendError(
            f"{path} is not a sound file FFmpeg can read ({exc}); save it as WAV or MP3."
        ) from exc
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
