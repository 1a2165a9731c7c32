"""Chinese working days, for estimates such as "the review takes 1–3 working days".

A working day in mainland China is a Monday to Friday that is not a public
holiday, plus the make-up working days (调休): weekends the State Council's
yearly notice declares working days to pay for a longer holiday.

The calendar comes from the ``holidays`` package, but only for the years whose
official notice it carries (``official_years``). For any other year it would
compute holidays from the lunar calendar and guess the make-up days; a guessed
calendar presented as a date would mislead, so those years count weekends only
and every result says whether it rests on the official calendar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import holidays

from credithealth.domain.messages import Msg, register

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5

# Notices before 2001 are not in the package's sources (see its China docstring).
_FIRST_NOTICE_YEAR = 2001

register(
    {
        "workdays.unofficial_year": (
            "{year} has no published holiday calendar yet; weekends only were counted.",
            "{year}年的节假日安排尚未公布，本次只按周末计算。",
        ),
    }
)


def _check_official(official: bool, unofficial_years: frozenset[int]) -> None:
    # The note names the unofficial year, so a result cannot be unofficial without one.
    if official == bool(unofficial_years):
        raise ValueError("official must be True exactly when unofficial_years is empty")


@dataclass(frozen=True)
class WorkdayResult:
    """The n-th working day after a date.

    ``official`` is False when any day counted lies in a year without the
    official calendar; ``unofficial_years`` names those years.
    """

    on: date
    official: bool
    unofficial_years: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        _check_official(self.official, self.unofficial_years)


@dataclass(frozen=True)
class DecisionWindow:
    """When a decision is due: between ``earliest`` and ``latest``, both working days."""

    earliest: date
    latest: date
    official: bool
    unofficial_years: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        _check_official(self.official, self.unofficial_years)


@cache
def _calendar() -> holidays.HolidayBase:
    """The package's Chinese public holidays, populated for the official years only.

    ``expand=False`` keeps it from silently computing (guessing) other years when
    asked about them; this module never asks, but the guard makes that certain.
    """
    return holidays.country_holidays("CN", years=sorted(official_years()), expand=False)


@cache
def official_years() -> frozenset[int]:
    """Years whose State Council holiday notice the installed ``holidays`` package carries.

    Every notice moves days around, so each one appears in the package as a year
    of substituted days (``special_public_holidays``); a year without that entry
    has only computed festival dates and no make-up working days.
    """
    specials = getattr(holidays.country_holidays("CN"), "special_public_holidays", {})
    return frozenset(year for year in specials if year >= _FIRST_NOTICE_YEAR)


def is_official(d: date) -> bool:
    """Whether ``d`` falls in a year covered by the official calendar."""
    return d.year in official_years()


def is_workday(d: date) -> bool:
    """Whether ``d`` is a working day; outside the official years, any weekday is."""
    if is_official(d):
        return _calendar().is_working_day(d)
    return d.weekday() < _SATURDAY


def add_workdays(start: date, n: int) -> WorkdayResult:
    """The n-th working day after ``start`` (``n`` >= 1).

    ``start`` itself never counts: a form submitted on a Monday with n=1 gives
    Tuesday, whether or not Monday was a working day.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    day = start
    unofficial: set[int] = set()
    remaining = n
    while remaining:
        day += _ONE_DAY
        if not is_official(day):
            unofficial.add(day.year)
        if is_workday(day):
            remaining -= 1
    return WorkdayResult(on=day, official=not unofficial, unofficial_years=frozenset(unofficial))


def decision_window(submitted_on: date, min_days: int = 1, max_days: int = 3) -> DecisionWindow:
    """The working days on which a decision taking min..max working days can arrive."""
    if not 1 <= min_days <= max_days:
        raise ValueError(f"need 1 <= min_days <= max_days, got {min_days}..{max_days}")
    earliest = add_workdays(submitted_on, min_days)
    # The latest count covers every day the earliest one does.
    latest = add_workdays(submitted_on, max_days)
    return DecisionWindow(
        earliest=earliest.on,
        latest=latest.on,
        official=latest.official,
        unofficial_years=latest.unofficial_years,
    )


def unofficial_note(window: DecisionWindow) -> Msg | None:
    """The sentence to show beside a window counted with weekends only, else None."""
    if window.official:
        return None
    return Msg("workdays.unofficial_year", {"year": min(window.unofficial_years)})
