"""VirtualCamera: the stream picture as a webcam (pyvirtualcam) that OBS or a platform's
streaming tool can pick. The engine paces the frames; the camera only forwards them.

The sound does not travel with a webcam: pair this output with an audio device output (a
virtual cable) so the streaming tool hears the presenter.
"""

from __future__ import annotations

import platform

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.threaded import ThreadedOutput


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
        try:
            import pyvirtualcam
        except ImportError as exc:
            raise BackendError(
                "pyvirtualcam is not installed; reinstall vhost with `bash scripts/setup.sh`."
            ) from exc
        try:
            self._camera = pyvirtualcam.Camera(
                width, height, fps, device=device, fmt=pyvirtualcam.PixelFormat.RGB
            )
        except (RuntimeError, ValueError, OSError) as exc:
            where = f" {device}" if device else ""
            raise BackendError(
                f"No virtual camera{where} is available ({exc}); {how_to_get_a_camera()}."
            ) from exc
        self.device = self._camera.device
        super().__init__(max_seconds=0.2, fps=fps)  # a webcam shows the present: never a backlog

    def deliver(self, frame: AVFrame) -> None:
        self._camera.send(frame.picture)

    def finish(self) -> None:
        self._camera.close()
