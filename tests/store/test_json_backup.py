from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from credithealth.store.db import memory_db, open_db
from credithealth.store.errors import StoreError
from credithealth.store.json_backup import dump, restore_file, write_backup


def test_backup_restore_backup_is_identical(demo_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "one.json"
    write_backup(demo_db, first)
    fresh = open_db(tmp_path / "fresh.sqlite3")
    restore_file(fresh, first)
    second = tmp_path / "two.json"
    write_backup(fresh, second)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert json.loads(first.read_text(encoding="utf-8"))["format"] == "credit-health-backup"


def test_restore_refuses_a_non_empty_database_unless_replace(
    demo_db: Database, tmp_path: Path
) -> None:
    f = tmp_path / "b.json"
    write_backup(demo_db, f)
    with pytest.raises(StoreError) as err:
        restore_file(demo_db, f)
    assert err.value.msg.code == "store.not_empty"
    before = dump(demo_db)
    restore_file(demo_db, f, replace=True)
    assert dump(demo_db) == before


def test_records_with_only_some_fields_take_defaults(tmp_path: Path) -> None:
    f = tmp_path / "min.json"
    f.write_text(
        json.dumps(
            {
                "format": "credit-health-backup",
                "version": 1,
                "tables": {
                    "accounts": [{"id": 1, "name": "花呗", "kind": "huabei"}],
                    "bills": [
                        {
                            "account_id": 1,
                            "period": "2026-06",
                            "due_on": "2026-06-10",
                            "amount_due_fen": 5,
                        }
                    ],
                },
            }
        ),
        encoding="utf-8",
    )
    db = memory_db()
    assert restore_file(db, f) == 2
    assert db.execute("SELECT status FROM accounts").fetchone()[0] == "active"


BAD = [
    ("not json {", "backup.not_json"),
    ('{"format": "something-else", "version": 1, "tables": {}}', "backup.not_backup"),
    ('{"format": "credit-health-backup", "version": 99, "tables": {}}', "backup.wrong_version"),
    (
        '{"format": "credit-health-backup", "version": 1, "tables": {"nope": []}}',
        "backup.unknown_table",
    ),
    ('{"format": "credit-health-backup", "version": 1, "tables": []}', "backup.bad_tables"),
    (
        '{"format": "credit-health-backup", "version": 1, "tables": {"accounts": [{"name": "x"}]}}',
        "backup.bad_record",
    ),
    (
        '{"format": "credit-health-backup", "version": 1, "tables": {"accounts": [{"name": "x", "kind": "huabei", "credit_limit_fen": 1.5}]}}',
        "backup.bad_record",
    ),
    (
        '{"format": "credit-health-backup", "version": 1, "tables": {"bills": [{"account_id": 42, "period": "2026-01", "due_on": "2026-01-10", "amount_due_fen": 1}]}}',
        "backup.rejected",
    ),
]


@pytest.mark.parametrize(("text", "code"), BAD)
def test_malformed_or_wrong_version_fails_clearly_and_changes_nothing(
    demo_db: Database, tmp_path: Path, text: str, code: str
) -> None:
    f = tmp_path / "bad.json"
    f.write_text(text, encoding="utf-8")
    before = dump(demo_db)
    with pytest.raises(StoreError) as err:
        restore_file(demo_db, f, replace=True)
    assert err.value.msg.code == code
    assert "bad.json" in err.value.msg.render("en")
    assert dump(demo_db) == before


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_reader(tmp_path: Path, blob: bytes) -> None:
    f = tmp_path / "fuzz.json"
    f.write_bytes(blob)
    db = memory_db()
    with pytest.raises(StoreError):
        restore_file(db, f)
    assert dump(db)["tables"]["accounts"] == []
