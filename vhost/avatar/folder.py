"""A presenter folder's own files: a new presenter saved where another was replaces all of them
(a photo over a video, a clip without a mouth picture over one with), and leaves anything else
the folder holds alone."""

from __future__ import annotations

from pathlib import Path

from vhost.errors import AvatarError
from vhost.messages import QT_TRANSLATE_NOOP, Message

PRESENTER_FILES = (
    "avatar.json",
    "photo.png",
    "landmarks.png",
    "video.json",
    "clip.mp4",
    "landmarks.npz",
    "poster.png",
    "mouth.png",
    "mouth.json",
)


def output_folder(out: Path) -> Path:
    """Where to save a presenter: an absolute path that is not a file (one sentence if it is)."""
    folder = out.expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise AvatarError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "{path} is a file; give a folder to save the presenter in (it is made if missing).",
                ),
                path=out,
            )
        )
    return folder


def clear_presenter(folder: Path) -> None:
    """Remove an earlier presenter's files from `folder`."""
    for name in PRESENTER_FILES:
        (folder / name).unlink(missing_ok=True)
