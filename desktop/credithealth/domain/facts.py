"""Facts: the compact summary of a user's records that the scoring reads.

The store computes these with SQL aggregates (it never hands the domain every
transaction). Facts carry dates rather than ready-made counts wherever time
matters, so the domain can score the same facts on a later date: that is how
``projected_ready_on`` and "wait until" are answered without touching the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credithealth.domain.cashout import SuspiciousRow
from credithealth.domain.records import (
    Application,
    CreditReport,
    ProfileChange,
    ProfileItem,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
)


@dataclass(frozen=True, slots=True)
class BillFact:
    """One bill and how it was repaid, as of the facts' date."""

    bill_id: int
    account_id: int
    account_name: str
    account_kind: str
    period: str
    due_on: date
    amount_due_fen: int
    min_due_fen: int  # the minimum that keeps it from being overdue (the whole bill if none)
    paid_fen: int  # repaid towards it by the facts' date
    min_met_on: date | None  # the day repayments reached the minimum
    cleared_on: date | None  # the day repayments reached the whole amount

    def is_late(self) -> bool:
        """The minimum was not paid by the due date (it became overdue)."""
        return self.min_met_on is None or self.min_met_on > self.due_on

    def late_on(self, on: date) -> bool:
        """Known to be overdue on ``on``: due before it and the minimum missed."""
        if self.due_on >= on:
            return False
        return self.min_met_on is None or self.min_met_on > self.due_on

    def past_due_on(self, on: date) -> bool:
        """Overdue and not yet cleared on ``on``."""
        return self.late_on(on) and (self.cleared_on is None or self.cleared_on > on)

    def unpaid_fen(self) -> int:
        return max(0, self.amount_due_fen - self.paid_fen)

    def days_late(self, on: date) -> int:
        """Days between the due date and clearance (or ``on`` while still unpaid)."""
        if not self.late_on(on):
            return 0
        end = self.cleared_on if self.cleared_on is not None and self.cleared_on <= on else on
        return max(0, (end - self.due_on).days)


@dataclass(frozen=True, slots=True)
class MonthSpend:
    month: str  # "YYYY-MM"
    purchases: int
    spent_fen: int  # purchases net of their refunds
    huabei_fen: int
    large_count: int
    large_fen: int
    cashouts: int


@dataclass(frozen=True, slots=True)
class ConsumptionFacts:
    months: tuple[MonthSpend, ...] = ()  # the window, oldest first, empty months included
    median_purchase_fen: int = 0
    large_threshold_fen: int = 0
    categories: int = 0
    has_data: bool = False  # any transaction recorded up to the facts' date
    # credit-funded rows of the window that look like cash-outs, oldest first (those the
    # user marked "not a cash-out" included, flagged; ``MonthSpend.cashouts`` counts the rest)
    suspicious: tuple[SuspiciousRow, ...] = ()


@dataclass(frozen=True)
class Facts:
    as_of: date
    bills: tuple[BillFact, ...] = ()
    failed_repayments: tuple[date, ...] = ()
    security_items: tuple[SecurityItem, ...] = ()
    incidents: tuple[SecurityEvent, ...] = ()
    profile_items: tuple[ProfileItem, ...] = ()
    profile_changes: tuple[ProfileChange, ...] = ()
    consumption: ConsumptionFacts = field(default_factory=ConsumptionFacts)
    sesame: ScoreSnapshot | None = None
    credit_report: CreditReport | None = None
    applications: tuple[Application, ...] = ()
    credit_limit_fen: int = 0  # Huabei and credit-card limits together
