"""The schema, as sqlite-utils migrations: one function per step, each recorded and
transactional. Never edit a released step; add a new one."""

from __future__ import annotations

from functools import cache

from credithealth.store.database import Database, load_sqlite_utils
from credithealth.store.steps import MIGRATION_SET
from credithealth.store.steps import applied_steps as applied_steps
from credithealth.store.steps import known_steps as known_steps

load_sqlite_utils()  # numpy hidden from it
import sqlite_utils  # noqa: E402
from sqlite_utils import Migrations  # noqa: E402

migrations = Migrations(MIGRATION_SET)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    # CHECK constraints keep bad values out even if a caller forgets to validate
    db.executescript(
        f"""
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN {_in(("huabei", "jiebei", "credit_card", "loan", "other"))}),
            credit_limit_fen INTEGER CHECK (credit_limit_fen IS NULL OR credit_limit_fen >= 0),
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN {_in(("active", "limited", "suspended", "closed"))}),
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE bills (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            due_on TEXT NOT NULL,
            amount_due_fen INTEGER NOT NULL CHECK (amount_due_fen >= 0),
            min_due_fen INTEGER CHECK (min_due_fen IS NULL OR min_due_fen >= 0),
            UNIQUE (account_id, period)
        );
        CREATE INDEX bills_due ON bills(due_on);
        CREATE TABLE repayments (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            bill_id INTEGER REFERENCES bills(id) ON DELETE SET NULL,
            paid_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            principal_fen INTEGER NOT NULL DEFAULT 0 CHECK (principal_fen >= 0),
            interest_fen INTEGER NOT NULL DEFAULT 0 CHECK (interest_fen >= 0),
            penalty_fen INTEGER NOT NULL DEFAULT 0 CHECK (penalty_fen >= 0),
            method TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
            external_id TEXT,
            UNIQUE (source, external_id)
        );
        CREATE INDEX repayments_bill ON repayments(bill_id, paid_on);
        CREATE INDEX repayments_account ON repayments(account_id, paid_on);
        CREATE TABLE security_items (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            done_on TEXT,
            renew_days INTEGER CHECK (renew_days IS NULL OR renew_days > 0)
        );
        CREATE TABLE security_events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on >= occurred_on),
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE profile_items (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            updated_on TEXT
        );
        CREATE TABLE profile_changes (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            changed_on TEXT NOT NULL
        );
        CREATE INDEX profile_changes_on ON profile_changes(changed_on);
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows_total INTEGER NOT NULL DEFAULT 0,
            rows_new INTEGER NOT NULL DEFAULT 0,
            rows_duplicate INTEGER NOT NULL DEFAULT 0,
            rows_skipped INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE transactions (
            id INTEGER PRIMARY KEY,
            occurred_at TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in', 'neutral')),
            kind TEXT NOT NULL DEFAULT 'other',
            category TEXT NOT NULL DEFAULT '',
            counterparty TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('alipay', 'wechat', 'manual')),
            external_id TEXT,
            parent_external_id TEXT,
            huabei INTEGER NOT NULL DEFAULT 0 CHECK (huabei IN (0, 1)),
            import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            UNIQUE (source, external_id)
        );
        CREATE INDEX transactions_when ON transactions(occurred_at);
        CREATE INDEX transactions_kind_when ON transactions(kind, occurred_at);
        CREATE TABLE score_snapshots (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT 'sesame',
            score INTEGER NOT NULL CHECK (score BETWEEN 350 AND 950)
        );
        CREATE INDEX score_snapshots_on ON score_snapshots(provider, taken_on);
        CREATE TABLE credit_reports (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            overdue_accounts INTEGER NOT NULL DEFAULT 0 CHECK (overdue_accounts >= 0),
            overdue_months_24m INTEGER NOT NULL DEFAULT 0 CHECK (overdue_months_24m BETWEEN 0 AND 24),
            hard_inquiries_6m INTEGER NOT NULL DEFAULT 0 CHECK (hard_inquiries_6m >= 0),
            open_loans INTEGER NOT NULL DEFAULT 0 CHECK (open_loans >= 0),
            open_cards INTEGER NOT NULL DEFAULT 0 CHECK (open_cards >= 0),
            proofs TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            submitted_on TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT 'app' CHECK (channel IN ('app', 'customer_service')),
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
            decided_on TEXT CHECK (decided_on IS NULL OR decided_on >= submitted_on),
            feedback TEXT NOT NULL DEFAULT '',
            predicted_verdict TEXT CHECK (predicted_verdict IS NULL OR predicted_verdict IN ('likely', 'not_yet', 'blocked'))
        );
        CREATE TABLE checkups (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            computed_on TEXT NOT NULL UNIQUE,
            overall INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            factors TEXT NOT NULL
        );
        """
    )


@migrations(name="m002_spending_index")
def m002_spending_index(db: Database) -> None:
    # the consumption facts read only these columns: a covering index keeps them
    # from touching the table rows (30 ms -> 8 ms on 100,000 transactions)
    db.execute(
        "CREATE INDEX transactions_spending ON transactions(kind, occurred_at, amount_fen, huabei, category)"
    )
    db.execute("DROP INDEX transactions_kind_when")


@migrations(name="m003_journey_reminder_state")
def m003_journey_reminder_state(db: Database) -> None:
    # what the user did with each reminder occurrence (done / dismissed / snoozed) and
    # when it was announced; the id is the occurrence's stable id (bill_due:12:2026-12-07)
    db.execute(
        """
        CREATE TABLE reminder_state (
            occurrence TEXT PRIMARY KEY CHECK (length(occurrence) > 0),
            status TEXT CHECK (status IS NULL OR status IN ('done', 'dismissed', 'snoozed')),
            snoozed_until TEXT CHECK ((status IS 'snoozed') = (snoozed_until IS NOT NULL)),
            notified_at TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )


@migrations(name="m004_derived_bills_cashouts")
def m004_derived_bills_cashouts(db: Database) -> None:
    from credithealth.domain.classify import classify_saved
    from credithealth.domain.records import Transaction
    from credithealth.store.convert import from_row

    # one statement per execute: executescript would commit the step's transaction
    for sql in (
        "ALTER TABLE accounts ADD COLUMN due_day INTEGER NOT NULL DEFAULT 10 "
        "CHECK (due_day BETWEEN 1 AND 28)",
        "ALTER TABLE bills ADD COLUMN derived INTEGER NOT NULL DEFAULT 0 CHECK (derived IN (0, 1))",
        "ALTER TABLE imports ADD COLUMN period_start TEXT",
        "ALTER TABLE imports ADD COLUMN period_end TEXT",
        "ALTER TABLE transactions ADD COLUMN not_cashout INTEGER NOT NULL DEFAULT 0 "
        "CHECK (not_cashout IN (0, 1))",
        """CREATE TABLE dismissed_bills (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            UNIQUE (account_id, period)
        )""",
        # a derived bill falls due on its account's due day, also after the user changes it
        """CREATE TRIGGER derived_bills_follow_due_day AFTER UPDATE OF due_day ON accounts
        BEGIN
            UPDATE bills SET due_on = period || '-' || printf('%02d', NEW.due_day)
            WHERE account_id = NEW.id AND derived = 1;
        END""",
        # the span of earlier imports, from the rows each one added (an underestimate:
        # rows it found already saved are not counted, so derived bills rely on less)
        """UPDATE imports SET
            period_start = (SELECT MIN(substr(occurred_at, 1, 10)) FROM transactions
                            WHERE import_id = imports.id),
            period_end = (SELECT MAX(substr(occurred_at, 1, 10)) FROM transactions
                          WHERE import_id = imports.id)""",
    ):
        db.execute(sql)
    # rows never classified (kind left 'other', e.g. restored from a backup without it)
    # and loans paid out, which are no longer cash-outs: classified as the importer does
    rows = list(
        db.query(
            "SELECT * FROM transactions WHERE source IN ('alipay', 'wechat') "
            "AND (kind = 'other' OR status = '放款成功')"
        )
    )
    for row in rows:
        meaning = classify_saved(from_row(Transaction, row))
        db.execute(
            "UPDATE transactions SET kind = ?, huabei = ?, "
            "parent_external_id = COALESCE(parent_external_id, ?) WHERE id = ?",
            [meaning.kind, 1 if meaning.huabei else 0, meaning.parent_external_id, row["id"]],
        )


@migrations(name="m005_holiday_notices")
def m005_holiday_notices(db: Database) -> None:
    # the official notices the user added (one per year); they win over the package's calendar
    db.execute(
        """
        CREATE TABLE holiday_notices (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1901 AND 2100),
            days_off TEXT NOT NULL,
            make_up_workdays TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            added_on TEXT
        )
        """
    )


@migrations(name="m006_credit_index")
def m006_credit_index(db: Database) -> None:
    # the cash-out check reads the credit-funded purchases of a window by method and
    # counterparty: covered here, it does not touch the table rows (34 ms -> ~18 ms of
    # every assessment on 100,000 transactions)
    db.execute(
        "CREATE INDEX transactions_credit ON transactions"
        "(kind, occurred_at, huabei, method, counterparty, amount_fen)"
    )


def defined_steps() -> tuple[str, ...]:
    """The steps defined above, in order: all of them are pending on an empty database
    (``steps.STEPS`` names the same, for the opens that load no sqlite-utils)."""
    return _steps_of(migrations)


@cache
def _steps_of(steps: Migrations) -> tuple[str, ...]:
    empty = sqlite_utils.Database(memory=True, execute_plugins=False)
    return tuple(m.name for m in steps.pending(empty))
