"""`vhost avatar build` and `vhost avatar check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vhost.config import Settings


def register(commands: Any) -> None:
    avatar = commands.add_parser(
        "avatar",
        help="make a presenter from a photo",
        description="Make and check presenters (avatars) built from photos.",
    )
    sub = avatar.add_subparsers(dest="avatar_command", metavar="ACTION")
    build = sub.add_parser(
        "build",
        help="build an avatar from a photo of one face",
        description="Find the face in a photo (MediaPipe face mesh, 478 landmarks with irises),"
        " build the rig the renderer animates, and save it as DIR/avatar.json with the photo and"
        " a landmarks.png preview to check the detection.",
    )
    build.add_argument("photo", type=Path, help="JPEG or PNG with one face seen from the front")
    build.add_argument("--out", type=Path, required=True, help="folder to save the avatar in")
    build.add_argument("--name", help="the avatar's name (default: the photo's file name)")
    build.set_defaults(run=run_build)
    avatar.set_defaults(run=lambda args, settings: avatar.print_help() or 0)


def run_build(args: argparse.Namespace, settings: Settings) -> int:
    from PIL import Image

    from vhost.avatar.builder import build_avatar, draw_preview

    rig = build_avatar(args.photo, args.name)
    path = rig.save(args.out)
    Image.fromarray(draw_preview(rig)).save(args.out / "landmarks.png")
    x0, y0, x1, y1 = rig.face_box
    print(
        f"Built avatar '{rig.name}' in {path.parent}: face {x1 - x0:.0f}×{y1 - y0:.0f} px in a"
        f" {rig.image.shape[1]}×{rig.image.shape[0]} photo, {len(rig.triangles)} mesh triangles."
        f" Check {args.out / 'landmarks.png'}."
    )
    for note in rig.notes:
        print(f"  note: {note}")
    return 0
