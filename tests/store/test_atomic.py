"""One user action, one transaction: all or nothing, and a check-then-write that waits its turn."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from credithealth.domain.records import Account
from credithealth.store import repo
from credithealth.store.atomic import write_transaction
from credithealth.store.db import open_db
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import restore_records


def test_an_error_inside_undoes_everything(tmp_path: Path) -> None:
    db = open_db(tmp_path / "c.sqlite3")
    with pytest.raises(RuntimeError), write_transaction(db):
        repo.insert(db, Account("花呗", "huabei"))
        repo.insert(db, Account("借呗", "jiebei"))
        raise RuntimeError("half way")
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0
    assert not db.conn.in_transaction
    db.conn.close()


def test_nested_blocks_are_savepoints(tmp_path: Path) -> None:
    db = open_db(tmp_path / "c.sqlite3")
    with write_transaction(db):
        repo.insert(db, Account("花呗", "huabei"))
        with pytest.raises(RuntimeError), write_transaction(db):
            repo.insert(db, Account("借呗", "jiebei"))
            raise RuntimeError
    assert [a.name for a in repo.all_of(db, Account)] == ["花呗"]
    db.conn.close()


def test_a_write_waits_for_another_process_writer_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_db(path).conn.close()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO accounts (name, kind) VALUES ('其他', 'other')")

    def commit_later() -> None:
        time.sleep(0.3)
        other.execute("COMMIT")

    t = threading.Thread(target=commit_later)
    db = open_db(path)
    t.start()
    # the emptiness check runs under the write lock, so it sees the other writer's row
    with pytest.raises(StoreError, match="already holds records"):
        restore_records(db, {}, replace=False, file="x.json")
    t.join()
    other.close()
    db.conn.close()
