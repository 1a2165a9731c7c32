"""A deterministic five-year benchmark database: 100,000 transactions, 60 bills,
300 repayments, 60 score snapshots. ``make_bench_db(path)`` inserts with executemany
in one transaction, so it builds in a few seconds.
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from credithealth.store.db import open_db

BEIJING = timezone(timedelta(hours=8))
START = date(2021, 1, 1)
MONTHS = 60
TRANSACTIONS = 100_000
REPAYMENTS = 300
CATEGORIES = ("餐饮美食", "交通出行", "日用百货", "服饰装扮", "充值缴费", "休闲娱乐")


def _month(i: int) -> tuple[int, int]:
    idx = START.year * 12 + START.month - 1 + i
    return idx // 12, idx % 12 + 1


def make_bench_db(path: Path | str, seed: int = 20210101) -> Path:
    """Build the benchmark database at ``path`` (which must not exist yet)."""
    path = Path(path)
    rng = random.Random(seed)
    db = open_db(path)
    try:
        with db.atomic():
            db.execute(
                "INSERT INTO accounts (id, name, kind, credit_limit_fen, status) "
                "VALUES (1, '花呗', 'huabei', 1000000, 'suspended')"
            )
            bills = []
            for i in range(MONTHS):
                y, m = _month(i)
                bills.append((i + 1, 1, f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-10", 150_000, 15_000))
            db.conn.executemany(
                "INSERT INTO bills (id, account_id, period, due_on, amount_due_fen, min_due_fen) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                bills,
            )
            db.conn.executemany(
                "INSERT INTO repayments (account_id, bill_id, paid_on, amount_fen, method) "
                "VALUES (1, ?, ?, ?, '余额')",
                [
                    (i % MONTHS + 1, bills[i % MONTHS][3], 30_000 + rng.randrange(1000))
                    for i in range(REPAYMENTS)
                ],
            )
            db.conn.executemany(
                "INSERT INTO score_snapshots (taken_on, score) VALUES (?, ?)",
                [
                    (f"{y:04d}-{m:02d}-01", 600 + rng.randrange(100))
                    for y, m in (_month(i) for i in range(MONTHS))
                ],
            )
            span = (MONTHS * 30) * 86400
            t0 = datetime(START.year, START.month, START.day, tzinfo=BEIJING)
            db.conn.executemany(
                "INSERT INTO transactions (occurred_at, amount_fen, direction, kind, category, "
                "counterparty, description, source, external_id, huabei) "
                "VALUES (?, ?, 'out', 'purchase', ?, '示例商户', '示例商品', 'alipay', ?, ?)",
                (
                    (
                        (t0 + timedelta(seconds=rng.randrange(span))).isoformat(),
                        rng.randrange(100, 50_000),
                        rng.choice(CATEGORIES),
                        f"bench{i:08d}",
                        rng.random() < 0.4,
                    )
                    for i in range(TRANSACTIONS)
                ),
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    return path


if __name__ == "__main__":
    print(make_bench_db(sys.argv[1] if len(sys.argv) > 1 else "bench.sqlite3"))
