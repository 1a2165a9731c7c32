"""Reminders: which are due now, as a pure function of the records, the clock and the settings.

Every reminder is one *occurrence* of an *event*. The event is the thing in the
world (bill 12 falls due on 2026-12-10); its occurrences are the mornings it
reminds on (three days before, and on the day), each with a stable id such as
``bill_due:12:2026-12-07``. What the user did with a reminder (done, snoozed,
dismissed) and whether it was already announced are stored per occurrence id,
so the state always applies to the right one:

- done or dismissed ends the event (the on-the-day reminder does not come back
  for a bill marked done three days before), except for an overdue bill, which
  reminds each morning until the records say it is repaid;
- a snooze hides the occurrence until its time, and a later occurrence breaks
  through it (the on-the-day reminder still comes), except for the overdue bill,
  where a snooze holds for the whole event;
- of an event, only the latest occurrence that has fired is shown: after a week
  away the user sees one line per event, not seven.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from credithealth.domain.factors.account_security import renewal_due_on
from credithealth.domain.facts import BillFact
from credithealth.domain.icalendar_export import CalendarEvent
from credithealth.domain.messages import Msg
from credithealth.domain.records import Application, SecurityItem
from credithealth.domain.rules import Rules
from credithealth.domain.workdays import decision_window, unofficial_note

# in the order a list shows them: the most pressing first
KINDS = ("bill_overdue", "bill_due", "decision", "cooldown", "password", "pboc", "sesame")
# kinds with a date ahead that a reminder can precede; the others have no lead time
LEAD_KINDS = ("bill_due", "decision", "cooldown", "password", "pboc")
DEFAULT_LEAD_DAYS = {"bill_due": 3, "decision": 0, "cooldown": 0, "password": 0, "pboc": 0}
MAX_LEAD_DAYS = 30
# kinds that remind every morning until the records change: state holds per occurrence
DAILY_KINDS = frozenset({"bill_overdue"})
# The Sesame score updates early each month, around the 6th.
SESAME_UPDATE_DAY = 6
# how far ahead the export looks for Sesame snapshot days
SESAME_MONTHS_AHEAD = 12
DEFAULT_MORNING = time(9, 0)
STATUSES = ("done", "dismissed", "snoozed")
SNOOZES = ("day", "morning", "week")
UID_DOMAIN = "credit-health"


@dataclass(frozen=True)
class ReminderSettings:
    """Which kinds are on, their lead times in days, and the time of the morning reminder."""

    enabled: Mapping[str, bool] = field(default_factory=dict)  # a missing kind is on
    lead_days: Mapping[str, int] = field(default_factory=dict)  # a missing kind: the default
    morning: time = DEFAULT_MORNING

    def is_on(self, kind: str) -> bool:
        return bool(self.enabled.get(kind, True))

    def lead(self, kind: str) -> int:
        if kind not in LEAD_KINDS:
            return 0
        days = self.lead_days.get(kind, DEFAULT_LEAD_DAYS[kind])
        return max(0, min(MAX_LEAD_DAYS, int(days)))


@dataclass(frozen=True)
class Mark:
    """What happened to one occurrence: a status the user set, and when it was announced."""

    occurrence: str
    status: str | None = None  # done / dismissed / snoozed; None: only announced
    until: datetime | None = None  # snoozed until
    notified_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in STATUSES:
            raise ValueError(f"unknown reminder status {self.status!r}")
        if (self.status == "snoozed") != (self.until is not None):
            raise ValueError("a snoozed reminder needs a time, and only a snoozed one has it")


@dataclass(frozen=True)
class ReminderState:
    """The records reminders are made from (gathered by the store as of ``as_of``) and the marks."""

    as_of: date
    rules: Rules
    bills: tuple[BillFact, ...] = ()  # not repaid in full, due up to the store's horizon
    applications: tuple[Application, ...] = ()
    password: SecurityItem | None = None
    last_sesame_on: date | None = None
    last_report_on: date | None = None
    marks: Mapping[str, Mark] = field(default_factory=dict)


@dataclass(frozen=True)
class Reminder:
    id: str  # the occurrence: bill_due:12:2026-12-07
    event: str  # bill_due:12
    kind: str
    on: date  # the day it is about (the due date, the decision date...)
    fires_at: datetime
    msg: Msg
    detail: Msg | None = None
    page: str = ""  # where it is acted on

    @property
    def kind_msg(self) -> Msg:
        return Msg("reminder_kind." + self.kind)


@dataclass(frozen=True)
class _Event:
    kind: str
    key: str
    on: date
    occurrences: tuple[tuple[str, date], ...]  # (occurrence id, the day it reminds), ascending
    msg: Msg
    detail: Msg | None
    page: str


def _dated(key: str, days: list[date]) -> tuple[tuple[str, date], ...]:
    return tuple((f"{key}:{d.isoformat()}", d) for d in sorted(set(days)))


# -- the events ---------------------------------------------------------------------------


def _bill_params(b: BillFact) -> dict[str, object]:
    return {
        "account": b.account_name,
        "period": b.period,
        "due_on": b.due_on,
        "amount_fen": b.unpaid_fen(),
    }


def _bill_events(state: ReminderState, today: date, settings: ReminderSettings) -> Iterator[_Event]:
    lead = settings.lead("bill_due")
    for b in state.bills:
        if b.unpaid_fen() <= 0:
            continue
        if b.past_due_on(today):
            key = f"bill_overdue:{b.bill_id}"
            first = b.due_on + timedelta(days=1)
            days = [d for d in (today - timedelta(days=1), today) if d >= first]
            yield _Event(
                "bill_overdue",
                key,
                today,
                _dated(key, days),
                Msg("reminder.bill_overdue", _bill_params(b)),
                Msg("reminder.bill_overdue_detail"),
                "repayments",
            )
        elif b.due_on >= today:
            key = f"bill_due:{b.bill_id}"
            left = (b.due_on - today).days
            code = "today" if left == 0 else "tomorrow" if left == 1 else "soon"
            detail = None
            if 0 < b.min_due_fen < b.amount_due_fen and b.paid_fen < b.min_due_fen:
                detail = Msg("reminder.bill_due_min", {"min_fen": b.min_due_fen - b.paid_fen})
            yield _Event(
                "bill_due",
                key,
                b.due_on,
                _dated(key, [b.due_on - timedelta(days=lead), b.due_on]),
                Msg(f"reminder.bill_due_{code}", {**_bill_params(b), "days": left}),
                detail,
                "repayments",
            )


def _decision_events(
    state: ReminderState, today: date, settings: ReminderSettings
) -> Iterator[_Event]:
    ar = state.rules.applications
    for app in state.applications:
        if app.status != "pending" or app.id is None:
            continue
        window = decision_window(app.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
        latest = window.latest
        detail = Msg("reminder.decision_detail")
        note = unofficial_note(window)
        if note is not None:  # the date rests on the statutory estimate: the reminder says so
            detail = Msg("reminder.detail_with_note", {"detail": detail, "note": note})
        key = f"decision:{app.id}"
        params = {"submitted_on": app.submitted_on, "latest": latest}
        yield _Event(
            "decision",
            key,
            latest,
            _dated(key, [latest - timedelta(days=settings.lead("decision"))]),
            Msg("reminder.decision_late" if today > latest else "reminder.decision_due", params),
            detail,
            "journey",
        )


def _cooldown_events(
    state: ReminderState, today: date, settings: ReminderSettings
) -> Iterator[_Event]:
    refused = [a for a in state.applications if a.status == "refused" and a.id is not None]
    if not refused:
        return
    last = max(refused, key=lambda a: (a.decided_on or a.submitted_on, a.id or 0))
    refused_on = last.decided_on or last.submitted_on
    if any(a.submitted_on > refused_on for a in state.applications):
        return  # applied again since: the cool-down is behind the user
    until = refused_on + timedelta(days=state.rules.applications.cooldown_days)
    key = f"cooldown:{last.id}"
    params = {"refused_on": refused_on, "until": until}
    yield _Event(
        "cooldown",
        key,
        until,
        _dated(key, [until - timedelta(days=settings.lead("cooldown"))]),
        Msg("reminder.cooldown_ended" if until <= today else "reminder.cooldown_ends", params),
        Msg("reminder.cooldown_detail"),
        "journey",
    )


def _password_events(
    state: ReminderState, today: date, settings: ReminderSettings
) -> Iterator[_Event]:
    item = state.password
    if item is None:
        return
    due = renewal_due_on(item, state.rules)
    if due is None:
        return
    key = f"password:{due.isoformat()}"
    yield _Event(
        "password",
        key,
        due,
        _dated(key, [due - timedelta(days=settings.lead("password"))]),
        Msg(
            "reminder.password_overdue" if due < today else "reminder.password_due", {"due_on": due}
        ),
        Msg("reminder.password_detail"),
        "security",
    )


def _pboc_events(state: ReminderState, today: date, settings: ReminderSettings) -> Iterator[_Event]:
    if state.last_report_on is None:
        # no report yet: remind from now on, under an id that does not move with the days
        yield _Event(
            "pboc",
            "pboc:none",
            today,
            (("pboc:none", today),),
            Msg("reminder.pboc_first"),
            Msg("reminder.pboc_detail"),
            "scores",
        )
        return
    due = state.last_report_on + timedelta(days=state.rules.external_credit.report_stale_days)
    key = f"pboc:{due.isoformat()}"
    yield _Event(
        "pboc",
        key,
        due,
        _dated(key, [due - timedelta(days=settings.lead("pboc"))]),
        Msg("reminder.pboc_due", {"taken_on": state.last_report_on}),
        Msg("reminder.pboc_detail"),
        "scores",
    )


def sesame_update_day(today: date) -> date:
    """The latest Sesame update day (the 6th) on or before ``today``."""
    if today.day >= SESAME_UPDATE_DAY:
        return today.replace(day=SESAME_UPDATE_DAY)
    last_month = today.replace(day=1) - timedelta(days=1)
    return last_month.replace(day=SESAME_UPDATE_DAY)


def _month_after(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, d.day)


def _sesame_event(anchor: date) -> _Event:
    key = f"sesame:{anchor.year:04d}-{anchor.month:02d}"
    return _Event(
        "sesame",
        key,
        anchor,
        _dated(key, [anchor]),
        Msg("reminder.sesame", {"month": f"{anchor.year:04d}-{anchor.month:02d}"}),
        Msg("reminder.sesame_detail"),
        "scores",
    )


def _sesame_events(
    state: ReminderState, today: date, _settings: ReminderSettings
) -> Iterator[_Event]:
    anchor = sesame_update_day(today)
    if state.last_sesame_on is None or state.last_sesame_on < anchor:
        yield _sesame_event(anchor)


def _events(state: ReminderState, today: date, settings: ReminderSettings) -> list[_Event]:
    makers = (
        _bill_events,
        _decision_events,
        _cooldown_events,
        _password_events,
        _pboc_events,
        _sesame_events,
    )
    return [e for make in makers for e in make(state, today, settings) if settings.is_on(e.kind)]


# -- what is due now ------------------------------------------------------------------------


def _marks_of(marks: Mapping[str, Mark], key: str) -> list[Mark]:
    prefix = key + ":"
    return [m for oid, m in marks.items() if oid == key or oid.startswith(prefix)]


def _hidden(event: _Event, occurrence: str, now: datetime, marks: Mapping[str, Mark]) -> bool:
    own = marks.get(occurrence)
    if event.kind in DAILY_KINDS:
        if own is not None and own.status in ("done", "dismissed"):
            return True
        return any(
            m.status == "snoozed" and m.until is not None and m.until > now
            for m in _marks_of(marks, event.key)
        )
    if any(m.status in ("done", "dismissed") for m in _marks_of(marks, event.key)):
        return True
    return own is not None and own.status == "snoozed" and own.until is not None and own.until > now


def due_reminders(
    state: ReminderState, now: datetime, settings: ReminderSettings
) -> list[Reminder]:
    """The reminders to show at ``now``: one per event at most, most pressing first."""
    today = now.date()
    out: list[Reminder] = []
    for event in _events(state, today, settings):
        fired = [
            (oid, d) for oid, d in event.occurrences if datetime.combine(d, settings.morning) <= now
        ]
        if not fired:
            continue
        occurrence, day = fired[-1]
        if _hidden(event, occurrence, now, state.marks):
            continue
        out.append(
            Reminder(
                id=occurrence,
                event=event.key,
                kind=event.kind,
                on=event.on,
                fires_at=datetime.combine(day, settings.morning),
                msg=event.msg,
                detail=event.detail,
                page=event.page,
            )
        )
    out.sort(key=lambda r: (KINDS.index(r.kind), r.on, r.id))
    return out


def unannounced(reminders: list[Reminder], marks: Mapping[str, Mark]) -> list[Reminder]:
    """Those never announced (by a notification or the start-up digest)."""
    return [r for r in reminders if (m := marks.get(r.id)) is None or m.notified_at is None]


def next_morning(now: datetime, settings: ReminderSettings) -> datetime:
    """The next time the morning reminders fire, strictly after ``now``."""
    today = datetime.combine(now.date(), settings.morning)
    return today if today > now else today + timedelta(days=1)


def snooze_until(choice: str, now: datetime, settings: ReminderSettings) -> datetime:
    """When a snooze of "day" (24 hours), "morning" (tomorrow morning) or "week" ends."""
    if choice == "day":
        return now + timedelta(days=1)
    if choice == "morning":
        return datetime.combine(now.date() + timedelta(days=1), settings.morning)
    if choice == "week":
        return now + timedelta(days=7)
    raise ValueError(f"unknown snooze {choice!r}")


# -- the calendar file ------------------------------------------------------------------------


def _alarm_minutes(lead_days: int, settings: ReminderSettings) -> int:
    """Minutes before an all-day event's start (midnight) that fire ``lead_days`` days ahead at
    the morning time; on the day itself, at the start of the day (an alarm cannot follow it)."""
    if lead_days <= 0:
        return 0
    morning = settings.morning.hour * 60 + settings.morning.minute
    return lead_days * 24 * 60 - morning


def calendar_events(
    state: ReminderState, today: date, settings: ReminderSettings, lang: str
) -> list[CalendarEvent]:
    """The reminders as calendar events: what is ahead (or still open today), one per event,
    with a UID that stays the same across exports so a calendar updates rather than doubles."""
    events = _events(state, today, settings)
    if settings.is_on("sesame"):
        anchor = sesame_update_day(today)
        for _ in range(SESAME_MONTHS_AHEAD):
            anchor = _month_after(anchor)
            events.append(_sesame_event(anchor))
    out: list[CalendarEvent] = []
    seen: set[str] = set()
    for e in sorted(events, key=lambda e: (max(e.on, today), KINDS.index(e.kind), e.key)):
        if e.key in seen:
            continue
        seen.add(e.key)
        description = e.detail.render(lang) if e.detail is not None else ""
        out.append(
            CalendarEvent(
                uid=f"{e.key}@{UID_DOMAIN}",
                on=max(e.on, today),  # still open: today, not a day already gone
                summary=e.msg.render(lang),
                description=description,
                alarm_minutes_before=_alarm_minutes(settings.lead(e.kind), settings),
            )
        )
    return out
