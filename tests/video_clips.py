"""Small presenter clips made on the spot for the video presenter's tests: cut from the shared
test media (../shared/media), written with PyAV, rotation metadata added with the ffmpeg CLI."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np

MEDIA = Path(__file__).resolve().parents[2] / "shared" / "media"
SUN = MEDIA / "presenter_sun.mp4"  # 22 s, 576x768, 25 fps, one woman facing the camera
OBAMA = MEDIA / "face_obama.jpg"  # a portrait photo

SIZE = (320, 426)  # (width, height) of the small clips: the face stays about 116 px wide
_SUN_CROP = (115, 40)  # left, top of the small clips' window in presenter_sun.mp4
_OBAMA_CROP = (140, 0, 840, 932)  # the photo's face at the small clips' aspect


def media_missing() -> str | None:
    """Why the media tests cannot run here, or None."""
    missing = [p.name for p in (SUN, OBAMA) if not p.is_file()]
    if missing:
        return f"test media {', '.join(missing)} not in {MEDIA}"
    return None


def sun_frames(start: float, seconds: float, fps: float = 15) -> np.ndarray:
    """(N, 426, 320, 3) RGB frames of presenter_sun.mp4 from `start` for `seconds`, at `fps`,
    cropped around the face (full resolution, no scaling)."""
    import av

    width, height = SIZE
    x0, y0 = _SUN_CROP
    wanted = [start + k / fps for k in range(int(round(seconds * fps)))]
    out: list[np.ndarray] = []
    with av.open(str(SUN)) as container:
        stream = container.streams.video[0]
        previous = None
        for frame in container.decode(stream):
            at = float(frame.time)
            # each wanted moment shows the frame on screen then
            while previous is not None and len(out) < len(wanted) and wanted[len(out)] < at - 1e-6:
                out.append(previous)
            if len(out) == len(wanted):
                break
            previous = frame.to_ndarray(format="rgb24")[y0 : y0 + height, x0 : x0 + width].copy()
        while len(out) < len(wanted) and previous is not None:
            out.append(previous)
    return np.stack(out)


def obama_still(count: int) -> np.ndarray:
    """`count` frames of the portrait photo at the small clips' size (a still shot)."""
    from PIL import Image

    photo = Image.open(OBAMA).convert("RGB").crop(_OBAMA_CROP).resize(SIZE, Image.LANCZOS)
    return np.repeat(np.array(photo)[None], count, axis=0)


def grey_frames(count: int, level: int = 128) -> np.ndarray:
    width, height = SIZE
    return np.full((count, height, width, 3), level, np.uint8)


def moving_gradient(count: int, width: int = 320, height: int = 240) -> np.ndarray:
    """A colourful picture that drifts and changes slowly: motion, but no face anywhere."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    frames = np.empty((count, height, width, 3), np.uint8)
    for k in range(count):
        shift = 3.0 * k
        frames[k, ..., 0] = (127 + 100 * np.sin((xs + shift) / 37.0)).astype(np.uint8)
        frames[k, ..., 1] = (127 + 100 * np.cos((ys - shift) / 29.0)).astype(np.uint8)
        frames[k, ..., 2] = ((xs + ys + 2 * shift) % 255).astype(np.uint8)
    return frames


def write_clip(
    path: Path,
    frames: np.ndarray,
    fps: float = 15,
    pts: list[int] | None = None,
    time_base: Fraction | None = None,
    lossless: bool = False,
) -> Path:
    """An H.264 MP4 of RGB `frames`; `pts` (in `time_base`) gives each frame its own time, for a
    variable frame rate."""
    import av

    height, width = frames.shape[1:3]
    rate = Fraction(fps).limit_denominator(1001)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=rate)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": "ultrafast", **({"qp": "0"} if lossless else {"crf": "16"})}
        stream.codec_context.time_base = time_base or Fraction(1) / rate
        for index, picture in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(picture), format="rgb24")
            frame.pts = index if pts is None else pts[index]
            frame.time_base = stream.codec_context.time_base
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def ffmpeg() -> str | None:
    return shutil.which("ffmpeg")


def tag_rotation(source: Path, out: Path, degrees: int) -> Path:
    """A copy of `source` (no re-encoding) whose display matrix says to turn it `degrees`."""
    command = [ffmpeg() or "ffmpeg", "-v", "error", "-y", "-i", str(source), "-c", "copy"]
    subprocess.run([*command, "-metadata:s:v:0", f"rotate={degrees}", str(out)], check=True, timeout=60)
    return out


def displayed_first_frame(path: Path) -> np.ndarray:
    """The first frame as the ffmpeg CLI shows it (it applies the display matrix itself)."""
    from io import BytesIO

    from PIL import Image

    command = [ffmpeg() or "ffmpeg", "-v", "error", "-i", str(path), "-frames:v", "1"]
    png = subprocess.run(
        [*command, "-f", "image2pipe", "-vcodec", "png", "-"], check=True, capture_output=True, timeout=60
    ).stdout
    return np.array(Image.open(BytesIO(png)).convert("RGB"))
