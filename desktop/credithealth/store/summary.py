"""What a summary of the records needs (the report's appendix and evidence tables):
counts, sources, imported files and dated snapshots, as they stood on a date."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from credithealth.domain.records import (
    Account,
    Checkup,
    CreditReport,
    ImportRecord,
    ProfileChange,
    ScoreSnapshot,
    Transaction,
)
from credithealth.store.convert import from_row

# table -> the column that dates a record ("" : undated, always counted)
DATED_BY = {
    "accounts": "",
    "bills": "due_on",
    "repayments": "paid_on",
    "transactions": "substr(occurred_at, 1, 10)",
    "score_snapshots": "taken_on",
    "credit_reports": "taken_on",
    "security_items": "",
    "security_events": "occurred_on",
    "profile_items": "",
    "profile_changes": "changed_on",
    "applications": "submitted_on",
    "checkups": "taken_on",
    "imports": "substr(imported_at, 1, 10)",
}


def record_counts(db: Database, on: date) -> dict[str, int]:
    """Records per table dated on or before ``on`` (undated tables: all of them)."""
    out = {}
    for table, col in DATED_BY.items():
        where = f" WHERE {col} <= ?" if col else ""
        params = [on.isoformat()] if col else []
        out[table] = db.execute(f"SELECT COUNT(*) FROM [{table}]{where}", params).fetchone()[0]
    return out


def transaction_sources(db: Database, on: date) -> dict[str, int]:
    return dict(
        db.execute(
            """SELECT source, COUNT(*) FROM transactions WHERE substr(occurred_at, 1, 10) <= ?
               GROUP BY source ORDER BY source""",
            [on.isoformat()],
        ).fetchall()
    )


def imports_until(db: Database, on: date) -> list[ImportRecord]:
    return [
        from_row(ImportRecord, r)
        for r in db.query(
            "SELECT * FROM imports WHERE substr(imported_at, 1, 10) <= ? ORDER BY imported_at, id",
            [on.isoformat()],
        )
    ]


def sesame_until(db: Database, on: date, limit: int) -> list[ScoreSnapshot]:
    """The latest ``limit`` Sesame snapshots up to ``on``, oldest first."""
    rows = list(
        db.query(
            """SELECT * FROM score_snapshots WHERE provider = 'sesame' AND taken_on <= ?
               ORDER BY taken_on DESC, id DESC LIMIT ?""",
            [on.isoformat(), limit],
        )
    )
    return [from_row(ScoreSnapshot, r) for r in reversed(rows)]


def credit_reports_until(db: Database, on: date, limit: int) -> list[CreditReport]:
    rows = list(
        db.query(
            "SELECT * FROM credit_reports WHERE taken_on <= ? ORDER BY taken_on DESC, id DESC LIMIT ?",
            [on.isoformat(), limit],
        )
    )
    return [from_row(CreditReport, r) for r in reversed(rows)]


def latest_checkup(db: Database, on: date) -> Checkup | None:
    rows = list(
        db.query(
            "SELECT * FROM checkups WHERE taken_on <= ? ORDER BY taken_on DESC, id DESC LIMIT 1",
            [on.isoformat()],
        )
    )
    return from_row(Checkup, rows[0]) if rows else None


def profile_changes_within(db: Database, on: date, days: int) -> list[ProfileChange]:
    """Changes in the ``days`` days up to and including ``on``."""
    return [
        from_row(ProfileChange, r)
        for r in db.query(
            """SELECT * FROM profile_changes WHERE changed_on > ? AND changed_on <= ?
               ORDER BY changed_on, id""",
            [(on - timedelta(days=days)).isoformat(), on.isoformat()],
        )
    ]


def accounts(db: Database) -> list[Account]:
    return [from_row(Account, r) for r in db.query("SELECT * FROM accounts ORDER BY id")]


def notable_transactions(
    db: Database, start: str, end: str, large_fen: int, limit: int
) -> list[Transaction]:
    """Cash-out-like moves and purchases above ``large_fen`` with ``start`` <= day < ``end``
    (ISO dates): the transactions behind the consumption signals, latest first."""
    return [
        from_row(Transaction, r)
        for r in db.query(
            """SELECT * FROM transactions
               WHERE occurred_at >= :start AND occurred_at < :end
                 AND (kind = 'cashout' OR (kind = 'purchase' AND amount_fen > :large))
               ORDER BY occurred_at DESC, id DESC LIMIT :limit""",
            {"start": start, "end": end, "large": large_fen, "limit": limit},
        )
    ]
