"""The days off fixed by law (法定节假日), for any year, under the rules in force that year.

The State Council's 《全国年节及纪念日放假办法》 names the statutory days; the
yearly notice then moves weekends around them (调休) but never takes one away.
So these days are days off whether or not the year's notice is known.

The rules changed three times since the five-day week: the 2007 revision (from
2008) added 清明, 端午 and 中秋, cut 劳动节 to one day and moved 春节 to
除夕–初二; the 2013 revision (from 2014) moved 春节 back to 初一–初三; the 2024
revision (from 2025) added 除夕 and 劳动节's second day. Lunar dates and
清明 come from the ``holidays`` package's Chinese calendar (1901–2100).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

_ONE_DAY = timedelta(days=1)

# The festivals, in the order of the year; names in both languages for display.
FESTIVALS = (
    "new_year",
    "spring_festival",
    "qingming",
    "labour_day",
    "dragon_boat",
    "mid_autumn",
    "national_day",
)


class UnsupportedYear(ValueError):
    """A year outside the lunar calendar the package carries (1901–2100)."""

    def __init__(self, year: int) -> None:
        super().__init__(f"no lunar calendar for {year} (supported: {FIRST_YEAR}–{LAST_YEAR})")
        self.year = year


FIRST_YEAR = 1901
LAST_YEAR = 2100


@dataclass(frozen=True)
class HolidayRules:
    """One revision of the statutory holidays: which days each festival gives."""

    since: int  # the first year it governs
    revision: str
    spring_days: tuple[int, ...]  # offsets from 初一: -1 is 除夕
    labour_days: int  # from 1 May
    traditional: bool  # 清明, 端午, 中秋 (one day each)
    national_days: int  # from 1 October


# Newest last. Years before 2000 (the six-day week, then the 1949 rules) are counted
# with the 1999 rules: the app's dates never reach back that far.
RULES = (
    HolidayRules(1901, "1999", (0, 1, 2), 3, False, 3),
    HolidayRules(2008, "2007", (-1, 0, 1), 1, True, 3),
    HolidayRules(2014, "2013", (0, 1, 2), 1, True, 3),
    HolidayRules(2025, "2024", (-1, 0, 1, 2), 2, True, 3),
)


def rules_for(year: int) -> HolidayRules:
    return [r for r in RULES if r.since <= year][-1]


def _lunar(found: tuple[date | None, bool], year: int) -> date:
    day = found[0]
    if day is None:
        raise UnsupportedYear(year)
    return day


@cache
def statutory_days(year: int) -> dict[date, str]:
    """Each statutory day off of ``year`` -> its festival key (see ``FESTIVALS``).

    除夕 can fall in the previous Gregorian year only in theory (春节 is never before
    21 January), so every day returned lies in ``year``.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UnsupportedYear(year)
    # imported when first needed: the holidays package costs ~20 ms, and most commands
    # (`credit-health assess` among them) count no working day
    from holidays.calendars.chinese import _ChineseLunisolar

    lunar = _ChineseLunisolar()
    rules = rules_for(year)
    days: dict[date, str] = {date(year, 1, 1): "new_year"}
    new_year = _lunar(lunar.lunar_new_year_date(year), year)
    for offset in rules.spring_days:
        days[new_year + offset * _ONE_DAY] = "spring_festival"
    if rules.traditional:
        days[lunar.qingming_date(year)[0]] = "qingming"
    for i in range(rules.labour_days):
        days[date(year, 5, 1 + i)] = "labour_day"
    if rules.traditional:
        days[_lunar(lunar.dragon_boat_date(year), year)] = "dragon_boat"
        mid_autumn = _lunar(lunar.mid_autumn_date(year), year)
        # when 中秋 is 1–3 October it shares the day with 国庆; 国庆 keeps the name
        days.setdefault(mid_autumn, "mid_autumn")
    for i in range(rules.national_days):
        days[date(year, 10, 1 + i)] = "national_day"
    return dict(sorted(days.items()))
