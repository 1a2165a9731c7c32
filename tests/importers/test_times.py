"""Timestamps, the Excel re-save signs, and export periods."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from credithealth.importers.errors import RowProblem
from credithealth.importers.times import (
    BEIJING,
    looks_excel_resaved,
    period_in,
    time_from_cell,
    time_from_text,
)


def test_app_timestamps_are_beijing_time() -> None:
    t = time_from_text("2025-06-30 21:14:05", "交易时间")
    assert t == datetime(2025, 6, 30, 13, 14, 5, tzinfo=BEIJING) + timedelta(hours=8)
    assert t.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2025-06-30",
        "2025-06-30 21:14",
        "2025/6/30 21:14",
        "2025-06-30T21:14:05",
        "2025-02-30 10:00:00",
        "2025-06-30 25:14:05",
        "0000-01-01 00:00:00",
        "２０２５-06-30 21:14:05",
    ],
)
def test_anything_looser_is_a_row_error(text: str) -> None:
    with pytest.raises(RowProblem) as caught:
        time_from_text(text, "交易时间")
    assert caught.value.msg.code == "importers.row.bad_time"
    assert dict(caught.value.msg.params) == {"field": "交易时间", "value": text}


def test_date_cells() -> None:
    assert time_from_cell(datetime(2026, 5, 28, 21, 5, 33), "t") == datetime(
        2026, 5, 28, 21, 5, 33, tzinfo=BEIJING
    )
    # Excel's day fractions come back a hair off; they round to the second
    assert time_from_cell(datetime(2026, 5, 28, 21, 5, 32, 999_600), "t").second == 33
    assert time_from_cell(datetime(2026, 5, 28, 21, 5, 33, 400), "t").second == 33
    for value in (None, 45000.5, date(2026, 5, 28)):
        with pytest.raises(RowProblem):
            time_from_cell(value, "t")


@pytest.mark.parametrize(
    ("text", "resaved"),
    [
        ("2026/1/2 04:56", True),
        ("2026/1/2 4:56", True),
        ("2026/01/02 04:56:07", True),
        ("2026/1/2", True),
        ("2026-01-02 04:56", True),
        ("2026-01-02 04:56:07", False),
        ("hello", False),
    ],
)
def test_excel_resave_signs(text: str, resaved: bool) -> None:
    assert looks_excel_resaved(text) is resaved


@pytest.mark.parametrize(
    ("line", "period"),
    [
        (
            "起始时间：[2025-04-01 00:00:00]    终止时间：[2025-06-30 23:59:59]",
            (date(2025, 4, 1), date(2025, 6, 30)),
        ),
        (
            "起始时间：[2024-03-01 00:00:00] 终止时间：[2024-05-31 23:59:59],,,,,,,,",
            (date(2024, 3, 1), date(2024, 5, 31)),
        ),
        (
            "起始日期:[2020-01-01 00:00:00]    终止日期:[2020-04-01 00:00:00]",
            (date(2020, 1, 1), date(2020, 3, 31)),
        ),
        ("起始时间：[2025-13-01 00:00:00] 终止时间：[2025-06-30 23:59:59]", None),
        ("导出时间：[2025-07-02 09:15:27]", None),
    ],
)
def test_periods(line: str, period: tuple[date, date] | None) -> None:
    assert period_in(line) == period


def _as_before(text: str) -> datetime | None:
    """What time_from_text accepted before it parsed day and time apart."""
    if len(text) == 19 and text[4] == "-" and text[10] == " " and text[16] == ":":
        try:
            return datetime.fromisoformat(text).replace(tzinfo=BEIJING)
        except ValueError:
            return None
    return None


_SHAPED = st.builds(
    lambda a, b, c, d: f"{a}-{b} {c}:{d}",
    st.text("0123456789-W", min_size=4, max_size=4),
    st.text("0123456789-W:", min_size=5, max_size=5),
    st.text("0123456789:.Z+-T", min_size=5, max_size=5),
    st.text("0123456789Z:", min_size=2, max_size=2),
)


@given(st.one_of(_SHAPED, st.text("0123456789-: TWZ+.", max_size=21)))
@example("2025-W01-1 23:47:12")
@example("2025-06-30 24:00:00")
@example("2025-02-29 10:00:00")
def test_a_timestamp_reads_as_it_did_with_fromisoformat(text: str) -> None:
    before = _as_before(text)
    try:
        now = time_from_text(text, "交易时间")
    except RowProblem:
        assert before is None
    else:
        assert now == before and now.tzinfo is BEIJING and now.utcoffset() == before.utcoffset()
