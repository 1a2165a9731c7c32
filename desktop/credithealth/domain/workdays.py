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

import importlib.util
import marshal
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from types import MappingProxyType

from credithealth.domain.holiday_notice import HolidayNotice
from credithealth.domain.messages import Msg
from credithealth.domain.statutory_holidays import statutory_days

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


@dataclass(frozen=True)
class OfficialCalendar:
    """The State Council notices the installed ``holidays`` package carries: the years,
    their days off (public holidays and the days moved to make them longer), and the
    weekend days made working days (调休)."""

    years: frozenset[int]
    days_off: frozenset[date]
    weekend_workdays: frozenset[date]

    def is_working_day(self, d: date) -> bool:
        """The package's answer for a day of ``years`` (``HolidayBase.is_working_day``)."""
        if d.weekday() >= _SATURDAY:
            return d in self.weekend_workdays
        return d not in self.days_off

    def packed(self) -> bytes:
        """For the start-up cache (``calendar_cache``): plain numbers, marshalled."""
        return marshal.dumps(
            (
                sorted(self.years),
                sorted(d.toordinal() for d in self.days_off),
                sorted(d.toordinal() for d in self.weekend_workdays),
            )
        )

    @classmethod
    def unpacked(cls, data: bytes) -> OfficialCalendar | None:
        try:
            years, off, work = marshal.loads(data)
            return cls(
                frozenset(int(y) for y in years),
                frozenset(date.fromordinal(int(n)) for n in off),
                frozenset(date.fromordinal(int(n)) for n in work),
            )
        except (EOFError, ValueError, TypeError, OverflowError):
            return None


# The calendar as each installed ``holidays`` package carried it, by that package's identity
# (``package_identity``): the start-up cache puts a mapping here, so that scoring a pending
# application does not import the package (~130 ms: it loads every country) each start.
calendar_cache: MutableMapping[str, bytes] | None = None


def package_identity() -> str | None:
    """Which ``holidays`` is installed, found without importing it: its distribution's
    version and the size and time of its Chinese calendar's file (None where the package
    is not plain files, as in the desktop bundle: then it is imported each time)."""
    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    origin = getattr(spec, "origin", None)
    if spec is None or not origin:
        return None
    package = Path(origin).parent
    try:
        china = (package / "countries" / "china.py").stat()
        versions = sorted(p.name for p in package.parent.glob("holidays-*.dist-info"))
    except OSError:
        return None
    if len(versions) != 1:
        return None
    return f"{package}|{versions[0]}|{china.st_size}|{china.st_mtime_ns}"


@cache
def official_calendar() -> OfficialCalendar:
    """The package's Chinese public holidays and make-up working days, for the official
    years only; from the start-up cache when the same package filled it before."""
    kept = calendar_cache
    key = package_identity() if kept is not None else None
    if kept is not None and key is not None and key in kept:
        found = OfficialCalendar.unpacked(kept[key])
        if found is not None:
            return found
    calendar = _from_package()
    if kept is not None and key is not None:
        kept[key] = calendar.packed()
    return calendar


def _from_package() -> OfficialCalendar:
    import holidays  # when first needed (~130 ms): most commands count no working day

    # Every notice moves days around, so each one appears in the package as a year of
    # substituted days (``special_public_holidays``); a year without that entry has only
    # computed festival dates and no make-up working days.
    specials = getattr(holidays.country_holidays("CN"), "special_public_holidays", {})
    years = frozenset(year for year in specials if year >= _FIRST_NOTICE_YEAR)
    # ``expand=False`` keeps it from silently computing (guessing) other years
    package = holidays.country_holidays("CN", years=sorted(years), expand=False)
    return OfficialCalendar(
        years,
        frozenset(d for d in package if d.year in years),
        frozenset(d for d in package.weekend_workdays if d.year in years),
    )


@cache
def official_years() -> frozenset[int]:
    """Years whose State Council holiday notice the installed ``holidays`` package carries."""
    return official_calendar().years


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
        return official_calendar().is_working_day(d)
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
