from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.records import Account, Bill, Repayment
from credithealth.store import repo
from credithealth.store.accounts import account_contents, accounts
from credithealth.store.bills import (
    AccountBalance,
    OverdueSummary,
    account_balances,
    bill_statuses,
    next_due_bill,
    oldest_unpaid_bill,
    overdue_summary,
)
from credithealth.store.db import memory_db
from credithealth.store.facts import bill_facts, load_facts
from credithealth.store.repayments import repayments_of

TODAY = date(2026, 11, 26)


def _two_accounts(db: Database) -> tuple[int, int]:
    a = repo.insert(db, Account("花呗", "huabei", 800_000))
    c = repo.insert(db, Account("信用卡", "credit_card"))
    assert a.id and c.id
    return a.id, c.id


def test_statuses_list_upcoming_bills_too(db: Database) -> None:
    a, c = _two_accounts(db)
    old = repo.insert(db, Bill(a, "2026-10", date(2026, 10, 10), 100_000, 10_000))
    repo.insert(db, Bill(a, "2026-12", date(2026, 12, 10), 50_000))
    repo.insert(db, Bill(c, "2026-11", date(2026, 11, 15), 20_000))
    repo.insert(db, Repayment(a, date(2026, 10, 9), 100_000, old.id))
    statuses = bill_statuses(db, TODAY)
    assert [s.bill.period for s in statuses] == ["2026-10", "2026-11", "2026-12"]
    assert statuses[0].bill == old and statuses[0].fact.cleared_on == date(2026, 10, 9)
    assert statuses[2].fact.paid_fen == 0 and not statuses[2].fact.past_due_on(TODAY)
    assert statuses[2].bill.min_due_fen is None  # the record as stored, not the fact's default
    assert [s.bill.period for s in bill_statuses(db, TODAY, c)] == ["2026-11"]
    # the scoring still sees only bills already due
    assert len(bill_facts(db, TODAY)) == 2


def test_oldest_unpaid_bill(db: Database) -> None:
    a, c = _two_accounts(db)
    assert oldest_unpaid_bill(db, a, TODAY) is None
    b1 = repo.insert(db, Bill(a, "2026-09", date(2026, 9, 10), 30_000))
    b2 = repo.insert(db, Bill(a, "2026-10", date(2026, 10, 10), 40_000))
    repo.insert(db, Bill(a, "2026-12", date(2026, 12, 10), 50_000))
    found = oldest_unpaid_bill(db, a, TODAY)
    assert found is not None and found.bill == b1
    repo.insert(db, Repayment(a, date(2026, 9, 10), 20_000, b1.id))  # partly: still unpaid
    found = oldest_unpaid_bill(db, a, TODAY)
    assert found is not None and found.bill == b1
    repo.insert(db, Repayment(a, date(2026, 9, 12), 10_000, b1.id))
    found = oldest_unpaid_bill(db, a, TODAY)
    assert found is not None and found.bill == b2
    assert oldest_unpaid_bill(db, c, TODAY) is None


def test_overdue_summary_and_balances(db: Database) -> None:
    a, c = _two_accounts(db)
    assert overdue_summary(db, TODAY) == OverdueSummary()
    late = repo.insert(db, Bill(a, "2026-09", date(2026, 9, 10), 30_000))
    repo.insert(db, Bill(a, "2026-10", date(2026, 10, 10), 40_000, 4_000))
    repo.insert(db, Bill(c, "2026-12", date(2026, 12, 15), 25_000))
    repo.insert(db, Repayment(a, date(2026, 10, 1), 12_000, late.id))  # partly, after the due date
    s = overdue_summary(db, TODAY)
    assert s == OverdueSummary(18_000 + 40_000, 2, date(2026, 9, 10))
    bal = account_balances(db, TODAY)
    assert bal[a] == AccountBalance(58_000, 58_000, 2)
    assert bal[c] == AccountBalance(25_000, 0, 0)  # not yet due
    repo.insert(db, Repayment(a, date(2026, 11, 20), 18_000, late.id))
    assert overdue_summary(db, TODAY) == OverdueSummary(40_000, 1, date(2026, 10, 10))


def test_next_due_bill(db: Database) -> None:
    a, c = _two_accounts(db)
    repo.insert(db, Bill(a, "2026-10", date(2026, 10, 10), 40_000))  # overdue: not "next"
    assert next_due_bill(db, TODAY) is None
    today = repo.insert(db, Bill(c, "2026-11", TODAY, 10_000))
    later = repo.insert(db, Bill(a, "2026-12", date(2026, 12, 10), 30_000))
    found = next_due_bill(db, TODAY)
    assert found is not None and found.bill == today
    repo.insert(db, Repayment(c, TODAY, 10_000, today.id))
    found = next_due_bill(db, TODAY)
    assert found is not None and found.bill == later


def test_accounts_repayments_and_contents(db: Database) -> None:
    a, c = _two_accounts(db)
    b = repo.insert(db, Bill(a, "2026-10", date(2026, 10, 10), 40_000))
    r1 = repo.insert(db, Repayment(a, date(2026, 10, 1), 10_000, b.id))
    r2 = repo.insert(db, Repayment(a, date(2026, 10, 5), 10_000))
    r3 = repo.insert(db, Repayment(c, date(2026, 10, 3), 5_000))
    assert [x.name for x in accounts(db)] == ["信用卡", "花呗"]
    assert repayments_of(db) == [r2, r3, r1]
    assert repayments_of(db, a) == [r2, r1]
    assert account_contents(db, a) == (1, 2)
    assert account_contents(db, c) == (0, 1)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-60, 30),  # due, days from today
            st.integers(1, 5_000),  # amount in yuan
            st.lists(st.tuples(st.integers(-90, 0), st.integers(1, 5_000)), max_size=3),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_the_summary_agrees_with_the_blocker(bills: list) -> None:  # type: ignore[type-arg]
    """The page's past-due strip is non-zero exactly when the verdict is blocked by it."""
    db = memory_db()
    try:
        acc = repo.insert(db, Account("花呗", "huabei"))
        assert acc.id
        for i, (due_in, yuan, pays) in enumerate(bills):
            due = TODAY + timedelta(days=due_in)
            b = repo.insert(db, Bill(acc.id, f"20{10 + i}-01", due, yuan * 100))
            for paid_in, paid_yuan in pays:
                repo.insert(
                    db, Repayment(acc.id, TODAY + timedelta(days=paid_in), paid_yuan * 100, b.id)
                )
        blocked = any(b.code == "current_overdue" for b in assess(load_facts(db, TODAY)).blockers)
        assert (overdue_summary(db, TODAY).bills > 0) == blocked
    finally:
        db.conn.close()
