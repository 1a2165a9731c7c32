"""Bill timestamps: Beijing wall-clock time, made timezone-aware (+08:00)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.importers.errors import RowProblem

BEIJING = timezone(timedelta(hours=8))
# the day and the time parsed apart and combined with the zone: a third of what
# fromisoformat(text).replace(tzinfo=...) costs, on every row of a file
_day = date.fromisoformat
_clock = time.fromisoformat
_combine = datetime.combine

# What Excel writes when it re-saves a bill: seconds dropped, or the Windows short
# date (2026/1/2 04:56). The apps always write 2026-01-02 04:56:07.
_EXCEL_STYLE = re.compile(
    r"\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}",
    re.ASCII,
)
_PERIOD = re.compile(
    r"起始(?:时间|日期)[:：]\s*\[(\d{4}-\d{2}-\d{2})[^\]]*\]\s*"
    r"终止(?:时间|日期)[:：]\s*\[(\d{4}-\d{2}-\d{2})(?:\s+(\d{2}:\d{2}:\d{2}))?",
    re.ASCII,
)


def time_from_text(text: str, field: str) -> datetime:
    """``2025-06-30 21:14:05`` -> that instant in Beijing; nothing looser is accepted."""
    # Shape check first: fromisoformat alone would also take "2025-06-30" or "…21:14".
    if len(text) == 19 and text[4] == "-" and text[10] == " " and text[16] == ":":
        try:
            return _combine(_day(text[:10]), _clock(text[11:]), BEIJING)
        except ValueError:
            pass
    raise RowProblem(Msg("importers.row.bad_time", {"field": field, "value": text}))


def time_from_cell(value: object, field: str) -> datetime:
    """A cell that is text (CSV, 2025 xlsx) or a date cell (2026 xlsx)."""
    if isinstance(value, str):
        return time_from_text(value, field)
    if isinstance(value, datetime):
        # Excel keeps times as fractions of a day; round away float noise to the second.
        if value.microsecond:
            whole = value.replace(microsecond=0)
            if value.microsecond >= 500_000 and whole < datetime.max - timedelta(seconds=1):
                whole += timedelta(seconds=1)
            value = whole
        return value.replace(tzinfo=BEIJING)
    shown = "" if value is None else str(value)
    raise RowProblem(Msg("importers.row.bad_time", {"field": field, "value": shown}))


def looks_excel_resaved(text: str) -> bool:
    return _EXCEL_STYLE.fullmatch(text) is not None


def period_in(line: str) -> tuple[date, date] | None:
    """The export period a preamble or footer line states, end day inclusive."""
    m = _PERIOD.search(line)
    if m is None:
        return None
    try:
        start = date.fromisoformat(m.group(1))
        end = date.fromisoformat(m.group(2))
    except ValueError:
        return None
    # The web export ends the period at 00:00:00 of the next day.
    if m.group(3) == "00:00:00" and end > start:
        end -= timedelta(days=1)
    if start < limits.FIRST_DAY or end > limits.last_day() or end < start:
        return None  # no export covers such a span: the preamble is not to be trusted
    return start, end
