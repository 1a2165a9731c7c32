"""Dated snapshots the user records: Sesame scores (``score_snapshots``), PBOC credit
reports (``credit_reports``) and the restore check-up (``checkups``)."""

from __future__ import annotations

from datetime import date

from credithealth.domain.records import Checkup, CreditReport, ScoreSnapshot
from credithealth.store import repo
from credithealth.store.convert import from_row
from credithealth.store.database import Database

NEWEST_FIRST = "taken_on DESC, id DESC"


def sesame_snapshots(db: Database) -> list[ScoreSnapshot]:
    """Every Sesame score, newest first."""
    return repo.all_of(db, ScoreSnapshot, "provider = 'sesame'", order=NEWEST_FIRST)


def credit_reports(db: Database) -> list[CreditReport]:
    """Every credit report, newest first."""
    return repo.all_of(db, CreditReport, order=NEWEST_FIRST)


def checkups(db: Database) -> list[Checkup]:
    """Every check-up, oldest first."""
    return repo.all_of(db, Checkup, order="taken_on, id")


def sesame_until(db: Database, as_of: date, limit: int) -> list[ScoreSnapshot]:
    """The latest ``limit`` Sesame snapshots up to ``as_of``, oldest first."""
    rows = list(
        db.query(
            """SELECT * FROM score_snapshots WHERE provider = 'sesame' AND taken_on <= ?
               ORDER BY taken_on DESC, id DESC LIMIT ?""",
            [as_of.isoformat(), limit],
        )
    )
    return [from_row(ScoreSnapshot, r) for r in reversed(rows)]


def credit_reports_until(db: Database, as_of: date, limit: int) -> list[CreditReport]:
    """The latest ``limit`` credit reports up to ``as_of``, oldest first."""
    rows = list(
        db.query(
            "SELECT * FROM credit_reports WHERE taken_on <= ? ORDER BY taken_on DESC, id DESC LIMIT ?",
            [as_of.isoformat(), limit],
        )
    )
    return [from_row(CreditReport, r) for r in reversed(rows)]


def latest_checkup(db: Database, as_of: date) -> Checkup | None:
    rows = list(
        db.query(
            "SELECT * FROM checkups WHERE taken_on <= ? ORDER BY taken_on DESC, id DESC LIMIT 1",
            [as_of.isoformat()],
        )
    )
    return from_row(Checkup, rows[0]) if rows else None


def _latest(db: Database, sql: str, as_of: date) -> date | None:
    value = db.execute(sql, [as_of.isoformat()]).fetchone()[0]
    return date.fromisoformat(value) if value else None


def last_sesame_on(db: Database, as_of: date) -> date | None:
    """The day of the latest Sesame score recorded on or before ``as_of``."""
    return _latest(
        db,
        "SELECT MAX(taken_on) FROM score_snapshots WHERE provider = 'sesame' AND taken_on <= ?",
        as_of,
    )


def last_report_on(db: Database, as_of: date) -> date | None:
    """The day of the latest credit report recorded on or before ``as_of``."""
    return _latest(db, "SELECT MAX(taken_on) FROM credit_reports WHERE taken_on <= ?", as_of)
