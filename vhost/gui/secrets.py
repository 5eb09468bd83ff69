"""Secrets the app keeps in the system keyring, never in its INI file: the RTMP URL (it holds
the stream key) and, through vhost.chat.llm, the LLM API key."""

from __future__ import annotations

import logging

from vhost.errors import ConfigError

log = logging.getLogger(__name__)

RTMP_SERVICE, RTMP_USER = "vhost-rtmp", "default"


def rtmp_url() -> str | None:
    """The RTMP URL kept in the keyring, or None (none kept, or no keyring here)."""
    try:
        import keyring

        return keyring.get_password(RTMP_SERVICE, RTMP_USER)
    except Exception as exc:  # no keyring on this machine: nothing kept
        log.debug("no keyring (%s)", exc)
        return None


def store_rtmp_url(url: str | None) -> None:
    """Keep (or with None, forget) the RTMP URL; one sentence when there is no keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        if url is None:
            try:
                keyring.delete_password(RTMP_SERVICE, RTMP_USER)
            except PasswordDeleteError:
                pass
        else:
            keyring.set_password(RTMP_SERVICE, RTMP_USER, url)
    except (ImportError, KeyringError) as exc:
        raise ConfigError(
            "This machine has no system keyring to keep the stream key in; unlock or install one"
            " (GNOME Keyring or KWallet on Linux), or stream with `vhost live --rtmp URL`."
        ) from exc
