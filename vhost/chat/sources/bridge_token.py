"""The local bridge's token: a random secret per install, without which no one hands in chat.

It lives in the data folder (readable by the merchant's own account only) rather than the
keyring: the browser bridge needs it pasted once, and a machine without a keyring still needs a
bridge. `vhost chat token` shows it, `--rotate` replaces it (every bridge then needs the new one).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from vhost.errors import ChatError
from vhost.messages import QT_TRANSLATE_NOOP, Message

FILE_NAME = "bridge-token"


def bridge_token(data_dir: Path) -> str:
    """This install's token, made on first use."""
    path = data_dir / FILE_NAME
    try:
        token = path.read_text("ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        token = ""
    return token if len(token) >= 20 else rotate_token(data_dir)


def rotate_token(data_dir: Path) -> str:
    """A new token, kept; the old one stops working at once for a bridge opened after this."""
    token = secrets.token_urlsafe(24)
    path = data_dir / FILE_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".new")
        temporary.write_text(token + "\n", "ascii")
        os.chmod(temporary, 0o600)
        temporary.replace(path)
    except OSError as exc:
        raise ChatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "Cannot keep the chat bridge's token in {path} ({reason}); check that folder."
                ),
                path=path,
                reason=exc.strerror,
            )
        ) from exc
    return token
