"""Saving, reading and deleting records, one user action per transaction.

Deletion returns everything it removed or changed (rows that referenced the
record through a foreign key included), so the UI's undo can put it all back
exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.store import driver
from credithealth.store.atomic import write_transaction
from credithealth.store.convert import from_row, to_row
from credithealth.store.database import Database
from credithealth.store.errors import StoreError

R = TypeVar("R")


def _integrity(exc: Exception) -> StoreError:
    return StoreError(Msg("store.integrity", {"detail": str(exc)}))


def checked(rec: Any) -> None:
    """Refuse a record with a value out of range (``limits``): ``StoreError`` naming the field."""
    found = limits.problems(rec)
    if found:
        raise StoreError(
            Msg("store.out_of_range", {"table": rec.table, "detail": found[0].msg}),
            field=found[0].field,
        )


def insert(db: Database, rec: R) -> R:
    """Save a new record (or one with its old id, when undoing a delete); returns it with its id."""
    checked(rec)
    row = to_row(rec)
    try:
        with db.atomic():
            cur = db.execute(
                f"INSERT INTO [{rec.table}] ({', '.join(f'[{k}]' for k in row)}) "  # type: ignore[attr-defined]
                f"VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
    except driver.IntegrityError as exc:
        raise _integrity(exc) from exc
    return replace(rec, id=cur.lastrowid)  # type: ignore[type-var]


def insert_many(db: Database, recs: Iterable[Any]) -> None:
    with db.atomic():
        for r in recs:
            insert(db, r)


def update(db: Database, rec: R) -> R:
    checked(rec)
    row = to_row(rec)
    rid = row.pop("id")
    try:
        with db.atomic():
            db.execute(
                f"UPDATE [{rec.table}] SET {', '.join(f'[{k}] = ?' for k in row)} WHERE id = ?",  # type: ignore[attr-defined]
                [*row.values(), rid],
            )
    except driver.IntegrityError as exc:
        raise _integrity(exc) from exc
    return rec


def get(db: Database, cls: type[R], rid: int) -> R | None:
    rows = list(db.query(f"SELECT * FROM [{cls.table}] WHERE id = ?", [rid]))  # type: ignore[attr-defined]
    return from_row(cls, rows[0]) if rows else None


def all_of(
    db: Database, cls: type[R], where: str = "", params: Sequence[Any] = (), order: str = "id"
) -> list[R]:
    sql = f"SELECT * FROM [{cls.table}]"  # type: ignore[attr-defined]
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order}"
    return [from_row(cls, r) for r in db.query(sql, list(params))]


@dataclass(frozen=True)
class Removed:
    """What a delete took away: rows by table, in the order they must be put back."""

    rows: tuple[tuple[str, dict[str, Any]], ...]


def _referencing(db: Database, table: str) -> list[tuple[str, str, str]]:
    """(child table, child column, on_delete) for every foreign key pointing at ``table``."""
    out = []
    for (child,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == table:
                out.append((child, fk[3], fk[6].upper()))
    return out


def _collect(
    db: Database, table: str, ids: list[int], out: list[tuple[str, dict[str, Any]]]
) -> None:
    if not ids:
        return
    marks = ",".join("?" for _ in ids)
    out.extend(
        (table, dict(r)) for r in db.query(f"SELECT * FROM [{table}] WHERE id IN ({marks})", ids)
    )
    for child, col, on_delete in _referencing(db, table):
        kids = [
            r[0] for r in db.execute(f"SELECT id FROM [{child}] WHERE [{col}] IN ({marks})", ids)
        ]
        if on_delete == "CASCADE":
            _collect(db, child, kids, out)
        elif kids:
            # SET NULL children keep their row; remember it to restore the reference
            kmarks = ",".join("?" for _ in kids)
            out.extend(
                (child, dict(r))
                for r in db.query(f"SELECT * FROM [{child}] WHERE id IN ({kmarks})", kids)
            )


def delete(db: Database, cls: type, rid: int) -> Removed:
    collected: list[tuple[str, dict[str, Any]]] = []
    with write_transaction(db):  # what is collected is exactly what is deleted
        _collect(db, cls.table, [rid], collected)  # type: ignore[attr-defined]
        db.execute(f"DELETE FROM [{cls.table}] WHERE id = ?", [rid])  # type: ignore[attr-defined]
    return Removed(tuple(collected))


def restore(db: Database, removed: Removed) -> None:
    """Put back what ``delete`` removed, with the same ids and references."""
    with db.atomic():
        for table, row in removed.rows:
            cols = list(row)
            # an upsert, not INSERT OR REPLACE: replacing would delete (and cascade from) a kept row
            db.execute(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                f"VALUES ({', '.join('?' for _ in cols)}) ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "id"),
                list(row.values()),
            )
