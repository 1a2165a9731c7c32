"""The statutory days off, for any year, under the rules in force that year."""

from __future__ import annotations

from datetime import date

import holidays
import pytest
from holidays.calendars.chinese import _ChineseLunisolar

from credithealth.domain.statutory_holidays import (
    UnsupportedYear,
    rules_for,
    statutory_days,
)
from credithealth.domain.workdays import official_years

PACKAGE_OFFICIAL = range(2001, 2027)


def test_the_package_carries_every_official_year_from_2001_to_2026() -> None:
    assert set(PACKAGE_OFFICIAL) <= official_years()


@pytest.mark.parametrize("year", PACKAGE_OFFICIAL)
def test_every_statutory_day_is_a_day_off_in_the_official_calendar(year: int) -> None:
    official = holidays.country_holidays("CN", years=[year])
    days = statutory_days(year)
    assert days
    for day in days:
        assert not official.is_working_day(day), (day, days[day])


@pytest.mark.parametrize(
    ("year", "count", "eve", "labour", "traditional"),
    [
        (2007, 10, False, 3, False),  # 1999 rules: 初一–初三, 劳动节 three days
        (2008, 11, True, 1, True),  # 2007 revision: 除夕–初二, 清明 端午 中秋
        (2013, 11, True, 1, True),
        (2014, 11, False, 1, True),  # 2013 revision: 初一–初三
        (2024, 11, False, 1, True),
        (2025, 13, True, 2, True),  # 2024 revision: 除夕 back, 劳动节 two days
        (2030, 13, True, 2, True),
    ],
)
def test_the_rules_change_in_2008_2014_and_2025(
    year: int, count: int, eve: bool, labour: int, traditional: bool
) -> None:
    days = statutory_days(year)
    assert len(days) == count
    spring = sorted(d for d, f in days.items() if f == "spring_festival")
    assert len(spring) == (4 if year >= 2025 else 3)
    first_day = _ChineseLunisolar().lunar_new_year_date(year)[0]
    assert (spring[0] < first_day) == eve
    assert sum(f == "labour_day" for f in days.values()) == labour
    assert ("qingming" in days.values()) == traditional
    assert sum(f == "national_day" for f in days.values()) == 3
    assert rules_for(year).since <= year


def test_2027_by_law() -> None:
    days = statutory_days(2027)
    assert date(2027, 1, 1) in days
    assert [d for d, f in days.items() if f == "spring_festival"] == [
        date(2027, 2, 5),
        date(2027, 2, 6),
        date(2027, 2, 7),
        date(2027, 2, 8),
    ]
    assert {date(2027, 10, d) for d in (1, 2, 3)} <= set(days)


@pytest.mark.parametrize("year", range(2027, 2101))
def test_agrees_with_the_package_rules_where_no_notice_exists(year: int) -> None:
    # the package's own rules, without its guessed observed days, give the same days
    package = holidays.country_holidays("CN", years=[year], observed=False)
    assert set(statutory_days(year)) == set(package)


@pytest.mark.parametrize("year", [1900, 2101])
def test_years_outside_the_lunar_calendar_are_refused(year: int) -> None:
    with pytest.raises(UnsupportedYear):
        statutory_days(year)
