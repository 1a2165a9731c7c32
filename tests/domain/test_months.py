"""The one month helper: every day from 2020 to 2030, month ends and leap years."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain.months import (
    add_months,
    day_in,
    days_in_month,
    is_month_end,
    iter_months,
    key_end,
    key_start,
    keys_between,
    last_complete_month,
    month_end,
    month_index,
    month_key,
    month_start,
    months_between,
    shift_key,
)
from credithealth.domain.reminders import sesame_update_day

FIRST, LAST = date(2020, 1, 1), date(2030, 12, 31)
days = st.dates(min_value=FIRST, max_value=LAST)
shifts = st.integers(min_value=-120, max_value=120)


def every_day() -> list[date]:
    return [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


def test_month_helpers() -> None:
    assert key_end("2026-02") == date(2026, 2, 28)
    assert key_end("2026-12") == date(2026, 12, 31)
    assert months_between(date(2025, 11, 5), date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_every_day_of_2020_to_2030() -> None:
    for d in every_day():
        nxt = add_months(d, 1)
        # the next month, the same day where it exists, else that month's last day
        assert month_index(nxt) == month_index(d) + 1
        assert nxt.day == min(d.day, days_in_month(nxt.year, nxt.month))
        assert add_months(d, 0) == d
        assert add_months(d, 12) == (
            d.replace(year=d.year + 1) if (d.month, d.day) != (2, 29) else date(d.year + 1, 2, 28)
        )
        assert month_start(d) == d - timedelta(days=d.day - 1)
        end = month_end(d)
        assert end.month == d.month and (end + timedelta(days=1)).day == 1
        assert is_month_end(d) == ((d + timedelta(days=1)).day == 1)
        last = last_complete_month(d)
        # the latest month whose last day is on or before d
        assert month_end(last) <= d < month_end(add_months(last, 1))
        assert key_start(month_key(d)) == month_start(d)
        assert day_in(month_key(d), d.day) == d
        # the Sesame update day (the 6th) never raises and is never after d
        six = sesame_update_day(d)
        assert six.day == 6 and six <= d and (d - six).days < 31


def test_month_ends_and_leap_years() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 48) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 31), 1) == date(2027, 1, 31)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert [days_in_month(y, 2) for y in (2020, 2021, 2024, 2100, 2000)] == [29, 28, 29, 28, 29]
    assert day_in("2026-02", 31) == date(2026, 2, 28)
    assert day_in("2028-02", 30) == date(2028, 2, 29)
    assert last_complete_month(date(2026, 2, 28)) == date(2026, 2, 1)
    assert last_complete_month(date(2026, 2, 27)) == date(2026, 1, 1)
    assert last_complete_month(date(2026, 1, 5)) == date(2025, 12, 1)


@given(days, shifts, shifts)
def test_adding_months_composes_on_the_month(d: date, a: int, b: int) -> None:
    assert month_index(add_months(add_months(d, a), b)) == month_index(d) + a + b
    # from a day that exists in every month (the 1st to the 28th) it is exact both ways
    d28 = d.replace(day=min(d.day, 28))
    assert add_months(add_months(d28, a), -a) == d28


@given(days, shifts)
def test_keys_shift_like_dates(d: date, n: int) -> None:
    key = month_key(d)
    assert shift_key(key, n) == month_key(add_months(d, n))
    assert shift_key(shift_key(key, n), -n) == key
    assert key_end(key) == month_end(d)


@given(days, days)
def test_months_between_lists_each_month_once_in_order(a: date, b: date) -> None:
    first, last = min(a, b), max(a, b)
    keys = months_between(first, last)
    assert keys[0] == month_key(first) and keys[-1] == month_key(last)
    assert len(keys) == month_index(last) - month_index(first) + 1
    assert keys == sorted(set(keys))
    assert keys == keys_between(keys[0], keys[-1])
    assert [month_key(m) for m in iter_months(first, last)] == keys
    assert all(m.day == 1 for m in iter_months(first, last))
    assert months_between(last, first) == ([] if month_key(first) != month_key(last) else keys)
