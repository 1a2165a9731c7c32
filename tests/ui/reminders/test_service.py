"""The reminder service: recomputed on record changes, kinds turned off, undoable marks,
and a timer that wakes for the next morning."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings

from credithealth.domain.records import Repayment
from credithealth.store import repo
from credithealth.ui.reminders.service import CHECK_EVERY, service_for
from tests.ui import reminders_fixtures

# the fixtures this module uses
clean_settings = reminders_fixtures.clean_settings
clocked = reminders_fixtures.clocked


def test_turning_a_kind_off_in_the_settings(clocked) -> None:  # type: ignore[no-untyped-def]
    session, clock = clocked
    clock.now = datetime(2026, 12, 8, 11, 0)
    service = service_for(session, now=lambda: clock.now)
    assert "sesame" in {r.kind for r in service.refresh()}
    QSettings().setValue("reminders/sesame/enabled", False)
    assert "sesame" not in {r.kind for r in service.refresh()}
    QSettings().setValue("reminders/bill_due/lead_days", 0)  # no longer three days ahead
    assert "bill_due" not in {r.kind for r in service.refresh()}


def test_recording_the_repayment_ends_the_overdue_reminder(qtbot, clocked) -> None:  # type: ignore[no-untyped-def]
    session, clock = clocked
    clock.now = datetime(2026, 12, 8, 11, 0)
    service = service_for(session, now=lambda: clock.now)
    assert "bill_overdue" in {r.kind for r in service.refresh()}
    with qtbot.waitSignal(service.changed, timeout=2000):
        session.insert(Repayment(1, date(2026, 12, 8), 90_000, 1))
    assert "bill_overdue" not in {r.kind for r in service.reminders}


def test_dismiss_is_undoable_and_keeps_the_announcement(clocked) -> None:  # type: ignore[no-untyped-def]
    session, clock = clocked
    clock.now = datetime(2026, 12, 8, 11, 0)
    service = service_for(session, now=lambda: clock.now)
    service.start()
    [sesame] = [r for r in service.reminders if r.kind == "sesame"]
    service.set_status(sesame, "dismissed")
    assert sesame.id not in {r.id for r in service.reminders}
    assert session.undo_stack.undoText() == "Dismiss reminder"
    session.undo_stack.undo()
    assert sesame.id in {r.id for r in service.reminders}
    assert service.check() == []  # restored, but not announced again
    service.stop()


def test_the_timer_wakes_every_half_hour_and_for_the_morning(clocked) -> None:  # type: ignore[no-untyped-def]
    session, clock = clocked
    service = service_for(session, now=lambda: clock.now)
    clock.now = datetime(2026, 12, 8, 14, 0)
    assert service.next_check_in() == CHECK_EVERY
    clock.now = datetime(2026, 12, 9, 8, 50)
    assert service.next_check_in() == timedelta(minutes=10, seconds=1)
    service.start()
    assert service._timer.isActive()
    assert abs(service._timer.interval() - 601_000) < 10
    service.stop()
    assert not service._timer.isActive()


def test_old_marks_are_dropped_at_start(clocked) -> None:  # type: ignore[no-untyped-def]
    from credithealth.store.reminders import load_marks, put_mark

    session, clock = clocked
    put_mark(session.db, "pboc:none", "dismissed", None, clock.now - timedelta(days=500))
    service_for(session, now=lambda: clock.now).start()
    assert "pboc:none" not in load_marks(session.db)
    assert repo.get is not None
