"""The repayments table: what the user paid, towards which account and bill."""

from __future__ import annotations

from credithealth.domain.records import Repayment
from credithealth.store import repo
from credithealth.store.database import Database


def repayments_of(db: Database, account_id: int | None = None) -> list[Repayment]:
    """Repayments, newest first; one account's when ``account_id`` is given."""
    order = "paid_on DESC, id DESC"
    if account_id is None:
        return repo.all_of(db, Repayment, order=order)
    return repo.all_of(db, Repayment, "account_id = ?", [account_id], order=order)
