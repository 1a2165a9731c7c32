"""The step names read at every open (store/steps.py) are the steps store/schema.py defines,
and which of them a file has is read the same way sqlite-utils' Migrations reads it."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from credithealth.store import schema, steps


def test_the_names_are_the_defined_steps_in_order() -> None:
    assert schema.defined_steps() == steps.STEPS
    assert steps.known_steps() == list(schema.defined_steps())


def test_applied_and_pending_agree_with_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "partial.sqlite3"
    full = sqlite_utils.Database(path)
    schema.migrations.apply(full, stop_before=steps.STEPS[2])
    full.conn.close()
    plain = sqlite_utils.Database(path)
    try:
        assert steps.applied_steps(plain) == [m.name for m in schema.migrations.applied(plain)]
        assert steps.applied_steps(plain) == list(steps.STEPS[:2])
        assert steps.pending_steps(plain) == [m.name for m in schema.migrations.pending(plain)]
        assert steps.unknown_steps(plain) == []
        plain["_sqlite_migrations"].insert(
            {"migration_set": "credithealth", "name": "m999_future", "applied_at": "2030-01-01"}
        )
        plain["_sqlite_migrations"].insert(
            {"migration_set": "another_app", "name": "m001_theirs", "applied_at": "2030-01-01"}
        )
        assert steps.unknown_steps(plain) == ["m999_future"]
    finally:
        plain.conn.close()


def test_an_empty_file_has_every_step_pending(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "empty.sqlite3")
    try:
        assert steps.applied_steps(db) == []
        assert steps.pending_steps(db) == list(steps.STEPS)
        assert not steps.has_bookkeeping(db)
    finally:
        db.conn.close()
