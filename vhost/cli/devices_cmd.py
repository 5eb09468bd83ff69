"""`vhost devices`: the sound outputs and the virtual camera `vhost live` can use."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vhost.config import Settings
from vhost.errors import BackendError


def register(commands: Any) -> None:
    devices = commands.add_parser(
        "devices",
        help="list the sound outputs and the virtual camera vhost can use",
        description="List the sound outputs (for --audio) and say whether a virtual camera (for"
        " --camera) is available, with how to get what is missing.",
    )
    devices.add_argument("--json", action="store_true", help="print the list as JSON")
    devices.set_defaults(run=run_devices)


def run_devices(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.outputs.audio import how_to_get_audio, output_devices
    from vhost.outputs.camera import camera_status

    try:
        sound = output_devices()
        sound_problem = None if sound else f"no sound output; {how_to_get_audio()}"
    except BackendError as exc:
        sound, sound_problem = [], str(exc)
    camera = camera_status()
    if args.json:
        print(json.dumps({"audio": sound, "audio_problem": sound_problem, "camera": camera}, indent=2))
        return 0
    print("Sound outputs (--audio NAME or NUMBER):")
    for device in sound:
        mark = "  (default)" if device["default"] else ""
        print(f"  {device['index']:>3}  {device['name']}  [{device['channels']} ch]{mark}")
    if sound_problem:
        print(f"  {sound_problem}")
    print("Virtual camera (--camera):")
    print(f"  {camera['device']}" if camera["available"] else f"  none: {camera['problem']}")
    return 0
