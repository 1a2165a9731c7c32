"""The running reminders: what is due now, announced once, re-checked on a timer.

One ``ReminderService`` per session (``service_for``), shared by the journey
page's list, the tray and the start-up digest. Its clock is injectable: ``now``
defaults to the session's ``today()`` at the current time of day.

Announcing is what keeps reminders from nagging: each occurrence is announced
once (its ``notified_at`` is stored), at start all unannounced ones go into ONE
digest, and each later check sends at most one ``arrived`` batch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from credithealth.domain.icalendar_export import CalendarEvent, to_ics
from credithealth.domain.reminders import (
    Mark,
    Reminder,
    ReminderSettings,
    ReminderState,
    calendar_events,
    due_reminders,
    next_morning,
    snooze_until,
    unannounced,
)
from credithealth.store.errors import StoreError
from credithealth.store.reminders import (
    forget_marks_before,
    load_reminder_state,
    mark_notified,
    put_mark,
)
from credithealth.ui.common.session import Session
from credithealth.ui.common.undo import TextCommand
from credithealth.ui.reminders.settings import load_reminder_settings

CHECK_EVERY = timedelta(minutes=30)
# the state of occurrences untouched for this long is dropped at start
KEEP_MARKS = timedelta(days=400)


class ReminderService(QObject):
    changed = Signal()  # the due list (``reminders``) was recomputed
    arrived = Signal(list)  # newly due reminders found by a periodic check: one batch per check
    digest_ready = Signal(list)  # at start: everything due and not yet announced

    def __init__(self, session: Session, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(session)
        self.setObjectName("reminderService")
        self.session = session
        self.now: Callable[[], datetime] = now or self._session_now
        self.reminders: list[Reminder] = []
        self.started = False
        self._announced_here: set[str] = set()  # read-only: announced, but not stored
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        # a burst of record changes (an import) recomputes once
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self.refresh)
        session.changed.connect(lambda _table: self._soon.start())

    def _session_now(self) -> datetime:
        return datetime.combine(self.session.today(), datetime.now().time().replace(microsecond=0))

    # -- computing -----------------------------------------------------------------------

    def settings(self) -> ReminderSettings:
        return load_reminder_settings()

    def state(self, today: date | None = None) -> ReminderState:
        day = today or self.now().date()
        return load_reminder_state(self.session.db, day, self.session.rules)

    def refresh(self) -> list[Reminder]:
        """Recompute the due list without announcing anything."""
        if self.session.closed:
            return self.reminders
        now = self.now()
        self.reminders = due_reminders(self.state(now.date()), now, self.settings())
        self.changed.emit()
        return self.reminders

    def _announce_new(self) -> list[Reminder]:
        now = self.now()
        state = self.state(now.date())
        self.reminders = due_reminders(state, now, self.settings())
        new = unannounced(self.reminders, state.marks)
        if self.session.read_only:  # nothing is stored: remember here, for this run only
            new = [r for r in new if r.id not in self._announced_here]
            self._announced_here.update(r.id for r in new)
        elif new:
            mark_notified(self.session.db, [r.id for r in new], now)
        self.changed.emit()
        return new

    def check(self) -> list[Reminder]:
        """A periodic check: the reminders due since the last one, announced as one batch."""
        if self.session.closed:
            return []
        new = self._announce_new()
        if new:
            self.arrived.emit(new)
        return new

    def start(self, *, digest: bool = True) -> list[Reminder]:
        """At start: what came due while the app was closed goes into one digest; then the
        timer re-checks every 30 minutes and at the next morning. ``digest=False`` (a
        first run, just after the check-up) counts what is due as told without a digest:
        nothing "came due while closed" for someone who has only now begun, and the
        journey page lists it all anyway."""
        self.started = True
        if not self.session.read_only:
            forget_marks_before(self.session.db, self.now() - KEEP_MARKS)
        missed = self._announce_new()
        if missed and digest:
            self.digest_ready.emit(missed)
        self._schedule()
        return missed

    def stop(self) -> None:
        self.started = False
        self._timer.stop()

    def next_check_in(self) -> timedelta:
        now = self.now()
        morning = next_morning(now, self.settings()) - now + timedelta(seconds=1)
        return min(CHECK_EVERY, morning)

    def _schedule(self) -> None:
        if self.started:
            self._timer.start(int(self.next_check_in().total_seconds() * 1000))

    def _tick(self) -> None:
        self.check()
        self._schedule()

    # -- what the user does with a reminder -----------------------------------------------------

    def set_status(
        self, reminder: Reminder, status: str | None, until: datetime | None = None
    ) -> None:
        """Done / dismissed / snoozed, as an undoable step on the session's one undo stack."""
        try:
            self.session.check_writable()
        except StoreError as exc:  # read-only: said, not raised
            self.session.error.emit(exc.msg)
            return
        old = self.state().marks.get(reminder.id)
        self.session.undo_stack.push(_MarkCommand(self, reminder, old, status, until))

    def snooze(self, reminder: Reminder, choice: str) -> None:
        self.set_status(reminder, "snoozed", snooze_until(choice, self.now(), self.settings()))

    def _write(self, occurrence: str, status: str | None, until: datetime | None) -> None:
        put_mark(self.session.db, occurrence, status, until, self.now())
        self.refresh()

    # -- the calendar file -----------------------------------------------------------------------

    def calendar_events(self, lang: str) -> list[CalendarEvent]:
        today = self.now().date()
        return calendar_events(self.state(today), today, self.settings(), lang)

    def calendar_text(self, lang: str, calendar_name: str) -> str:
        stamp = self.now().astimezone(UTC)  # the local clock, as UTC
        return to_ics(self.calendar_events(lang), stamp=stamp, calendar_name=calendar_name)

    def upcoming(self, lang: str, days: int = 30) -> list[CalendarEvent]:
        """Events in the next ``days`` that are not reminding yet (the "coming up" list)."""
        today = self.now().date()
        due = {r.event for r in self.reminders}
        return [
            e
            for e in self.calendar_events(lang)
            if today < e.on <= today + timedelta(days=days) and e.uid.split("@")[0] not in due
        ]


def _command_text(status: str | None) -> str:
    if status == "done":
        return QCoreApplication.translate("ReminderService", "Mark reminder done")
    if status == "dismissed":
        return QCoreApplication.translate("ReminderService", "Dismiss reminder")
    if status == "snoozed":
        return QCoreApplication.translate("ReminderService", "Snooze reminder")
    return QCoreApplication.translate("ReminderService", "Restore reminder")


class _MarkCommand(TextCommand):
    def __init__(
        self,
        service: ReminderService,
        reminder: Reminder,
        old: Mark | None,
        status: str | None,
        until: datetime | None,
    ) -> None:
        super().__init__(lambda: _command_text(status))
        self.service = service
        self.occurrence = reminder.id
        self.old = old
        self.status, self.until = status, until

    def redo(self) -> None:
        self.service._write(self.occurrence, self.status, self.until)

    def undo(self) -> None:
        old = self.old
        self.service._write(
            self.occurrence, old.status if old else None, old.until if old else None
        )


def service_for(session: Session, now: Callable[[], datetime] | None = None) -> ReminderService:
    """The session's reminder service, made on first use; ``now`` replaces its clock."""
    service = session.findChild(ReminderService, "reminderService")
    if not isinstance(service, ReminderService):
        service = ReminderService(session, now)
    elif now is not None:
        service.now = now
    return service
