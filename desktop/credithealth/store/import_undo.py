"""Undoing a bill-file import, and redoing it.

``store.imports.import_bill`` returns the ids it created; ``remove_import`` deletes
them (the import's transactions by ``import_id``, its repayments, the accounts it
made when nothing else uses them, the ``imports`` row) and returns the rows, which
``restore_import`` puts back with the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from credithealth.domain.messages import Msg
from credithealth.store import derived_bills, driver
from credithealth.store.atomic import write_transaction
from credithealth.store.database import Database
from credithealth.store.errors import StoreError

if TYPE_CHECKING:
    from credithealth.store.imports import ImportResult


@dataclass(frozen=True)
class RemovedImport:
    """The rows an undone import took away, per table as (columns, value tuples), in the
    order they go back (parents first)."""

    tables: tuple[tuple[str, tuple[str, ...], list[tuple[Any, ...]]], ...]

    def count(self, table: str) -> int:
        return sum(len(rows) for t, _cols, rows in self.tables if t == table)


def _take(db: Database, table: str, where: str, params: Sequence[Any]) -> tuple[Any, ...]:
    cur = db.execute(f"SELECT * FROM [{table}] WHERE {where} ORDER BY id", list(params))
    cols = tuple(d[0] for d in cur.description)
    rows = cur.fetchall()
    if rows:
        db.execute(f"DELETE FROM [{table}] WHERE {where}", list(params))
    return (table, cols, rows)


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def remove_import(db: Database, results: Sequence[ImportResult]) -> RemovedImport:
    """Undo imports: delete what they added, in one transaction; returns it for redo."""
    imports = [r.import_id for r in results]
    repayments = [i for r in results for i in r.repayment_ids]
    accounts = [i for r in results for i in r.account_ids]
    with write_transaction(db):
        tx = _take(db, "transactions", f"import_id IN ({_ids(imports)})", [])
        rp = _take(db, "repayments", f"id IN ({_ids(repayments)})", [])
        derived_bills.refresh(db)  # bills the files no longer cover go (before their account)
        # an account the user has put bills or repayments in since stays
        ac = _take(
            db,
            "accounts",
            f"id IN ({_ids(accounts)}) AND NOT EXISTS (SELECT 1 FROM bills WHERE account_id = "
            "accounts.id) AND NOT EXISTS (SELECT 1 FROM repayments WHERE account_id = accounts.id)",
            [],
        )
        im = _take(db, "imports", f"id IN ({_ids(imports)})", [])
    return RemovedImport((im, ac, rp, tx))


def restore_import(db: Database, removed: RemovedImport) -> None:
    """Put back what ``remove_import`` took, with the same ids; refused (``StoreError``,
    nothing written) if something saved since holds their ids or order numbers."""
    try:
        with write_transaction(db):
            for table, cols, rows in removed.tables:
                if table == "repayments" and rows:
                    rows = _without_gone_bills(db, cols, rows)
                if rows:
                    db.conn.executemany(
                        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                        f"VALUES ({', '.join('?' for _ in cols)})",
                        rows,
                    )
            derived_bills.refresh(db)  # and files the repayments under the bills again
    except driver.IntegrityError as exc:
        raise StoreError(Msg("store.integrity", {"detail": str(exc)})) from exc


def _without_gone_bills(
    db: Database, cols: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Repayments put back pay no bill that went meanwhile (a derived bill the undo
    removed); ``derived_bills.refresh`` files them again by the month they name."""
    i = cols.index("bill_id")
    live = {b for (b,) in db.execute("SELECT id FROM bills")}
    return [r if r[i] is None or r[i] in live else (*r[:i], None, *r[i + 1 :]) for r in rows]
