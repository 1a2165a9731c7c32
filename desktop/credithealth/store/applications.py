"""The applications table: each time the user asked for the credit line back."""

from __future__ import annotations

from sqlite_utils import Database

from credithealth.domain.records import Application
from credithealth.store import repo


def applications(db: Database, *, newest_first: bool = False) -> list[Application]:
    """Every application by the day it was submitted (oldest first unless told)."""
    order = "submitted_on DESC, id DESC" if newest_first else "submitted_on, id"
    return repo.all_of(db, Application, order=order)
