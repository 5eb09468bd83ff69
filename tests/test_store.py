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


def test_a_store_from_before_held_answers_opens_with_its_chat_rows(tmp_path):
    from vhost.store import ChatEntry
    from vhost.store.sqlite_store import MIGRATIONS

    path = tmp_path / "db.sqlite3"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:  # the schema before chat rows had a message id
        old.executescript(script)
    old.execute("PRAGMA user_version = 4")
    old.execute(
        "INSERT INTO live_sessions (show_key, started_at, updated_at, outcome)"
        " VALUES ('s', 't', 't', 'stopped')"
    )
    old.execute(
        "INSERT INTO chat (session_id, at, stream_seconds, viewer, kind, text, action, intent, product_id,"
        " reply, reason, sentiment, latency_ms) VALUES (1, 't', 1.0, 'viewer-1', 'comment', '多少钱',"
        " 'speak', 'price', 'A01', '89元', 'price', 0.5, 2.0)"
    )
    old.commit()
    old.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.chat(1) == [
            ChatEntry(
                "t", 1.0, "viewer-1", "comment", "多少钱", "speak", "price", "A01", "89元", "price", 0.5, 2.0
            )
        ]
        assert not store.resolve_chat(1, "nope", "speak", None, None)


def test_the_store_keeps_what_became_of_a_held_answer(tmp_path):
    from types import SimpleNamespace

    from vhost.chat.loop import ChatResolved
    from vhost.engine.events import EventBus
    from vhost.show.recorder import ShowRecorder
    from vhost.testing import decided

    engine = SimpleNamespace(events=EventBus(), show_key="show", resumed_from=None)
    recorder = ShowRecorder(engine, tmp_path / "db.sqlite3").start()
    held = {"action": "speak", "intent": "price", "reply": "89元", "reason": "price", "pending": True}
    for event in (
        decided(1.0, id="a", viewer="viewer-1", name="小王", **held),
        decided(2.0, id="b", viewer="viewer-2", name="小李", **held),
        decided(3.0, id="c", viewer="viewer-3", name="阿花", **held),
        decided(4.0, id="d", viewer="viewer-1", action="ignore", intent="blocked", reason="blocked"),
        ChatResolved(stream_time=5.0, id="a", action="speak", reply="超值价89元"),
        ChatResolved(stream_time=6.0, id="b", action="ignore", reason="rejected"),
    ):
        engine.events.publish(event)
    recorder.finish(timeout=10)
    with Store(tmp_path / "db.sqlite3") as store:
        (session,) = store.sessions()
        rows = [(c.message_id, c.viewer, c.action, c.reply, c.reason) for c in store.chat(session.id)]
    assert rows == [
        ("a", "viewer-1", "speak", "超值价89元", "price"),
        ("b", "viewer-2", "ignore", "89元", "rejected"),
        ("c", "viewer-3", "pending", "89元", "price"),  # never resolved (the show was cut off)
        ("d", "viewer-1", "ignore", None, "blocked"),
    ]
