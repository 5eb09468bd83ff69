"""Find the avatar a command asked for: the shipped default, a saved folder, or a photo."""

from __future__ import annotations

from pathlib import Path

from vhost.avatar.rig import AvatarRig
from vhost.config import ASSETS_DIR
from vhost.errors import AvatarError

DEFAULT_AVATAR = ASSETS_DIR / "avatars" / "astronaut"


def load_avatar(ref: str | Path | None) -> tuple[AvatarRig, list[str]]:
    """(rig, notes). A photo is analysed on the spot (and not saved)."""
    if ref is None:
        return AvatarRig.load(DEFAULT_AVATAR), []
    path = Path(ref).expanduser()
    if path.is_dir() or path.name == "avatar.json":
        return AvatarRig.load(path), []
    if not path.exists():
        raise AvatarError(
            f"{path} does not exist; give an avatar folder made by `vhost avatar build` or a"
            " photo of one face."
        )
    from vhost.avatar.builder import build_avatar

    rig = build_avatar(path)
    return rig, [
        *rig.notes,
        f"built the avatar from {path.name}; save it with `vhost avatar build {path}"
        " --out DIR` to skip this step next time",
    ]
