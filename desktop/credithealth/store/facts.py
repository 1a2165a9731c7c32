"""The facts for scoring, computed with SQL aggregates as of a date.

Only records dated on or before the date count, so assessing an earlier date
(the trend back-fill) sees the records as they stood then.
"""

from __future__ import annotations

from datetime import date, timedelta

from credithealth.domain.facts import BillFact, ConsumptionFacts, Facts, MonthSpend
from credithealth.domain.months import add_months, last_complete_month, month_key, shift_key
from credithealth.domain.records import (
    Application,
    CreditReport,
    ProfileChange,
    ProfileItem,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
)
from credithealth.domain.rules import Rules, default_rules
from credithealth.store.cashouts import cashout_rows
from credithealth.store.convert import from_row
from credithealth.store.database import Database

_BILLS = """
WITH r AS (
    SELECT bill_id, paid_on,
           SUM(amount_fen) OVER (PARTITION BY bill_id ORDER BY paid_on, id
                                 ROWS UNBOUNDED PRECEDING) AS cum
    FROM repayments
    WHERE bill_id IS NOT NULL AND paid_on <= :as_of
), b AS (
    SELECT b.*, a.name AS account_name, a.kind AS account_kind,
           COALESCE(NULLIF(b.min_due_fen, 0), b.amount_due_fen) AS min_due
    FROM bills b JOIN accounts a ON a.id = b.account_id
    WHERE (:upcoming OR b.due_on <= :as_of) AND (:account IS NULL OR b.account_id = :account)
)
SELECT b.id, b.account_id, b.account_name, b.account_kind, b.period, b.due_on,
       b.amount_due_fen, b.min_due,
       COALESCE((SELECT MAX(cum) FROM r WHERE r.bill_id = b.id), 0) AS paid,
       (SELECT MIN(paid_on) FROM r WHERE r.bill_id = b.id AND r.cum >= b.min_due) AS min_met_on,
       (SELECT MIN(paid_on) FROM r WHERE r.bill_id = b.id AND r.cum >= b.amount_due_fen) AS cleared_on
FROM b
ORDER BY b.due_on, b.id
"""


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def bill_facts(
    db: Database, as_of: date, *, upcoming: bool = False, account_id: int | None = None
) -> tuple[BillFact, ...]:
    """Bills due by ``as_of`` and what was repaid towards them by then. ``upcoming``
    adds the bills not yet due (for listing them); ``account_id`` keeps one account's."""
    out = []
    params = {"as_of": as_of.isoformat(), "upcoming": upcoming, "account": account_id}
    for row in db.execute(_BILLS, params).fetchall():
        (bid, aid, aname, akind, period, due, amount, min_due, paid, min_met, cleared) = row
        due_on = date.fromisoformat(due)
        min_met_on, cleared_on = _d(min_met), _d(cleared)
        # a bill that asks for nothing is met and cleared the day it is due
        if min_due == 0:
            min_met_on = min_met_on or due_on
        if amount == 0:
            cleared_on = cleared_on or due_on
        out.append(
            BillFact(
                bill_id=bid,
                account_id=aid,
                account_name=aname,
                account_kind=akind,
                period=period,
                due_on=due_on,
                amount_due_fen=amount,
                min_due_fen=min_due,
                paid_fen=paid,
                min_met_on=min_met_on,
                cleared_on=cleared_on,
            )
        )
    return tuple(out)


def window_months(as_of: date, n: int) -> list[str]:
    """The ``n`` calendar months ending with the latest month complete on ``as_of``."""
    last = last_complete_month(as_of)
    return [month_key(add_months(last, k - n + 1)) for k in range(n)]


def refunds_by_month(
    db: Database, start: str | None = None, end: str | None = None
) -> dict[str, tuple[int, int]]:
    """Refunds by the month they came back in: (fen, of which for Huabei purchases).

    Only refunds for purchases that counted (not for closed orders, whose money never
    left), and within ``start``..``end`` only for purchases made in it too: a refund
    for a purchase before the span takes nothing off the span's spending.
    """
    where = ["r.kind = 'refund'", "p.kind = 'purchase'"]
    params: dict[str, str] = {}
    if start is not None:
        where += ["r.occurred_at >= :start", "p.occurred_at >= :start"]
        params["start"] = start
    if end is not None:
        where.append("r.occurred_at < :end")
        params["end"] = end
    rows = db.execute(
        f"""SELECT substr(r.occurred_at, 1, 7), SUM(r.amount_fen),
                   SUM(CASE WHEN p.huabei THEN r.amount_fen ELSE 0 END)
            FROM transactions r
            JOIN transactions p ON p.source = r.source AND p.external_id = r.parent_external_id
            WHERE {" AND ".join(where)}
            GROUP BY 1""",
        params,
    ).fetchall()
    return {month: (fen or 0, huabei or 0) for month, fen, huabei in rows}


def consumption_facts(
    db: Database, as_of: date, rules: Rules, credit_limit_fen: int
) -> ConsumptionFacts:
    cr = rules.consumption
    months = window_months(as_of, cr.window_months)
    start, end = months[0] + "-01", shift_key(months[-1], 1) + "-01"
    span = {"start": start, "end": end}
    has_data = db.execute(
        "SELECT EXISTS (SELECT 1 FROM transactions WHERE occurred_at < :end)", {"end": end}
    ).fetchone()[0]
    if not has_data:
        return ConsumptionFacts(months=tuple(MonthSpend(m, 0, 0, 0, 0, 0, 0) for m in months))
    window = "kind = 'purchase' AND occurred_at >= :start AND occurred_at < :end"
    count = db.execute(f"SELECT COUNT(*) FROM transactions WHERE {window}", span).fetchone()[0]
    median = 0
    if count:
        median = db.execute(
            f"SELECT amount_fen FROM transactions WHERE {window} ORDER BY amount_fen LIMIT 1 OFFSET :k",
            {**span, "k": (count - 1) // 2},
        ).fetchone()[0]
    # the user's own median weighs in, but a fixed ceiling and the credit limit cap it
    large = min(median * cr.large_vs_median_times, cr.large_ceiling_fen)
    if credit_limit_fen > 0:
        large = min(large, credit_limit_fen * cr.large_vs_limit_pct // 100)
    large = max(large, cr.large_floor_fen)
    params = {**span, "large": large}
    spent = {
        r[0]: r[1:]
        for r in db.execute(
            f"""SELECT substr(occurred_at, 1, 7), COUNT(*), SUM(amount_fen),
                       SUM(CASE WHEN huabei THEN amount_fen ELSE 0 END),
                       SUM(amount_fen > :large),
                       SUM(CASE WHEN amount_fen > :large THEN amount_fen ELSE 0 END)
                FROM transactions WHERE {window} GROUP BY 1""",
            params,
        ).fetchall()
    }
    refunds = refunds_by_month(db, start, end)
    suspicious = cashout_rows(db, start, end, rules.cashout)
    cashouts: dict[str, int] = {}
    for row in suspicious:
        if not row.dismissed:
            cashouts[row.month] = cashouts.get(row.month, 0) + 1
    categories = db.execute(
        f"SELECT COUNT(DISTINCT category) FROM transactions WHERE {window} AND category != ''", span
    ).fetchone()[0]
    out = []
    for m in months:
        n, total, huabei, large_n, large_fen = spent.get(m, (0, 0, 0, 0, 0))
        back, back_huabei = refunds.get(m, (0, 0))
        out.append(
            MonthSpend(
                month=m,
                purchases=n,
                spent_fen=max(0, (total or 0) - (back or 0)),
                huabei_fen=max(0, (huabei or 0) - (back_huabei or 0)),
                large_count=large_n or 0,
                large_fen=large_fen or 0,
                cashouts=cashouts.get(m, 0),
            )
        )
    return ConsumptionFacts(
        months=tuple(out),
        median_purchase_fen=median,
        large_threshold_fen=large,
        categories=categories,
        has_data=True,
        suspicious=suspicious,
    )


def load_facts(db: Database, as_of: date, rules: Rules | None = None) -> Facts:
    rules = rules or default_rules()
    d = as_of.isoformat()
    window_start = (as_of - timedelta(days=rules.credit_status.late_window_days)).isoformat()
    failed = tuple(
        date.fromisoformat(r[0])
        for r in db.execute(
            """SELECT substr(occurred_at, 1, 10) FROM transactions
               WHERE kind = 'repayment_failed' AND substr(occurred_at, 1, 10) > ?
                 AND substr(occurred_at, 1, 10) <= ? ORDER BY occurred_at""",
            [window_start, d],
        ).fetchall()
    )
    # records dated after as_of did not exist yet: items not yet done, incidents not yet resolved
    security = tuple(
        from_row(SecurityItem, r)
        for r in db.query(
            """SELECT id, key, done_on, renew_days,
                      CASE WHEN done AND (done_on IS NULL OR done_on <= :d) THEN 1 ELSE 0 END AS done
               FROM security_items ORDER BY key""",
            {"d": d},
        )
    )
    incidents = tuple(
        from_row(SecurityEvent, r)
        for r in db.query(
            """SELECT id, kind, occurred_on, notes,
                      CASE WHEN resolved_on <= :d THEN resolved_on END AS resolved_on
               FROM security_events WHERE occurred_on <= :d ORDER BY occurred_on, id""",
            {"d": d},
        )
    )
    profile = tuple(
        from_row(ProfileItem, r)
        for r in db.query(
            """SELECT id, key, updated_on,
                      CASE WHEN done AND (updated_on IS NULL OR updated_on <= :d) THEN 1 ELSE 0 END AS done
               FROM profile_items ORDER BY key""",
            {"d": d},
        )
    )
    change_start = (as_of - timedelta(days=rules.personal_info.change_window_days)).isoformat()
    changes = tuple(
        from_row(ProfileChange, r)
        for r in db.query(
            "SELECT * FROM profile_changes WHERE changed_on > ? AND changed_on <= ? ORDER BY changed_on",
            [change_start, d],
        )
    )
    sesame_rows = list(
        db.query(
            """SELECT * FROM score_snapshots WHERE provider = 'sesame' AND taken_on <= ?
               ORDER BY taken_on DESC, id DESC LIMIT 1""",
            [d],
        )
    )
    report_rows = list(
        db.query(
            "SELECT * FROM credit_reports WHERE taken_on <= ? ORDER BY taken_on DESC, id DESC LIMIT 1",
            [d],
        )
    )
    applications = tuple(
        from_row(Application, r)
        for r in db.query(
            """SELECT id, submitted_on, channel, feedback, predicted_verdict,
                      CASE WHEN decided_on <= :d THEN status ELSE 'pending' END AS status,
                      CASE WHEN decided_on <= :d THEN decided_on END AS decided_on
               FROM applications WHERE submitted_on <= :d ORDER BY submitted_on, id""",
            {"d": d},
        )
    )
    limit = db.execute(
        """SELECT COALESCE(SUM(credit_limit_fen), 0) FROM accounts
           WHERE kind IN ('huabei', 'credit_card') AND status != 'closed'"""
    ).fetchone()[0]
    return Facts(
        as_of=as_of,
        bills=bill_facts(db, as_of),
        failed_repayments=failed,
        security_items=security,
        incidents=incidents,
        profile_items=profile,
        profile_changes=changes,
        consumption=consumption_facts(db, as_of, rules, limit),
        sesame=from_row(ScoreSnapshot, sesame_rows[0]) if sesame_rows else None,
        credit_report=from_row(CreditReport, report_rows[0]) if report_rows else None,
        applications=applications,
        credit_limit_fen=limit,
    )
