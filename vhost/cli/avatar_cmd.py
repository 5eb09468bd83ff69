"""`vhost avatar build|create|restyle|mouth`: presenters from a photo, a video, a prompt, or a
restyled photo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import AvatarError


def register(commands: Any) -> None:
    avatar = commands.add_parser(
        "avatar",
        help="make a presenter from a photo or a short video",
        description="Make and check presenters (avatars) built from photos or short videos.",
    )
    sub = avatar.add_subparsers(dest="avatar_command", metavar="ACTION")
    build = sub.add_parser(
        "build",
        help="build a presenter from a photo of one face or a short video of a person",
        description="From a photo: find the face (MediaPipe face mesh, 478 landmarks with irises),"
        " build the rig the renderer animates, and save it as DIR/avatar.json with the photo and"
        " a landmarks.png preview to check the detection. From a video (MP4, MOV, WebM; 10 s to"
        " 5 min of one person looking at the camera, mouth closed and relaxed): follow the face in"
        " every frame, keep the longest usable stretch, close the mouth at rest, find where the clip"
        " can loop without a visible jump, and save it as DIR/video.json with a compact clip.mp4."
        " Live shows then play the video and move only the mouth with the voice.",
    )
    build.add_argument("photo", type=Path, help="a photo (JPEG, PNG) or a video (MP4, MOV, WebM)")
    build.add_argument("--out", type=Path, required=True, help="folder to save the avatar in")
    build.add_argument("--name", help="the avatar's name (default: the photo's file name)")
    build.set_defaults(run=run_build)

    create = sub.add_parser(
        "create",
        help="paint a new presenter from a text prompt (diffusion model)",
        description="Paint several candidate presenters from a description with a diffusion model"
        " (sd-turbo: `vhost models pull sd-turbo` first; a GPU is used when there is one, the CPU"
        " otherwise, a minute or more per candidate). Only candidates the renderer can animate (one"
        " face from the front, mouth closed, eyes open) are kept, each as an avatar folder"
        " OUT/candidate-N; the others are saved in OUT/refused with the reason.",
    )
    create.add_argument(
        "--prompt", required=True, help='who to paint, e.g. "a friendly woman in her thirties"'
    )
    create.add_argument("--out", type=Path, required=True, help="folder for the candidates")
    create.add_argument("--candidates", type=int, default=4, help="how many pictures to paint (default 4)")
    _add_painting_options(create, steps=1)
    create.add_argument("--size", type=int, default=512, help="picture size in pixels (default 512)")
    create.set_defaults(run=run_create)

    restyle = sub.add_parser(
        "restyle",
        help="redraw your photo in another style, so your real face is not on air",
        description="Redraw a photo with a diffusion model (image to image) in the style of a"
        " prompt, keeping the pose, and save it as an avatar folder. --strength sets how far it"
        " moves from the photo. The result must still be animatable, or it is refused with the reason.",
    )
    restyle.add_argument("photo", type=Path, help="JPEG or PNG with one face seen from the front")
    restyle.add_argument("--prompt", required=True, help='the look, e.g. "watercolour illustration"')
    restyle.add_argument("--out", type=Path, required=True, help="folder to save the avatar in")
    restyle.add_argument(
        "--strength", type=float, default=0.45, help="0.1 (light touch) to 0.9 (default 0.45)"
    )
    _add_painting_options(restyle, steps=2)
    restyle.set_defaults(run=run_restyle)

    mouth = sub.add_parser(
        "mouth",
        help="paint the inside of an avatar's mouth (teeth, tongue) with a diffusion model",
        description="Open the avatar's mouth as wide as the renderer does and let a diffusion model"
        " (sd-turbo by default) paint its inside: teeth, tongue and shadow in the photo's own light."
        " It is kept with the avatar (mouth.png) and drawn instead of the generic mouth, at the same"
        " speed. Run it again with another --seed for another painting.",
    )
    mouth.add_argument("avatar", type=Path, help="an avatar folder (from build, create or restyle)")
    _add_painting_options(mouth, steps=4)
    mouth.set_defaults(run=run_mouth)
    avatar.set_defaults(run=lambda args, settings: avatar.print_help() or 0)


def run_build(args: argparse.Namespace, settings: Settings) -> int:
    from PIL import Image

    from vhost.avatar.builder import build_avatar, draw_preview
    from vhost.avatar.video.clip import is_video

    if is_video(args.photo):
        return _build_video(args)

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


def _build_video(args: argparse.Namespace) -> int:
    import time

    from vhost.avatar.video.build import build_video_avatar

    shown = {"stage": ""}

    def progress(stage: str, fraction: float) -> None:
        if sys.stderr.isatty():
            print(f"\r{stage}: {fraction:4.0%}   ", end="", file=sys.stderr, flush=True)
        elif stage != shown["stage"]:
            print(f"{stage}…", file=sys.stderr, flush=True)
        shown["stage"] = stage

    started = time.perf_counter()
    avatar = build_video_avatar(args.photo, args.out, args.name, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file()) / 1e6
    face_w, face_h = avatar.typical_face
    print(
        f"Built video presenter '{avatar.name}' in {args.out}: {avatar.seconds:.1f} s at"
        f" {avatar.fps:g} fps, {avatar.size[0]}×{avatar.size[1]}, face about {face_w:.0f}×{face_h:.0f} px,"
        f" {len(avatar.jumps)} loop points, {size:.1f} MB, in {time.perf_counter() - started:.0f} s."
        f" Check {args.out / 'poster.png'}."
    )
    if avatar.mouth is None:
        print("  note: the clip never shows the inside of the mouth; a generic one is drawn in its light")
    for note in avatar.notes:
        print(f"  note: {note}")
    return 0


def _add_painting_options(parser: argparse.ArgumentParser, steps: int) -> None:
    parser.add_argument("--seed", type=int, default=0, help="another seed paints other pictures")
    parser.add_argument(
        "--steps", type=int, default=steps, help=f"denoising steps (default {steps}, for sd-turbo)"
    )
    parser.add_argument(
        "--model", type=Path, help="a diffusers model folder (default: sd-turbo in the models folder)"
    )


def _painter(args: argparse.Namespace, settings: Settings):  # noqa: ANN202 - a Painter
    from vhost.avatar.diffusion import Painter, painter_folder

    folder = painter_folder(settings.models_dir, args.model)
    print(f"Loading the diffusion model from {folder}…", file=sys.stderr)
    painter = Painter(folder)
    if painter.device == "cpu":
        print("No GPU here: painting on the CPU, which takes a while.", file=sys.stderr)
    return painter


def run_create(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.avatar.diffusion import create_avatars
    from vhost.cli.progress import ProgressBar

    if not 1 <= args.candidates <= 32:
        raise AvatarError(f"--candidates {args.candidates} is out of range; paint 1 to 32 at a time.")
    painter = _painter(args, settings)
    bar = ProgressBar("painting")
    result = create_avatars(
        painter,
        args.prompt,
        args.out,
        args.candidates,
        args.seed,
        args.size,
        args.steps,
        bar.step,
    )
    bar.finish()
    print(f"Kept {len(result.kept)} of {args.candidates} pictures as avatars:")
    for folder in result.kept:
        print(f"  {folder}  (check {folder / 'landmarks.png'}; use it with --avatar {folder})")
    for picture, reasons in result.refused:
        print(f"  refused {picture}: {', '.join(reasons)}")
    return 0


def run_restyle(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.avatar.diffusion import restyle_photo
    from vhost.cli.progress import ProgressBar

    painter = _painter(args, settings)
    bar = ProgressBar("restyling")
    folder = restyle_photo(
        painter,
        args.photo,
        args.prompt,
        args.out,
        args.strength,
        args.seed,
        args.steps,
        bar.step,
    )
    bar.finish()
    print(
        f"Saved the restyled avatar in {folder}; check {folder / 'landmarks.png'} and use it with"
        f" --avatar {folder}."
    )
    return 0


def run_mouth(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.avatar.diffusion import paint_mouth
    from vhost.avatar.rig import AvatarRig
    from vhost.cli.progress import ProgressBar

    AvatarRig.load(args.avatar)  # a wrong folder is one sentence before the model loads
    painter = _painter(args, settings)

    bar = ProgressBar("painting the mouth")
    picture = paint_mouth(painter, args.avatar, args.seed, args.steps, bar.step)
    bar.finish()
    print(f"Painted the mouth into {picture}; the renderer now draws it whenever this avatar speaks.")
    return 0
