"""Opening the show's devices by the operator's choice: `none`, `auto` (the device if there is
one, else a note and none) or a named device (which must open: its error is the user's one
sentence)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vhost.errors import BackendError
from vhost.messages import QT_TRANSLATE_NOOP, Message

Notice = Callable[[str], None]


def optional_device(choice: str, what: str, open_it: Callable[[], Any], notice: Notice) -> Any:
    if choice == "none":
        return None
    try:
        return open_it()
    except BackendError as exc:
        if choice != "auto":
            raise
        notice(f"  note: going live without {what}. {exc}")  # the CLI's notice (the app has its pre-flight)
        return None


def open_camera(choice: str, width: int, height: int, fps: int, notice: Notice) -> Any:
    """A virtual webcam (auto|none|DEVICE), or None."""
    from vhost.outputs.camera import VirtualCamera

    camera = optional_device(
        choice,
        "a virtual camera",
        lambda: VirtualCamera(width, height, fps, None if choice == "auto" else choice),
        notice,
    )
    if camera is not None:
        notice(f"  virtual camera: {camera.device}")
    return camera


def open_sound(choice: str, rate: int, notice: Notice) -> Any:
    """A sound output for the voice (auto|none|DEVICE), or None."""
    from vhost.outputs.audio import AudioDevice, find_device, how_to_get_audio

    def open_it() -> Any:
        device = find_device(choice)
        if device is None:
            raise BackendError(
                Message(
                    QT_TRANSLATE_NOOP("vhost", "This machine has no sound output; {advice}."),
                    advice=how_to_get_audio(),
                )
            )
        return AudioDevice(device, rate)

    audio = optional_device(choice, "sound on a device", open_it, notice)
    if audio is not None:
        notice(f"  sound output: device {audio.device}")
    return audio
