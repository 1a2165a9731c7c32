"""The ``reminder_state`` table (what the user did with each reminder), and the records
reminders are made from.

``load_reminder_state`` gathers, from the tables' own modules, everything
``domain.reminders.due_reminders`` needs; the ``reminder_state`` table keeps one
row per occurrence id (done / dismissed / snoozed, and when it was announced).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from credithealth.domain.facts import BillFact
from credithealth.domain.reminders import MAX_LEAD_DAYS, Mark, ReminderState
from credithealth.domain.rules import Rules, default_rules
from credithealth.store import applications, checklists, snapshots
from credithealth.store.database import Database
from credithealth.store.facts import bill_facts

# Bills are usually recorded when the statement comes, about three weeks before they fall
# due; the calendar export looks this far ahead, the reminders at most MAX_LEAD_DAYS.
HORIZON_DAYS = max(62, MAX_LEAD_DAYS)


def open_bills(db: Database, as_of: date, until: date) -> tuple[BillFact, ...]:
    """Bills due by ``until`` and not repaid in full by ``as_of``: the scoring facts' own
    bills (so "overdue" means the same thing in both places), upcoming ones included."""
    return tuple(
        b
        for b in bill_facts(db, as_of, upcoming=True)
        if b.due_on <= until and b.amount_due_fen > 0 and b.paid_fen < b.amount_due_fen
    )


def load_marks(db: Database) -> dict[str, Mark]:
    marks = {}
    for r in db.query("SELECT * FROM reminder_state"):
        marks[r["occurrence"]] = Mark(
            occurrence=r["occurrence"],
            status=r["status"],
            until=datetime.fromisoformat(r["snoozed_until"]) if r["snoozed_until"] else None,
            notified_at=datetime.fromisoformat(r["notified_at"]) if r["notified_at"] else None,
        )
    return marks


def load_reminder_state(
    db: Database, as_of: date, rules: Rules | None = None, horizon_days: int = HORIZON_DAYS
) -> ReminderState:
    """Everything reminders are computed from, on ``as_of``."""
    rules = rules or default_rules()
    return ReminderState(
        as_of=as_of,
        rules=rules,
        bills=open_bills(db, as_of, as_of + timedelta(days=horizon_days)),
        applications=tuple(applications.applications_until(db, as_of)),
        password=checklists.security_item_done(db, "password_changed", as_of),
        last_sesame_on=snapshots.last_sesame_on(db, as_of),
        last_report_on=snapshots.last_report_on(db, as_of),
        marks=load_marks(db),
    )


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def put_mark(
    db: Database, occurrence: str, status: str | None, until: datetime | None, at: datetime
) -> None:
    """Set what the user did with an occurrence (None: nothing, e.g. an undone dismissal);
    when it was announced is kept."""
    with db.atomic():
        db.execute(
            """INSERT INTO reminder_state (occurrence, status, snoozed_until, updated_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT(occurrence) DO UPDATE SET status = excluded.status,
                   snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at""",
            [occurrence, status, _stamp(until) if until else None, _stamp(at)],
        )


def mark_notified(db: Database, occurrences: Iterable[str], at: datetime) -> None:
    """Record that these occurrences were announced (once: the first time stays)."""
    with db.atomic():
        for occurrence in occurrences:
            db.execute(
                """INSERT INTO reminder_state (occurrence, notified_at, updated_at)
                   VALUES (?, ?, ?)
                   ON CONFLICT(occurrence) DO UPDATE SET
                       notified_at = COALESCE(notified_at, excluded.notified_at)""",
                [occurrence, _stamp(at), _stamp(at)],
            )


def forget_marks_before(db: Database, before: datetime) -> int:
    """Drop the state of occurrences last touched before ``before`` (their events are long
    gone); returns how many rows went."""
    with db.atomic():
        cur = db.execute("DELETE FROM reminder_state WHERE updated_at < ?", [_stamp(before)])
    return cur.rowcount
