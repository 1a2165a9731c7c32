"""The child process of the crash test: does one large user action on a database, and may be
killed at any moment. ``python crash_worker.py SCENARIO DB_PATH WORK_DIR``.

Each scenario is (prepare, act): ``prepare`` writes its input files into
WORK_DIR once (in the parent); ``act`` is what the user does, as a generator
that reads and checks its input, yields once just before it starts writing,
then writes. The worker prints ``ready`` at that yield and ``done`` after the
commit, so the parent's kills land in the write itself.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.gen_alipay import write_alipay_gen3

from credithealth.importers import read_bill_file
from credithealth.store.atomic import write_transaction
from credithealth.store.db import open_db
from credithealth.store.imports import import_bill
from credithealth.store.json_backup import FORMAT, VERSION, load_backup, restore_records

RESTORE_TRANSACTIONS = 20_000
BATCH_TRANSACTIONS = 20_000
IMPORT_ROWS = 20_000
IMPORTED_AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def _transaction(i: int, source: str) -> dict[str, object]:
    return {
        "id": i + 1,
        "occurred_at": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}T12:{i % 60:02d}:00+08:00",
        "amount_fen": 100 + i % 5000,
        "direction": "out",
        "kind": "purchase",
        "category": "餐饮美食",
        "counterparty": "示例商户",
        "description": "示例商品",
        "source": source,
        "external_id": f"{source}-{i:08d}",
        "huabei": i % 3 == 0,
    }


def prepare_restore(work: Path) -> None:
    backup = {
        "format": FORMAT,
        "version": VERSION,
        "tables": {
            "accounts": [{"id": 1, "name": "花呗", "kind": "huabei"}],
            "transactions": [_transaction(i, "alipay") for i in range(RESTORE_TRANSACTIONS)],
        },
    }
    (work / "big.json").write_text(json.dumps(backup, ensure_ascii=False), encoding="utf-8")


def act_restore(db_path: Path, work: Path) -> Iterator[None]:
    recs = load_backup(work / "big.json")
    db = open_db(db_path)
    try:
        yield
        restore_records(db, recs, replace=True, file="big.json")
    finally:
        db.conn.close()


def prepare_batch(work: Path) -> None:
    rows = [_transaction(i, "wechat") for i in range(BATCH_TRANSACTIONS)]
    (work / "batch.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def act_batch(db_path: Path, work: Path) -> Iterator[None]:
    """Like an import: an ``imports`` row and its transactions, duplicates skipped, one transaction."""
    rows = json.loads((work / "batch.json").read_text(encoding="utf-8"))
    db = open_db(db_path)
    try:
        yield
        with write_transaction(db):
            imp = db.execute(
                "INSERT INTO imports (file_name, sha256, format, imported_at, rows_total) "
                "VALUES ('batch.json', 'x', 'test', '2026-01-01T00:00:00+08:00', ?)",
                [len(rows)],
            ).lastrowid
            cols = [k for k in rows[0] if k != "id"]
            db.conn.executemany(
                f"INSERT INTO transactions ({', '.join(cols)}, import_id) "
                f"VALUES ({', '.join('?' for _ in cols)}, ?) "
                "ON CONFLICT(source, external_id) DO NOTHING",
                [[r[c] for c in cols] + [imp] for r in rows],
            )
    finally:
        db.conn.close()


def prepare_import(work: Path) -> None:
    write_alipay_gen3(work / "alipay.csv", IMPORT_ROWS, seed=7)


def act_import(db_path: Path, work: Path) -> Iterator[None]:
    """``credit-health import``: the bill read first, then one transaction with its
    transactions, Huabei repayments (and the account), and the ``imports`` row."""
    parsed = read_bill_file(work / "alipay.csv")
    db = open_db(db_path)
    try:
        yield
        import_bill(db, parsed, now=IMPORTED_AT)
    finally:
        db.conn.close()


Act = Callable[[Path, Path], Iterator[None]]
SCENARIOS: dict[str, tuple[Callable[[Path], None], Act]] = {
    "restore": (prepare_restore, act_restore),
    "batch": (prepare_batch, act_batch),
    "import": (prepare_import, act_import),
}


if __name__ == "__main__":
    name, db_path, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    steps = SCENARIOS[name][1](db_path, work)
    next(steps)
    print("ready", flush=True)
    for _ in steps:
        pass
    print("done", flush=True)


def run(act: Act, db_path: Path, work: Path) -> None:
    """The action, done in this process without interruption."""
    for _ in act(db_path, work):
        pass
