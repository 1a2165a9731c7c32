"""Series for charts (dashboard and report): every figure comes from here, never
from a widget. Months are "YYYY-MM" in Beijing time, as the bill files are.

The readiness history is the ``assessments`` table: one result per day, recorded by
whoever assessed it (``domain.history`` scores the back-filled days; this module never
runs the scorer)."""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from credithealth.domain import limits
from credithealth.domain.months import (
    iter_months,
    key_end,
    month_end,
    month_key,
    months_between,
    shift_key,
)
from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS
from credithealth.store.database import Database
from credithealth.store.facts import refunds_by_month


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    on: date
    overall: int
    verdict: str
    factors: dict[str, int]


@dataclass(frozen=True, slots=True)
class MonthRepayments:
    month: str
    on_time: int  # repayments made in the month towards bills that were not overdue
    late: int  # repayments towards bills already overdue when paid
    on_time_fen: int
    late_fen: int
    past_due_fen: int  # unpaid past-due balance at the month's end


@dataclass(frozen=True, slots=True)
class MonthSpending:
    month: str
    purchases: int
    spent_fen: int  # net of refunds for counted purchases
    huabei_fen: int


def first_record_date(db: Database) -> date | None:
    """The earliest date of anything the user recorded (the start of every chart)."""
    # each MIN reads one end of an index; substr outside MIN and no outer WHERE (MIN skips
    # NULLs anyway) keep SQLite from scanning every transaction instead
    row = db.execute(
        """SELECT MIN(d) FROM (
               SELECT substr(MIN(occurred_at), 1, 10) AS d FROM transactions
               UNION ALL SELECT MIN(due_on) FROM bills
               UNION ALL SELECT MIN(paid_on) FROM repayments
               UNION ALL SELECT MIN(taken_on) FROM score_snapshots
               UNION ALL SELECT MIN(taken_on) FROM credit_reports
               UNION ALL SELECT MIN(submitted_on) FROM applications
               UNION ALL SELECT MIN(occurred_on) FROM security_events
           )"""
    ).fetchone()[0]
    if not row:
        return None
    # a record from before the dates the app accepts (a file from before they were checked,
    # or edited outside the app) must not send every chart and back-fill back to year 1
    try:
        return max(date.fromisoformat(row), limits.FIRST_DAY)
    except ValueError:
        return limits.FIRST_DAY


# --- readiness history -------------------------------------------------------------


def history_point(on: date, a: Assessment) -> HistoryPoint:
    """What the history keeps of an assessment: the overall, the verdict, each factor's score."""
    return HistoryPoint(on, a.overall, a.verdict, {k: a.factors[k].score for k in FACTORS})


def record_assessment(db: Database, a: Assessment) -> None:
    """Keep one assessment per day (the latest of the day wins)."""
    factors = json.dumps(history_point(a.as_of, a).factors, sort_keys=True)
    with db.atomic():
        db.execute(
            """INSERT INTO assessments (computed_on, overall, verdict, factors) VALUES (?, ?, ?, ?)
               ON CONFLICT(computed_on) DO UPDATE SET overall = excluded.overall,
                   verdict = excluded.verdict, factors = excluded.factors""",
            [a.as_of.isoformat(), a.overall, a.verdict, factors],
        )


def history(db: Database) -> list[HistoryPoint]:
    return [
        HistoryPoint(date.fromisoformat(d), overall, verdict, json.loads(factors))
        for d, overall, verdict, factors in db.execute(
            "SELECT computed_on, overall, verdict, factors FROM assessments ORDER BY computed_on"
        ).fetchall()
    ]


_UNKNOWN = date.min


def backfill_dates(db: Database, as_of: date, first: date | None = _UNKNOWN) -> list[date]:
    """Month ends from the first record up to ``as_of``, then ``as_of``: the dates a back-fill assesses.
    ``first``: the first record's date when the caller has just read it."""
    if first is _UNKNOWN:
        first = first_record_date(db)
    if first is None:
        return [as_of]
    ends = [month_end(m) for m in iter_months(first, as_of)]
    return [d for d in ends if d < as_of] + [as_of]


def missing_month_ends(db: Database, as_of: date, first: date | None = _UNKNOWN) -> list[date]:
    """Month ends before ``as_of`` whose month has no recorded assessment: the gaps a trend
    would show (a user who imports two years of bills has two years of them)."""
    recorded = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT substr(computed_on, 1, 7) FROM assessments WHERE computed_on < ?",
            [as_of.isoformat()],
        ).fetchall()
    }
    return [d for d in backfill_dates(db, as_of, first)[:-1] if month_key(d) not in recorded]


# --- repayments, Sesame, spending -------------------------------------------------


def sesame_series(db: Database) -> list[tuple[date, int]]:
    return [
        (date.fromisoformat(d), s)
        for d, s in db.execute(
            "SELECT taken_on, score FROM score_snapshots WHERE provider = 'sesame' ORDER BY taken_on, id"
        ).fetchall()
    ]


def monthly_repayments(db: Database, as_of: date) -> list[MonthRepayments]:
    first = first_record_date(db)
    if first is None:
        return []
    rows = db.execute(
        """SELECT substr(r.paid_on, 1, 7) AS month,
                  -- late: the bill's due date had passed and its minimum was still unmet before this payment
                  CASE WHEN b.id IS NOT NULL AND r.paid_on > b.due_on
                            AND COALESCE((SELECT SUM(p.amount_fen) FROM repayments p
                                          WHERE p.bill_id = b.id AND p.paid_on <= b.due_on), 0)
                                < COALESCE(NULLIF(b.min_due_fen, 0), b.amount_due_fen)
                       THEN 1 ELSE 0 END AS late,
                  r.amount_fen
           FROM repayments r LEFT JOIN bills b ON b.id = r.bill_id
           WHERE r.paid_on <= ?""",
        [as_of.isoformat()],
    ).fetchall()
    agg: dict[str, list[int]] = {}
    for month, late, fen in rows:
        a = agg.setdefault(month, [0, 0, 0, 0])
        if late:
            a[1] += 1
            a[3] += fen
        else:
            a[0] += 1
            a[2] += fen
    months = months_between(first, as_of)
    ends = [min(key_end(m), as_of) for m in months]
    past_due = past_due_on_days(db, ends)
    out = []
    for month, end in zip(months, ends, strict=True):
        a = agg.get(month, [0, 0, 0, 0])
        out.append(MonthRepayments(month, a[0], a[1], a[2], a[3], past_due[end]))
    return out


def past_due_on_days(db: Database, days: list[date]) -> dict[date, int]:
    """The unpaid past-due balance on each day, as ``bill_facts(db, day)`` would add it up,
    from one read of the bills and their repayments (not one query per day)."""
    paid: dict[int, list[tuple[str, int]]] = {}  # bill -> (day, paid so far), in order
    for bill_id, paid_on, cum in db.execute(
        """SELECT bill_id, paid_on, SUM(amount_fen) OVER (PARTITION BY bill_id
                  ORDER BY paid_on, id ROWS UNBOUNDED PRECEDING)
           FROM repayments WHERE bill_id IS NOT NULL ORDER BY bill_id, paid_on, id"""
    ).fetchall():
        paid.setdefault(bill_id, []).append((paid_on, cum))
    bills = []
    for bill_id, due, amount, min_due in db.execute(
        """SELECT id, due_on, amount_due_fen, COALESCE(NULLIF(min_due_fen, 0), amount_due_fen)
           FROM bills"""
    ).fetchall():
        steps = paid.get(bill_id, [])
        # the day the minimum was met: a bill that asks for nothing is met when it is due
        met = due if min_due == 0 else next((d for d, c in steps if c >= min_due), None)
        if met is not None and met <= due:
            continue  # never overdue
        cleared = due if amount == 0 else next((d for d, c in steps if c >= amount), None)
        bills.append((due, amount, cleared, [d for d, _ in steps], [c for _, c in steps]))
    out = {}
    for day in days:
        on = day.isoformat()
        total = 0
        for due, amount, cleared, step_days, cums in bills:
            if due < on and (cleared is None or cleared > on):
                i = bisect_right(step_days, on)
                total += max(0, amount - (cums[i - 1] if i else 0))
        out[day] = total
    return out


def monthly_spending(db: Database, as_of: date) -> list[MonthSpending]:
    first = first_record_date(db)
    if first is None:
        return []
    # a month at a time, each a range of the spending index: three times faster than one
    # GROUP BY over every purchase, which SQLite sorts although the index is in date order
    per_month = """SELECT COUNT(*), SUM(amount_fen), SUM(CASE WHEN huabei THEN amount_fen ELSE 0 END)
                   FROM transactions
                   WHERE kind = 'purchase' AND occurred_at >= :start AND occurred_at < :end"""
    refunds = refunds_by_month(db)
    out = []
    for month in months_between(first, as_of):
        n, total, huabei = db.execute(
            per_month, {"start": month, "end": shift_key(month, 1)}
        ).fetchone()
        back, back_huabei = refunds.get(month, (0, 0))
        out.append(
            MonthSpending(
                month,
                n,
                max(0, (total or 0) - (back or 0)),
                max(0, (huabei or 0) - (back_huabei or 0)),
            )
        )
    return out
