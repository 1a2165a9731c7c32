from __future__ import annotations

from pathlib import Path

import pytest

from credithealth.store.db import connect, migrate, open_db
from credithealth.store.errors import StoreError
from credithealth.store.schema import applied_steps, known_steps

TABLES = {
    "accounts",
    "bills",
    "repayments",
    "security_items",
    "security_events",
    "profile_items",
    "profile_changes",
    "transactions",
    "imports",
    "score_snapshots",
    "credit_reports",
    "applications",
    "assessments",
    "checkups",
}


def test_migrations_create_every_table_and_reapplying_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_db(path)
    assert set(db.table_names()) >= TABLES
    assert applied_steps(db) == known_steps()
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrate(db)
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert len(applied_steps(db)) == len(known_steps())
    db.conn.close()


def test_pragmas(tmp_path: Path) -> None:
    db = open_db(tmp_path / "a.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    db.conn.close()


def test_new_database_is_private(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_db(path).conn.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_garbage_file_is_a_clear_error_and_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_db(path)
    assert err.value.msg.code == "store.not_a_database"
    assert path.read_bytes() == before


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_db(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "credithealth", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    db.conn.close()
    with pytest.raises(StoreError) as err:
        open_db(path)
    assert err.value.msg.code == "store.newer_version"


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_db(tmp_path / "nope.sqlite3", create=False)


def test_connect_memory() -> None:
    db = connect(":memory:")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
