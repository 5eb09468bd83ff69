"""Secrets the app keeps, never in its INI file: the RTMP URL (it holds the stream key) and,
through vhost.chat.llm, the LLM API key.

The RTMP URL goes to the system keyring when there is one. Without one the merchant chooses
(the Settings screen asks): for this session only (in memory, forgotten when the app closes),
or in a file in the data folder that only their user account may read (mode 0600 on Linux and
macOS; on Windows the data folder is inside their own user profile). `rtmp_url()` reads it from
wherever it was kept. The URL is never logged.
"""

from __future__ import annotations

import os
from pathlib import Path

from vhost import keychain
from vhost.errors import ConfigError
from vhost.messages import QT_TRANSLATE_NOOP, Message

RTMP_SERVICE, RTMP_USER = "vhost-rtmp", "default"
RTMP_FILE = "rtmp-url.secret"  # in the data folder, when the merchant chose a file

KEYRING, SESSION, FILE = "keyring", "session", "file"  # where the RTMP URL is kept

_session: dict[str, str] = {}  # the URL kept for this session only (the app's process)


def data_folder() -> Path:
    """The user data folder the app uses (the settings' data_dir), for callers that were not
    handed it."""
    from vhost.config import load_settings

    return load_settings().data_dir


def rtmp_file(folder: Path | None = None) -> Path:
    return (folder or data_folder()) / RTMP_FILE


def rtmp_url(folder: Path | None = None) -> str | None:
    """The RTMP URL from wherever it was kept (this session, the keyring, the private file in
    `folder`, the data folder by default), or None when none was kept."""
    return _where(folder)[1]


def rtmp_place(folder: Path | None = None) -> str | None:
    """Where the RTMP URL is kept now: KEYRING, SESSION or FILE; None when it is not kept."""
    return _where(folder)[0]


def _where(folder: Path | None) -> tuple[str | None, str | None]:
    if SESSION in _session:
        return SESSION, _session[SESSION]
    kept = keychain.read(RTMP_SERVICE, RTMP_USER)
    if kept:
        return KEYRING, kept
    path = rtmp_file(folder)
    try:
        text = path.read_text("utf-8").strip()
    except OSError:  # no file (the usual case), or one that cannot be read: nothing kept there
        return None, None
    return (FILE, text) if text else (None, None)


def store_rtmp_url(url: str | None, place: str = KEYRING, folder: Path | None = None) -> str | None:
    """Keep the RTMP URL in `place` (KEYRING, SESSION or FILE; FILE in `folder`, the data folder
    by default) and forget it everywhere else, so it is read from where it was last kept; with
    None, forget it everywhere. Returns the place (None when forgotten). ConfigError, one
    sentence, when the keyring was asked for and there is none (nothing changes then); OSError
    when the file cannot be written."""
    if url is None:
        _session.clear()
        _remove(rtmp_file(folder))
        _forget_keyring()
        return None
    if place == KEYRING:
        _keep_in_keyring(url)  # first: without a keyring nothing else is forgotten
        _session.clear()
        _remove(rtmp_file(folder))
    elif place == SESSION:
        _session[SESSION] = url
        _remove(rtmp_file(folder))
        _forget_keyring()
    elif place == FILE:
        write_private(rtmp_file(folder), url + "\n")
        _session.clear()
        _forget_keyring()
    else:
        raise ValueError(f"no such place to keep a secret: {place!r}")
    return place


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` so only this user account may read it: created with mode 0600
    (never readable by others, even for a moment), replaced in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    _remove(temporary)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    if os.name == "posix":
        os.chmod(temporary, 0o600)  # whatever the umask was
    os.replace(temporary, path)


def _keep_in_keyring(url: str | None) -> None:
    keychain.keep(
        RTMP_SERVICE,
        RTMP_USER,
        url,
        ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "This machine has no system keyring to keep the stream key in; unlock or install one"
                    " (GNOME Keyring or KWallet on Linux), or keep it for this session or in a private file.",
                )
            )
        ),
    )


def _forget_keyring() -> None:
    try:
        _keep_in_keyring(None)
    except Exception:  # no keyring (nothing was kept there), or one that cannot delete
        pass


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
