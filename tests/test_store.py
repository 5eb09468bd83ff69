import sqlite3

import pytest

from vhost.catalog import load_catalog
from vhost.errors import StoreError
from vhost.store import SCHEMA_VERSION, Store

from .conftest import DEMO_CATALOG, NOW


def test_catalog_and_script_round_trip(tmp_path, writer):
    catalog = load_catalog(DEMO_CATALOG).catalog
    script = writer.write(catalog, "en", now=NOW, loop=2, seed=5)
    with Store(tmp_path / "db.sqlite3") as store:
        assert store.schema_version == SCHEMA_VERSION
        catalog_id = store.save_catalog(catalog, "demo")
        script_id = store.save_script(script, catalog_id)
    with Store(tmp_path / "db.sqlite3") as store:  # reopened: nothing lost
        [entry] = store.catalogs()
        assert (entry.name, entry.product_count) == ("demo", len(catalog.products))
        loaded_id, loaded = store.load_catalog("demo")
        assert loaded_id == catalog_id
        assert loaded.to_dict() == catalog.to_dict()
        assert store.load_script(script_id).to_dict() == script.to_dict()
        assert store.load_catalog(str(catalog_id))[1].products[0].price == catalog.products[0].price


def test_unknown_catalog_name(tmp_path):
    with Store(tmp_path / "db.sqlite3") as store, pytest.raises(StoreError, match="catalog list"):
        store.load_catalog("nope")


def test_newer_schema_is_refused_not_damaged(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer vhost"):
        Store(path)


def test_corrupt_database_file(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="move it aside"):
        Store(path)
