"""Secrets the app keeps in the system keyring, never in its INI file: the RTMP URL (it holds
the stream key) and, through vhost.chat.llm, the LLM API key."""

from __future__ import annotations

from vhost import keychain
from vhost.errors import ConfigError

RTMP_SERVICE, RTMP_USER = "vhost-rtmp", "default"


def rtmp_url() -> str | None:
    """The RTMP URL kept in the keyring, or None (none kept, or no keyring here)."""
    return keychain.read(RTMP_SERVICE, RTMP_USER)


def store_rtmp_url(url: str | None) -> None:
    """Keep (or with None, forget) the RTMP URL; one sentence when there is no keyring."""
    keychain.keep(
        RTMP_SERVICE,
        RTMP_USER,
        url,
        ConfigError(
            "This machine has no system keyring to keep the stream key in; unlock or install one"
            " (GNOME Keyring or KWallet on Linux), or stream with `vhost live --rtmp URL`."
        ),
    )
