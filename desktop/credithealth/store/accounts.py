"""The accounts table: the credit lines and loans the user tracks."""

from __future__ import annotations

from typing import Literal

from credithealth.domain.records import Account
from credithealth.store import repo
from credithealth.store.database import Database

# how a list of accounts is ordered: by name (as the pages list them) or as they were added
ORDERS = {"name": "name COLLATE NOCASE, id", "added": "id"}


def accounts(db: Database, order: Literal["name", "added"] = "name") -> list[Account]:
    """Every account, by name (case-insensitive) or in the order they were added."""
    return repo.all_of(db, Account, order=ORDERS[order])


def account_contents(db: Database, account_id: int) -> tuple[int, int]:
    """(bills, repayments) an account holds: what deleting it takes along."""
    bills, repayments = db.execute(
        """SELECT (SELECT COUNT(*) FROM bills WHERE account_id = :a),
                  (SELECT COUNT(*) FROM repayments WHERE account_id = :a)""",
        {"a": account_id},
    ).fetchone()
    return bills, repayments
