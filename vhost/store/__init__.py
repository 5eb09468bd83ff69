"""Persistence: the versioned SQLite store in the user data folder."""

from vhost.store.sqlite_store import (
    SCHEMA_VERSION,
    CatalogEntry,
    ChatEntry,
    LivePosition,
    LiveSession,
    SaidLine,
    Store,
)

__all__ = ["SCHEMA_VERSION", "CatalogEntry", "ChatEntry", "LivePosition", "LiveSession", "SaidLine", "Store"]
