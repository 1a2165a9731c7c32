"""Reading the State Council's yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知).

The notice gives each festival in a numbered item made of a few standard
sentences::

    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    三、清明节：4月5日放假，4月7日（星期一）补休。
    四、劳动节：5月1日放假，与周末连休。

Text pasted from a web page or a PDF varies: full- or half-width punctuation and
digits, 周X or 星期X, traditional or simplified characters, spaces and line
breaks. Everything else is refused: a sentence of an item that does not read as
one of these, a weekday in brackets that is not the date's, a day count that
does not match its range, a date that does not exist, a statutory day the notice
does not give as a day off (part of the text missing). Each refusal names the
sentence, so the user can see what to fix; nothing half-read is ever kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from credithealth.domain.messages import Msg
from credithealth.domain.records import HolidayNoticeRecord
from credithealth.domain.statutory_holidays import (
    FIRST_YEAR,
    LAST_YEAR,
    statutory_days,
)

_ONE_DAY = timedelta(days=1)
_WEEKEND = (5, 6)


class NoticeError(ValueError):
    """A notice that cannot be read fully; ``msg`` says what and where."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg


@dataclass(frozen=True)
class NoticeItem:
    """One numbered item as understood: the festival as written and its days."""

    festival: str
    days_off: tuple[date, ...]
    make_up_workdays: tuple[date, ...]
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class HolidayNotice:
    """A year's official schedule: its days off and make-up working days (调休).

    Days may reach into the neighbouring year (元旦 given as 12月30日 to 1月1日).
    """

    year: int
    days_off: tuple[date, ...]
    make_up_workdays: tuple[date, ...]
    items: tuple[NoticeItem, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValueError(f"year out of range: {self.year}")
        off, work = set(self.days_off), set(self.make_up_workdays)
        if off & work:
            raise ValueError(f"days both off and worked: {sorted(off & work)}")
        for d in off | work:
            if abs(d.year - self.year) > 1:
                raise ValueError(f"{d} is not in or next to {self.year}")
        for d in work:
            if d.weekday() not in _WEEKEND:
                raise ValueError(f"make-up working day {d} is not a weekend day")
        object.__setattr__(self, "days_off", tuple(sorted(off)))
        object.__setattr__(self, "make_up_workdays", tuple(sorted(work)))


# -- normalising pasted text -------------------------------------------------------------------

# Traditional forms of the characters the notice's sentences are read by.
_PAIRS = (
    "國国務务辦办廳厅關关於于節节調调補补與与週周連连勞劳動动慶庆農农曆历臘腊勵励單单個个"
    "現现將将體体認认準准門门區区後后開开時时間间為为爲为會会這这過过歲岁陽阳誕诞紀纪屆届"
    "餘余應应報报處处確确眾众據据規规發发長长價价車车進进遊游網网絡络衛卫療疗護护員员產产"
    "東东歷历並并條条環环錯错"
)
_SIMPLIFIED = str.maketrans({_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)})


def normalise(text: str) -> str:
    """Half-width punctuation and digits, simplified characters, 星期X as 周X, no spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_SIMPLIFIED)
    text = text.replace("星期", "周").replace("周天", "周日")
    text = text.replace(".", "。").replace(";", "；")
    return re.sub(r"[ \t\u3000]+", "", text)


# -- the sentence grammar ----------------------------------------------------------------------

_WEEKDAYS = "一二三四五六日"
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?")
_COUNT = re.compile(r"共(\d{1,2})天")
_VERBS = ("放假调休", "放假公休", "放假", "补休", "上班")
_ITEM = re.compile(r"^([一二三四五六七八九十]{1,3})[、,]([^\d:：]{1,16}?)[:：](.*)$")
_TITLE_YEAR = re.compile(r"关于(\d{4})年.{0,8}?节假日.{0,4}?安排")
_PREAMBLE_YEAR = re.compile(r"现将(\d{4})年")
_SIGNATURE_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_ANY_DATE = re.compile(r"\d{1,2}月\d{1,2}日")


@dataclass
class _Sentence:
    """One sentence being read: its text, where the reader is, and the dates so far."""

    text: str
    year: int
    pos: int = 0
    last: date | None = None

    def fail(self) -> NoticeError:
        return NoticeError(Msg("notice.unreadable", {"sentence": self.text}))

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def take(self, literal: str) -> bool:
        if self.text.startswith(literal, self.pos):
            self.pos += len(literal)
            return True
        return False

    def date(self) -> date:
        m = _DATE.match(self.text, self.pos)
        if m is None:
            raise self.fail()
        self.pos = m.end()
        year_s, month_s, day_s, note = m.groups()
        # a day without its month or year takes them from the date before it ("至3日")
        year = int(year_s) if year_s else self.last.year if self.last else self.year
        if month_s:
            month = int(month_s)
        elif self.last is not None:
            month = self.last.month
        else:
            raise self.fail()
        try:
            found = date(year, month, int(day_s))
        except ValueError:
            raise NoticeError(
                Msg(
                    "notice.bad_date",
                    {"sentence": self.text, "year": year, "month": month, "day": int(day_s)},
                )
            ) from None
        # only 元旦 reaches over the turn of the year
        if found.year != self.year and (found.year, found.month) not in (
            (self.year - 1, 12),
            (self.year + 1, 1),
        ):
            raise NoticeError(
                Msg("notice.far_date", {"sentence": self.text, "date": found, "year": self.year})
            )
        if note is not None:
            self._check_note(note, found)
        self.last = found
        return found

    def _check_note(self, note: str, day: date) -> None:
        for part in re.split(r"[、,，]", note):
            if part.startswith("农历") or part == "除夕":
                continue  # the lunar date: the Gregorian one is what counts
            if len(part) == 2 and part[0] == "周" and part[1] in _WEEKDAYS:
                written = _WEEKDAYS.index(part[1])
                if written != day.weekday():
                    raise NoticeError(
                        Msg(
                            "notice.wrong_weekday",
                            {
                                "sentence": self.text,
                                "date": day,
                                "actual": day.weekday(),
                                "written": written,
                            },
                        )
                    )
                continue
            raise self.fail()

    def days(self) -> list[date]:
        """Dates and ranges joined by 、: "2月14日（周六）、2月28日（周六）", "1月1日至3日"."""
        found: list[date] = []
        while True:
            first = self.date()
            if self.take("至"):
                last = self.date()
                if last < first:
                    raise NoticeError(
                        Msg(
                            "notice.backwards_range",
                            {"sentence": self.text, "first": first, "last": last},
                        )
                    )
                found.extend(first + i * _ONE_DAY for i in range((last - first).days + 1))
            else:
                found.append(first)
            # a list goes on after 、 (or a comma standing in for it) only with another date
            more = self.text[self.pos : self.pos + 1] in ("、", ",")
            if more and _DATE.match(self.text, self.pos + 1):
                self.pos += 1
                continue
            return found


def _read_sentence(text: str, year: int) -> tuple[list[date], list[date]]:
    """The days off and make-up working days one sentence gives."""
    s = _Sentence(text, year)
    off: list[date] = []
    work: list[date] = []
    last_off: list[date] = []
    while not s.at_end():
        if m := _COUNT.match(s.text, s.pos):
            s.pos = m.end()
            count = int(m[1])
            if not last_off or count != len(last_off):
                if not last_off:
                    raise s.fail()
                raise NoticeError(
                    Msg(
                        "notice.wrong_count",
                        {
                            "sentence": text,
                            "first": last_off[0],
                            "last": last_off[-1],
                            "days": len(last_off),
                            "count": count,
                        },
                    )
                )
        elif s.take("与周末连休"):
            if not last_off:
                raise s.fail()
        else:
            days = s.days()
            verb = next((v for v in _VERBS if s.take(v)), None)
            if verb is None:
                raise s.fail()
            if verb == "上班":
                work.extend(days)
                for d in days:
                    if d.weekday() not in _WEEKEND:
                        raise NoticeError(
                            Msg(
                                "notice.weekday_workday",
                                {"sentence": text, "date": d, "actual": d.weekday()},
                            )
                        )
            else:
                off.extend(days)
                last_off = days
        if not s.at_end() and not s.take(","):
            raise s.fail()
    clash = sorted(set(off) & set(work))
    if clash:
        raise NoticeError(Msg("notice.conflict", {"sentence": text, "date": clash[0]}))
    return off, work


def _sentences(body: str) -> Iterator[str]:
    for part in body.split("。"):
        part = part.strip("；")
        if part:
            yield part + "。"


def _notice_year(lines: list[str]) -> int:
    for pattern in (_TITLE_YEAR, _PREAMBLE_YEAR):
        for line in lines:
            if m := pattern.search(line):
                return int(m[1])
    raise NoticeError(Msg("notice.no_year"))


def _paragraphs(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The numbered items (festival, body) and the other lines.

    An item goes on over the lines after it (text wrapped by a PDF viewer) until
    its last sentence is finished; the paragraphs after it are not its own.
    """
    items: list[tuple[str, str]] = []
    others: list[str] = []
    open_item = False
    for raw in text.splitlines():
        line = normalise(raw)
        if not line:
            open_item = False
            continue
        if m := _ITEM.match(line):
            items.append((m[2], m[3]))
            open_item = not m[3].endswith("。")
        elif open_item:
            festival, body = items[-1]
            items[-1] = (festival, body + line)
            open_item = not line.endswith("。")
        else:
            others.append(line)
    return items, others


def parse_notice(text: str) -> HolidayNotice:
    """The schedule a notice gives, or ``NoticeError`` naming what could not be read."""
    if not text.strip():
        raise NoticeError(Msg("notice.empty"))
    items, others = _paragraphs(text)
    year = _notice_year([*others, *(body for _f, body in items)])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise NoticeError(Msg("notice.year_out_of_range", {"year": year}))
    if not items:
        raise NoticeError(Msg("notice.no_items"))
    # a date outside the items would be a schedule this reader does not know
    for line in others:
        for sentence in _sentences(line):
            if _ANY_DATE.search(sentence) and not _SIGNATURE_DATE.match(sentence.rstrip("。")):
                raise NoticeError(Msg("notice.unreadable", {"sentence": sentence}))
    read: list[NoticeItem] = []
    all_off: set[date] = set()
    all_work: set[date] = set()
    for festival, body in items:
        off: list[date] = []
        work: list[date] = []
        sentences = tuple(_sentences(body))
        if not sentences:
            raise NoticeError(Msg("notice.unreadable", {"sentence": festival}))
        for sentence in sentences:
            if sentence.startswith("鼓励"):
                continue  # advice (安排职工在除夕休息), not a day off by the notice
            o, w = _read_sentence(sentence.rstrip("。"), year)
            off.extend(o)
            work.extend(w)
            clash = sorted((set(o) & all_work) | (set(w) & all_off))
            if clash:
                raise NoticeError(Msg("notice.conflict", {"sentence": sentence, "date": clash[0]}))
            all_off.update(o)
            all_work.update(w)
        read.append(
            NoticeItem(festival, tuple(sorted(set(off))), tuple(sorted(set(work))), sentences)
        )
    _check_statutory(year, all_off)
    return HolidayNotice(year, tuple(sorted(all_off)), tuple(sorted(all_work)), tuple(read))


def _check_statutory(year: int, days_off: set[date]) -> None:
    missing: dict[str, list[date]] = {}
    for day, festival in statutory_days(year).items():
        if day not in days_off:
            missing.setdefault(festival, []).append(day)
    for festival, days in missing.items():
        raise NoticeError(
            Msg(
                "notice.missing_statutory",
                {"festival": festival, "dates": ", ".join(d.isoformat() for d in days)},
            )
        )


# -- as stored -----------------------------------------------------------------------------------


def _iso_days(days: tuple[date, ...]) -> str:
    return ",".join(d.isoformat() for d in days)


def _parse_days(text: str) -> tuple[date, ...]:
    return tuple(date.fromisoformat(part) for part in text.split(",") if part.strip())


def notice_to_record(notice: HolidayNotice, text: str, added_on: date) -> HolidayNoticeRecord:
    return HolidayNoticeRecord(
        year=notice.year,
        days_off=_iso_days(notice.days_off),
        make_up_workdays=_iso_days(notice.make_up_workdays),
        text=text,
        added_on=added_on,
    )


def notice_from_record(rec: HolidayNoticeRecord) -> HolidayNotice:
    """The notice a stored record holds; ``ValueError`` when its days do not hold together.

    The items are read again from the stored text when it still reads; a record
    restored without its text keeps only its days.
    """
    notice = HolidayNotice(rec.year, _parse_days(rec.days_off), _parse_days(rec.make_up_workdays))
    if rec.text:
        try:
            again = parse_notice(rec.text)
        except NoticeError:
            return notice
        if again == notice:
            return again
    return notice


def day_runs(days: tuple[date, ...] | list[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs, for showing a schedule briefly."""
    runs: list[tuple[date, date]] = []
    for d in sorted(days):
        if runs and d - runs[-1][1] == _ONE_DAY:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs
