"""Local ports for test servers: a free one to listen on, and whether something listens there
yet (read from the kernel's socket table, without connecting: a one-connection server such as
vhost.testing.rtmp_receiver would take a probe for its publisher)."""

from __future__ import annotations

import socket
from pathlib import Path

from vhost.testing.waiting import wait_until

_TABLES = (Path("/proc/net/tcp"), Path("/proc/net/tcp6"))
_LISTEN = "0A"  # the TCP state LISTEN in /proc/net/tcp


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing uses right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening(port: int) -> bool:
    """Whether a socket on this machine listens on `port` (Linux: /proc/net/tcp)."""
    tables = [table for table in _TABLES if table.exists()]
    if not tables:
        raise OSError("listening() reads /proc/net/tcp, which only Linux has")
    for table in tables:
        for row in table.read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == _LISTEN and int(fields[1].rsplit(":", 1)[1], 16) == port:
                return True
    return False


def wait_listening(port: int, timeout: float = 30.0, what: str = "a server") -> None:
    """Block until something listens on `port`; TimedOut after `timeout` seconds."""
    wait_until(lambda: listening(port), timeout, f"{what} to listen on port {port}", interval=0.02)
