#!/usr/bin/env python3
"""A deterministic 5-year benchmark database: 100,000 transactions, 60 bills, 300 repayments,
60 Sesame snapshots, plus the handful of checklist, profile, report and application rows a
real user has. Rows go in with ``executemany`` in one transaction (seconds, not minutes).

    python benchmarks/gen_db.py OUT.sqlite3      # or: from benchmarks.gen_db import make_bench_db
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

from credithealth.store.db import open_db  # noqa: E402

END = date(2026, 11, 26)  # the last day of the data (the benchmark reports on it)
MONTHS = 60
TRANSACTIONS = 100_000
BEIJING = timezone(timedelta(hours=8))
CATEGORIES = (
    "餐饮美食",
    "交通出行",
    "日用百货",
    "服饰装扮",
    "充值缴费",
    "医疗健康",
    "休闲娱乐",
    "数码电器",
)


def _month_start(d: date, back: int) -> date:
    idx = d.year * 12 + d.month - 1 - back
    return date(idx // 12, idx % 12 + 1, 1)


def make_bench_db(path: Path | str, end: date = END, seed: int = 20261126) -> Path:
    """Write the benchmark database to ``path`` (which must not exist) and return it."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    db = open_db(path)
    start = _month_start(end, MONTHS - 1)
    days = (end - start).days + 1
    with db.atomic():
        db.execute(
            "INSERT INTO accounts (id, name, kind, credit_limit_fen, status, notes) VALUES "
            "(1, '花呗', 'huabei', 1000000, 'active', ''), "
            "(2, '招商银行信用卡', 'credit_card', 3000000, 'active', '尾号 4321')"
        )
        bills, repayments = [], []
        for back in range(MONTHS - 1, -1, -1):
            m0 = _month_start(end, back)
            due = m0.replace(day=10)
            amount = rng.randint(80_000, 400_000)
            bill_id = len(bills) + 1
            bills.append(
                (bill_id, 1, f"{m0.year:04d}-{m0.month:02d}", due.isoformat(), amount, amount // 10)
            )
            late = back in (40, 22)  # two late bills in five years
            part = amount // 5
            for k in range(5):
                paid = due + timedelta(days=5 + k) if late else due - timedelta(days=5 - k)
                fen = part if k < 4 else amount - 4 * part
                repayments.append((1, bill_id, paid.isoformat(), fen, fen, "余额宝", "manual"))
        db.conn.executemany(
            "INSERT INTO bills (id, account_id, period, due_on, amount_due_fen, min_due_fen) VALUES (?, ?, ?, ?, ?, ?)",
            bills,
        )
        db.conn.executemany(
            "INSERT INTO repayments (account_id, bill_id, paid_on, amount_fen, principal_fen, method, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            repayments,
        )
        rows = []
        for i in range(TRANSACTIONS):
            d = start + timedelta(days=i * days // TRANSACTIONS)
            at = datetime(
                d.year,
                d.month,
                d.day,
                rng.randint(7, 22),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=BEIJING,
            )
            r = rng.random()
            kind, direction = (
                ("purchase", "out")
                if r < 0.9
                else ("transfer", "out")
                if r < 0.95
                else ("income", "in")
            )
            fen = rng.randint(300, 30_000) if kind == "purchase" else rng.randint(5_000, 500_000)
            rows.append(
                (
                    at.isoformat(timespec="seconds"),
                    fen,
                    direction,
                    kind,
                    rng.choice(CATEGORIES) if kind == "purchase" else "",
                    f"商户{rng.randrange(500):03d}",
                    "消费",
                    "花呗" if kind == "purchase" and rng.random() < 0.4 else "余额宝",
                    "交易成功",
                    "alipay" if rng.random() < 0.7 else "wechat",
                    f"bench{i:08d}",
                    1 if kind == "purchase" and rng.random() < 0.4 else 0,
                )
            )
        db.conn.executemany(
            """INSERT INTO transactions (occurred_at, amount_fen, direction, kind, category, counterparty,
                   description, method, status, source, external_id, huabei)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        score = 640
        snaps = []
        for back in range(MONTHS - 1, -1, -1):
            score = max(600, min(720, score + rng.randint(-6, 8)))
            snaps.append((_month_start(end, back).replace(day=6).isoformat(), score))
        db.conn.executemany("INSERT INTO score_snapshots (taken_on, score) VALUES (?, ?)", snaps)
        db.conn.executemany(
            "INSERT INTO credit_reports (taken_on, hard_inquiries_6m, open_loans, open_cards, proofs) VALUES (?, ?, ?, ?, ?)",
            [
                ((end - timedelta(days=365 * y + 20)).isoformat(), 1, 1, 1, "salary_flow")
                for y in range(5)
            ],
        )
        db.conn.executemany(
            "INSERT INTO security_items (key, done, done_on, renew_days) VALUES (?, 1, ?, ?)",
            [
                ("password_changed", (end - timedelta(days=20)).isoformat(), 90),
                ("mfa_enabled", start.isoformat(), None),
                ("devices_reviewed", start.isoformat(), None),
                ("no_public_wifi", start.isoformat(), None),
                ("login_alerts", start.isoformat(), None),
            ],
        )
        db.conn.executemany(
            "INSERT INTO profile_items (key, done, updated_on) VALUES (?, 1, ?)",
            [
                (k, start.isoformat())
                for k in (
                    "real_name",
                    "phone",
                    "address",
                    "education",
                    "occupation",
                    "housing_fund",
                    "social_insurance",
                )
            ],
        )
        db.conn.executemany(
            "INSERT INTO applications (submitted_on, channel, status, decided_on, predicted_verdict) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    (end - timedelta(days=400)).isoformat(),
                    "app",
                    "refused",
                    (end - timedelta(days=398)).isoformat(),
                    "not_yet",
                ),
                (
                    (end - timedelta(days=200)).isoformat(),
                    "app",
                    "approved",
                    (end - timedelta(days=199)).isoformat(),
                    "likely",
                ),
            ],
        )
        db.execute(
            "INSERT INTO checkups (taken_on, reasons, notes) VALUES (?, 'overdue', '')",
            [(end - timedelta(days=420)).isoformat()],
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(make_bench_db(sys.argv[1]))
