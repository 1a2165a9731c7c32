"""Opening a database: the file, its pragmas, its migrations, and the errors a user can act on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from credithealth.domain.messages import Msg
from credithealth.store.errors import StoreError
from credithealth.store.schema import applied_steps, known_steps, migrations

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> Database:
    """A connection with the app's pragmas; no migration. ``":memory:"`` for tests."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn, execute_plugins=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from exc
    return db


def _classify(exc: sqlite3.Error, path: Path | str) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(Msg("store.locked", {"path": str(path)}))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(Msg("store.read_only", {"path": str(path)}))
    return StoreError(Msg("store.not_a_database", {"path": str(path)}))


def migrate(db: Database, path: Path | str = "") -> None:
    applied = applied_steps(db)
    unknown = [s for s in applied if s not in known_steps()]
    if unknown:
        raise StoreError(Msg("store.newer_version", {"path": str(path), "step": unknown[-1]}))
    migrations.apply(db)


def open_db(path: Path | str, *, create: bool = True) -> Database:
    """Open (creating if asked) and migrate a database; errors come back as ``StoreError``."""
    p = Path(path) if str(path) != ":memory:" else None
    if p is not None and not p.exists():
        if not create:
            raise StoreError(Msg("store.not_a_database", {"path": str(path)}))
        p.parent.mkdir(parents=True, exist_ok=True)
        # readable by the user only: these are a person's debts and spending
        fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    db = connect(path)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        migrate(db, path)
    except sqlite3.Error as exc:
        db.conn.close()
        raise _classify(exc, path) from exc
    except StoreError:
        db.conn.close()
        raise
    return db


def memory_db() -> Database:
    db = connect(":memory:")
    migrate(db)
    return db
