"""Everything the app writes about a person is readable by that person only (0600 / 0700)."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from credithealth.cli import main
from credithealth.store.db import open_db
from credithealth.store.file_backups import daily_backup
from credithealth.store.instance import lock_path, request_raise

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> object:
    """The loosest usual umask: the app must not rely on the user's being strict."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_shm_backups_and_json_are_private(tmp_path: Path, open_umask: object) -> None:
    path = tmp_path / "data" / "c.sqlite3"
    db = open_db(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("INSERT INTO accounts (name, kind) VALUES ('花呗', 'huabei')")
    wal, shm = path.with_name("c.sqlite3-wal"), path.with_name("c.sqlite3-shm")
    assert wal.exists() and shm.exists()
    assert {mode(path), mode(wal), mode(shm)} == {0o600}
    backup = daily_backup(path, datetime(2026, 1, 1))
    assert backup is not None and mode(backup) == 0o600 and mode(backup.parent) == 0o700
    db.conn.close()
    out = tmp_path / "export.json"
    assert main(["--db", str(path), "backup", str(out)]) == 0
    assert mode(out) == 0o600
    assert mode(request_raise(path)) == 0o600


def test_cli_writes_leave_only_private_files(tmp_path: Path, open_umask: object) -> None:
    path = tmp_path / "c.sqlite3"
    assert main(["--db", str(path), "demo", "--today", "2026-11-26"]) == 0
    for f in tmp_path.iterdir():
        assert mode(f) == (0o700 if f.is_dir() else 0o600), f
    assert lock_path(path).exists()
