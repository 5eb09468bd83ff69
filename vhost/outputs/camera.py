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
from collections.abc import Callable

import numpy as np

from vhost.errors import REINSTALL, BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput

log = logging.getLogger(__name__)

REOPEN_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)  # seconds between attempts to reopen a lost camera
_NOT_INSTALLED = QT_TRANSLATE_NOOP("vhost", "{package} is not installed")


def how_to_get_a_camera(system: str | None = None) -> Message:
    """What to install for a virtual camera on this system, in words first (the app's Settings
    and Live screens show a fuller, translated guide with a Test button)."""
    system = system or platform.system()
    if system == "Linux":
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "load v4l2loopback, the system module that makes a virtual webcam, once as an administrator"
                " (Debian/Ubuntu: sudo apt install v4l2loopback-dkms && sudo modprobe v4l2loopback"
                " devices=1 exclusive_caps=1 card_label=vhost)",
            )
        )
    if system == "Darwin":
        return Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "install OBS Studio (30 or later), click its Start Virtual Camera once and stop it again,"
                " then try again",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "vhost", "install OBS Studio (it brings the OBS Virtual Camera) or Unity Capture, then try again"
        )
    )


TEST_SIZE = (1280, 720)  # the show's size: a streaming tool sees the test as it will see the show


def colour_bars(width: int, height: int, index: int, fps: int = 30) -> np.ndarray:
    """Colour bars with a white square crossing them once every two seconds: a still picture
    would not show that frames keep coming."""
    colours = np.array(
        [(192, 192, 192), (192, 192, 0), (0, 192, 192), (0, 192, 0), (192, 0, 192), (192, 0, 0), (0, 0, 192)],
        np.uint8,
    )
    columns = np.minimum(np.arange(width) * len(colours) // max(1, width), len(colours) - 1)
    picture = np.repeat(colours[columns][np.newaxis], height, axis=0)
    side = max(2, height // 6)
    left = int((index % (2 * fps)) / (2 * fps) * max(1, width - side))
    top = (height - side) // 2
    picture[top : top + side, left : left + side] = 255
    return picture


def show_test_pattern(
    device: str | None = None,
    seconds: float = 2.0,
    fps: int = 30,
    size: tuple[int, int] = TEST_SIZE,
    report: Callable[[float], None] | None = None,
) -> str:
    """Open the virtual camera as a show would (`device`, or the first one found with None),
    send a moving test pattern for `seconds` in real time and close it, so the operator sees it
    in their streaming tool. Returns the camera's name. BackendError with the reason alone (the
    caller adds its own guidance) when it cannot be opened or fed. `report(fraction)` is called
    after each frame (it may raise to cancel)."""
    try:
        import pyvirtualcam
    except ImportError as exc:
        raise BackendError(Message(_NOT_INSTALLED, package="pyvirtualcam")) from exc
    width, height = size
    try:
        camera = pyvirtualcam.Camera(width, height, fps, device=device, fmt=pyvirtualcam.PixelFormat.RGB)
    except (RuntimeError, ValueError, OSError) as exc:
        raise BackendError(str(exc).rstrip(". ") or type(exc).__name__) from exc
    try:
        frames = max(1, round(seconds * fps))
        start = time.monotonic()
        for index in range(frames):
            try:
                camera.send(colour_bars(width, height, index, fps))
            except (RuntimeError, ValueError, OSError) as exc:
                raise BackendError(str(exc).rstrip(". ") or type(exc).__name__) from exc
            if report is not None:
                report((index + 1) / frames)
            wait = start + (index + 1) / fps - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        return str(camera.device)
    finally:
        try:
            camera.close()
        except Exception:  # a camera that failed may not close; it is let go either way
            pass


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
                Message(
                    REINSTALL,
                    package="pyvirtualcam",
                )
            ) from exc
        try:
            return pyvirtualcam.Camera(width, height, fps, device=device, fmt=pyvirtualcam.PixelFormat.RGB)
        except (RuntimeError, ValueError, OSError) as exc:
            reason, advice = str(exc).rstrip(". "), how_to_get_a_camera()
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", "No virtual camera {device} is available ({reason}); {advice}."
                    ),
                    device=device,
                    reason=reason,
                    advice=advice,
                )
                if device
                else Message(
                    QT_TRANSLATE_NOOP("vhost", "No virtual camera is available ({reason}); {advice}."),
                    reason=reason,
                    advice=advice,
                )
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
        return {
            "available": False,
            "device": None,
            "problem": Message(_NOT_INSTALLED, package="pyvirtualcam"),
        }
    try:
        with pyvirtualcam.Camera(320, 240, 30, fmt=pyvirtualcam.PixelFormat.RGB) as camera:
            return {"available": True, "device": camera.device, "problem": None}
    except (RuntimeError, ValueError, OSError) as exc:
        problem = Message(
            QT_TRANSLATE_NOOP("vhost", "{reason}; {advice}"),
            reason=str(exc).rstrip(". "),
            advice=how_to_get_a_camera(),
        )
        return {"available": False, "device": None, "problem": problem}
