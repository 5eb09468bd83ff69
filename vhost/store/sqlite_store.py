"""The SQLite store: imported catalogs, generated scripts, live shows (where each one is), live
sessions (their figures) and what was said on air.

The schema is versioned with ``PRAGMA user_version``; MIGRATIONS[i] upgrades version i to
i + 1, so an older database is brought up to date on open and a newer one is refused rather
than damaged.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vhost.domain import Catalog, Script
from vhost.errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE catalogs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source TEXT,
        imported_at TEXT NOT NULL,
        product_count INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX catalogs_name ON catalogs(name);
    CREATE TABLE scripts (
        id INTEGER PRIMARY KEY,
        catalog_id INTEGER REFERENCES catalogs(id) ON DELETE SET NULL,
        lang TEXT NOT NULL,
        seed INTEGER NOT NULL,
        loop INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX scripts_catalog ON scripts(catalog_id);
    """,
    # 2: where a live show is, so `vhost live` resumes there after a crash or a restart
    """
    CREATE TABLE live_shows (
        show_key TEXT PRIMARY KEY,
        loop INTEGER NOT NULL,
        line INTEGER NOT NULL,
        lines_spoken INTEGER NOT NULL,
        stream_seconds REAL NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
    # 3: the director's own state for resuming; each run of `vhost live` and what it said
    """
    ALTER TABLE live_shows ADD COLUMN director TEXT;
    CREATE TABLE live_sessions (
        id INTEGER PRIMARY KEY,
        show_key TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        stream_seconds REAL NOT NULL DEFAULT 0,
        frames INTEGER NOT NULL DEFAULT 0,
        lines_spoken INTEGER NOT NULL DEFAULT 0,
        answers_spoken INTEGER NOT NULL DEFAULT 0,
        dropped_frames INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        max_av_offset_ms REAL NOT NULL DEFAULT 0
    );
    CREATE TABLE said (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        said_at TEXT NOT NULL,
        stream_seconds REAL NOT NULL,
        kind TEXT NOT NULL,
        product_id TEXT,
        text TEXT NOT NULL,
        cut INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX said_session ON said(session_id);
    """,
    # 4: every chat message and what vhost did about it (viewers pseudonymised), for analytics
    """
    CREATE TABLE chat (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        stream_seconds REAL NOT NULL,
        viewer TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT,
        action TEXT NOT NULL,
        intent TEXT NOT NULL,
        product_id TEXT,
        reply TEXT,
        reason TEXT,
        sentiment REAL,
        latency_ms REAL
    );
    CREATE INDEX chat_session ON chat(session_id);
    """,
    # 5: a chat row's message id, so an answer held for the operator gets its final action
    # (rows kept before this have none: they stay as they were recorded)
    """
    ALTER TABLE chat ADD COLUMN message_id TEXT;
    CREATE INDEX chat_message ON chat(session_id, message_id);
    """,
)
SESSION_FIGURES = (
    "stream_seconds",
    "frames",
    "lines_spoken",
    "answers_spoken",
    "dropped_frames",
    "errors",
    "max_av_offset_ms",
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class LivePosition:
    loop: int  # the pass over the catalog
    line: int  # the next line to speak in that pass
    lines_spoken: int  # over the show's whole life
    stream_seconds: float
    updated_at: str
    director: str | None = None  # the director's position as JSON (see engine.director)


@dataclass(frozen=True)
class ChatEntry:
    """A chat message and what vhost did about it. `viewer` is a pseudonym, never a name;
    `text` is None for a moderated message (abuse and personal data are not kept). `action`:
    speak, ignore, moderate, or pending while an answer waits for the operator (resolve_chat
    then sets what became of it)."""

    at: str
    stream_seconds: float
    viewer: str
    kind: str
    text: str | None
    action: str
    intent: str
    product_id: str | None
    reply: str | None
    reason: str | None
    sentiment: float | None
    latency_ms: float | None
    message_id: str | None = None  # the platform's id of the message (None in older stores)


CHAT_FIELDS = tuple(ChatEntry.__dataclass_fields__)


@dataclass(frozen=True)
class LiveSession:
    id: int
    show_key: str
    started_at: str
    updated_at: str
    outcome: str  # "running" (or cut off by a crash: see mark_interrupted), "stopped", "interrupted"
    figures: dict[str, float]


@dataclass(frozen=True)
class SaidLine:
    said_at: str
    stream_seconds: float
    kind: str  # "script" or "answer"
    product_id: str | None
    text: str
    cut: bool


@dataclass(frozen=True)
class CatalogEntry:
    id: int
    name: str
    source: str | None
    imported_at: str
    product_count: int


class Store:
    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            # With WAL a commit survives a crash or kill -9 without waiting for the disk; a
            # live show writes a row per line said, and must not wait on a slow disk for each.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"The vhost database {path} cannot be opened ({exc}); move it aside"
                " and vhost will start a new one."
            ) from exc
        except OSError as exc:
            raise StoreError(
                f"The data folder {path.parent} cannot be written ({exc.strerror});"
                " set VHOST_DATA_DIR to a folder you can write to."
            ) from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The vhost database {self.path} was written by a newer vhost (schema"
                f" {version}, this one knows {SCHEMA_VERSION}); update vhost."
            )
        for target in range(version, SCHEMA_VERSION):
            with self._db:
                self._db.executescript(MIGRATIONS[target])
                self._db.execute(f"PRAGMA user_version = {target + 1}")

    # -- catalogs ------------------------------------------------------------------------

    def save_catalog(self, catalog: Catalog, name: str) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO catalogs (name, source, imported_at, product_count, body)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    name,
                    catalog.source,
                    _now(),
                    len(catalog.products),
                    json.dumps(catalog.to_dict(), ensure_ascii=False),
                ),
            )
        return int(cursor.lastrowid or 0)

    def keep_latest_catalogs(self, name: str, keep: int) -> None:
        """Forget all but the `keep` newest catalogs saved under `name` (an app saving every
        edit keeps a short history, not every keystroke forever)."""
        with self._db:
            self._db.execute(
                "DELETE FROM catalogs WHERE name = ? AND id NOT IN"
                " (SELECT id FROM catalogs WHERE name = ? ORDER BY id DESC LIMIT ?)",
                (name, name, keep),
            )

    def catalogs(self) -> list[CatalogEntry]:
        rows = self._db.execute(
            "SELECT id, name, source, imported_at, product_count FROM catalogs ORDER BY id"
        ).fetchall()
        return [CatalogEntry(*row) for row in rows]

    def load_catalog(self, ref: str | int) -> tuple[int, Catalog]:
        """A stored catalog by id, or the newest one with that name."""
        row = self._db.execute(
            "SELECT id, body FROM catalogs WHERE id = ? OR name = ? ORDER BY id DESC LIMIT 1",
            (str(ref), str(ref)),
        ).fetchone()
        if row is None:
            raise StoreError(
                f"No stored catalog is called {ref!r}; `vhost catalog list` shows the stored ones."
            )
        return int(row[0]), Catalog.from_dict(json.loads(row[1]))

    # -- scripts -------------------------------------------------------------------------

    def save_script(self, script: Script, catalog_id: int | None) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO scripts (catalog_id, lang, seed, loop, created_at, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    catalog_id,
                    script.lang,
                    script.seed,
                    script.loop,
                    _now(),
                    json.dumps(script.to_dict(), ensure_ascii=False),
                ),
            )
        return int(cursor.lastrowid or 0)

    def load_script(self, script_id: int) -> Script:
        row = self._db.execute("SELECT body FROM scripts WHERE id = ?", (script_id,)).fetchone()
        if row is None:
            raise StoreError(f"No stored script has id {script_id}.")
        return Script.from_dict(json.loads(row[0]))

    def script_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM scripts").fetchone()[0])

    # -- live shows ----------------------------------------------------------------------

    def save_live_position(self, key: str, position: LivePosition) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO live_shows (show_key, loop, line, lines_spoken, stream_seconds, updated_at,"
                " director) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(show_key) DO UPDATE SET"
                " loop = excluded.loop, line = excluded.line, lines_spoken = excluded.lines_spoken,"
                " stream_seconds = excluded.stream_seconds, updated_at = excluded.updated_at,"
                " director = excluded.director",
                (
                    key,
                    position.loop,
                    position.line,
                    position.lines_spoken,
                    position.stream_seconds,
                    position.updated_at,
                    position.director,
                ),
            )

    def live_position(self, key: str) -> LivePosition | None:
        row = self._db.execute(
            "SELECT loop, line, lines_spoken, stream_seconds, updated_at, director FROM live_shows"
            " WHERE show_key = ?",
            (key,),
        ).fetchone()
        if row is None:
            return None
        return LivePosition(int(row[0]), int(row[1]), int(row[2]), float(row[3]), str(row[4]), row[5])

    def forget_live_position(self, key: str) -> None:
        with self._db:
            self._db.execute("DELETE FROM live_shows WHERE show_key = ?", (key,))

    # -- live sessions and what they said --------------------------------------------------

    def start_session(self, key: str) -> int:
        """A new run of a live show. Runs of the same show still marked running were cut off
        (a crash or kill -9): they become "interrupted"."""
        now = _now()
        with self._db:
            self._db.execute(
                "UPDATE live_sessions SET outcome = 'interrupted' WHERE show_key = ? AND outcome = 'running'",
                (key,),
            )
            cursor = self._db.execute(
                "INSERT INTO live_sessions (show_key, started_at, updated_at, outcome) VALUES (?, ?, ?, ?)",
                (key, now, now, "running"),
            )
        return int(cursor.lastrowid or 0)

    def update_session(self, session_id: int, figures: dict[str, float], outcome: str | None = None) -> None:
        known = {name: figures[name] for name in SESSION_FIGURES if name in figures}
        sets = "".join(f", {name} = ?" for name in known)
        with self._db:
            self._db.execute(
                f"UPDATE live_sessions SET updated_at = ?, outcome = COALESCE(?, outcome){sets} WHERE id = ?",
                (_now(), outcome, *known.values(), session_id),
            )

    def sessions(self, key: str | None = None, limit: int = 20) -> list[LiveSession]:
        columns = ", ".join(SESSION_FIGURES)
        rows = self._db.execute(
            f"SELECT id, show_key, started_at, updated_at, outcome, {columns} FROM live_sessions"
            " WHERE ? IS NULL OR show_key = ? ORDER BY id DESC LIMIT ?",
            (key, key, limit),
        ).fetchall()
        return [
            LiveSession(
                row[0], row[1], row[2], row[3], row[4], dict(zip(SESSION_FIGURES, row[5:], strict=True))
            )
            for row in rows
        ]

    def record_said(self, session_id: int, line: SaidLine) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO said (session_id, said_at, stream_seconds, kind, product_id, text, cut)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    line.said_at,
                    line.stream_seconds,
                    line.kind,
                    line.product_id,
                    line.text,
                    int(line.cut),
                ),
            )

    def said(self, session_id: int) -> list[SaidLine]:
        rows = self._db.execute(
            "SELECT said_at, stream_seconds, kind, product_id, text, cut FROM said WHERE session_id = ?"
            " ORDER BY id",
            (session_id,),
        ).fetchall()
        return [SaidLine(row[0], row[1], row[2], row[3], row[4], bool(row[5])) for row in rows]

    def record_chat(self, session_id: int, entry: ChatEntry) -> None:
        with self._db:
            columns, marks = ", ".join(CHAT_FIELDS), ", ?" * len(CHAT_FIELDS)
            self._db.execute(
                f"INSERT INTO chat (session_id, {columns}) VALUES (?{marks})",
                (session_id, *(getattr(entry, name) for name in CHAT_FIELDS)),
            )

    def resolve_chat(
        self, session_id: int, message_id: str, action: str, reply: str | None, reason: str | None
    ) -> bool:
        """What became of an answer held for the operator: its row's final action, and the
        words said (`reply`; None keeps the suggestion) or why not (`reason`; None keeps the
        facts it used). False when the session has no such row."""
        with self._db:
            cursor = self._db.execute(
                "UPDATE chat SET action = ?, reply = COALESCE(?, reply), reason = COALESCE(?, reason)"
                " WHERE id = (SELECT MAX(id) FROM chat WHERE session_id = ? AND message_id = ?)",
                (action, reply, reason, session_id, message_id),
            )
        return cursor.rowcount > 0

    def chat(self, session_id: int) -> list[ChatEntry]:
        rows = self._db.execute(
            f"SELECT {', '.join(CHAT_FIELDS)} FROM chat WHERE session_id = ? ORDER BY id", (session_id,)
        ).fetchall()
        return [ChatEntry(*row) for row in rows]

    def interest(self, session_id: int) -> dict[str, int]:
        """Questions per product in a session (moderated comments and thanks not counted)."""
        rows = self._db.execute(
            "SELECT product_id, COUNT(*) FROM chat WHERE session_id = ? AND product_id IS NOT NULL"
            " AND action != 'moderate' GROUP BY product_id ORDER BY COUNT(*) DESC",
            (session_id,),
        ).fetchall()
        return {product: count for product, count in rows}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
