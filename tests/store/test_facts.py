from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.records import (
    Account,
    Bill,
    ProfileItem,
    Repayment,
    SecurityEvent,
    SecurityItem,
    Transaction,
)
from credithealth.store import repo
from credithealth.store.db import memory_db
from credithealth.store.facts import load_facts, window_months
from tests.store.conftest import DEMO_DAY

BJ = timezone(timedelta(hours=8))


def test_window_months() -> None:
    assert window_months(date(2026, 11, 26), 3) == ["2026-08", "2026-09", "2026-10"]
    assert window_months(date(2026, 10, 31), 2) == ["2026-09", "2026-10"]
    assert window_months(date(2026, 1, 5), 2) == ["2025-11", "2025-12"]


def test_bill_paid_in_parts(db: Database) -> None:
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    b = repo.insert(db, Bill(a.id, "2026-06", date(2026, 6, 10), 100_000, 10_000))
    repo.insert(db, Repayment(a.id, date(2026, 6, 9), 10_000, b.id))  # the minimum, on time
    repo.insert(db, Repayment(a.id, date(2026, 6, 20), 90_000, b.id))
    (f,) = load_facts(db, date(2026, 7, 1)).bills
    assert f.min_met_on == date(2026, 6, 9)
    assert f.cleared_on == date(2026, 6, 20)
    assert not f.is_late()
    (early,) = load_facts(db, date(2026, 6, 15)).bills
    assert (
        early.paid_fen == 10_000
        and early.cleared_on is None
        and not early.past_due_on(date(2026, 6, 15))
    )


def test_missed_minimum_is_overdue_until_paid_in_full(db: Database) -> None:
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    b = repo.insert(db, Bill(a.id, "2026-06", date(2026, 6, 10), 100_000))
    repo.insert(db, Repayment(a.id, date(2026, 6, 15), 50_000, b.id))
    mid = load_facts(db, date(2026, 6, 20))
    assert mid.bills[0].past_due_on(date(2026, 6, 20))
    assert assess(mid).blockers[0].code == "current_overdue"
    repo.insert(db, Repayment(a.id, date(2026, 6, 25), 50_500, b.id, penalty_fen=500))
    after = load_facts(db, date(2026, 6, 26))
    assert not after.bills[0].past_due_on(date(2026, 6, 26))
    assert after.bills[0].days_late(date(2026, 6, 26)) == 15


def test_records_after_the_date_do_not_count(db: Database) -> None:
    repo.insert(db, SecurityItem("mfa_enabled", True, date(2026, 7, 1)))
    repo.insert(db, ProfileItem("education", True, date(2026, 7, 1)))
    repo.insert(db, SecurityEvent("remote_login", date(2026, 6, 1), date(2026, 7, 1)))
    then = load_facts(db, date(2026, 6, 15))
    assert not then.security_items[0].done
    assert not then.profile_items[0].done
    assert then.incidents[0].resolved_on is None
    now = load_facts(db, date(2026, 7, 2))
    assert now.security_items[0].done and now.profile_items[0].done


def test_consumption_nets_refunds_and_ignores_closed_orders(db: Database) -> None:
    def tx(
        day: int, fen: int, kind: str, ext: str, parent: str | None = None, huabei: bool = False
    ) -> None:
        repo.insert(
            db,
            Transaction(
                datetime(2026, 10, day, 12, tzinfo=BJ),
                fen,
                "out",
                kind,
                "餐饮美食",
                source="alipay",
                external_id=ext,
                parent_external_id=parent,
                huabei=huabei,
            ),
        )

    tx(1, 10_000, "purchase", "A", huabei=True)
    tx(2, 4_000, "purchase", "B")
    tx(3, 9_999, "closed", "C")
    tx(4, 3_000, "refund", "A_1", parent="A", huabei=True)
    tx(5, 500, "refund", "C_1", parent="C")  # a refund for a closed order does not count twice
    c = load_facts(db, date(2026, 11, 1)).consumption
    oct_ = c.months[-1]
    assert oct_.month == "2026-10"
    assert oct_.purchases == 2
    assert oct_.spent_fen == 11_000
    assert oct_.huabei_fen == 7_000
    assert c.has_data


def test_demo_story(demo_db: Database) -> None:
    facts = load_facts(demo_db, DEMO_DAY)
    late = [b for b in facts.bills if b.is_late()]
    assert len(late) == 1 and late[0].account_kind == "huabei" and late[0].cleared_on is not None
    assert facts.sesame is not None and 600 <= facts.sesame.score <= 700
    assert [a.status for a in facts.applications] == ["refused", "pending"]
    assert facts.failed_repayments
    r = assess(facts)
    assert r.verdict in {"likely", "not_yet"}
    # on the day the overdue bill was due and unpaid, the demo was blocked
    blocked = assess(load_facts(demo_db, late[0].due_on + timedelta(days=5)))
    assert "current_overdue" in {b.code for b in blocked.blockers}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 50_000)), max_size=5),
    st.integers(0, 90),
    st.integers(0, 300),
)
def test_a_later_date_never_unclears_a_cleared_overdue(
    pays: list[tuple[int, int]], d1: int, gap: int
) -> None:
    db = memory_db()
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    due = date(2026, 3, 10)
    b = repo.insert(db, Bill(a.id, "2026-03", due, 60_000))
    for offset, fen in pays:
        repo.insert(db, Repayment(a.id, due + timedelta(days=offset - 5), fen, b.id))
    on1 = due + timedelta(days=d1)
    on2 = on1 + timedelta(days=gap)
    f1, f2 = load_facts(db, on1).bills[0], load_facts(db, on2).bills[0]
    if f1.late_on(on1) and not f1.past_due_on(on1):
        assert not f2.past_due_on(on2)
    db.conn.close()
