"""The hand-written iCalendar export, checked by parsing it with the ``icalendar`` package."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain.icalendar_export import (
    PRODID,
    CalendarEvent,
    escape_text,
    fold,
    to_ics,
)

STAMP = datetime(2026, 9, 30, 12, 0, 5, tzinfo=UTC)
BEIJING = timezone(timedelta(hours=8))

# Any text a user could type: no surrogates, no control characters except newline and tab.
typed_text = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from(["\n", "\t", "\\", "n", ";", ",", ":", '"']),
    ),
    max_size=300,
)


def export(*events: CalendarEvent, name: str = "信用健康") -> str:
    return to_ics(list(events), stamp=STAMP, calendar_name=name)


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def only_event(text: str) -> icalendar.Event:
    events = parse(text).walk("VEVENT")
    assert len(events) == 1
    return events[0]


def physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[: -len("\r\n")].split("\r\n")


# --- the calendar envelope ------------------------------------------------------------


def test_calendar_header_and_crlf_line_endings() -> None:
    text = export()
    assert "\n" not in text.replace("\r\n", "")
    assert physical_lines(text) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:信用健康",
        "X-WR-CALNAME:信用健康",
        "END:VCALENDAR",
    ]
    assert PRODID == "-//Credit Health//Credit Health//EN"


def test_calendar_properties_parse() -> None:
    cal = parse(export())
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert cal.calendar_name == "信用健康"


def test_calendar_name_is_escaped_as_text() -> None:
    # NAME (RFC 7986) is TEXT, and clients read X-WR-CALNAME the same way. The
    # icalendar parser leaves both untyped, so check the written lines.
    text = export(name="花呗; 复审, 2026")
    assert "\r\nNAME:花呗\\; 复审\\, 2026\r\n" in text
    assert "\r\nX-WR-CALNAME:花呗\\; 复审\\, 2026\r\n" in text


def test_output_is_deterministic() -> None:
    event = CalendarEvent("review-1@credithealth", date(2026, 10, 8), "复审结果")
    assert export(event) == export(event)


# --- events ---------------------------------------------------------------------------


def test_all_day_event_spans_exactly_its_day() -> None:
    event = only_event(export(CalendarEvent("u1", date(2026, 10, 8), "复审结果最早今天到")))
    assert str(event["UID"]) == "u1"
    assert event.decoded("DTSTART") == date(2026, 10, 8)
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == date(2026, 10, 9)
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert "DESCRIPTION" not in event
    assert not event.walk("VALARM")


def test_all_day_event_lines_are_exact() -> None:
    text = export(CalendarEvent("u1", date(2026, 12, 31), "Year end"))
    assert "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n" in text
    assert "DTSTAMP:20260930T120005Z\r\n" in text


def test_events_keep_their_order_and_fields() -> None:
    events = [
        CalendarEvent("a", date(2026, 10, 8), "最早", "预计第 1 个工作日"),
        CalendarEvent("b", date(2026, 10, 10), "最晚", "调休上班日（周六）"),
    ]
    parsed = parse(export(*events)).walk("VEVENT")
    assert [str(e["UID"]) for e in parsed] == ["a", "b"]
    assert [str(e["SUMMARY"]) for e in parsed] == ["最早", "最晚"]
    assert [str(e["DESCRIPTION"]) for e in parsed] == ["预计第 1 个工作日", "调休上班日（周六）"]


def test_timed_event_is_written_in_utc() -> None:
    event = CalendarEvent(
        "t", datetime(2026, 10, 8, 9, 30, tzinfo=BEIJING), "Check Alipay", all_day=False
    )
    text = export(event)
    assert "DTSTART:20261008T013000Z\r\n" in text
    assert only_event(text).decoded("DTSTART") == datetime(2026, 10, 8, 1, 30, tzinfo=UTC)
    assert "DTEND" not in only_event(text)


def test_display_alarm() -> None:
    event = CalendarEvent("u", date(2026, 10, 8), "复审", alarm_minutes_before=15)
    (alarm,) = only_event(export(event)).walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]) == "复审"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)


@pytest.mark.parametrize(
    ("minutes", "line"),
    [
        (0, "TRIGGER:PT0M"),
        (15, "TRIGGER:-PT15M"),
        (60, "TRIGGER:-PT1H"),
        (24 * 60, "TRIGGER:-P1D"),
        (24 * 60 + 90, "TRIGGER:-P1DT1H30M"),
        (3 * 24 * 60 + 5, "TRIGGER:-P3DT5M"),
    ],
)
def test_alarm_trigger_durations(minutes: int, line: str) -> None:
    text = export(CalendarEvent("u", date(2026, 10, 8), "x", alarm_minutes_before=minutes))
    assert f"\r\n{line}\r\n" in text
    (alarm,) = only_event(text).walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-minutes)


# --- text -----------------------------------------------------------------------------


def test_escaping() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree"
    assert escape_text("bell\x07 null\x00 tab\t") == "bell null tab\t"


def test_chinese_text_round_trips_exactly() -> None:
    summary = "花呗额度恢复：复审结果（最早 10月8日，最晚 10月10日）"
    description = "提交日：9月30日。\n国庆节、中秋节不计入工作日；10月10日（周六）调休上班。"
    event = only_event(export(CalendarEvent("zh", date(2026, 10, 8), summary, description)))
    assert str(event["SUMMARY"]) == summary
    assert str(event["DESCRIPTION"]) == description


def test_special_characters_round_trip() -> None:
    text = 'a,b;c\\d:e "quoted" \\n not a newline\nreal newline'
    event = only_event(export(CalendarEvent("u;1,2", date(2026, 1, 5), text, text)))
    assert str(event["SUMMARY"]) == text
    assert str(event["DESCRIPTION"]) == text
    assert str(event["UID"]) == "u;1,2"


# --- folding --------------------------------------------------------------------------


def test_line_of_75_octets_is_not_folded_and_76_is() -> None:
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"


def test_folding_never_splits_a_character() -> None:
    # 3-byte Chinese characters and 4-byte emoji never fit 75 octets evenly.
    for char in ("信", "😀"):
        line = "SUMMARY:" + char * 100
        folded = fold(line)
        for piece in folded.split("\r\n"):
            assert len(piece.encode("utf-8")) <= 75
            assert set(piece.lstrip(" ").removeprefix("SUMMARY:")) == {char}
        assert folded.replace("\r\n ", "") == line


@pytest.mark.parametrize("line", ["SUMMARY:a\nb", "SUMMARY:a\rb"])
def test_fold_refuses_raw_line_breaks(line: str) -> None:
    with pytest.raises(ValueError):
        fold(line)


def test_long_lines_in_the_file_are_folded_and_parse_back() -> None:
    summary = "信用健康提醒：" * 40
    text = export(CalendarEvent("long", date(2026, 10, 8), summary, "d" * 500))
    lines = physical_lines(text)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)
    event = only_event(text)
    assert str(event["SUMMARY"]) == summary
    assert str(event["DESCRIPTION"]) == "d" * 500


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_fold_property(line: str) -> None:
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert folded.replace("\r\n ", "") == line


@given(summary=typed_text, description=typed_text)
def test_arbitrary_text_round_trips(summary: str, description: str) -> None:
    event = CalendarEvent("prop", date(2026, 10, 8), summary, description)
    text = export(event)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical_lines(text))
    parsed = only_event(text)
    assert str(parsed["SUMMARY"]) == summary
    assert str(parsed.get("DESCRIPTION", "")) == description


# --- refusals -------------------------------------------------------------------------


def test_stamp_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        to_ics([], stamp=datetime(2026, 9, 30, 12, 0), calendar_name="x")


def test_uids_must_be_unique() -> None:
    event = CalendarEvent("same", date(2026, 10, 8), "x")
    with pytest.raises(ValueError):
        export(event, event)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"uid": " ", "on": date(2026, 1, 5)},
        {"uid": "u", "on": datetime(2026, 1, 5, 9, 0, tzinfo=UTC)},
        {"uid": "u", "on": datetime(2026, 1, 5, 9, 0), "all_day": False},
        {"uid": "u", "on": date(2026, 1, 5), "all_day": False},
        {"uid": "u", "on": date(2026, 1, 5), "alarm_minutes_before": -1},
    ],
)
def test_invalid_events_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        CalendarEvent(summary="x", **kwargs)  # type: ignore[arg-type]
