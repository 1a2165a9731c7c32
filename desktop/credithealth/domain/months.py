"""Calendar-month arithmetic, in one place.

Two shapes of a month are in use: a date (usually its first or last day) and a key
"YYYY-MM" (bill periods, chart and filter months; keys sort as months do). Adding
months to a day keeps the day of the month where it exists and otherwise takes the
month's last day (Jan 31 + 1 month = Feb 28/29), so no caller can ask for Feb 31.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_index(d: date) -> int:
    """Months since year 0: consecutive months have consecutive indexes."""
    return d.year * 12 + d.month - 1


def add_months(d: date, n: int) -> date:
    """The same day ``n`` months later (earlier when negative), clamped to the month's end."""
    year, month0 = divmod(month_index(d) + n, 12)
    return date(year, month0 + 1, min(d.day, days_in_month(year, month0 + 1)))


def month_start(d: date) -> date:
    return d.replace(day=1)


def month_end(d: date) -> date:
    return d.replace(day=days_in_month(d.year, d.month))


def is_month_end(d: date) -> bool:
    return d.day == days_in_month(d.year, d.month)


def last_complete_month(d: date) -> date:
    """The first day of the latest calendar month complete on ``d`` (``d``'s own month
    when ``d`` is its last day)."""
    return month_start(d if is_month_end(d) else add_months(month_start(d), -1))


def iter_months(first: date, last: date) -> Iterator[date]:
    """The first day of each month from ``first``'s to ``last``'s, both included."""
    m, end = month_start(first), month_start(last)
    while m <= end:
        yield m
        m = add_months(m, 1)


# --- months as "YYYY-MM" keys ---------------------------------------------------------------


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def key_start(key: str) -> date:
    """The first day of the month ``key`` ("YYYY-MM")."""
    return date(int(key[:4]), int(key[5:7]), 1)


def key_end(key: str) -> date:
    return month_end(key_start(key))


def shift_key(key: str, n: int) -> str:
    """The month ``n`` months after ``key`` (before, when negative)."""
    return month_key(add_months(key_start(key), n))


def day_in(key: str, day: int) -> date:
    """Day ``day`` of the month ``key``, or its last day when the month is shorter."""
    start = key_start(key)
    return start.replace(day=min(day, days_in_month(start.year, start.month)))


def months_between(first: date, last: date) -> list[str]:
    """The keys of the months from ``first``'s to ``last``'s, both included."""
    return [month_key(m) for m in iter_months(first, last)]


def keys_between(first: str, last: str) -> list[str]:
    """The keys from month ``first`` to month ``last``, both included."""
    return months_between(key_start(first), key_start(last))
