"""Huabei bills derived from imported Alipay files.

Huabei's statement closes on the 1st of each month and falls due on the account's due
day (the 9th or 10th; ``accounts.due_day``, default 10). The bill named for month P
("2025年06月账单", period ``2025-06``) holds the Huabei purchases of the month before
P, net of the refunds for them that came back in that month, plus the instalments
(花呗分期, "(3期)") falling in it. The file's repayments that name month P pay it.

A bill is derived only when the imported Alipay files (app exports, the ones with a
payment-method column) together cover, without a gap, everything from the first day
of its statement month to its due day: a file that ends before a due date says
nothing about whether the bill was repaid in time, and one that starts mid-month
would undercount it. When a month holds an instalment whose number of terms the
file does not say, its bill is not derived either: the amount would be a guess.

Derived bills are kept in step with the data (``refresh``, after every import and
its undo): re-importing adds nothing, an overlapping file that covers more of a
month makes that month's bill (or corrects its amount), and a bill no longer
covered goes. They never touch what the user owns: a bill entered by hand, or a
derived one the user confirmed or corrected (``derived = 0``), wins; a derived bill
the user deleted is remembered in ``dismissed_bills`` and not derived again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from credithealth.domain.classify import bill_period
from credithealth.domain.limits import MAX_FEN
from credithealth.domain.months import key_start, month_key, shift_key
from credithealth.store.database import Database

# Alipay layouts with a 收/付款方式 column: only they show which purchases used Huabei
APP_FORMATS = ("alipay_app_2023", "alipay_app_2021")
_TERMS = re.compile(r"(\d{1,2})\s*期")


@dataclass
class Refreshed:
    """What a refresh did (ids), for the import's result and its undo."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    accounts: list[int] = field(default_factory=list)  # huabei accounts it had to create


def due_on(period: str, due_day: int) -> date:
    return key_start(period).replace(day=due_day)


def covered_spans(db: Database) -> list[tuple[date, date]]:
    """The days the Alipay app exports cover, as merged (first, last) spans, inclusive."""
    marks = ",".join("?" * len(APP_FORMATS))
    spans = sorted(
        (date.fromisoformat(a), date.fromisoformat(b))
        for a, b in db.execute(
            f"SELECT period_start, period_end FROM imports WHERE format IN ({marks}) "
            "AND period_start IS NOT NULL AND period_end IS NOT NULL",
            list(APP_FORMATS),
        )
        if a <= b
    )
    merged: list[tuple[date, date]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _covered(spans: Sequence[tuple[date, date]], first: date, last: date) -> bool:
    return any(a <= first and last <= b for a, b in spans)


def derivable_periods(spans: Sequence[tuple[date, date]], due_day: int) -> list[str]:
    """Bill periods whose statement month and due day lie wholly inside one span."""
    out: list[str] = []
    for a, b in spans:
        statement = month_key(a) if a.day == 1 else shift_key(month_key(a), 1)
        while True:
            period = shift_key(statement, 1)
            if due_on(period, due_day) > b:
                break
            if _covered(spans, key_start(statement), due_on(period, due_day)):
                out.append(period)
            statement = period
    return sorted(set(out))


def terms_of(method: str, description: str) -> int | None:
    """The number of instalments a 花呗分期 row states ("花呗分期(3期)"), or None."""
    for text in (method, description):
        m = _TERMS.search(text)
        if m and int(m.group(1)) >= 1:
            return int(m.group(1))
    return None


def _amounts(db: Database, periods: Iterable[str]) -> dict[str, int | None]:
    """Per period the derived amount due; None when an instalment's terms are unknown."""
    periods = sorted(periods)
    if not periods:
        return {}
    first = key_start(shift_key(periods[0], -1))
    end = key_start(periods[-1])
    huabei = "source = 'alipay' AND kind = 'purchase' AND huabei = 1 AND occurred_at < :end"
    owed: dict[str, int] = dict(
        db.execute(
            f"""SELECT substr(occurred_at, 1, 7), SUM(amount_fen) FROM transactions
                WHERE {huabei} AND occurred_at >= :first AND method NOT LIKE '%分期%'
                GROUP BY 1""",
            {"first": first.isoformat(), "end": end.isoformat()},
        ).fetchall()
    )
    # instalments reach back: 36 terms is the longest Huabei offers
    reach = key_start(shift_key(month_key(first), -36))
    unknown: set[str] = set()
    for month, fen, method, description in db.execute(
        f"""SELECT substr(occurred_at, 1, 7), amount_fen, method, description FROM transactions
            WHERE {huabei} AND occurred_at >= :reach AND method LIKE '%分期%'""",
        {"reach": reach.isoformat(), "end": end.isoformat()},
    ).fetchall():
        terms = terms_of(method, description)
        if terms is None:
            unknown.add(month)
            continue
        # the first term carries the odd fen; term k falls in the statement k months on
        part, odd = divmod(fen, terms)
        for k in range(terms):
            m = shift_key(month, k)
            owed[m] = owed.get(m, 0) + part + (odd if k == 0 else 0)
    refunds = db.execute(
        """SELECT substr(r.occurred_at, 1, 7), SUM(r.amount_fen)
           FROM transactions r
           JOIN transactions p ON p.source = r.source AND p.external_id = r.parent_external_id
           WHERE r.source = 'alipay' AND r.kind = 'refund' AND p.kind = 'purchase' AND p.huabei = 1
             AND r.occurred_at >= :first AND r.occurred_at < :end
           GROUP BY 1""",
        {"first": first.isoformat(), "end": end.isoformat()},
    ).fetchall()
    back = dict(refunds)
    out: dict[str, int | None] = {}
    for period in periods:
        statement = shift_key(period, -1)
        amount = max(0, owed.get(statement, 0) - (back.get(statement) or 0))
        # a bill beyond what one record may hold (limits.MAX_FEN) is no real Huabei bill
        out[period] = None if statement in unknown or amount > MAX_FEN else amount
    return out


def huabei_account(db: Database) -> tuple[int, int] | None:
    """(id, due_day) of the account Huabei bills go to: the first huabei account, open first."""
    row = db.execute(
        "SELECT id, due_day FROM accounts WHERE kind = 'huabei' ORDER BY status = 'closed', id LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None


def refresh(db: Database) -> Refreshed:
    """Bring the derived Huabei bills in step with the imported files (in the caller's
    transaction). Idempotent: a second call changes nothing."""
    done = Refreshed()
    account = huabei_account(db)
    spans = covered_spans(db)
    due_day = account[1] if account else 10
    periods = derivable_periods(spans, due_day)
    amounts = {p: fen for p, fen in _amounts(db, periods).items() if fen}
    if account is None:
        if not amounts:
            return done
        account_id = db.conn.execute(
            "INSERT INTO accounts (name, kind) VALUES ('花呗', 'huabei')"
        ).lastrowid
        done.accounts.append(account_id)
        account = (account_id, due_day)
    account_id = account[0]
    dismissed = {
        p
        for (p,) in db.execute(
            "SELECT period FROM dismissed_bills WHERE account_id = ?", [account_id]
        )
    }
    existing = {
        period: (bid, derived, amount, due)
        for bid, period, derived, amount, due in db.execute(
            "SELECT id, period, derived, amount_due_fen, due_on FROM bills WHERE account_id = ?",
            [account_id],
        )
    }
    for period, fen in amounts.items():
        if period in dismissed:
            continue
        due = due_on(period, due_day).isoformat()
        if period not in existing:
            bid = db.conn.execute(
                "INSERT INTO bills (account_id, period, due_on, amount_due_fen, derived) "
                "VALUES (?, ?, ?, ?, 1)",
                [account_id, period, due, fen],
            ).lastrowid
            done.created.append(bid)
            continue
        bid, derived, amount, old_due = existing[period]
        if derived and (amount, old_due) != (fen, due):  # the user's own bill wins
            db.execute(
                "UPDATE bills SET amount_due_fen = ?, due_on = ? WHERE id = ?", [fen, due, bid]
            )
            done.updated.append(bid)
    for period, (bid, derived, _amount, _due) in existing.items():
        if derived and (period not in amounts or period in dismissed):
            db.execute("DELETE FROM bills WHERE id = ?", [bid])
            done.removed.append(bid)
    attach_repayments(db, account_id)
    return done


def attach_repayments(db: Database, account_id: int) -> int:
    """File the account's imported repayments that pay no bill yet under the bill their
    row names ("花呗自动还款-2025年06月账单"), now that it may exist. Returns how many."""
    bills = dict(db.execute("SELECT period, id FROM bills WHERE account_id = ?", [account_id]))
    if not bills:
        return 0
    n = 0
    for rid, description in db.execute(
        """SELECT r.id, t.description FROM repayments r
           JOIN transactions t ON t.external_id = r.external_id AND t.kind = 'repayment'
           WHERE r.account_id = ? AND r.bill_id IS NULL AND r.source = 'import'""",
        [account_id],
    ).fetchall():
        period = bill_period(description)
        if period in bills:
            db.execute("UPDATE repayments SET bill_id = ? WHERE id = ?", [bills[period], rid])
            n += 1
    return n
