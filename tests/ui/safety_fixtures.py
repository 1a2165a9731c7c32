"""Databases for the data-safety tests: copies of the demo, bad files of every kind, and a
window whose session holds the instance lock, as the real app's does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from credithealth.store.db import open_db
from credithealth.store.instance import acquire_instance_lock, lock_holder
from credithealth.store.json_backup import dump

TODAY_ = "2026-11-26"
SIDES = ("", "-wal", "-shm", "-journal")


def snapshot(path: Path) -> dict[str, bytes | None]:
    """The database and whatever lies beside it: a failed open changes none of it."""
    out: dict[str, bytes | None] = {}
    for s in SIDES:
        f = path.with_name(path.name + s)
        out[s] = f.read_bytes() if f.exists() else None
    return out


def records(path: Path, passphrase: str | None = None, *, history: bool = False) -> Any:
    """Every record in the file (read-only); ``history``: the assessment history too,
    which the app adds to on its own (the overview fills in past month ends)."""
    db = open_db(path, create=False, passphrase=passphrase, read_only=True)
    try:
        tables = dump(db)["tables"]
    finally:
        db.conn.close()
    if not history:
        tables.pop("assessments")
    return tables


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mine.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    return path


def make_garbage(path: Path) -> None:
    path.write_bytes(b"not a database, just some text\n" * 123)


def make_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def make_newer(path: Path) -> None:
    db = open_db(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "credithealth", "name": "m999_future", "applied_at": "2030-01-01"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


class SqliteLock:
    """Another program holding an exclusive SQLite lock on the file."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


@pytest.fixture
def clean_backup_settings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings().remove("backups")
    yield
    QSettings().remove("backups")


@pytest.fixture
def app_window(qtbot, demo_copy: Path, clean_backup_settings) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """A window over a copy of the demo whose session holds the instance lock."""
    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.common.app_settings import LAST_DB
    from credithealth.ui.common.session import Session
    from credithealth.ui.common.worker import wait_all
    from tests.ui.conftest import TODAY

    lock = acquire_instance_lock(demo_copy)
    assert lock is not None
    s = Session(demo_copy, today=lambda: TODAY, lock=lock)
    s.refresh_now()
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.show()
    yield w
    wait_all()
    w.session.undo_stack.clear()
    w.session.close()
    s.close()
    QSettings().remove(LAST_DB.key)
    assert lock_holder(demo_copy) is None
