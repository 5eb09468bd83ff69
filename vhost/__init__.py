"""vhost: a desktop virtual host for live-stream selling. See ../shared/DESIGN.md."""

__version__ = "0.1.0"
