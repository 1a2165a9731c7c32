"""Chinese working days, for estimates such as "the review takes 1–3 working days".

A working day in mainland China is a Monday to Friday that is not a public
holiday, plus the make-up working days (调休): weekends the State Council's
yearly notice declares working days to pay for a longer holiday.

Each year's calendar rests on one source (``year_source``):

- ``notice``: the State Council notice the user added (read by
  ``holiday_notice``, kept in the database); it wins over the package;
- ``official``: the notice as the installed ``holidays`` package carries it
  (``official_years``);
- ``statutory``: neither is known, so the statutory holidays (computed for the
  year under the rules then in force, ``statutory_holidays``) and weekends are
  days off, and the make-up working days are unknown: an estimate, and every
  result resting on it says so.

Statutory days are never working days, whatever the source. The notices come
in through ``use_notices``, which the store calls whenever it opens a database
or changes its notices (one database is open per process); the functions take
no calendar argument so that every caller counts with the same one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from credithealth.domain.holiday_notice import HolidayNotice
from credithealth.domain.messages import Msg
from credithealth.domain.statutory_holidays import statutory_days

if TYPE_CHECKING:
    import holidays

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5

# Notices before 2001 are not in the package's sources (see its China docstring).
_FIRST_NOTICE_YEAR = 2001


def _check_official(official: bool, unofficial_years: frozenset[int]) -> None:
    # The note names the unofficial year, so a result cannot be unofficial without one.
    if official == bool(unofficial_years):
        raise ValueError("official must be True exactly when unofficial_years is empty")


@dataclass(frozen=True)
class WorkdayResult:
    """The n-th working day after a date.

    ``official`` is False when any day counted lies in a year with only the
    statutory estimate; ``unofficial_years`` names those years.
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
    import holidays  # when first needed (~20 ms): most commands count no working day

    return holidays.country_holidays("CN", years=sorted(official_years()), expand=False)


@cache
def official_years() -> frozenset[int]:
    """Years whose State Council holiday notice the installed ``holidays`` package carries.

    Every notice moves days around, so each one appears in the package as a year
    of substituted days (``special_public_holidays``); a year without that entry
    has only computed festival dates and no make-up working days.
    """
    import holidays

    specials = getattr(holidays.country_holidays("CN"), "special_public_holidays", {})
    return frozenset(year for year in specials if year >= _FIRST_NOTICE_YEAR)


SOURCES = ("official", "notice", "statutory")  # from the surest to the least sure

# The notices of the open database, by year; and every day they name, across years.
_notices: Mapping[int, HolidayNotice] = MappingProxyType({})
_named_days: Mapping[date, bool] = MappingProxyType({})


def use_notices(notices: Iterable[HolidayNotice]) -> None:
    """Count with these notices from now on (the store calls this; later years win ties)."""
    global _notices, _named_days
    by_year = {n.year: n for n in sorted(notices, key=lambda n: n.year)}
    named: dict[date, bool] = {}
    for n in by_year.values():
        named.update(dict.fromkeys(n.days_off, False))
        named.update(dict.fromkeys(n.make_up_workdays, True))
    # replaced whole, never changed in place: a worker thread reading them sees one or the other
    _notices, _named_days = MappingProxyType(by_year), MappingProxyType(named)


def notices() -> Mapping[int, HolidayNotice]:
    """The notices counted with, by year."""
    return _notices


def year_source(year: int) -> str:
    """What ``year``'s calendar rests on: ``notice``, ``official`` or ``statutory``."""
    if year in _notices:
        return "notice"
    if year in official_years():
        return "official"
    return "statutory"


def weakest_source(years: Iterable[int]) -> str:
    """The least sure source among ``years`` (``official`` for none)."""
    return max((year_source(y) for y in years), key=SOURCES.index, default="official")


def is_official(d: date) -> bool:
    """Whether ``d`` falls in a year whose schedule is known (package or notice)."""
    return year_source(d.year) != "statutory"


def is_workday(d: date) -> bool:
    """Whether ``d`` is a working day. Statutory holidays never are, in any year."""
    if d in statutory_days(d.year):
        return False
    named = _named_days.get(d)
    if named is not None:
        return named
    source = year_source(d.year)
    if source == "official":
        return bool(_calendar().is_working_day(d))
    # a notice names every day it moves; for an estimate, the make-up days are unknown
    return d.weekday() < _SATURDAY


def days_of_year(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + i * _ONE_DAY for i in range((date(year + 1, 1, 1) - first).days)]


def holidays_of(year: int) -> list[date]:
    """``year``'s days off other than ordinary weekends: weekdays off, statutory days,
    and the days a notice names."""
    listed = set(_notices[year].days_off) if year in _notices else set()
    statutory = statutory_days(year)
    return [
        d
        for d in days_of_year(year)
        if not is_workday(d) and (d.weekday() < _SATURDAY or d in statutory or d in listed)
    ]


def make_up_workdays_of(year: int) -> list[date]:
    """``year``'s weekend days that are working days (调休); none known for an estimate."""
    return [d for d in days_of_year(year) if d.weekday() >= _SATURDAY and is_workday(d)]


def next_year_hint(today: date) -> Msg | None:
    """In November and December, a line saying next year's notice can be added, if needed."""
    if today.month < 11 or year_source(today.year + 1) != "statutory":
        return None
    return Msg("workdays.next_year_hint", {"year": today.year + 1})


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
    """The sentence to show beside a window that rests on an estimate, else None."""
    if window.official:
        return None
    return Msg("workdays.unofficial_year", {"year": min(window.unofficial_years)})


def estimate_note(days: Iterable[date]) -> Msg | None:
    """The same sentence for any dates the app shows, when one lies in an estimated year."""
    years = sorted({d.year for d in days if not is_official(d)})
    if not years:
        return None
    return Msg("workdays.unofficial_year", {"year": years[0]})
