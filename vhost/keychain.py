"""Secrets in the system keyring (an LLM API key, an RTMP URL with its stream key), never in a
settings file. Reading without a keyring gives None; keeping without one raises the caller's
own one-sentence error."""

from __future__ import annotations

import logging

from vhost.errors import VHostError

log = logging.getLogger(__name__)


def read(service: str, user: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(service, user)
    except Exception as exc:  # no keyring on this machine: nothing kept
        log.debug("no keyring (%s)", exc)
        return None


def keep(service: str, user: str, value: str | None, no_keyring: VHostError) -> None:
    """Keep `value` (or with None, forget it); `no_keyring` is raised when there is no keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        if value is None:
            try:
                keyring.delete_password(service, user)
            except PasswordDeleteError:
                pass
        else:
            keyring.set_password(service, user, value)
    except (ImportError, KeyringError) as exc:
        raise no_keyring from exc
