"""VirtualCamera: the stream picture as a webcam (pyvirtualcam) that OBS or a platform's
streaming tool can pick. The engine paces the frames; the camera only forwards them.

The sound does not travel with a webcam: pair this output with an audio device output (a
virtual cable) so the streaming tool hears the presenter.
"""

from __future__ import annotations

import logging
import platform
import time
from collections import deque

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput

log = logging.getLogger(__name__)

REOPEN_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)  # seconds between attempts to reopen a lost camera


def how_to_get_a_camera(system: str | None = None) -> str:
    system = system or platform.system()
    if system == "Linux":
        return (
            "install and load v4l2loopback: sudo apt install v4l2loopback-dkms && sudo modprobe v4l2loopback"
            " devices=1 exclusive_caps=1 card_label=vhost"
        )
    if system == "Darwin":
        return "install OBS Studio and start its Virtual Camera once, then quit OBS's camera and try again"
    return "install OBS Studio (it brings the OBS Virtual Camera) or Unity Capture, then try again"


class VirtualCamera(ThreadedOutput):
    name = "camera"

    def __init__(self, width: int, height: int, fps: int, device: str | None = None) -> None:
        self._open_args = (width, height, fps, device)
        self._camera = self._open()
        self.device = self._camera.device
        self.reopens = 0
        self._broken_since: float | None = None  # when sending first failed (None: working)
        self._next_attempt = 0.0
        self._attempt = 0
        # Frames held back so the picture leaves as late as the sound device plays its audio
        # (set by whoever pairs the two): OBS then needs no sync offset.
        self.delay_frames = 0
        self._held: deque[AVFrame] = deque()
        super().__init__(max_seconds=0.2, fps=fps)  # a webcam shows the present: never a backlog

    def _open(self):  # noqa: ANN202 - a pyvirtualcam.Camera
        width, height, fps, device = self._open_args
        try:
            import pyvirtualcam
        except ImportError as exc:
            raise BackendError(
                "pyvirtualcam is not installed; reinstall vhost with `bash scripts/setup.sh`."
            ) from exc
        try:
            return pyvirtualcam.Camera(width, height, fps, device=device, fmt=pyvirtualcam.PixelFormat.RGB)
        except (RuntimeError, ValueError, OSError) as exc:
            where = f" {device}" if device else ""
            raise BackendError(
                f"No virtual camera{where} is available ({str(exc).rstrip('. ')}); {how_to_get_a_camera()}."
            ) from exc

    def write(self, frame: AVFrame) -> None:
        self._held.append(frame)
        while len(self._held) > self.delay_frames:
            super().write(self._held.popleft())

    def deliver(self, frame: AVFrame) -> None:
        if self._broken_since is not None and not self._reopen():
            raise OSError("the virtual camera is gone; trying to open it again")
        try:
            self._camera.send(frame.picture)
        except Exception:
            self._broken_since = self._broken_since or time.monotonic()
            raise

    def _reopen(self) -> bool:
        """After a failure (the loopback device was removed, OBS reset it): open the camera
        again, at most once per backoff step, while the other outputs go on."""
        now = time.monotonic()
        if now < self._next_attempt:
            return False
        self._next_attempt = now + REOPEN_BACKOFF[min(self._attempt, len(REOPEN_BACKOFF) - 1)]
        self._attempt += 1
        try:
            self._camera.close()
        except Exception:  # the broken camera may not close; it is replaced either way
            pass
        try:
            self._camera = self._open()
        except BackendError as exc:
            log.warning("the virtual camera is still unavailable (%s)", exc)
            return False
        self.reopens += 1
        self._broken_since, self._attempt = None, 0
        log.warning("the virtual camera %s was opened again", self._camera.device)
        return True

    def stats(self) -> dict[str, float]:
        return {**super().stats(), "reopens": self.reopens}

    def finish(self) -> None:
        self._camera.close()


def camera_status() -> dict[str, object]:
    """Whether a virtual camera can be opened now (it is opened at a small size and closed)."""
    try:
        import pyvirtualcam
    except ImportError:
        return {"available": False, "device": None, "problem": "pyvirtualcam is not installed"}
    try:
        with pyvirtualcam.Camera(320, 240, 30, fmt=pyvirtualcam.PixelFormat.RGB) as camera:
            return {"available": True, "device": camera.device, "problem": None}
    except (RuntimeError, ValueError, OSError) as exc:
        problem = f"{str(exc).rstrip('. ')}; {how_to_get_a_camera()}"
        return {"available": False, "device": None, "problem": problem}
