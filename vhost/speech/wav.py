"""Sound files: read any format FFmpeg knows (PyAV), write 16-bit PCM WAV; mono float audio."""

from __future__ import annotations

import logging
import wave
from pathlib import Path

import numpy as np

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)
_MISSING = QT_TRANSLATE_NOOP("vhost", "{name} does not exist; give {wanted}.")
_SILENT = QT_TRANSLATE_NOOP("vhost", "{name} has no sound in it; give {wanted} (WAV, MP3, M4A…).")
_UNREADABLE = QT_TRANSLATE_NOOP("vhost", "{name} is not a sound file vhost can read; save it as WAV or MP3.")


def write_wav(path: Path, audio: np.ndarray, sample_rate: int) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())


def read_audio(path: Path, sample_rate: int, wanted: str = "") -> np.ndarray:
    """Any audio file PyAV (FFmpeg) reads, as float32 mono at `sample_rate`. `wanted` says what
    the user should give instead when the file is not usable (a Message, so it is translated)."""
    import av

    wanted = wanted or Message(QT_TRANSLATE_NOOP("vhost", "a sound file"))
    name = Path(path).name or str(path)
    if not Path(path).is_file():
        raise BackendError(Message(_MISSING, name=name, wanted=wanted))
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise BackendError(Message(_SILENT, name=name, wanted=wanted))
            resampler = av.AudioResampler(format="flt", layout="mono", rate=sample_rate)
            parts: list[np.ndarray] = []
            for frame in container.decode(audio=0):
                parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
            parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    except av.error.FFmpegError as exc:
        log.info("FFmpeg could not read %s: %s", path, exc)  # for support; the user gets the fix
        raise BackendError(Message(_UNREADABLE, name=name)) from exc
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
