"""How many records each table holds as of a date: the report's appendix."""

from __future__ import annotations

from datetime import date

from credithealth.store.database import Database

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


def record_counts(db: Database, as_of: date) -> dict[str, int]:
    """Records per table dated on or before ``as_of`` (undated tables: all of them)."""
    out = {}
    for table, col in DATED_BY.items():
        where = f" WHERE {col} <= ?" if col else ""
        params = [as_of.isoformat()] if col else []
        out[table] = db.execute(f"SELECT COUNT(*) FROM [{table}]{where}", params).fetchone()[0]
    return out
