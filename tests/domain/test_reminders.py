"""Reminders with a fake clock: lead times, snoozes, done, the digest after a week away,
kinds turned off, and the calendar export."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest

from credithealth.domain.icalendar_export import to_ics
from credithealth.domain.records import Application, SecurityItem
from credithealth.domain.reminders import (
    KINDS,
    Mark,
    ReminderSettings,
    ReminderState,
    calendar_events,
    due_reminders,
    next_morning,
    snooze_until,
    unannounced,
)
from credithealth.domain.rules import default_rules
from tests.domain.factories import bill

RULES = default_rules()
DUE = date(2026, 12, 10)  # a Thursday
SETTINGS = ReminderSettings()


def at(d: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute))


def state(*, marks: dict[str, Mark] | None = None, **kw) -> ReminderState:  # type: ignore[no-untyped-def]
    """Only the given records; Sesame and PBOC recorded recently, so they stay quiet."""
    base: dict[str, object] = {
        "as_of": DUE,
        "rules": RULES,
        "last_sesame_on": date(2026, 12, 7),
        "last_report_on": date(2026, 11, 30),
    }
    base.update(kw)
    return ReminderState(marks=marks or {}, **base)  # type: ignore[arg-type]


def unpaid(due: date = DUE, amount: int = 150_000) -> ReminderState:
    return state(bills=(bill(12, due, amount, min_due=amount // 10),))


def ids(s: ReminderState, now: datetime, settings: ReminderSettings = SETTINGS) -> list[str]:
    return [r.id for r in due_reminders(s, now, settings)]


def marked(
    s: ReminderState,
    occurrence: str,
    status: str | None,
    until: datetime | None = None,
    notified: datetime | None = None,
) -> ReminderState:
    marks = dict(s.marks)
    marks[occurrence] = Mark(occurrence, status, until, notified)
    return replace(s, marks=marks)


# -- lead times -----------------------------------------------------------------------------------


def test_a_bill_reminds_three_days_ahead_and_on_the_day_in_the_morning() -> None:
    s = unpaid()
    assert ids(s, at(DUE - timedelta(days=4), 23)) == []
    assert ids(s, at(DUE - timedelta(days=3), 8, 59)) == []
    ahead = due_reminders(s, at(DUE - timedelta(days=3)), SETTINGS)
    assert [r.id for r in ahead] == ["bill_due:12:2026-12-07"]
    assert ahead[0].msg.render("en").startswith("Due in 3 days (2026-12-10)")
    assert "¥150.00" in ahead[0].detail.render("en")  # the minimum keeps it from going overdue
    # the day before, the same occurrence is still the one shown, now saying "tomorrow"
    tomorrow = due_reminders(s, at(DUE - timedelta(days=1), 20), SETTINGS)
    assert [r.id for r in tomorrow] == ["bill_due:12:2026-12-07"]
    assert tomorrow[0].msg.render("zh_CN").startswith("明天（2026-12-10）到期")
    on_day = due_reminders(s, at(DUE), SETTINGS)
    assert [r.id for r in on_day] == ["bill_due:12:2026-12-10"]
    assert on_day[0].msg.render("en").startswith("Due today")


def test_the_lead_time_and_the_morning_come_from_the_settings() -> None:
    s = unpaid()
    five = ReminderSettings(lead_days={"bill_due": 5}, morning=time(7, 30))
    assert ids(s, at(DUE - timedelta(days=5), 7, 30), five) == ["bill_due:12:2026-12-05"]
    none_ahead = ReminderSettings(lead_days={"bill_due": 0})
    assert ids(s, at(DUE - timedelta(days=1)), none_ahead) == []
    assert ids(s, at(DUE), none_ahead) == ["bill_due:12:2026-12-10"]
    assert ReminderSettings(lead_days={"bill_due": 999}).lead("bill_due") == 30
    assert ReminderSettings().lead("sesame") == 0


def test_a_bill_repaid_in_full_stops_reminding() -> None:
    paid = state(bills=())  # the store leaves out bills repaid in full
    assert ids(paid, at(DUE)) == []


def test_an_overdue_bill_reminds_each_morning_until_paid() -> None:
    s = unpaid(DUE - timedelta(days=5))
    today = DUE
    assert ids(s, at(today, 8)) == ["bill_overdue:12:2026-12-09"]  # before 9: yesterday's
    assert ids(s, at(today)) == ["bill_overdue:12:2026-12-10"]
    done_today = marked(s, "bill_overdue:12:2026-12-10", "done")
    assert ids(done_today, at(today, 18)) == []
    assert ids(done_today, at(today + timedelta(days=1))) == ["bill_overdue:12:2026-12-11"]


# -- done, snooze, dismiss ------------------------------------------------------------------------


def test_snooze_until_tomorrow_morning_then_it_returns() -> None:
    s = unpaid()
    now = at(DUE - timedelta(days=3), 10)
    until = snooze_until("morning", now, SETTINGS)
    assert until == at(DUE - timedelta(days=2))
    snoozed = marked(s, "bill_due:12:2026-12-07", "snoozed", until)
    assert ids(snoozed, now + timedelta(hours=5)) == []
    assert ids(snoozed, until) == ["bill_due:12:2026-12-07"]


def test_a_long_snooze_does_not_swallow_the_on_the_day_reminder() -> None:
    now = at(DUE - timedelta(days=3), 10)
    snoozed = marked(
        unpaid(), "bill_due:12:2026-12-07", "snoozed", snooze_until("week", now, SETTINGS)
    )
    assert ids(snoozed, at(DUE - timedelta(days=1))) == []
    assert ids(snoozed, at(DUE)) == ["bill_due:12:2026-12-10"]


def test_done_or_dismissed_ends_the_event_but_not_others() -> None:
    s = replace(unpaid(), bills=(*unpaid().bills, bill(13, DUE, 5_000)))
    done = marked(s, "bill_due:12:2026-12-07", "done")
    assert ids(done, at(DUE)) == ["bill_due:13:2026-12-10"]
    dismissed = marked(s, "bill_due:13:2026-12-07", "dismissed")
    assert ids(dismissed, at(DUE)) == ["bill_due:12:2026-12-10"]


def test_a_snooze_on_an_overdue_bill_holds_for_the_whole_snooze() -> None:
    s = unpaid(DUE - timedelta(days=5))
    now = at(DUE, 9, 30)
    week = marked(s, "bill_overdue:12:2026-12-10", "snoozed", snooze_until("week", now, SETTINGS))
    for day in range(1, 7):
        assert ids(week, at(DUE + timedelta(days=day))) == []
    assert ids(week, at(DUE + timedelta(days=7), 10)) == ["bill_overdue:12:2026-12-17"]


def test_snooze_choices() -> None:
    now = at(DUE, 22, 15)
    assert snooze_until("day", now, SETTINGS) == now + timedelta(days=1)
    assert snooze_until("morning", now, SETTINGS) == at(DUE + timedelta(days=1))
    assert snooze_until("week", now, SETTINGS) == now + timedelta(days=7)
    with pytest.raises(ValueError):
        snooze_until("year", now, SETTINGS)
    assert next_morning(at(DUE, 8), SETTINGS) == at(DUE)
    assert next_morning(at(DUE, 9), SETTINGS) == at(DUE + timedelta(days=1))


def test_a_mark_needs_a_time_exactly_when_snoozed() -> None:
    with pytest.raises(ValueError):
        Mark("x:1", "snoozed")
    with pytest.raises(ValueError):
        Mark("x:1", "done", at(DUE))
    with pytest.raises(ValueError):
        Mark("x:1", "later")


# -- the start-up digest after a week away -------------------------------------------------------------


def test_a_week_away_gives_one_digest_line_per_event() -> None:
    left = at(date(2026, 12, 1), 20)  # the app was last open on the evening of 12-01
    back = at(date(2026, 12, 8), 11)
    s = state(
        as_of=back.date(),
        bills=(
            bill(12, date(2026, 12, 5), 90_000),  # fell due while away, never paid
            bill(14, date(2026, 12, 10), 40_000),  # due in two days
        ),
        applications=(
            Application(date(2026, 11, 30), "app", "pending", id=5),  # expected by 12-03
        ),
        last_sesame_on=date(2026, 11, 6),  # December's update came on the 6th
    )
    # what was announced before leaving: nothing of this
    seen = due_reminders(s, left, SETTINGS)
    s = replace(s, marks={r.id: Mark(r.id, None, None, left) for r in seen})
    missed = unannounced(due_reminders(s, back, SETTINGS), s.marks)
    assert [r.id for r in missed] == [
        "bill_overdue:12:2026-12-08",
        "bill_due:14:2026-12-07",
        "decision:5:2026-12-03",
        "sesame:2026-12:2026-12-06",
    ]
    assert len({r.event for r in missed}) == len(missed)
    assert missed[2].msg.render("en").startswith("No decision yet?")
    # announced once: the next check finds nothing new
    s = replace(s, marks={**s.marks, **{r.id: Mark(r.id, None, None, back) for r in missed}})
    assert unannounced(due_reminders(s, back + timedelta(minutes=30), SETTINGS), s.marks) == []


# -- the other kinds ---------------------------------------------------------------------------------


def test_decision_on_the_last_working_day_across_national_day() -> None:
    # submitted Wednesday 2026-09-30: October 1–7 off, Saturday 10-10 a make-up working day
    s = state(as_of=date(2026, 9, 30), applications=(Application(date(2026, 9, 30), id=8),))
    assert ids(s, at(date(2026, 10, 9))) == []
    [r] = due_reminders(s, at(date(2026, 10, 10)), SETTINGS)
    assert (r.id, r.on) == ("decision:8:2026-10-10", date(2026, 10, 10))
    decided = replace(
        s,
        applications=(Application(date(2026, 9, 30), "app", "approved", date(2026, 10, 9), id=8),),
    )
    assert ids(decided, at(date(2026, 10, 10))) == []


def test_password_renewal_when_it_falls_due() -> None:
    done_on = date(2026, 9, 11)
    s = state(password=SecurityItem("password_changed", True, done_on, 90, id=1))
    assert ids(s, at(date(2026, 12, 9))) == []
    [r] = due_reminders(s, at(date(2026, 12, 10)), SETTINGS)
    assert r.id == "password:2026-12-10:2026-12-10"
    assert r.page == "security"
    renewed = replace(
        s, password=SecurityItem("password_changed", True, date(2026, 12, 10), 90, id=1)
    )
    assert ids(renewed, at(date(2026, 12, 11))) == []


def test_sesame_each_month_after_the_6th_until_recorded() -> None:
    s = state(last_sesame_on=date(2026, 11, 6))
    assert ids(s, at(date(2026, 12, 5))) == []
    assert ids(s, at(date(2026, 12, 6))) == ["sesame:2026-12:2026-12-06"]
    recorded = replace(s, last_sesame_on=date(2026, 12, 7))
    assert ids(recorded, at(date(2026, 12, 20))) == []
    # early in January, December's is still missing
    assert ids(s, at(date(2027, 1, 3))) == ["sesame:2026-12:2026-12-06"]


def test_pboc_report_92_days_after_the_last_or_now_if_none() -> None:
    s = state(last_report_on=date(2026, 9, 1))
    due = date(2026, 9, 1) + timedelta(days=92)
    assert ids(s, at(due - timedelta(days=1))) == []
    assert ids(s, at(due)) == [f"pboc:{due}:{due}"]
    first = state(last_report_on=None)
    assert ids(first, at(date(2026, 12, 10))) == ["pboc:none"]
    assert ids(first, at(date(2026, 12, 11))) == ["pboc:none"]  # the same id from day to day
    dismissed = marked(first, "pboc:none", "dismissed")
    assert [i for i in ids(dismissed, at(date(2027, 3, 1))) if i.startswith("pboc")] == []


def test_end_of_cool_down_unless_applied_again() -> None:
    refused = Application(date(2026, 11, 20), "app", "refused", date(2026, 11, 23), id=3)
    s = state(applications=(refused,))
    until = date(2026, 11, 23) + timedelta(days=RULES.applications.cooldown_days)
    assert ids(s, at(until - timedelta(days=1))) == []
    [r] = due_reminders(s, at(until), SETTINGS)
    assert r.id == f"cooldown:3:{until}"
    again = replace(s, applications=(refused, Application(until + timedelta(days=2), id=4)))
    assert not [i for i in ids(again, at(until + timedelta(days=2))) if i.startswith("cooldown")]


def test_turning_a_kind_off() -> None:
    s = state(bills=(bill(12, DUE, 50_000),), last_sesame_on=None, last_report_on=None)
    everything = {r.kind for r in due_reminders(s, at(DUE), SETTINGS)}
    assert everything == {"bill_due", "sesame", "pboc"}
    quiet = ReminderSettings(enabled={"sesame": False, "bill_due": False})
    assert {r.kind for r in due_reminders(s, at(DUE), quiet)} == {"pboc"}
    assert {e.uid.split(":")[0] for e in calendar_events(s, DUE, quiet, "en")} == {"pboc"}


def test_reminders_come_most_pressing_first() -> None:
    s = state(
        bills=(bill(12, DUE - timedelta(days=3), 50_000), bill(13, DUE, 20_000)),
        last_sesame_on=None,
    )
    kinds = [r.kind for r in due_reminders(s, at(DUE), SETTINGS)]
    assert kinds == sorted(kinds, key=KINDS.index)
    assert kinds[0] == "bill_overdue"


# -- the calendar file --------------------------------------------------------------------------------


def test_the_ics_file_parses_and_holds_the_expected_events() -> None:
    today = date(2026, 12, 1)
    s = state(
        as_of=today,
        bills=(bill(12, DUE, 150_000),),
        applications=(Application(date(2026, 11, 30), id=5),),
        password=SecurityItem("password_changed", True, date(2026, 10, 1), 90, id=1),
        last_sesame_on=date(2026, 11, 6),
        last_report_on=date(2026, 11, 1),
    )
    events = calendar_events(s, today, SETTINGS, "zh_CN")
    text = to_ics(
        events, stamp=datetime(2026, 12, 1, 1, 0, tzinfo=UTC), calendar_name="信用健康提醒"
    )
    cal = icalendar.Calendar.from_ical(text)
    parsed = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert parsed["bill_due:12@credit-health"].decoded("DTSTART") == DUE
    assert "还需还款¥1,500.00" in str(parsed["bill_due:12@credit-health"]["SUMMARY"])
    assert parsed["decision:5@credit-health"].decoded("DTSTART") == date(2026, 12, 3)
    assert parsed["password:2026-12-30@credit-health"].decoded("DTSTART") == date(2026, 12, 30)
    assert parsed["pboc:2027-02-01@credit-health"].decoded("DTSTART") == date(2027, 2, 1)
    sesame = sorted(u for u in parsed if u.startswith("sesame:"))
    # November's score is recorded: the next twelve update days, from December on
    assert sesame[0] == "sesame:2026-12@credit-health" and len(sesame) == 12
    # three days ahead at nine: 3 days minus 9 hours before the all-day event starts
    [alarm] = parsed["bill_due:12@credit-health"].walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(days=2, hours=15)
    # the same records give the same file, UIDs included
    assert text == to_ics(
        calendar_events(s, today, SETTINGS, "zh_CN"),
        stamp=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
        calendar_name="信用健康提醒",
    )


def test_an_overdue_event_is_exported_for_today_not_a_day_gone() -> None:
    s = unpaid(DUE - timedelta(days=5))
    [e] = [e for e in calendar_events(s, DUE, SETTINGS, "en") if e.uid.startswith("bill_overdue")]
    assert e.on == DUE
    assert e.summary.startswith("Overdue since 2026-12-05")


# -- a decision in a year with only the statutory estimate -------------------------------------


def test_an_application_on_new_years_eve_is_decided_from_the_first_working_day_and_says_it_is_an_estimate() -> (
    None
):
    from credithealth.domain.holiday_notice import parse_notice
    from credithealth.domain.workdays import decision_window, use_notices
    from tests.domain.test_holiday_notice import NOTICE_2027

    applied = date(2026, 12, 31)
    window = decision_window(applied)
    assert window.earliest >= date(2027, 1, 4)  # 1 January is New Year's Day, then a weekend
    s = state(as_of=applied, applications=(Application(applied, id=9),))
    [reminder] = [
        r for r in due_reminders(s, at(window.latest), SETTINGS) if r.id.startswith("decision:")
    ]
    assert reminder.on >= date(2027, 1, 4)
    assert reminder.detail is not None
    assert "make-up working days (调休) are not known" in reminder.detail.render("en")
    [event] = [
        e for e in calendar_events(s, applied, SETTINGS, "zh_CN") if e.uid.startswith("decision:")
    ]
    assert event.on >= date(2027, 1, 4)
    text = to_ics(
        [event], stamp=datetime(2026, 12, 31, 1, 0, tzinfo=UTC), calendar_name="信用健康提醒"
    )
    [parsed] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert parsed.decoded("DTSTART") >= date(2027, 1, 4)
    assert "调休上班日未知" in str(parsed["DESCRIPTION"])
    # once the 2027 notice is in, the note goes
    use_notices([parse_notice(NOTICE_2027)])
    [event] = [
        e for e in calendar_events(s, applied, SETTINGS, "zh_CN") if e.uid.startswith("decision:")
    ]
    assert "调休" not in event.description
