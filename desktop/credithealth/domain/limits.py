"""The values a record may hold: one declaration per field, checked wherever data enters.

Types say a field is an integer; this says which integers make sense. Every way
data comes in (forms, bill files, a JSON backup, a database file put back) asks
``problems(record)`` (or ``row_problems`` for a raw database row) and refuses what
is out of range, so nothing the scoring or a page cannot handle is ever stored.

Bounds: an amount is at most ¥10⁹ per record, so a lifetime of sums stays far
inside SQLite's 64-bit integers; dates lie between 2000-01-01 and ten years after
today; every code is within its vocabulary; text is bounded (notes 10,000
characters, names 200).

Adding a field or a table is one declaration: an entry in ``LIMITS`` (the test
``tests/domain/test_limits.py`` fails while a record field has none).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from credithealth.domain import records as r
from credithealth.domain.messages import Msg

MAX_FEN = 100_000_000_000  # ¥1,000,000,000.00 in one record
MAX_NAME = 200  # names, labels, codes copied from a bill file
MAX_NOTE = 10_000  # notes, feedback, descriptions
MAX_COUNT = 1_000_000  # counts a person types (inquiries, accounts, …)
MAX_ID = 2**53  # ids: far beyond any real table, and exact as a JSON number everywhere
FIRST_DAY = date(2000, 1, 1)
YEARS_AHEAD = 10
MAX_RENEW_DAYS = 3650  # a checklist item due again after at most ten years
# every verdict the app has ever stored ("needs_data" is newer than the three it predicts)
STORED_VERDICTS = (*r.VERDICTS, "needs_data")


def last_day(today: date | None = None) -> date:
    """The latest date a record may carry: ten years after today."""
    return _ten_years_after(today or date.today())


@cache
def _ten_years_after(t: date) -> date:  # asked for every date of every imported row
    try:
        return t.replace(year=t.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return t.replace(year=t.year + YEARS_AHEAD, day=28)


def shown(value: Any) -> str:
    """A value from outside, as one short line: it may be huge or hold anything."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**18:
        # str() refuses ints of more than 4,300 digits, and nobody reads them anyway
        return f"{'-' if value < 0 else ''}≈2^{abs(value).bit_length() - 1}"
    if isinstance(value, str):
        text = value
    else:
        try:
            text = repr(value)
        except ValueError:  # a huge int inside a list or object
            text = type(value).__name__
    text = json.dumps(text, ensure_ascii=False)[1:-1]
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(frozen=True)
class Problem:
    """One field out of range: which, and the sentence that says why."""

    field: str
    msg: Msg


class Limit:
    """What one field may hold; ``check`` returns the problem's Msg or None."""

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        raise NotImplementedError


@dataclass(frozen=True)
class Fen(Limit):
    """Money in fen: 0 (or 1 when ``positive``) to ``MAX_FEN``."""

    positive: bool = False

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        if value < 0:
            return Msg("limits.amount_negative", {"field": name, "value": shown(value)})
        if self.positive and value == 0:
            return Msg("limits.amount_zero", {"field": name})
        if value > MAX_FEN:
            v = _yuan(value) if value < 10**18 else shown(value)
            return Msg("limits.amount_too_large", {"field": name, "value": v})
        return None


def _yuan(fen: int) -> str:
    whole, part = divmod(fen, 100)
    return f"¥{whole:,}.{part:02d}"


@dataclass(frozen=True)
class Count(Limit):
    """A whole number from ``low`` to ``high``."""

    low: int = 0
    high: int = MAX_COUNT

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        if not self.low <= value <= self.high:
            return Msg(
                "limits.number",
                {"field": name, "value": shown(value), "low": self.low, "high": self.high},
            )
        return None


@dataclass(frozen=True)
class Flag(Limit):
    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if isinstance(value, bool) or value in (0, 1):
            return None
        return Msg("limits.bad_type", {"field": name, "value": shown(value)})


def _day_problem(name: str, d: date, today: date) -> Msg | None:
    last = last_day(today)
    if FIRST_DAY <= d <= last:
        return None
    return Msg(
        "limits.day",
        {"field": name, "value": d.isoformat(), "first": FIRST_DAY.isoformat(), "last": last},
    )


@dataclass(frozen=True)
class Day(Limit):
    """A date from 2000-01-01 to ten years after today."""

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if isinstance(value, datetime) or not isinstance(value, date):
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        return _day_problem(name, value, today)


@dataclass(frozen=True)
class Moment(Limit):
    """A timestamp whose day lies in the same range as a date's."""

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if not isinstance(value, datetime):
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        return _day_problem(name, value.date(), today)


_PERIOD = re.compile(r"(\d{4})-(\d{2})", re.ASCII)


@dataclass(frozen=True)
class Period(Limit):
    """A month, ``YYYY-MM``, within the dates' range."""

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        m = _PERIOD.fullmatch(value) if isinstance(value, str) else None
        last = last_day(today)
        if m and 1 <= int(m[2]) <= 12 and FIRST_DAY <= date(int(m[1]), int(m[2]), 1) <= last:
            return None
        return Msg(
            "limits.period",
            {"field": name, "value": shown(value), "first": FIRST_DAY.strftime("%Y-%m"),
             "last": last.strftime("%Y-%m")},
        )  # fmt: skip


@dataclass(frozen=True)
class OneOf(Limit):
    """A code from a fixed vocabulary."""

    choices: tuple[str, ...]

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if isinstance(value, str) and value in self.choices:
            return None
        return _choice(name, value, self.choices)


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> Msg:
    return Msg(
        "limits.choice", {"field": name, "value": shown(value), "choices": ", ".join(choices)}
    )


@dataclass(frozen=True)
class SetOf(Limit):
    """Comma-separated codes from a fixed vocabulary (proofs held, check-up reasons)."""

    choices: tuple[str, ...]

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if not isinstance(value, str) or len(value) > MAX_NAME * 4:
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        for code in value.split(","):
            if code and code not in self.choices:
                return _choice(name, code, self.choices)
        return None


@dataclass(frozen=True)
class Text(Limit):
    """Text of at most ``limit`` characters (not blank when ``required``)."""

    limit: int = MAX_NAME
    required: bool = False

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        if not isinstance(value, str):
            return Msg("limits.bad_type", {"field": name, "value": shown(value)})
        if len(value) > self.limit:
            return Msg(
                "limits.text_too_long", {"field": name, "length": len(value), "limit": self.limit}
            )
        if self.required and not value.strip():
            return Msg("limits.text_blank", {"field": name})
        return None


@dataclass(frozen=True)
class Scores(Limit):
    """An assessment's factor scores: a JSON object of names to 0–100 (or null)."""

    def check(self, name: str, value: Any, today: date) -> Msg | None:
        bad = Msg("limits.scores", {"field": name})
        if not isinstance(value, str) or len(value) > MAX_NOTE:
            return bad
        try:
            data = json.loads(value)
        except ValueError:  # not JSON, or a number of thousands of digits
            return bad
        if not isinstance(data, dict):
            return bad
        for k, v in data.items():
            if len(k) > MAX_NAME or isinstance(v, bool):
                return bad
            if v is None or isinstance(v, dict):
                continue  # no score (no evidence), or a richer entry a later version writes
            if not isinstance(v, int) or not 0 <= v <= 100:
                return bad
        return None


ID = Count(1, MAX_ID)
NAME = Text(MAX_NAME)
NOTE = Text(MAX_NOTE)

# One entry per record type, one limit per field: the whole of what "in range" means.
LIMITS: dict[type, dict[str, Limit]] = {
    r.Account: {
        "name": Text(MAX_NAME, required=True),
        "kind": OneOf(r.ACCOUNT_KINDS),
        "credit_limit_fen": Fen(),
        "status": OneOf(r.ACCOUNT_STATUSES),
        "notes": NOTE,
        "due_day": Count(1, 28),
        "id": ID,
    },
    r.Bill: {
        "account_id": ID,
        "period": Period(),
        "due_on": Day(),
        "amount_due_fen": Fen(),
        "min_due_fen": Fen(),
        "derived": Flag(),
        "id": ID,
    },
    r.Repayment: {
        "account_id": ID,
        "paid_on": Day(),
        "amount_fen": Fen(positive=True),
        "bill_id": ID,
        "principal_fen": Fen(),
        "interest_fen": Fen(),
        "penalty_fen": Fen(),
        "method": NAME,
        "source": OneOf(r.REPAYMENT_SOURCES),
        "external_id": NAME,
        "id": ID,
    },
    r.SecurityItem: {
        "key": OneOf(r.SECURITY_ITEM_KEYS),
        "done": Flag(),
        "done_on": Day(),
        "renew_days": Count(1, MAX_RENEW_DAYS),
        "id": ID,
    },
    r.SecurityEvent: {
        "kind": OneOf(r.SECURITY_EVENT_KINDS),
        "occurred_on": Day(),
        "resolved_on": Day(),
        "notes": NOTE,
        "id": ID,
    },
    r.ProfileItem: {
        "key": OneOf(r.PROFILE_ITEM_KEYS),
        "done": Flag(),
        "updated_on": Day(),
        "id": ID,
    },
    r.ProfileChange: {"key": OneOf(r.PROFILE_ITEM_KEYS), "changed_on": Day(), "id": ID},
    r.Transaction: {
        "occurred_at": Moment(),
        "amount_fen": Fen(),
        "direction": OneOf(r.DIRECTIONS),
        "kind": OneOf(r.TRANSACTION_KINDS),
        "category": NAME,
        "counterparty": NAME,
        "description": NOTE,
        "method": NAME,
        "status": NAME,
        "source": OneOf(r.TRANSACTION_SOURCES),
        "external_id": NAME,
        "parent_external_id": NAME,
        "huabei": Flag(),
        "not_cashout": Flag(),
        "import_id": ID,
        "id": ID,
    },
    r.ScoreSnapshot: {
        "taken_on": Day(),
        "score": Count(350, 950),
        "provider": OneOf(r.SCORE_PROVIDERS),
        "id": ID,
    },
    r.CreditReport: {
        "taken_on": Day(),
        "overdue_accounts": Count(0, 1000),
        "overdue_months_24m": Count(0, 24),
        "hard_inquiries_6m": Count(0, 1000),
        "open_loans": Count(0, 1000),
        "open_cards": Count(0, 1000),
        "proofs": SetOf(r.PROOF_KINDS),
        "id": ID,
    },
    r.Application: {
        "submitted_on": Day(),
        "channel": OneOf(r.APPLICATION_CHANNELS),
        "status": OneOf(r.APPLICATION_STATUSES),
        "decided_on": Day(),
        "feedback": NOTE,
        "predicted_verdict": OneOf(r.VERDICTS),
        "id": ID,
    },
    r.Checkup: {
        "taken_on": Day(),
        "reasons": SetOf(r.CHECKUP_REASONS),
        "notes": NOTE,
        "id": ID,
    },
    r.ImportRecord: {
        "file_name": Text(1000),
        "sha256": Text(64),
        "format": NAME,
        "imported_at": Moment(),
        "rows_total": Count(0, 10**9),
        "rows_new": Count(0, 10**9),
        "rows_duplicate": Count(0, 10**9),
        "rows_skipped": Count(0, 10**9),
        "period_start": Day(),
        "period_end": Day(),
        "id": ID,
    },
    r.DismissedBill: {"account_id": ID, "period": Period(), "id": ID},
    # the days are ISO dates joined by commas; holiday_notice.notice_from_record checks them
    r.HolidayNoticeRecord: {
        "year": Count(1901, 2100),
        "days_off": NOTE,
        "make_up_workdays": NOTE,
        "text": NOTE,
        "added_on": Day(),
        "id": ID,
    },
    r.AssessmentRecord: {
        "computed_on": Day(),
        "overall": Count(0, 100),
        "verdict": OneOf(STORED_VERDICTS),
        "factors": Scores(),
        "id": ID,
    },
}


def limits_of(cls: type) -> Mapping[str, Limit]:
    return LIMITS[cls]


def field_problem(cls: type, name: str, value: Any, today: date | None = None) -> Msg | None:
    """Whether one value fits one field (None, for an optional field, always does)."""
    if value is None:
        return None
    return LIMITS[cls][name].check(name, value, today or date.today())


def problems(
    rec: Any, today: date | None = None, only: tuple[str, ...] | None = None
) -> list[Problem]:
    """Every field of ``rec`` that is out of range (empty: the record may be stored).
    ``only``: just these fields (a reader checks what a file decides, not what it set)."""
    t = today or date.today()
    out = []
    for name, limit in _pairs(type(rec), only):
        value = getattr(rec, name)
        if value is None:
            continue
        msg = limit.check(name, value, t)
        if msg is not None:
            out.append(Problem(name, msg))
    return out


@cache
def _pairs(cls: type, only: tuple[str, ...] | None) -> tuple[tuple[str, Limit], ...]:
    return tuple((n, lim) for n, lim in LIMITS[cls].items() if only is None or n in only)


class OutOfRange(ValueError):
    """A record with a field out of range; ``problem`` names the first."""

    def __init__(self, table: str, problem: Problem) -> None:
        super().__init__(problem.msg.render("en"))
        self.table = table
        self.problem = problem


def ensure(rec: Any, today: date | None = None) -> None:
    """Raise ``OutOfRange`` for the first field of ``rec`` out of range."""
    found = problems(rec, today)
    if found:
        raise OutOfRange(type(rec).table, found[0])
