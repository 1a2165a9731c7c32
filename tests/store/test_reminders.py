"""The reminders' records query and the reminder_state table."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlite_utils import Database

from credithealth.domain.records import Account, Bill, Repayment, ScoreSnapshot, SecurityItem
from credithealth.domain.reminders import Mark, ReminderSettings, due_reminders
from credithealth.store import repo
from credithealth.store.reminders import (
    forget_marks_before,
    load_marks,
    load_reminder_state,
    mark_notified,
    open_bills,
    put_mark,
)
from credithealth.store.schema import applied_steps
from tests.store.conftest import DEMO_DAY

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 10, 0)


def test_the_migration_adds_the_reminder_state_table(db: Database) -> None:
    assert "m003_journey_reminder_state" in applied_steps(db)
    assert "reminder_state" in db.table_names()
    with pytest.raises(sqlite3.IntegrityError):  # snoozed needs a time
        db.execute(
            "INSERT INTO reminder_state (occurrence, status, updated_at) VALUES ('a:1', 'snoozed', 'x')"
        )
    with pytest.raises(sqlite3.IntegrityError):  # and only snoozed has one
        db.execute(
            "INSERT INTO reminder_state (occurrence, snoozed_until, updated_at) VALUES ('a:1', 'x', 'x')"
        )


def _account(db: Database) -> int:
    acc = repo.insert(db, Account("花呗", "huabei", 500_000))
    assert acc.id is not None
    return acc.id


def test_open_bills_leave_out_what_is_repaid_and_what_is_far_ahead(db: Database) -> None:
    aid = _account(db)
    cleared = repo.insert(db, Bill(aid, "2026-10", date(2026, 10, 10), 50_000))
    repo.insert(db, Repayment(aid, date(2026, 10, 9), 50_000, cleared.id))
    late = repo.insert(db, Bill(aid, "2026-11", date(2026, 11, 10), 80_000, 8_000))
    repo.insert(db, Repayment(aid, date(2026, 11, 14), 8_000, late.id))  # the minimum, late
    soon = repo.insert(db, Bill(aid, "2026-12", date(2026, 12, 10), 60_000, 6_000))
    repo.insert(db, Repayment(aid, date(2026, 12, 3), 60_000, soon.id))  # after today: not yet
    repo.insert(db, Bill(aid, "2027-03", date(2027, 3, 10), 60_000))  # beyond the horizon
    bills = open_bills(db, TODAY, TODAY + timedelta(days=62))
    assert [b.bill_id for b in bills] == [late.id, soon.id]
    b_late, b_soon = bills
    assert (b_late.paid_fen, b_late.min_due_fen, b_late.min_met_on) == (
        8_000,
        8_000,
        date(2026, 11, 14),
    )
    assert b_late.past_due_on(TODAY)  # the minimum came four days late, the rest is unpaid
    assert b_late.unpaid_fen() == 72_000
    assert (b_soon.paid_fen, b_soon.min_met_on) == (0, None)
    assert not b_soon.past_due_on(TODAY)


def test_load_reminder_state_gathers_the_records_as_of_the_day(db: Database) -> None:
    repo.insert(db, SecurityItem("password_changed", True, date(2026, 10, 1), 90))
    repo.insert(db, ScoreSnapshot(date(2026, 11, 6), 640))
    repo.insert(db, ScoreSnapshot(date(2026, 12, 6), 650))  # after the day: not yet taken
    s = load_reminder_state(db, TODAY)
    assert s.as_of == TODAY
    assert s.password is not None and s.password.done_on == date(2026, 10, 1)
    assert s.last_sesame_on == date(2026, 11, 6)
    assert s.last_report_on is None
    assert s.applications == ()


def test_the_demo_has_its_pending_decision_due_on_its_day(demo_db: Database) -> None:
    s = load_reminder_state(demo_db, DEMO_DAY)
    now = datetime.combine(DEMO_DAY, ReminderSettings().morning)
    assert [r.kind for r in due_reminders(s, now, ReminderSettings())] == ["decision"]


def test_marks_round_trip_and_announcing_keeps_the_first_time(db: Database) -> None:
    later = NOW + timedelta(days=1)
    put_mark(db, "bill_due:1:2026-12-07", "snoozed", later, NOW)
    mark_notified(db, ["bill_due:1:2026-12-07", "sesame:2026-12:2026-12-06"], NOW)
    mark_notified(db, ["sesame:2026-12:2026-12-06"], later)
    marks = load_marks(db)
    assert marks["bill_due:1:2026-12-07"] == Mark("bill_due:1:2026-12-07", "snoozed", later, NOW)
    assert marks["sesame:2026-12:2026-12-06"] == Mark("sesame:2026-12:2026-12-06", None, None, NOW)
    put_mark(db, "bill_due:1:2026-12-07", "done", None, later)
    assert load_marks(db)["bill_due:1:2026-12-07"] == Mark(
        "bill_due:1:2026-12-07", "done", None, NOW
    )
    put_mark(db, "bill_due:1:2026-12-07", None, None, later)  # an undone "done"
    assert load_marks(db)["bill_due:1:2026-12-07"].status is None


def test_old_marks_are_forgotten(db: Database) -> None:
    put_mark(db, "pboc:none", "dismissed", None, NOW - timedelta(days=500))
    put_mark(db, "sesame:2026-12:2026-12-06", "done", None, NOW)
    assert forget_marks_before(db, NOW - timedelta(days=400)) == 1
    assert list(load_marks(db)) == ["sesame:2026-12:2026-12-06"]
