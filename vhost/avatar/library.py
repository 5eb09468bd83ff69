"""Find the avatar a command asked for: the shipped default, a saved folder, or a photo."""

from __future__ import annotations

from pathlib import Path

from vhost.avatar.rig import AvatarRig
from vhost.avatar.video.clip import is_video
from vhost.avatar.video.presenter import VideoAvatar, is_video_avatar
from vhost.config import ASSETS_DIR
from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_AVATAR = ASSETS_DIR / "avatars" / "astronaut"
Presenter = AvatarRig | VideoAvatar  # a photo presenter or a video presenter


def load_avatar(ref: str | Path | None) -> tuple[Presenter, list[str]]:
    """(presenter, notes). A photo is analysed on the spot (and not saved); a video must be
    prepared first (that takes about as long as the clip runs)."""
    if ref is None:
        return AvatarRig.load(DEFAULT_AVATAR), []
    path = Path(ref).expanduser()
    if path.is_dir() and is_video_avatar(path):
        return VideoAvatar.load(path), []
    if path.is_dir() or path.name == "avatar.json":
        return AvatarRig.load(path), []
    if not path.exists():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} does not exist; give an avatar folder made by `vhost avatar build` or a"
                    " photo of one face.",
                ),
                path=path,
            )
        )
    if is_video(path):
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{file} is a video: prepare it once with `vhost avatar build {path} --out DIR`"
                    " and use the folder DIR as the presenter.",
                ),
                file=path.name,
                path=path,
            )
        )
    from vhost.avatar.builder import build_avatar

    rig = build_avatar(path)
    return rig, [
        *rig.notes,
        Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "built the avatar from {file}; save it with `vhost avatar build {path} --out DIR`"
                " to skip this step next time",
            ),
            file=path.name,
            path=path,
        ),
    ]


def preview_picture(presenter: Presenter):  # noqa: ANN201 - an RGB array
    """A picture to check a presenter by: the photo (or a video's first frame) with the mouth,
    eyes and brows it found drawn on it (`vhost avatar build` also writes the whole mesh to
    landmarks.png)."""
    from vhost.avatar.builder import draw_regions

    if isinstance(presenter, AvatarRig):
        return draw_regions(presenter.image, presenter.landmarks)
    return draw_regions(presenter.image, presenter.landmarks[0])
