"""Keeps the app's catalog in the store: every accepted edit or import is saved at once, so
nothing the merchant made is lost to a crash or a closed window, and the app opens on it next
time. A short history is kept (the Catalog screen's Undo works within a run; the store's
history lets a later version of the app offer more)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from vhost.domain import Catalog
from vhost.errors import VHostError
from vhost.messages import message_of
from vhost.store import Store

log = logging.getLogger(__name__)

APP_CATALOG = "app"  # the name the app's catalog is saved under (`vhost catalog list` shows it)
KEPT_VERSIONS = 30


class CatalogKeeper:
    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.problem: str | None = None  # why the last load found nothing it could read

    def load(self) -> Catalog | None:
        """The catalog as the merchant last left it; None before the first save, or when the
        store cannot be read (then `problem` says why, in one sentence)."""
        self.problem = None
        if not self.store_path.exists():
            return None
        try:
            with Store(self.store_path) as store:
                if not any(entry.name == APP_CATALOG for entry in store.catalogs()):
                    return None
                return store.load_catalog(APP_CATALOG)[1]
        except (OSError, sqlite3.Error, VHostError, ValueError, KeyError) as exc:
            log.exception("the catalog could not be read from %s", self.store_path)
            self.problem = message_of(exc)  # a Message, when the core said why
            return None

    def save(self, catalog: Catalog) -> str | None:
        """Save this version; None when saved, else why not (one sentence for the screen)."""
        try:
            self.store_path.parent.mkdir(parents=True, exist_ok=True)
            with Store(self.store_path) as store:
                store.save_catalog(catalog, APP_CATALOG)
                store.keep_latest_catalogs(APP_CATALOG, KEPT_VERSIONS)
        except (
            OSError,
            sqlite3.Error,
            VHostError,
            ValueError,
        ) as exc:  # a full disk, a locked or newer store
            log.exception("the catalog could not be saved in %s", self.store_path)
            return message_of(exc)
        return None
