"""The migration steps by name, and which of them a file has, read with plain SQL.

Opening a database asks which steps are applied at every start; answering that through
sqlite-utils' ``Migrations`` would load sqlite-utils for every `assess` and every first
paint (``store/database.py``). The steps themselves are defined in ``store/schema.py``;
``tests/store/test_steps.py`` keeps the two lists the same.
"""

from __future__ import annotations

from credithealth.store.database import Database, has_table

MIGRATION_SET = "credithealth"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' bookkeeping table
STEPS: tuple[str, ...] = (
    "m001_initial",
    "m002_spending_index",
    "m003_journey_reminder_state",
    "m004_derived_bills_cashouts",
    "m005_holiday_notices",
    "m006_credit_index",
)


def known_steps() -> list[str]:
    """Every step this version defines, in order."""
    return list(STEPS)


def has_bookkeeping(db: Database) -> bool:
    return has_table(db, MIGRATIONS_TABLE)


def applied_steps(db: Database) -> list[str]:
    """The app's steps recorded in the file, in the order they were applied."""
    if not has_bookkeeping(db):
        return []
    rows = db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [name for (name,) in rows]


def pending_steps(db: Database) -> list[str]:
    """This version's steps the file does not have yet, in order."""
    done = set(applied_steps(db))
    return [s for s in known_steps() if s not in done]


def unknown_steps(db: Database) -> list[str]:
    """Steps recorded in the file that this version does not know: a newer app made them."""
    known = set(known_steps())
    return [s for s in applied_steps(db) if s not in known]
