"""The store's Database (store/database.py) answers as sqlite-utils' does: plain reads from
the driver without loading it, everything else through it, on the same connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from credithealth.store.database import Database, _is_plain_read, has_table


def _pair(tmp_path: Path) -> tuple[Database, sqlite_utils.Database]:
    """The same file twice: ours, and sqlite-utils' own (fresh: nothing loaded in ours)."""
    path = tmp_path / "t.sqlite3"
    seed = sqlite3.connect(path)
    seed.executescript(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, fen INTEGER);"
        "INSERT INTO t (name, fen) VALUES ('a', 100), ('b', 250), ('c', NULL);"
    )
    seed.close()
    return Database(sqlite3.connect(path)), sqlite_utils.Database(sqlite3.connect(path))


SQL = [
    "SELECT * FROM t ORDER BY id",
    "select name, fen from t where fen > ? order by name",
    "  SELECT t.id, u.id FROM t, t AS u WHERE t.id = u.id",  # a repeated column name
    "WITH x AS (SELECT fen FROM t) SELECT sum(fen) AS total FROM x",
    "PRAGMA table_info(t)",
]


@pytest.mark.parametrize("sql", SQL)
def test_reads_answer_as_sqlite_utils_does(tmp_path: Path, sql: str) -> None:
    ours, theirs = _pair(tmp_path)
    params = [120] if "?" in sql else None
    assert ours.execute(sql, params).fetchall() == theirs.execute(sql, params).fetchall()
    if not sql.lstrip().upper().startswith("PRAGMA"):
        assert list(ours.query(sql, params)) == list(theirs.query(sql, params))
    assert not ours.conn.in_transaction


def test_plain_reads_leave_sqlite_utils_unloaded(tmp_path: Path) -> None:
    ours, _ = _pair(tmp_path)
    assert ours.execute("SELECT count(*) FROM t").fetchone() == (3,)
    assert [r["name"] for r in ours.query("SELECT name FROM t ORDER BY id")] == ["a", "b", "c"]
    assert ours.execute("PRAGMA foreign_keys = ON").fetchall() == []
    assert has_table(ours, "t") and not has_table(ours, "u")
    assert ours._full is None
    assert ours.execute("PRAGMA recursive_triggers").fetchone() == (1,)  # as sqlite-utils sets


def test_a_write_is_committed_as_sqlite_utils_commits_it(tmp_path: Path) -> None:
    ours, theirs = _pair(tmp_path)
    ours.execute("INSERT INTO t (name, fen) VALUES (?, ?)", ["d", 5])
    assert ours._full is not None  # the write went through sqlite-utils
    assert not ours.conn.in_transaction
    assert theirs.execute("SELECT fen FROM t WHERE name = 'd'").fetchone() == (5,)
    ours.execute("WITH x AS (SELECT 1) UPDATE t SET fen = 6 WHERE name = 'd'")
    assert theirs.execute("SELECT fen FROM t WHERE name = 'd'").fetchone() == (6,)


def test_tables_and_everything_else_come_from_sqlite_utils(tmp_path: Path) -> None:
    ours, theirs = _pair(tmp_path)
    ours["t"].insert({"name": "e", "fen": 7})
    assert ours.table_names() == ["t"]
    assert ours["t"].count == 4
    with ours.atomic():
        ours["t"].delete_where("name = ?", ["e"])
    assert theirs["t"].count == 3
    # once loaded, the reads go through it too (one set of transaction rules from then on)
    assert list(ours.query("SELECT name FROM t WHERE id = 1")) == [{"name": "a"}]


def test_a_failed_read_raises_and_leaves_no_transaction(tmp_path: Path) -> None:
    ours, _ = _pair(tmp_path)
    with pytest.raises(sqlite3.OperationalError):
        ours.execute("SELECT nope FROM t")
    assert not ours.conn.in_transaction and ours._full is None


@given(st.sampled_from(["INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "BEGIN"]))
def test_nothing_that_writes_counts_as_a_plain_read(word: str) -> None:
    assert not _is_plain_read(f"{word} something")
    if word in ("INSERT", "UPDATE", "DELETE", "REPLACE"):  # what may follow a WITH
        assert not _is_plain_read(f"WITH x AS (SELECT 1) {word} INTO t SELECT * FROM x")
    assert not _is_plain_read(f"-- a comment\nSELECT 1; {word} t")
