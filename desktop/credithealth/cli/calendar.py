"""The working-day calendar: `calendar` (a year's days off and make-up working days, or
adding a State Council notice) and `workdays` (the Nth working day after a date)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from credithealth.cli import common
from credithealth.domain.messages import Msg


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 10_000:
        raise argparse.ArgumentTypeError(f"not a whole number from 1 to 10000: {text!r}")
    return n


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`calendar` and `workdays`."""
    c = sub.add_parser(
        "calendar",
        help="a year's days off and make-up working days, and what they rest on",
        description=(
            "List YEAR's days off (other than ordinary weekends) and make-up working days "
            "(调休), with the source of the year: official (the holidays package), notice "
            "(a State Council notice you added) or statutory (an estimate: statutory "
            'holidays and weekends, make-up days unknown). --json prints {"year", "source", '
            '"days_off": [...], "make_up_workdays": [...]}. --add-notice FILE reads the '
            "notice 国务院办公厅关于YYYY年部分节假日安排的通知 and stores it; a text it cannot "
            "read fully is refused with the sentence named (exit status 1)."
        ),
    )
    c.add_argument("year", nargs="?", type=int, metavar="YEAR")
    c.add_argument("--add-notice", type=Path, metavar="FILE", help="read and store a notice")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")
    w = sub.add_parser(
        "workdays",
        help="the Nth Chinese working day after DATE, and what it rests on",
        description=(
            "The Nth working day after DATE (DATE itself never counts), counting statutory "
            "holidays and the make-up working days where known. --json prints "
            '{"from", "n", "date", "source"}; source is the least sure of the years counted.'
        ),
    )
    w.add_argument("start", type=common.parse_date, metavar="DATE")
    w.add_argument("n", type=_positive, metavar="N")
    w.add_argument("--json", action="store_true", help="print JSON")
    w.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="language of the messages")


def _label(code: str, lang: str) -> str:
    return Msg(code).render(lang)


def _activate_calendar(args: argparse.Namespace, lang: str) -> None:
    db = common.open_database(args, lang)
    db.conn.close()  # opening counted its notices in; nothing more is read


def _read_notice_file(path: Path) -> str:
    from credithealth.store.errors import StoreError

    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StoreError(Msg("cli.notice_unreadable_file", {"file": path.name}))


def _add_notice(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain.holiday_notice import NoticeError, parse_notice
    from credithealth.store.holiday_notices import notice_record, save_notice

    text = _read_notice_file(args.add_notice)
    try:
        notice = parse_notice(text)
    except NoticeError as exc:
        print(Msg("cli.error", {"detail": exc.msg}).render(lang), file=sys.stderr)
        return 1
    with common.writing(args):
        db = common.open_database(args, lang)
        try:
            old = notice_record(db, notice.year)
            save_notice(db, notice, text, date.today())
        finally:
            db.conn.close()
    off, work = len(notice.days_off), len(notice.make_up_workdays)
    print(Msg("cli.notice_read", {"year": notice.year, "off": off, "work": work}).render(lang))
    none = Msg("cli.calendar_none").render(lang)
    for item in notice.items:
        params = {
            "festival": item.festival,
            "off": ", ".join(d.isoformat() for d in item.days_off) or none,
            "work": ", ".join(d.isoformat() for d in item.make_up_workdays) or none,
        }
        print("  " + Msg("cli.notice_item", params).render(lang))
    if old is not None:
        print(Msg("cli.notice_replaced", {"year": old.year, "added_on": old.added_on}).render(lang))
    return 0


def cmd_calendar(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain import workdays
    from credithealth.domain.statutory_holidays import UnsupportedYear, statutory_days
    from credithealth.store.errors import StoreError

    if args.add_notice is not None:
        return _add_notice(args, lang)
    if args.year is None:
        print(Msg("cli.calendar_needs_year").render(lang), file=sys.stderr)
        return 2
    _activate_calendar(args, lang)
    try:
        statutory = statutory_days(args.year)
        off, work = workdays.holidays_of(args.year), workdays.make_up_workdays_of(args.year)
    except UnsupportedYear:
        raise StoreError(Msg("cli.unsupported_year", {"year": args.year})) from None
    source = workdays.year_source(args.year)
    if args.json:
        out = {
            "year": args.year,
            "source": source,
            "days_off": [d.isoformat() for d in off],
            "make_up_workdays": [d.isoformat() for d in work],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"{_label('cli.calendar_year', lang)}: {args.year}",
        f"{_label('cli.calendar_source', lang)}: {source} — {Msg('workdays.source.' + source).render(lang)}",
        f"{_label('cli.calendar_days_off', lang)}:",
    ]
    for d in off:
        name = ""
        if d in statutory:
            festival = Msg("festival." + statutory[d]).render(lang)
            name = f" {festival} ({Msg('cli.calendar_statutory').render(lang)})"
        lines.append(f"  {d.isoformat()} {Msg(f'weekday.{d.weekday()}').render(lang)}{name}")
    lines.append(f"{_label('cli.calendar_make_up', lang)}:")
    if work:
        lines += [f"  {d.isoformat()} {Msg(f'weekday.{d.weekday()}').render(lang)}" for d in work]
    else:
        code = "cli.calendar_none_known" if source == "statutory" else "cli.calendar_none"
        lines.append("  " + Msg(code).render(lang))
    if source == "statutory":
        lines.append(Msg("workdays.unofficial_year", {"year": args.year}).render(lang))
    print("\n".join(lines))
    return 0


def cmd_workdays(args: argparse.Namespace, lang: str) -> int:
    from credithealth.domain import workdays
    from credithealth.domain.statutory_holidays import UnsupportedYear
    from credithealth.store.errors import StoreError

    _activate_calendar(args, lang)
    try:
        result = workdays.add_workdays(args.start, args.n)
    except UnsupportedYear as exc:
        raise StoreError(Msg("cli.unsupported_year", {"year": exc.year})) from None
    first_counted = args.start + timedelta(days=1)
    source = workdays.weakest_source(range(first_counted.year, result.on.year + 1))
    if args.json:
        out = {
            "from": args.start.isoformat(),
            "n": args.n,
            "date": result.on.isoformat(),
            "source": source,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(
        Msg("cli.workdays_result", {"n": args.n, "start": args.start, "on": result.on}).render(lang)
    )
    print(
        f"{_label('cli.calendar_source', lang)}: {source} — {Msg('workdays.source.' + source).render(lang)}"
    )
    if not result.official:
        print(Msg("workdays.unofficial_year", {"year": min(result.unofficial_years)}).render(lang))
    return 0
