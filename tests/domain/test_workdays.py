"""Chinese working days against the State Council's published calendars."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain import workdays
from credithealth.domain.holiday_notice import parse_notice
from credithealth.domain.messages import catalog
from credithealth.domain.statutory_holidays import statutory_days
from credithealth.domain.workdays import (
    DecisionWindow,
    WorkdayResult,
    add_workdays,
    decision_window,
    estimate_note,
    holidays_of,
    is_workday,
    make_up_workdays_of,
    next_year_hint,
    official_years,
    unofficial_note,
    use_notices,
    weakest_source,
    year_source,
)
from tests.domain.test_holiday_notice import NOTICE_2026, NOTICE_2027

# 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号):
# 元旦 1/1–1/3, 1/4 (Sun) works; 春节 2/15–2/23, 2/14 and 2/28 (Sat) work;
# 清明 4/4–4/6; 劳动节 5/1–5/5, 5/9 (Sat) works; 端午 6/19–6/21;
# 中秋 9/25–9/27; 国庆 10/1–10/7, 9/20 (Sun) and 10/10 (Sat) work.
WEEKDAYS_OFF_2026 = {
    date(2026, 1, 1),
    date(2026, 1, 2),
    *(date(2026, 2, day) for day in (16, 17, 18, 19, 20, 23)),
    date(2026, 4, 6),
    date(2026, 5, 1),
    date(2026, 5, 4),
    date(2026, 5, 5),
    date(2026, 6, 19),
    date(2026, 9, 25),
    *(date(2026, 10, day) for day in (1, 2, 5, 6, 7)),
}
MAKEUP_WORKDAYS_2026 = {
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
}

# Far enough ahead that no installed package version will have published it.
UNPUBLISHED_YEAR = 2031


def days_of(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]


def window(submitted: date) -> tuple[date, date]:
    w = decision_window(submitted)
    assert w.official
    return w.earliest, w.latest


# --- which years are official ---------------------------------------------------------


def test_official_years_cover_2026_and_run_unbroken_from_2001() -> None:
    years = official_years()
    assert 2026 in years
    assert min(years) == 2001
    assert years == frozenset(range(2001, max(years) + 1))
    assert UNPUBLISHED_YEAR not in years


# --- the 2026 calendar ------------------------------------------------------------------


def test_2026_differs_from_plain_weekends_exactly_as_the_notice_says() -> None:
    days = days_of(2026)
    weekdays_off = {d for d in days if d.weekday() < 5 and not is_workday(d)}
    weekends_worked = {d for d in days if d.weekday() >= 5 and is_workday(d)}
    assert weekdays_off == WEEKDAYS_OFF_2026
    assert weekends_worked == MAKEUP_WORKDAYS_2026


def test_national_day_2026_is_seven_days_off_with_makeup_weekends() -> None:
    for day in range(1, 8):
        assert not is_workday(date(2026, 10, day))
    assert is_workday(date(2026, 9, 30))
    assert is_workday(date(2026, 10, 8))
    assert is_workday(date(2026, 9, 20))  # Sunday, make-up day
    assert is_workday(date(2026, 10, 10))  # Saturday, make-up day
    assert not is_workday(date(2026, 10, 11))  # the Sunday after stays off


def test_mid_autumn_2026_is_its_own_long_weekend() -> None:
    for day in (25, 26, 27):
        assert not is_workday(date(2026, 9, day))


def test_spring_festival_2026_is_nine_days_off() -> None:
    for day in range(15, 24):
        assert not is_workday(date(2026, 2, day))
    assert is_workday(date(2026, 2, 14))
    assert is_workday(date(2026, 2, 24))
    assert is_workday(date(2026, 2, 28))


def test_national_day_2025_runs_eight_days_with_its_own_makeup_days() -> None:
    for day in range(1, 9):
        assert not is_workday(date(2025, 10, day))
    assert is_workday(date(2025, 9, 28))
    assert is_workday(date(2025, 10, 11))


# --- counting -------------------------------------------------------------------------


def test_the_day_of_submission_never_counts() -> None:
    assert add_workdays(date(2026, 3, 2), 1) == WorkdayResult(date(2026, 3, 3), official=True)
    # Submitted on a Sunday: Monday is the first working day.
    assert add_workdays(date(2026, 3, 8), 1).on == date(2026, 3, 9)


def test_submitted_on_the_friday_before_national_day() -> None:
    # 2026-09-25 is that Friday, and it is itself the Mid-Autumn holiday.
    assert window(date(2026, 9, 25)) == (date(2026, 9, 28), date(2026, 9, 30))


def test_submitted_on_the_last_working_day_before_national_day() -> None:
    # Wednesday 30 September: the week off, then Thursday, Friday and make-up Saturday.
    assert window(date(2026, 9, 30)) == (date(2026, 10, 8), date(2026, 10, 10))


def test_submitted_on_a_makeup_saturday() -> None:
    assert window(date(2026, 10, 10)) == (date(2026, 10, 12), date(2026, 10, 14))
    # Make-up Saturday before Spring Festival: the nine days off come next.
    assert window(date(2026, 2, 14)) == (date(2026, 2, 24), date(2026, 2, 26))


def test_a_makeup_saturday_counts_when_it_follows_the_submission() -> None:
    # Friday 13 February: Saturday 14 is a working day, then Spring Festival.
    assert window(date(2026, 2, 13)) == (date(2026, 2, 14), date(2026, 2, 25))


def test_unpublished_year_counts_statutory_days_and_weekends_and_says_so() -> None:
    # 1–3 October are National Day by law, announced or not: the count starts on the 6th.
    submitted = date(UNPUBLISHED_YEAR, 9, 30)
    w = decision_window(submitted)
    assert w == DecisionWindow(
        earliest=date(2031, 10, 6),
        latest=date(2031, 10, 8),
        official=False,
        unofficial_years=frozenset({UNPUBLISHED_YEAR}),
    )
    # an ordinary Friday: the weekend is skipped and nothing else (make-up days unknown)
    assert decision_window(date(2031, 10, 17)).earliest == date(2031, 10, 20)


def test_window_running_into_an_unpublished_year_is_not_official() -> None:
    last_year = max(official_years())
    w = decision_window(date(last_year, 12, 31))
    assert not w.official
    assert w.unofficial_years == frozenset({last_year + 1})


def test_window_entirely_in_an_official_year_has_no_note() -> None:
    assert unofficial_note(decision_window(date(2026, 6, 1))) is None


def test_unofficial_note_names_the_year_in_both_languages() -> None:
    note = unofficial_note(decision_window(date(UNPUBLISHED_YEAR, 3, 3)))
    assert note is not None
    assert note.render("en") == (
        "The app has no official holiday schedule for 2031: statutory holidays and weekends "
        "were counted, but the make-up working days (调休) are not known, so the dates may "
        "shift by a few days."
    )
    assert note.render("zh_CN") == (
        "本应用还没有2031年的官方放假安排：已计入法定节假日和周末，但调休上班日未知，"
        "日期可能相差几天。"
    )


def test_messages_are_registered_in_both_languages() -> None:
    codes = [code for code in catalog() if code.startswith("workdays.")]
    assert codes
    for code in codes:
        assert catalog()[code]["en"] and catalog()[code]["zh_CN"]


@pytest.mark.parametrize("n", [0, -1])
def test_n_must_be_positive(n: int) -> None:
    with pytest.raises(ValueError):
        add_workdays(date(2026, 1, 5), n)


@pytest.mark.parametrize(("low", "high"), [(0, 3), (3, 1)])
def test_window_bounds_must_be_ordered_and_positive(low: int, high: int) -> None:
    with pytest.raises(ValueError):
        decision_window(date(2026, 1, 5), low, high)


def test_result_cannot_be_unofficial_without_naming_a_year() -> None:
    with pytest.raises(ValueError):
        WorkdayResult(date(2031, 1, 1), official=False)
    with pytest.raises(ValueError):
        DecisionWindow(
            date(2031, 1, 1), date(2031, 1, 2), official=True, unofficial_years=(frozenset({2031}))
        )


# --- properties -----------------------------------------------------------------------

starts = st.dates(min_value=date(1995, 1, 1), max_value=date(2040, 12, 31))
counts = st.integers(min_value=1, max_value=40)


@given(starts, counts)
def test_result_is_a_workday_strictly_after_start(start: date, n: int) -> None:
    result = add_workdays(start, n)
    assert result.on > start
    assert is_workday(result.on)


@given(starts, counts)
def test_result_is_exactly_the_nth_workday(start: date, n: int) -> None:
    result = add_workdays(start, n)
    span = [start + timedelta(days=i) for i in range(1, (result.on - start).days + 1)]
    assert sum(is_workday(d) for d in span) == n


@given(starts, counts, counts)
def test_monotonic_in_n(start: date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert add_workdays(start, low).on <= add_workdays(start, high).on
    if low < high:
        assert add_workdays(start, low).on < add_workdays(start, high).on


@given(starts, st.integers(min_value=0, max_value=30), counts)
def test_monotonic_in_start(start: date, later_by: int, n: int) -> None:
    later = start + timedelta(days=later_by)
    assert add_workdays(start, n).on <= add_workdays(later, n).on


@given(starts, counts)
def test_official_exactly_when_every_counted_day_is_in_an_official_year(
    start: date, n: int
) -> None:
    result = add_workdays(start, n)
    years = set(range((start + timedelta(days=1)).year, result.on.year + 1))
    assert result.official == (years <= official_years())


# --- statutory days, notices and sources ------------------------------------------------


def test_2027_without_a_notice_never_works_a_statutory_day() -> None:
    assert year_source(2027) == "statutory"
    for d in [
        date(2027, 1, 1),
        *(date(2027, 2, day) for day in (5, 6, 7, 8)),
        *(date(2027, 10, day) for day in (1, 2, 3)),
    ]:
        assert not is_workday(d), d
    # the three examples of the issue
    assert decision_window(date(2026, 12, 31)).earliest == date(2027, 1, 4)
    assert add_workdays(date(2027, 2, 4), 1).on == date(2027, 2, 9)
    assert add_workdays(date(2027, 9, 30), 1).on == date(2027, 10, 4)


def test_with_the_2026_notice_every_day_of_2026_is_as_the_package_says() -> None:
    use_notices([parse_notice(NOTICE_2026)])
    assert year_source(2026) == "notice"
    official = holidays.country_holidays("CN", years=[2026])
    for d in days_of(2026):
        assert is_workday(d) == official.is_working_day(d), d


def test_a_2027_notice_replaces_the_estimate_and_removing_it_restores_it() -> None:
    estimate = {d: is_workday(d) for d in days_of(2027)}
    assert not decision_window(date(2027, 2, 19)).official
    use_notices([parse_notice(NOTICE_2027)])
    assert year_source(2027) == "notice"
    assert is_workday(date(2027, 2, 20))  # a Saturday made a working day
    assert not is_workday(date(2027, 2, 9))  # a Tuesday off
    w = decision_window(date(2027, 2, 19))
    assert w.official and unofficial_note(w) is None
    assert w.earliest == date(2027, 2, 20)
    use_notices([])
    assert year_source(2027) == "statutory"
    assert {d: is_workday(d) for d in days_of(2027)} == estimate


def test_a_notice_wins_over_the_package_for_its_year() -> None:
    altered = NOTICE_2026.replace("、2月28日（周六）上班", "上班")
    use_notices([parse_notice(altered)])
    assert not is_workday(date(2026, 2, 28))
    assert is_workday(date(2026, 2, 14))
    use_notices([])
    assert is_workday(date(2026, 2, 28))


def test_holidays_and_make_up_days_of_a_year() -> None:
    assert make_up_workdays_of(2026) == sorted(MAKEUP_WORKDAYS_2026)
    assert set(holidays_of(2026)) >= WEEKDAYS_OFF_2026
    assert make_up_workdays_of(2027) == []
    assert date(2027, 2, 6) in holidays_of(2027)  # a Saturday, but 初一


def test_weakest_source_and_estimate_note() -> None:
    assert weakest_source([2026]) == "official"
    assert weakest_source([2026, 2027]) == "statutory"
    assert estimate_note([date(2026, 5, 6)]) is None
    note = estimate_note([date(2026, 12, 30), date(2027, 1, 5)])
    assert note is not None and note.params["year"] == 2027
    use_notices([parse_notice(NOTICE_2027)])
    assert weakest_source([2026, 2027]) == "notice"
    assert estimate_note([date(2027, 1, 5)]) is None


@pytest.mark.parametrize(
    ("today", "hint"),
    [
        (date(2026, 10, 31), False),
        (date(2026, 11, 1), True),
        (date(2026, 12, 31), True),
        (date(2025, 11, 20), False),
    ],
)
def test_next_year_hint_in_november_and_december(today: date, hint: bool) -> None:
    msg = next_year_hint(today)
    assert (msg is not None) == hint
    if msg:
        assert "2027" in msg.render("zh_CN") and "Preferences" in msg.render("en")


def test_hint_goes_once_the_notice_is_added() -> None:
    use_notices([parse_notice(NOTICE_2027)])
    assert next_year_hint(date(2026, 11, 20)) is None


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_a_statutory_day_is_never_a_working_day(d: date) -> None:
    if d in statutory_days(d.year):
        assert not is_workday(d)


# -- the package's calendar, kept by the start-up cache ---------------------------------


@pytest.fixture
def fresh_calendar(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``official_calendar`` and ``official_years`` worked out again, with a cache dict."""
    kept: dict[str, bytes] = {}
    use_notices(())  # the package alone: no notice another test left
    monkeypatch.setattr(workdays, "calendar_cache", kept)
    workdays.official_calendar.cache_clear()
    workdays.official_years.cache_clear()
    yield kept
    workdays.official_calendar.cache_clear()
    workdays.official_years.cache_clear()


def test_the_calendar_answers_as_the_package_for_every_official_day() -> None:
    calendar = workdays.official_calendar()
    package = holidays.country_holidays("CN", years=sorted(calendar.years), expand=False)
    assert {2025, 2026} <= calendar.years
    for year in sorted(calendar.years):
        day = date(year, 1, 1)
        while day.year == year:
            assert calendar.is_working_day(day) == package.is_working_day(day), day
            day += timedelta(days=1)


def test_the_calendar_is_kept_and_read_back_without_the_package(
    fresh_calendar: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workdays.official_calendar()
    key = workdays.package_identity()
    assert key is not None and "holidays-" in key
    assert list(fresh_calendar) == [key]
    workdays.official_calendar.cache_clear()

    def not_again() -> None:
        raise AssertionError("the package was asked again")

    monkeypatch.setattr(workdays, "_from_package", not_again)
    assert workdays.official_calendar() == first
    # 国庆 10/1–10/7 off, then Thu 10/8, Fri 10/9 and the make-up Saturday 10/10 work
    window = decision_window(date(2026, 9, 30), 1, 3)
    assert (window.earliest, window.latest) == (date(2026, 10, 8), date(2026, 10, 10))


def test_another_package_or_a_damaged_entry_is_worked_out_again(
    fresh_calendar: dict[str, bytes],
) -> None:
    expected = workdays.official_calendar()
    key = workdays.package_identity()
    assert key is not None
    fresh_calendar.clear()
    fresh_calendar["another package|holidays-0.1.dist-info|1|1"] = b"not a calendar"
    fresh_calendar[key] = b"\x00damaged"
    workdays.official_calendar.cache_clear()
    assert workdays.official_calendar() == expected  # from the package
    assert workdays.OfficialCalendar.unpacked(fresh_calendar[key]) == expected  # kept anew


def test_where_the_package_is_not_plain_files_nothing_is_kept(
    fresh_calendar: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workdays, "package_identity", lambda: None)
    assert 2026 in workdays.official_calendar().years
    assert fresh_calendar == {}
