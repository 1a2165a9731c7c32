"""The two checklists and their logs: account security (``security_items``,
``security_events``) and personal info (``profile_items``, ``profile_changes``)."""

from __future__ import annotations

from datetime import date, timedelta

from credithealth.domain.records import ProfileChange, ProfileItem, SecurityEvent, SecurityItem
from credithealth.store import repo
from credithealth.store.convert import from_row
from credithealth.store.database import Database


def security_items(db: Database) -> dict[str, SecurityItem]:
    """The security checklist as stored, by key."""
    return {i.key: i for i in repo.all_of(db, SecurityItem)}


def profile_items(db: Database) -> dict[str, ProfileItem]:
    """The personal-info checklist as stored, by key."""
    return {i.key: i for i in repo.all_of(db, ProfileItem)}


def security_events(db: Database) -> list[SecurityEvent]:
    """Security incidents, newest first."""
    return repo.all_of(db, SecurityEvent, order="occurred_on DESC, id DESC")


def profile_changes(db: Database) -> list[ProfileChange]:
    """Changes to personal info, newest first."""
    return repo.all_of(db, ProfileChange, order="changed_on DESC, id DESC")


def profile_changes_within(db: Database, as_of: date, days: int) -> list[ProfileChange]:
    """Changes in the ``days`` days up to and including ``as_of``, oldest first."""
    return [
        from_row(ProfileChange, r)
        for r in db.query(
            """SELECT * FROM profile_changes WHERE changed_on > ? AND changed_on <= ?
               ORDER BY changed_on, id""",
            [(as_of - timedelta(days=days)).isoformat(), as_of.isoformat()],
        )
    ]


def security_item_done(db: Database, key: str, as_of: date) -> SecurityItem | None:
    """The security item ``key`` when it was done by ``as_of`` (undated: done), else None."""
    rows = list(
        db.query(
            """SELECT * FROM security_items WHERE key = ?
               AND done AND (done_on IS NULL OR done_on <= ?)""",
            [key, as_of.isoformat()],
        )
    )
    return from_row(SecurityItem, rows[0]) if rows else None
