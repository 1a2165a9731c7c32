"""The applications table: each time the user asked for the credit line back."""

from __future__ import annotations

from datetime import date

from credithealth.domain.records import Application
from credithealth.store import repo
from credithealth.store.convert import from_row
from credithealth.store.database import Database


def applications(db: Database, *, newest_first: bool = False) -> list[Application]:
    """Every application by the day it was submitted (oldest first unless told)."""
    order = "submitted_on DESC, id DESC" if newest_first else "submitted_on, id"
    return repo.all_of(db, Application, order=order)


def applications_until(db: Database, as_of: date) -> list[Application]:
    """The applications submitted on or before ``as_of``, oldest first."""
    return [
        from_row(Application, r)
        for r in db.query(
            "SELECT * FROM applications WHERE submitted_on <= ? ORDER BY submitted_on, id",
            [as_of.isoformat()],
        )
    ]
