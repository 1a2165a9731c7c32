"""A database file is checked like a stranger's: only the schema the app's migrations make."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from credithealth.store import driver
from credithealth.store.db import open_db
from credithealth.store.errors import StoreError
from credithealth.store.schema import known_steps, migrations
from credithealth.store.schema_check import (
    CURRENT_SCHEMA_DIGEST,
    differences,
    expected_schema,
    schema_digest,
)


def _file_at(path: Path, steps: int) -> None:
    """A database as an earlier version of the app left it: the first ``steps`` steps."""
    conn = driver.raw_connect(path)
    known = known_steps()
    migrations.apply(
        Database(conn, execute_plugins=False),
        stop_before=known[steps] if steps < len(known) else None,
    )
    conn.close()


@pytest.mark.parametrize("steps", range(len(known_steps()) + 1))
def test_a_file_of_every_earlier_version_passes_and_opens(tmp_path: Path, steps: int) -> None:
    path = tmp_path / "old.sqlite3"
    _file_at(path, steps)
    conn = driver.raw_connect(path)
    assert differences(Database(conn, execute_plugins=False)) == []
    conn.close()
    open_db(path).conn.close()  # migrated to this version, and still the app's own


def test_the_current_schema_digest_is_what_the_migrations_make() -> None:
    """Opens compare a current file with this digest instead of running the migrations;
    after adding a step, print the new one with `python -m credithealth.store.schema_check`."""
    made = expected_schema(tuple(known_steps()))
    assert made is not None
    assert schema_digest(made) == CURRENT_SCHEMA_DIGEST


def test_a_current_file_is_checked_without_running_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    open_db(path).conn.close()
    from credithealth.store import schema_check

    def never(_steps: tuple[str, ...]) -> None:
        raise AssertionError("the migrations ran")

    monkeypatch.setattr(schema_check, "expected_schema", never)
    conn = driver.raw_connect(path)
    assert differences(Database(conn, execute_plugins=False)) == []
    conn.execute("CREATE VIEW v AS SELECT 1")
    monkeypatch.undo()  # anything else takes the slow path, which names it
    assert [m.render("en") for m in differences(Database(conn, execute_plugins=False))] == [
        'view "v"'
    ]
    conn.close()


def test_the_expected_schema_is_computed_once_per_version() -> None:
    steps = tuple(known_steps())
    assert expected_schema(steps) is expected_schema(steps)
    assert expected_schema(("m999_unknown",)) is None


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        (
            "CREATE TRIGGER t AFTER INSERT ON transactions BEGIN DELETE FROM bills; END",
            'trigger "t"',
        ),
        ("CREATE VIEW v AS SELECT 1", 'view "v"'),
        ("CREATE TABLE notes (x)", 'table "notes"'),
        ("DROP INDEX transactions_when", 'no index "transactions_when"'),
        ("CREATE INDEX [bad\nname] ON accounts(kind)", 'index "bad\\nname"'),
    ],
)
def test_anything_extra_or_missing_is_refused_by_name(tmp_path: Path, sql: str, words: str) -> None:
    path = tmp_path / "db.sqlite3"
    open_db(path).conn.close()
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_db(path)
    assert caught.value.msg.code == "store.foreign_schema"
    assert words in caught.value.msg.render("en")
    assert caught.value.msg.render("zh_CN")
    assert path.read_bytes() == before


def test_a_read_only_open_checks_too(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_db(path).conn.close()
    con = sqlite3.connect(path)
    con.execute("CREATE VIEW v AS SELECT 1")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as caught:
        open_db(path, read_only=True)
    assert caught.value.msg.code == "store.foreign_schema"


def test_steps_out_of_order_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_db(path).conn.close()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [known_steps()[0]])
    con.commit()
    con.close()
    conn = driver.raw_connect(path)
    found = differences(Database(conn, execute_plugins=False))
    conn.close()
    assert [m.code for m in found] == ["schema.steps"]
