"""Reminders as an iCalendar (RFC 5545) file any calendar app can import.

Hand-written rather than built with a library: the app only ever writes a few
VEVENTs, and the rules that matter (CRLF, folding at 75 octets without
splitting a UTF-8 character, TEXT escaping) are short enough to keep here.
The output is a ``str``; write it as UTF-8 bytes (``newline=""`` if written as
text) so the CRLF line endings survive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

PRODID = "-//Credit Health//Credit Health//EN"
CRLF = "\r\n"
# RFC 5545 3.1: content lines SHOULD NOT exceed 75 octets, excluding the CRLF.
_MAX_OCTETS = 75

# TEXT values may hold any character except controls other than tab (RFC 5545 3.3.11);
# newlines are handled before this strips the rest.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarEvent:
    """One reminder.

    All-day events take a plain ``date``. Timed events (``all_day=False``) take a
    timezone-aware ``datetime`` in ``on`` and are written in UTC, so no VTIMEZONE
    is needed.
    """

    uid: str
    on: date
    summary: str
    description: str = ""
    all_day: bool = True
    alarm_minutes_before: int | None = None

    def __post_init__(self) -> None:
        if not self.uid.strip():
            raise ValueError("an event needs a non-empty uid")
        if self.all_day and isinstance(self.on, datetime):
            raise ValueError("an all-day event takes a date, not a datetime")
        if not self.all_day and not _is_aware(self.on):
            raise ValueError("a timed event takes a timezone-aware datetime")
        if self.alarm_minutes_before is not None and self.alarm_minutes_before < 0:
            raise ValueError("alarm_minutes_before cannot be negative")


def _is_aware(value: date) -> bool:
    return isinstance(value, datetime) and value.utcoffset() is not None


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets, never inside a UTF-8 character.

    Continuation lines start with a space, which counts toward their 75 octets.
    """
    if "\r" in line or "\n" in line:
        raise ValueError("a content line cannot contain CR or LF; escape the value first")
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if used + size > _MAX_OCTETS:
            pieces.append("".join(current))
            current, used = [" "], 1
        current.append(char)
        used += size
    pieces.append("".join(current))
    return CRLF.join(pieces)


def _date_value(d: date) -> str:
    # strftime does not zero-pad years below 1000 on every platform.
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _utc_value(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{_date_value(utc)}T{utc.hour:02d}{utc.minute:02d}{utc.second:02d}Z"


def _trigger(minutes_before: int) -> str:
    """A negative duration such as -P1DT2H30M; RFC 5545 has no month or year units."""
    if minutes_before == 0:
        return "PT0M"
    days, rest = divmod(minutes_before, 24 * 60)
    hours, minutes = divmod(rest, 60)
    value = "-P" + (f"{days}D" if days else "")
    if hours or minutes:
        value += "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return value


def _timing(event: CalendarEvent) -> Iterator[str]:
    if event.all_day:
        yield f"DTSTART;VALUE=DATE:{_date_value(event.on)}"
        # DTEND is exclusive: a one-day event ends at the start of the next day.
        yield f"DTEND;VALUE=DATE:{_date_value(event.on + timedelta(days=1))}"
        # A reminder, not an appointment: don't show the day as busy.
        yield "TRANSP:TRANSPARENT"
    else:
        assert isinstance(event.on, datetime)  # checked in CalendarEvent
        yield f"DTSTART:{_utc_value(event.on)}"


def _alarm(event: CalendarEvent) -> Iterator[str]:
    if event.alarm_minutes_before is None:
        return
    yield "BEGIN:VALARM"
    yield "ACTION:DISPLAY"
    # DISPLAY alarms require a DESCRIPTION: the text the alarm shows.
    yield f"DESCRIPTION:{escape_text(event.summary)}"
    yield f"TRIGGER:{_trigger(event.alarm_minutes_before)}"
    yield "END:VALARM"


def _event_lines(event: CalendarEvent, stamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{escape_text(event.uid)}"
    yield f"DTSTAMP:{stamp}"
    yield from _timing(event)
    yield f"SUMMARY:{escape_text(event.summary)}"
    if event.description:
        yield f"DESCRIPTION:{escape_text(event.description)}"
    yield from _alarm(event)
    yield "END:VEVENT"


def _calendar_lines(events: list[CalendarEvent], stamp: str, name: str) -> Iterator[str]:
    yield "BEGIN:VCALENDAR"
    yield "VERSION:2.0"
    yield f"PRODID:{PRODID}"
    yield "CALSCALE:GREGORIAN"
    yield "METHOD:PUBLISH"
    # NAME is RFC 7986; X-WR-CALNAME is what Apple, Google and Outlook read.
    yield f"NAME:{escape_text(name)}"
    yield f"X-WR-CALNAME:{escape_text(name)}"
    for event in events:
        yield from _event_lines(event, stamp)
    yield "END:VCALENDAR"


def to_ics(events: Iterable[CalendarEvent], *, stamp: datetime, calendar_name: str) -> str:
    """The events as one iCalendar file.

    ``stamp`` becomes every event's DTSTAMP; passing it in keeps the output
    deterministic. It must be timezone-aware, since DTSTAMP is in UTC.
    """
    if stamp.utcoffset() is None:
        raise ValueError("stamp must be timezone-aware")
    event_list = list(events)
    uids = [event.uid for event in event_list]
    if len(set(uids)) != len(uids):
        # Calendar apps merge events by UID, so a repeat would silently replace one.
        raise ValueError("event uids must be unique")
    lines = _calendar_lines(event_list, _utc_value(stamp), calendar_name)
    return "".join(fold(line) + CRLF for line in lines)
