"""Facts for domain tests, built by hand: a clean record and ways to spoil it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from credithealth.domain.facts import BillFact, ConsumptionFacts, Facts, MonthSpend
from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    Application,
    CreditReport,
    ProfileChange,
    ProfileItem,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
)

TODAY = date(2026, 11, 26)


def bill(
    bill_id: int,
    due_on: date,
    amount: int = 100_000,
    *,
    paid_on: date | None = None,
    paid: int | None = None,
    min_due: int | None = None,
) -> BillFact:
    """A bill paid in one go on ``paid_on`` (None: unpaid)."""
    min_due = min_due if min_due is not None else amount
    paid_fen = (paid if paid is not None else amount) if paid_on else 0
    return BillFact(
        bill_id=bill_id,
        account_id=1,
        account_name="花呗",
        account_kind="huabei",
        period=f"{due_on.year:04d}-{due_on.month:02d}",
        due_on=due_on,
        amount_due_fen=amount,
        min_due_fen=min_due,
        paid_fen=paid_fen,
        min_met_on=paid_on if paid_on and paid_fen >= min_due else None,
        cleared_on=paid_on if paid_on and paid_fen >= amount else None,
    )


def monthly_bills(today: date = TODAY, n: int = 12) -> tuple[BillFact, ...]:
    out = []
    for i in range(n, 0, -1):
        due = date(today.year, today.month, 10) - timedelta(days=30 * i)
        out.append(bill(100 + i, due, paid_on=due - timedelta(days=1)))
    return tuple(out)


def steady_months(n: int = 6) -> ConsumptionFacts:
    months = tuple(
        MonthSpend(f"2026-{m:02d}", 30, 250_000, 50_000, 0, 0, 0) for m in range(5, 5 + n)
    )
    return ConsumptionFacts(
        months=months,
        median_purchase_fen=3_000,
        large_threshold_fen=50_000,
        categories=8,
        has_data=True,
    )


def clean(today: date = TODAY) -> Facts:
    """A user whose every factor is comfortably above its threshold."""
    return Facts(
        as_of=today,
        bills=monthly_bills(today),
        security_items=tuple(
            SecurityItem(
                k, True, today - timedelta(days=10), 90 if k == "password_changed" else None
            )
            for k in SECURITY_ITEM_KEYS
        ),
        profile_items=tuple(ProfileItem(k, True, date(2025, 1, 1)) for k in PROFILE_ITEM_KEYS),
        consumption=steady_months(),
        sesame=ScoreSnapshot(today - timedelta(days=20), 720, id=1),
        credit_report=CreditReport(today - timedelta(days=30), proofs="salary_flow", id=1),
        credit_limit_fen=800_000,
    )


def with_overdue(f: Facts, days_ago: int = 20, amount: int = 230_000) -> Facts:
    due = f.as_of - timedelta(days=days_ago)
    return replace(f, bills=(*f.bills, bill(900, due, amount)))


def with_incident(f: Facts, resolved: date | None = None) -> Facts:
    e = SecurityEvent("remote_login", f.as_of - timedelta(days=5), resolved, id=7)
    return replace(f, incidents=(*f.incidents, e))


def with_changes(f: Facts, days_ago: tuple[int, ...] = (3, 5, 8)) -> Facts:
    ch = tuple(
        ProfileChange("address", f.as_of - timedelta(days=d), id=i) for i, d in enumerate(days_ago)
    )
    return replace(f, profile_changes=(*f.profile_changes, *ch))


def with_refusal(f: Facts, days_ago: int = 4) -> Facts:
    on = f.as_of - timedelta(days=days_ago)
    a = Application(on - timedelta(days=2), "app", "refused", on, "综合评估未通过", "not_yet", id=3)
    return replace(f, applications=(*f.applications, a))
