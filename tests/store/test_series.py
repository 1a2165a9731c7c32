from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from credithealth.domain.history import assess_each
from credithealth.domain.records import Account, Bill, Repayment
from credithealth.domain.rules import default_rules
from credithealth.store import repo
from credithealth.store.db import memory_db
from credithealth.store.facts import bill_facts, load_facts
from credithealth.store.series import (
    backfill_dates,
    history,
    missing_month_ends,
    monthly_repayments,
    monthly_spending,
    past_due_on_days,
    record_assessment,
    sesame_series,
)
from tests.store.conftest import DEMO_DAY


def backfill(
    db: Database,
    as_of: date,
    progress: Callable[[int, int], bool] | None = None,
    dates: list[date] | None = None,
) -> int:
    """The app's back-fill: every month end and ``as_of`` (or ``dates``), each result kept."""
    rules = default_rules()
    days = backfill_dates(db, as_of) if dates is None else dates
    return assess_each(
        days,
        lambda d: load_facts(db, d, rules),
        lambda a: record_assessment(db, a),
        rules,
        progress,
    )


START = date(2026, 1, 1)


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


def test_spending_per_month_is_each_months_purchases(demo_db: Database) -> None:
    """Each month's count and sums are those of the purchases dated in it (read one by
    one here), less the refunds that came back in it."""
    from credithealth.store.facts import refunds_by_month

    bought: dict[str, list[int]] = {}
    for at, fen, huabei in demo_db.execute(
        "SELECT occurred_at, amount_fen, huabei FROM transactions WHERE kind = 'purchase'"
    ).fetchall():
        m = bought.setdefault(at[:7], [0, 0, 0])
        m[0] += 1
        m[1] += fen
        m[2] += fen if huabei else 0
    back = refunds_by_month(demo_db)
    got = monthly_spending(demo_db, DEMO_DAY)
    assert sum(m.purchases for m in got) == sum(v[0] for v in bought.values()) > 0
    for m in got:
        n, fen, huabei = bought.get(m.month, [0, 0, 0])
        r, r_huabei = back.get(m.month, (0, 0))
        assert (m.purchases, m.spent_fen, m.huabei_fen) == (
            n,
            max(0, fen - r),
            max(0, huabei - r_huabei),
        ), m.month


def reference_past_due(db: Database, day: date) -> int:
    """The definition: what the facts as of ``day`` say is past due."""
    return sum(b.unpaid_fen() for b in bill_facts(db, day) if b.past_due_on(day))


def test_past_due_balance_matches_the_facts_on_each_day(demo_db: Database) -> None:
    days = [DEMO_DAY - timedelta(days=n) for n in range(0, 540, 7)]
    got = past_due_on_days(demo_db, days)
    assert got == {d: reference_past_due(demo_db, d) for d in days}
    assert any(got.values())  # the demo's overdue months are in there


@settings(max_examples=60, deadline=None)
@given(
    bills=st.lists(
        st.tuples(
            st.integers(0, 120),  # due, days after START
            st.integers(0, 50_000),  # amount
            st.sampled_from([None, 0, 1_000, 10_000]),  # minimum
            st.lists(st.tuples(st.integers(-20, 150), st.integers(1, 30_000)), max_size=4),
        ),
        max_size=5,
    )
)
def test_past_due_balance_property(bills: list) -> None:  # type: ignore[type-arg]
    db = memory_db()
    acc = repo.insert(db, Account("花呗", "huabei"))
    for i, (due, amount, minimum, pays) in enumerate(bills):
        b = repo.insert(
            db, Bill(acc.id, f"2026-{i + 1:02d}", START + timedelta(days=due), amount, minimum)
        )
        for day, fen in pays:
            repo.insert(db, Repayment(acc.id, START + timedelta(days=day), fen, bill_id=b.id))
    days = [START + timedelta(days=n) for n in range(-1, 160, 3)]
    assert past_due_on_days(db, days) == {d: reference_past_due(db, d) for d in days}
    db.conn.close()


def test_a_record_of_year_1_does_not_send_the_charts_back_to_it(db) -> None:  # type: ignore[no-untyped-def]
    # a database from before dates were checked (a bill file could carry year 1 then)
    from credithealth.domain.limits import FIRST_DAY
    from credithealth.store.series import backfill_dates, first_record_date

    db.execute(
        "INSERT INTO transactions (occurred_at, amount_fen, direction, kind) "
        "VALUES ('0001-01-01T00:00:00+08:00', 100, 'out', 'purchase')"
    )
    assert first_record_date(db) == FIRST_DAY
    dates = backfill_dates(db, date(2026, 12, 6))
    assert dates[0].year == 2000 and dates[-1] == date(2026, 12, 6)
