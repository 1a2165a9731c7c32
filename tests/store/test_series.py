from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from credithealth.store.series import (
    backfill,
    backfill_dates,
    history,
    missing_month_ends,
    month_end,
    monthly_repayments,
    monthly_spending,
    months_between,
    sesame_series,
)
from tests.store.conftest import DEMO_DAY


def test_month_helpers() -> None:
    assert month_end("2026-02") == date(2026, 2, 28)
    assert month_end("2026-12") == date(2026, 12, 31)
    assert months_between(date(2025, 11, 5), date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_backfill_assesses_every_month_end_once(demo_db: Database) -> None:
    dates = backfill_dates(demo_db, DEMO_DAY)
    assert dates[-1] == DEMO_DAY and len(dates) == 18
    seen: list[int] = []
    assert backfill(demo_db, DEMO_DAY, progress=lambda done, total: seen.append(done) is None) == 18
    assert seen == list(range(1, 19))
    h = history(demo_db)
    assert [p.on for p in h] == dates
    # the overdue month shows as blocked in the history
    assert "blocked" in {p.verdict for p in h}
    backfill(demo_db, DEMO_DAY)
    assert len(history(demo_db)) == 18  # upserts, no duplicates


def test_missing_month_ends_are_the_months_without_an_assessment(demo_db: Database) -> None:
    ends = backfill_dates(demo_db, DEMO_DAY)[:-1]
    assert missing_month_ends(demo_db, DEMO_DAY) == ends  # nothing recorded yet
    # a day recorded inside a month fills that month; today's own record does not count
    backfill(demo_db, DEMO_DAY, dates=[date(2026, 3, 14), DEMO_DAY])
    assert [p.on for p in history(demo_db)] == [date(2026, 3, 14), DEMO_DAY]
    missing = missing_month_ends(demo_db, DEMO_DAY)
    assert date(2026, 3, 31) not in missing and len(missing) == len(ends) - 1
    assert backfill(demo_db, DEMO_DAY, dates=missing) == len(missing)
    assert missing_month_ends(demo_db, DEMO_DAY) == []


def test_backfill_can_stop(demo_db: Database) -> None:
    assert backfill(demo_db, DEMO_DAY, progress=lambda done, total: done < 3) == 3
    assert len(history(demo_db)) == 3


def test_repayment_months_show_the_late_one_and_the_past_due_balance(demo_db: Database) -> None:
    months = monthly_repayments(demo_db, DEMO_DAY)
    assert sum(m.late for m in months) == 1
    late_month = next(m for m in months if m.late)
    assert late_month.late_fen > 0
    overdue = [m for m in months if m.past_due_fen > 0]
    assert len(overdue) == 1  # the month the Huabei bill stayed unpaid at month end
    assert months[-1].past_due_fen == 0


def test_spending_and_sesame(demo_db: Database) -> None:
    s = monthly_spending(demo_db, DEMO_DAY)
    assert len(s) == 18
    assert all(m.huabei_fen <= m.spent_fen for m in s)
    assert s[-1].huabei_fen == 0  # Huabei is suspended now
    sesame = sesame_series(demo_db)
    assert len(sesame) == 18 and all(350 <= v <= 950 for _, v in sesame)
