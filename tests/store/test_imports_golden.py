"""Import results pinned: every bill file in tests/data/importers, read and saved into a
fresh database, must leave exactly the rows it left when the golden file was written.

This guards the import's speed work: same rows, same classification (kind, huabei,
parent order numbers), same duplicate keys, same repayments, accounts and derived
bills, same cash-out-like rows, same row errors (code and values) and same refusals.

The golden file, ``tests/data/importers/import_golden.json``, is written by the code of
the day it was made, never by the test run that reads it:
``python -m tests.store.test_imports_golden --regen`` (from the repository root) rewrites
it; do that only for an intended change of import behaviour, and say so in the commit.

Nothing is left out as volatile: the import time is fixed (``now=NOW``), ids are those a
fresh database hands out in insertion order (so a change of insertion order shows), and
the sha256 is of the committed file. The sqlite-utils migration bookkeeping is not
compared: the import never writes it, and it holds the time the schema was applied.
Row checks compare against the real today (``limits``: no date past ten years ahead),
which no sample row comes near.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from benchmarks.gen_alipay import alipay_gen3_text
from sqlite_utils import Database

from credithealth.domain.messages import Msg
from credithealth.domain.rules import default_rules
from credithealth.importers import BillFileError, ParsedFile, read_bill_bytes, read_bill_file
from credithealth.store.cashouts import cashout_rows
from credithealth.store.db import memory_db
from credithealth.store.imports import import_bill, preview_import

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "data" / "importers"
GOLDEN = SAMPLES / "import_golden.json"
PASSWORD = "123456"
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=8)))
# the benchmark's generated Alipay export, cut to a size a test can afford that still
# spans a whole statement month and its due day (so a Huabei bill is derived)
GENERATED_ROWS = 12_000
SKIPPED_TABLES = frozenset({"_sqlite_migrations"})


def bill_files() -> list[str]:
    """Every bill file in the samples folder (the generator script is not one)."""
    return sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".csv", ".xlsx", ".zip"))


def _plain(value: Any) -> Any:
    """JSON-ready, keeping types apart that JSON would merge (a date is not its text)."""
    if isinstance(value, Msg):
        return {"msg": value.code, "params": {k: _plain(v) for k, v in value.params.items()}}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def tables(db: Database) -> dict[str, list[list[Any]]]:
    """Every table's rows (column names first), by id or by every column."""
    out: dict[str, list[list[Any]]] = {}
    for name in sorted(db.table_names()):
        if name in SKIPPED_TABLES:
            continue
        cur = db.execute(f"SELECT * FROM [{name}]")
        cols = [d[0] for d in cur.description]
        rows = sorted((list(r) for r in cur.fetchall()), key=repr)
        if "id" in cols:
            rows.sort(key=lambda r: r[cols.index("id")])
        out[name] = [cols, *rows]
    return out


def _cashouts(db: Database) -> list[Any]:
    return _plain(list(cashout_rows(db, "2000-01-01", "2100-01-01", default_rules().cashout)))


def _parsed(parsed: ParsedFile) -> dict[str, Any]:
    return {
        "format": parsed.format,
        "sha256": parsed.sha256,
        "rows_total": parsed.rows_total,
        "rows": len(parsed.rows),
        "period": _plain([parsed.period_start, parsed.period_end]),
        "errors": _plain(parsed.errors),
        "notes": [[r.line, r.note] for r in parsed.rows if r.note],
    }


def _import(db: Database, parsed: ParsedFile) -> dict[str, Any]:
    preview = preview_import(db, parsed)
    return {"preview": _plain(preview), "result": _plain(import_bill(db, parsed, now=NOW))}


def one_file(parsed: ParsedFile) -> dict[str, Any]:
    """Read, saved into a fresh database, then saved again (all duplicates)."""
    db = memory_db()
    try:
        first = _import(db, parsed)
        state = tables(db)
        out = {
            "parsed": _parsed(parsed),
            "import": first,
            "tables": state,
            "cashouts": _cashouts(db),
            "again": _import(db, parsed),
        }
        out["again_changed"] = {
            t: rows for t, rows in tables(db).items() if t != "imports" and rows != state[t]
        }
        return out
    finally:
        db.conn.close()


def sample_result(name: str) -> dict[str, Any]:
    try:
        parsed = read_bill_file(SAMPLES / name, PASSWORD)
    except BillFileError as exc:
        return {"refused": _plain(exc.msg)}
    return one_file(parsed)


def all_in_one_db() -> dict[str, Any]:
    """Every readable file into one database, in name order: overlaps, refunds paired
    across exports, repayments meeting bills of other files."""
    db = memory_db()
    try:
        results = {}
        for name in bill_files():
            try:
                parsed = read_bill_file(SAMPLES / name, PASSWORD)
            except BillFileError:
                continue
            results[name] = _import(db, parsed)
        return {"imports": results, "tables": tables(db), "cashouts": _cashouts(db)}
    finally:
        db.conn.close()


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def generated_result() -> dict[str, Any]:
    """The benchmark's file, too big to keep whole: counts and digests of each part."""
    data = alipay_gen3_text(GENERATED_ROWS).encode("gbk")
    got = one_file(read_bill_bytes(data, "alipay_generated.csv"))
    return {
        "parsed": got["parsed"] | {"errors": _digest(got["parsed"]["errors"])},
        "import": got["import"],
        "again": got["again"],
        "again_changed": got["again_changed"],
        "tables": {t: [len(rows) - 1, _digest(rows)] for t, rows in got["tables"].items()},
        "cashouts": [len(got["cashouts"]), _digest(got["cashouts"])],
    }


def everything() -> dict[str, Any]:
    return {
        "files": {name: sample_result(name) for name in bill_files()},
        "all_in_one_db": all_in_one_db(),
        "generated": generated_result(),
    }


def _golden() -> dict[str, Any]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_golden_file_covers_every_bill_file() -> None:
    assert sorted(_golden()["files"]) == bill_files()


@pytest.mark.parametrize("name", bill_files())
def test_each_file_imports_as_it_did(name: str) -> None:
    # through JSON, so tuples and lists compare as the golden file holds them
    assert json.loads(json.dumps(sample_result(name))) == _golden()["files"][name]


def test_all_files_into_one_database_as_they_did() -> None:
    assert json.loads(json.dumps(all_in_one_db())) == _golden()["all_in_one_db"]


def test_the_benchmark_file_imports_as_it_did() -> None:
    assert json.loads(json.dumps(generated_result())) == _golden()["generated"]


if __name__ == "__main__":
    if sys.argv[1:] != ["--regen"]:
        raise SystemExit("usage: python -m tests.store.test_imports_golden --regen")
    GOLDEN.write_text(
        json.dumps(everything(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
