"""The bills table: each bill and how it stands on a day, as the Repayments page lists them.

Whether a bill is paid, and since when, comes from ``facts.bill_facts`` (one SQL
definition of "paid" for the scoring and the lists alike); these functions pair it
with the stored records and sum it up per account and overall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from credithealth.domain.facts import BillFact
from credithealth.domain.records import Bill
from credithealth.store import repo
from credithealth.store.database import Database
from credithealth.store.facts import bill_facts


@dataclass(frozen=True, slots=True)
class BillStatus:
    """A bill as stored, and how it stands on a day (repayments up to that day)."""

    bill: Bill
    fact: BillFact

    @property
    def id(self) -> int:
        assert self.bill.id is not None
        return self.bill.id


@dataclass(frozen=True, slots=True)
class OverdueSummary:
    """The unpaid past-due balance on a day: what blocks an application."""

    balance_fen: int = 0
    bills: int = 0
    oldest_due_on: date | None = None


@dataclass(frozen=True, slots=True)
class AccountBalance:
    owed_fen: int = 0  # still to repay on every bill, due or not
    past_due_fen: int = 0  # the part of it that is overdue
    overdue_bills: int = 0


def bill_statuses(db: Database, as_of: date, account_id: int | None = None) -> list[BillStatus]:
    """Every bill (also those not yet due), oldest due date first."""
    facts = bill_facts(db, as_of, upcoming=True, account_id=account_id)
    if account_id is None:
        bills = {b.id: b for b in repo.all_of(db, Bill)}
    else:
        bills = {b.id: b for b in repo.all_of(db, Bill, "account_id = ?", [account_id])}
    return [BillStatus(bills[f.bill_id], f) for f in facts]


def oldest_unpaid_bill(db: Database, account_id: int, as_of: date) -> BillStatus | None:
    """The bill a new repayment most likely pays: the account's oldest not yet cleared."""
    return next(
        (s for s in bill_statuses(db, as_of, account_id) if s.fact.cleared_on is None),
        None,
    )


def next_due_bill(db: Database, as_of: date) -> BillStatus | None:
    """The bill to pay next: the earliest not yet cleared that is due today or later."""
    return next(
        (
            s
            for s in bill_statuses(db, as_of)
            if s.fact.cleared_on is None and s.fact.due_on >= as_of
        ),
        None,
    )


def overdue_summary(db: Database, as_of: date) -> OverdueSummary:
    """Past-due bills by the same rule the credit-status factor blocks on."""
    past_due = [f for f in bill_facts(db, as_of) if f.past_due_on(as_of)]
    if not past_due:
        return OverdueSummary()
    return OverdueSummary(
        balance_fen=sum(f.unpaid_fen() for f in past_due),
        bills=len(past_due),
        oldest_due_on=min(f.due_on for f in past_due),
    )


def account_balances(db: Database, as_of: date) -> dict[int, AccountBalance]:
    """Per account id: owed, past due and overdue bills (accounts without bills are absent)."""
    out: dict[int, AccountBalance] = {}
    for f in bill_facts(db, as_of, upcoming=True):
        b = out.get(f.account_id, AccountBalance())
        late = f.past_due_on(as_of)
        out[f.account_id] = AccountBalance(
            owed_fen=b.owed_fen + f.unpaid_fen(),
            past_due_fen=b.past_due_fen + (f.unpaid_fen() if late else 0),
            overdue_bills=b.overdue_bills + late,
        )
    return out
