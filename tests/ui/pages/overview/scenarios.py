"""Databases for the overview: the clean record of ``tests/domain/factories.clean`` written
as records, and the same with an unpaid bill past due (blocked)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    Account,
    Bill,
    CreditReport,
    ProfileItem,
    Repayment,
    ScoreSnapshot,
    SecurityItem,
    Transaction,
)
from credithealth.store import repo
from credithealth.store.db import open_db
from tests.domain.factories import TODAY

if TYPE_CHECKING:
    from credithealth.ui.common.session import Session

BEIJING = timezone(timedelta(hours=8))
CATEGORIES = ("餐饮美食", "交通出行", "日用百货", "服饰装扮", "充值缴费", "医疗健康")
# the overdue bill of the blocked database: a card bill due 60 days before TODAY, unpaid
OVERDUE_DUE = TODAY - timedelta(days=60)
OVERDUE_FEN = 230_000


def month_start(d: date, back: int) -> date:
    idx = d.year * 12 + d.month - 1 - back
    return date(idx // 12, idx % 12 + 1, 1)


def write_clean(db: Database, today: date = TODAY) -> None:
    """Bills paid a day early for a year, every security and profile item done, steady
    everyday spending for seven months, a good Sesame score and a clean credit report."""
    huabei = repo.insert(db, Account("花呗", "huabei", credit_limit_fen=800_000))
    assert huabei.id is not None
    for back in range(12, 0, -1):
        first = month_start(today, back)
        due = first.replace(day=10)
        bill = repo.insert(db, Bill(huabei.id, f"{first:%Y-%m}", due, 100_000))
        repo.insert(db, Repayment(huabei.id, due - timedelta(days=1), 100_000, bill_id=bill.id))
    for key in SECURITY_ITEM_KEYS:
        renew = 90 if key == "password_changed" else None
        repo.insert(db, SecurityItem(key, True, today - timedelta(days=10), renew))
    for key in PROFILE_ITEM_KEYS:
        repo.insert(db, ProfileItem(key, True, date(2025, 1, 1)))
    n = 0
    for back in range(7, 0, -1):
        first = month_start(today, back)
        for i in range(30):
            n += 1
            at = datetime.combine(first + timedelta(days=i % 27), time(12, i), BEIJING)
            repo.insert(
                db,
                Transaction(
                    at,
                    8_000 + (i % 5) * 500,
                    "out",
                    "purchase",
                    CATEGORIES[i % len(CATEGORIES)],
                    "示例商户",
                    source="alipay",
                    external_id=f"T{n:06d}",
                    huabei=i % 5 == 0,
                ),
            )
    repo.insert(db, ScoreSnapshot(today - timedelta(days=20), 720))
    repo.insert(db, CreditReport(today - timedelta(days=30), proofs="salary_flow"))


def write_blocked(db: Database, today: date = TODAY) -> Bill:
    """The clean record plus a credit-card bill past due and unpaid; returns that bill."""
    write_clean(db, today)
    card = repo.insert(db, Account("招商银行信用卡", "credit_card", credit_limit_fen=2_000_000))
    assert card.id is not None
    return repo.insert(db, Bill(card.id, f"{OVERDUE_DUE:%Y-%m}", OVERDUE_DUE, OVERDUE_FEN))


def make_db(path: Path, kind: str) -> Path:
    """``kind``: "likely" or "blocked"; a closed, checkpointed file at ``path``."""
    db = open_db(path)
    (write_clean if kind == "likely" else write_blocked)(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


def open_session(tmp_path: Path, kind: str, demo_file: Path | None = None) -> Session:
    """A session on TODAY over a fresh database: "demo" (a copy of ``demo_file``),
    "likely" or "blocked"."""
    from credithealth.ui.common.session import Session

    path = tmp_path / f"{kind}.sqlite3"
    if kind == "demo":
        assert demo_file is not None
        path.write_bytes(demo_file.read_bytes())
    else:
        make_db(path, kind)
    s = Session(path, today=lambda: TODAY)
    s.refresh_now()
    return s
