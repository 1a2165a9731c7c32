"""Users' databases from the first release open with today's code and keep every record."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

from credithealth.store.db import memory_db, open_db
from credithealth.store.driver import raw_connect
from credithealth.store.file_backups import list_backups
from credithealth.store.json_backup import dump, parse_backup, restore_records
from credithealth.store.schema import applied_steps, known_steps


def table_columns(conn: Any) -> dict[str, list[str]]:
    return {
        t: [c[1] for c in conn.execute(f"PRAGMA table_info([{t}])")]
        for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }


def columns_dump(conn: Any, tables: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of every table (or of ``tables``' columns only) as JSON-able lists."""
    return {
        t: [
            list(r)
            for r in conn.execute(
                f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{t}] ORDER BY rowid"
            )
        ]
        for t, cols in sorted((tables or table_columns(conn)).items())
    }


def test_v1_file_holds_a_record_in_every_table(data_dir: Path) -> None:
    conn = raw_connect(data_dir / "schema_v1.sqlite3")
    for t in table_columns(conn):
        assert conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] >= 1, t
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == ["m001_initial"]
    conn.close()


def test_v1_migrates_to_the_latest_keeping_every_record(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(data_dir / "schema_v1.sqlite3", path)
    conn = raw_connect(path)
    v1_columns = table_columns(conn)
    before = json.dumps(columns_dump(conn), ensure_ascii=False, sort_keys=True)
    conn.close()

    db = open_db(path)
    assert applied_steps(db) == known_steps()
    # v1's columns of v1's tables hold exactly what they held (later steps may add more)
    after = columns_dump(db.conn, v1_columns)
    after["_sqlite_migrations"] = after["_sqlite_migrations"][:1]
    assert json.dumps(after, ensure_ascii=False, sort_keys=True) == before
    # and today's record layer reads all of it: a JSON backup round-trips
    records = dump(db)
    db.conn.close()
    fresh = memory_db()
    restore_records(
        fresh, parse_backup(json.dumps(records), "v1.json"), replace=False, file="v1.json"
    )
    assert dump(fresh) == records
    # a file with pending steps is backed up before they run
    if len(known_steps()) > 1:
        assert [b.kind for b in list_backups(path)] == ["premigrate"]


def test_the_committed_file_is_what_the_script_makes(data_dir: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_v1", data_dir / "make_schema_v1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.make(tmp_path / "made.sqlite3")
    a, b = raw_connect(made), raw_connect(data_dir / "schema_v1.sqlite3")
    assert columns_dump(a) == columns_dump(b)
    a.close()
    b.close()
