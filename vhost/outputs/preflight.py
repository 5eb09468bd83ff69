"""Pre-flight: before Go Live, where the show will go with the operator's choices (a virtual
camera, a sound device, an RTMP server, a recording) and what is missing, so a front end can
say it before the show starts and ask before going live to nowhere. It looks, it does not
stream: a camera is opened and closed at a small size, sound devices are listed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from vhost.errors import VHostError
from vhost.messages import message_of

OUTPUTS = ("camera", "audio", "rtmp", "recording")


class Readiness(StrEnum):
    READY = "ready"  # the show will use it
    OFF = "off"  # switched off by the operator
    NOT_SET = "not_set"  # nothing chosen (no RTMP address, no recording file)
    MISSING = "missing"  # chosen, but not on this computer (no virtual camera, no such device)


@dataclass(frozen=True)
class Destination:
    output: str  # camera, audio, rtmp or recording
    readiness: Readiness
    detail: str = ""  # the device, server (never its key) or file; or why it is missing (a Message)

    @property
    def ready(self) -> bool:
        return self.readiness is Readiness.READY


def preflight(camera: str, audio: str, rtmp: str | None, record: str | Path | None) -> list[Destination]:
    """Where the show goes with these choices (`camera` and `audio`: auto, none or a device;
    `rtmp`: the full URL with its key, or None; `record`: a file, or None)."""
    return [_camera(camera), _audio(audio), _rtmp(rtmp), _recording(record)]


def goes_nowhere(destinations: list[Destination]) -> bool:
    """Nothing would leave this computer: the show would be a preview only."""
    return not any(destination.ready for destination in destinations)


def _camera(choice: str) -> Destination:
    if choice == "none":
        return Destination("camera", Readiness.OFF)
    from vhost.outputs.camera import camera_status

    status = camera_status()
    if not status["available"]:
        problem = status["problem"]  # a Message: a front end shows it in its language
        return Destination("camera", Readiness.MISSING, problem if isinstance(problem, str) else "")
    device = str(status["device"] or "")
    if choice not in ("auto", device):  # a named device other than the one that opens
        return Destination("camera", Readiness.MISSING, choice)
    return Destination("camera", Readiness.READY, device)


def _audio(choice: str) -> Destination:
    if choice == "none":
        return Destination("audio", Readiness.OFF)
    from vhost.outputs.audio import find_device, output_devices

    try:
        device = find_device(choice)
        names = {int(d["index"]): str(d["name"]) for d in output_devices()}
    except VHostError as exc:  # no sound system, or no output of that name
        return Destination("audio", Readiness.MISSING, message_of(exc))
    if device is None:
        return Destination("audio", Readiness.MISSING)
    return Destination("audio", Readiness.READY, names.get(device, str(device)))


def _rtmp(url: str | None) -> Destination:
    if not url:
        return Destination("rtmp", Readiness.NOT_SET)
    from vhost.outputs.rtmp import safe_url

    return Destination("rtmp", Readiness.READY, safe_url(url))


def _recording(record: str | Path | None) -> Destination:
    if not record:
        return Destination("recording", Readiness.NOT_SET)
    return Destination("recording", Readiness.READY, str(record))
