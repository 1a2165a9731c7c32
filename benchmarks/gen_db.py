"""The 5-year benchmark database: 100,000 transactions, 60 bills, 300 repayments,
60 Sesame snapshots, plus the checklists, on a fixed end date. Deterministic."""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from credithealth.domain.months import add_months, month_start
from credithealth.store.db import open_db

END = date(2026, 11, 26)
YEARS = 5
TRANSACTIONS = 100_000
BJ = timezone(timedelta(hours=8))
CATEGORIES = [
    "餐饮美食",
    "交通出行",
    "日用百货",
    "服饰装扮",
    "充值缴费",
    "医疗健康",
    "休闲娱乐",
    "数码电器",
]


def _month(i: int) -> date:
    """The first day of the i-th month of the five years (0 = the oldest)."""
    return add_months(month_start(END), i - (YEARS * 12 - 1))


def make_bench_db(path: Path, seed: int = 5) -> Path:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_db(path)
    start = END - timedelta(days=YEARS * 365)
    span = (END - start).days * 86400
    with db.atomic():
        db.execute(
            "INSERT INTO accounts (id, name, kind, credit_limit_fen, status) VALUES (1, '花呗', 'huabei', 1000000, 'limited')"
        )
        db.execute(
            "INSERT INTO accounts (id, name, kind, credit_limit_fen, status) VALUES (2, '招商银行信用卡', 'credit_card', 3000000, 'active')"
        )
        rows = []
        for i in range(TRANSACTIONS):
            at = datetime.combine(start, datetime.min.time(), BJ) + timedelta(
                seconds=rng.randrange(span)
            )
            huabei = rng.random() < 0.4
            kind = rng.choices(
                ["purchase", "closed", "refund", "transfer", "income"], [90, 3, 2, 3, 2]
            )[0]
            rows.append(
                (
                    at.isoformat(timespec="seconds"),
                    rng.randint(100, 60_000),
                    "out" if kind in ("purchase", "closed", "transfer") else "neutral",
                    kind,
                    rng.choice(CATEGORIES),
                    f"示例商户{rng.randrange(400)}",
                    "商品",
                    "花呗" if huabei else "余额宝",
                    "交易成功",
                    "alipay",
                    f"{at:%Y%m%d}{i:012d}",
                    int(huabei),
                )
            )
        db.conn.executemany(
            """INSERT INTO transactions (occurred_at, amount_fen, direction, kind, category, counterparty,
               description, method, status, source, external_id, huabei) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows,
        )
        for m in range(60):
            first = _month(m)
            due = first.replace(day=10)
            amount = rng.randint(50_000, 400_000)
            cur = db.execute(
                "INSERT INTO bills (account_id, period, due_on, amount_due_fen, min_due_fen) VALUES (1, ?, ?, ?, ?)",
                [f"{first:%Y-%m}", due.isoformat(), amount, amount // 10],
            )
            bill_id = cur.lastrowid
            late = m in (17, 41)  # two late months in five years
            parts = [amount // 5] * 4 + [amount - 4 * (amount // 5)]
            for k, fen in enumerate(parts):
                paid = due + timedelta(days=(12 + k) if late else -(5 - k))
                if paid <= END:
                    db.execute(
                        "INSERT INTO repayments (account_id, bill_id, paid_on, amount_fen, principal_fen, method) VALUES (1, ?, ?, ?, ?, '余额宝')",
                        [bill_id, paid.isoformat(), fen, fen],
                    )
            db.execute(
                "INSERT INTO score_snapshots (taken_on, provider, score) VALUES (?, 'sesame', ?)",
                [first.replace(day=6).isoformat(), rng.randint(600, 720)],
            )
        for key in ("password_changed", "mfa_enabled", "devices_reviewed", "login_alerts"):
            db.execute(
                "INSERT INTO security_items (key, done, done_on) VALUES (?, 1, ?)",
                [key, (END - timedelta(days=20)).isoformat()],
            )
        for key in ("real_name", "phone", "address", "education", "occupation"):
            db.execute(
                "INSERT INTO profile_items (key, done, updated_on) VALUES (?, 1, '2024-01-01')",
                [key],
            )
        db.execute(
            "INSERT INTO credit_reports (taken_on, overdue_accounts, overdue_months_24m, hard_inquiries_6m, open_loans, open_cards, proofs) VALUES (?, 0, 1, 2, 1, 1, 'salary_flow')",
            [(END - timedelta(days=40)).isoformat()],
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench.sqlite3")
    make_bench_db(out)
    print(out)
