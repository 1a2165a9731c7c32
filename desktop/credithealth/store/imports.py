"""Saving a bill file the importers have read: all of it in one transaction, or none.

Duplicates. ``transactions`` is UNIQUE on (source, external_id); rows are inserted
with ``ON CONFLICT DO NOTHING``, so a row already saved (from the same file, an
overlapping export, or an earlier row of this file) is counted as a duplicate and
left as it was first imported. The key is the row's order number (交易订单号 /
交易单号). A row without one gets a derived key that is the same in every export
that contains the row: ``h:`` + a hash of its time, amount, direction,
counterparty and description (not its status, which changes as an order
progresses, nor its line number, which changes between exports), with ``#2``,
``#3``... for the second and later rows identical in all of these within the
file. Order numbers are digits (and ``_``), so a derived key never equals one.

Credit repayments. A row that repaid a credit account also becomes a ``Repayment``
on its account (``store.import_repayments`` says which account and which bill).

Refunds keep the order number of what they refund (``parent_external_id``); the
consumption facts net them out of the purchase. A WeChat refund whose payment is
not in the same file is paired here with the payment saved from an earlier export.

Undo. ``import_bill`` returns the ids it created, which ``store.import_undo``
removes and puts back.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from credithealth.domain.records import ImportRecord, Transaction
from credithealth.store import derived_bills
from credithealth.store.atomic import write_transaction
from credithealth.store.convert import from_row
from credithealth.store.database import Database
from credithealth.store.import_repayments import file_repayments

DERIVED_PREFIX = "h:"
BATCH_ROWS = 5_000  # rows per executemany: progress and cancel between batches
# a file this large, into a table holding fewer rows, builds the indexes after inserting
REBUILD_INDEXES_FROM = 10_000
# how far back a WeChat refund looks for the payment it returns
_REFUND_REACH = timedelta(days=366)


# -- what the importers hand over (structurally: the store does not import them) -----------


class RepaymentLike(Protocol):
    @property
    def account_kind(self) -> str: ...
    @property
    def account_name(self) -> str: ...
    @property
    def period(self) -> str | None: ...
    @property
    def paid_on(self) -> date: ...
    @property
    def amount_fen(self) -> int: ...
    @property
    def failed(self) -> bool: ...
    @property
    def method(self) -> str: ...


class RowLike(Protocol):
    @property
    def transaction(self) -> Transaction: ...
    @property
    def repayment(self) -> RepaymentLike | None: ...


class BillLike(Protocol):
    """``importers.ParsedFile``."""

    @property
    def file_name(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def rows_total(self) -> int: ...
    @property
    def rows(self) -> Sequence[RowLike]: ...
    @property
    def errors(self) -> Sequence[Any]: ...


class ImportCancelled(Exception):
    """The progress callback asked to stop: the import's transaction was rolled back."""


Progress = Callable[[int, int], object]  # (done, total); returning False cancels


@dataclass(frozen=True, slots=True)
class ImportResult:
    import_id: int
    file_name: str
    format: str
    rows_total: int
    rows_new: int
    rows_duplicate: int
    rows_skipped: int
    repayments: int = 0  # repayments logged, every account
    huabei_repayments: int = 0
    huabei_repaid_fen: int = 0
    repayments_already_logged: int = 0  # logged by hand before: not logged again
    repayment_ids: tuple[int, ...] = ()
    account_ids: tuple[int, ...] = ()  # accounts this import created
    derived_bills: int = 0  # Huabei bills derived (or corrected) from the files so far


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing would do, counted against the database without writing."""

    rows_total: int
    rows_new: int
    rows_duplicate: int
    rows_skipped: int
    previous: ImportRecord | None = None  # the same file, imported before


# -- keys --------------------------------------------------------------------------------------


def row_keys(transactions: Iterable[Transaction]) -> list[str]:
    """Each row's duplicate key: its order number, or a derived key (module docstring)."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for t in transactions:
        if t.external_id:
            keys.append(t.external_id)
            continue
        content = "\x1f".join(
            (
                t.occurred_at.isoformat(timespec="seconds"),
                str(t.amount_fen),
                t.direction,
                t.counterparty,
                t.description,
            )
        )
        digest = hashlib.blake2b(content.encode("utf-8"), digest_size=12).hexdigest()
        n = seen.get(digest, 0) + 1
        seen[digest] = n
        keys.append(f"{DERIVED_PREFIX}{digest}" if n == 1 else f"{DERIVED_PREFIX}{digest}#{n}")
    return keys


def is_derived_key(key: str | None) -> bool:
    return bool(key) and key.startswith(DERIVED_PREFIX)  # type: ignore[union-attr]


def _source_of(bill: BillLike) -> str | None:
    return bill.rows[0].transaction.source if bill.rows else None


def _existing(db: Database, source: str, keys: Iterable[str]) -> set[str]:
    """The keys among ``keys`` already saved for ``source`` (in chunks under SQLite's limit)."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), 900):
        chunk = wanted[i : i + 900]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT external_id FROM transactions WHERE source = ? AND external_id IN ({marks})",
                [source, *chunk],
            )
        )
    return found


def previous_import(db: Database, sha256: str) -> ImportRecord | None:
    rows = list(
        db.query("SELECT * FROM imports WHERE sha256 = ? ORDER BY id DESC LIMIT 1", [sha256])
    )
    return from_row(ImportRecord, rows[0]) if rows else None


def preview_import(db: Database, bill: BillLike) -> ImportPreview:
    """The counts ``import_bill`` would report, without writing anything."""
    keys = row_keys(r.transaction for r in bill.rows)
    source = _source_of(bill)
    existing = _existing(db, source, keys) if source else set()
    new = len(set(keys) - existing)
    return ImportPreview(
        rows_total=bill.rows_total,
        rows_new=new,
        rows_duplicate=len(keys) - new,
        rows_skipped=bill.rows_total - len(bill.rows),
        previous=previous_import(db, bill.sha256),
    )


# -- writing -----------------------------------------------------------------------------------

_INSERT = (
    "INSERT INTO transactions (occurred_at, amount_fen, direction, kind, category, "
    "counterparty, description, method, status, source, external_id, parent_external_id, "
    "huabei, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(source, external_id) DO NOTHING"
)


def import_bill(
    db: Database,
    bill: BillLike,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Save a read bill file in one transaction (a savepoint inside the caller's, if any).

    ``progress(done, total)`` is called after every batch of rows; returning False
    rolls everything back and raises ``ImportCancelled``.
    """
    rows = bill.rows
    total = len(rows)
    keys = row_keys(r.transaction for r in rows)
    imported_at = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    with _cyclic_gc_paused(), write_transaction(db):
        conn = db.conn
        parents = _wechat_refund_parents(db, rows)
        before = conn.execute("SELECT COALESCE(MAX(id), 0) FROM transactions").fetchone()[0]
        first, last = _span_of(bill)
        import_id = conn.execute(
            "INSERT INTO imports (file_name, sha256, format, imported_at, rows_total, "
            "period_start, period_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [bill.file_name, bill.sha256, bill.format, imported_at, bill.rows_total, first, last],
        ).lastrowid
        saved = _saved_in_span(db, rows)
        rebuild = _drop_indexes_for(conn, total)
        rows_new = 0
        for start in range(0, total, BATCH_ROWS):
            end = min(start + BATCH_ROWS, total)
            # one tuple per new row, the transaction and its time named on the way
            # (``:=``): this runs a hundred thousand times for a large file
            batch = [
                (
                    # isoformat(timespec="seconds"), a third cheaper without the keyword
                    at.isoformat()
                    if not (at := (t := r.transaction).occurred_at).microsecond
                    else at.isoformat(timespec="seconds"),
                    t.amount_fen,
                    t.direction,
                    t.kind,
                    t.category,
                    t.counterparty,
                    t.description,
                    t.method,
                    t.status,
                    t.source,
                    key,
                    parents.get(i, t.parent_external_id) if parents else t.parent_external_id,
                    1 if t.huabei else 0,
                    import_id,
                )
                for i, r, key in zip(
                    range(start, end), rows[start:end], keys[start:end], strict=True
                )
                if key not in saved
            ]
            if batch:
                rows_new += conn.executemany(_INSERT, batch).rowcount
            if progress is not None and progress(end, total) is False:
                raise ImportCancelled
        for sql in rebuild:  # the same indexes, now built in one pass each
            conn.execute(sql)
        derived = derived_bills.refresh(db)  # before filing: repayments pay these bills too
        filed = file_repayments(db, rows, keys, before)
        filed.accounts[:0] = derived.accounts
        skipped = bill.rows_total - len(bill.rows)
        conn.execute(
            "UPDATE imports SET rows_new = ?, rows_duplicate = ?, rows_skipped = ? WHERE id = ?",
            [rows_new, total - rows_new, skipped, import_id],
        )
    return ImportResult(
        import_id=import_id,
        file_name=bill.file_name,
        format=bill.format,
        rows_total=bill.rows_total,
        rows_new=rows_new,
        rows_duplicate=total - rows_new,
        rows_skipped=skipped,
        repayments=len(filed.ids),
        huabei_repayments=filed.huabei,
        huabei_repaid_fen=filed.huabei_fen,
        repayments_already_logged=filed.already_logged,
        repayment_ids=tuple(filed.ids),
        account_ids=tuple(filed.accounts),
        derived_bills=len(derived.created) + len(derived.updated),
    )


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """A row tuple per transaction, a hundred thousand of them, none in a cycle: the
    cyclic collector would rescan every record of the file for nothing (a tenth of the
    import). Paused only if it was running, and always resumed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _drop_indexes_for(conn: Any, incoming: int) -> list[str]:
    """Before inserting more rows than ``transactions`` holds (a first import, as a
    rule): drop its plain secondary indexes and return the SQL that recreates them,
    exactly as the schema made them. Building an index once over the rows is cheaper
    than updating it on every insert. Unique indexes stay (duplicates are found while
    inserting). In the import's transaction, so a rollback restores them."""
    if incoming < REBUILD_INDEXES_FROM:
        return []
    held = conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]
    if held >= incoming:
        return []
    plain = [
        name
        for _seq, name, unique, origin, _partial in conn.execute(
            "PRAGMA index_list(transactions)"
        ).fetchall()
        if origin == "c" and not unique
    ]
    rebuild = []
    for name in sorted(plain):
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", [name]
        ).fetchone()
        conn.execute(f"DROP INDEX [{name}]")
        rebuild.append(sql)
    return rebuild


def _span_of(bill: BillLike) -> tuple[str | None, str | None]:
    """The days the file covers: as it states them, else from its first to its last row."""
    start = getattr(bill, "period_start", None)
    end = getattr(bill, "period_end", None)
    if (start is None or end is None) and bill.rows:
        days = [r.transaction.occurred_at.date() for r in bill.rows]
        start, end = start or min(days), end or max(days)
    return (
        start.isoformat() if start is not None else None,
        end.isoformat() if end is not None else None,
    )


def _saved_in_span(db: Database, rows: Sequence[RowLike]) -> frozenset[str]:
    """The keys already saved for this file's source, read up front when any transaction
    falls within the file's time span: skipping those rows is cheaper than letting each
    insert conflict (a re-import of 100,000 rows reads their keys in 50 ms and inserts
    nothing). Rows saved outside the span still meet ``ON CONFLICT``: this is only a
    short cut, never the rule."""
    if not rows:
        return frozenset()
    times = [r.transaction.occurred_at for r in rows]
    span = {
        "first": min(times).isoformat(timespec="seconds"),
        "last": max(times).isoformat(timespec="seconds"),
        "source": rows[0].transaction.source,
    }
    in_span = "occurred_at >= :first AND occurred_at <= :last"
    if not db.execute(
        f"SELECT EXISTS (SELECT 1 FROM transactions WHERE {in_span})", span
    ).fetchone()[0]:
        return frozenset()
    # every key of the source straight from the unique index, unless the source holds
    # far more than this file (years of bills): then only those in the span
    saved = db.execute("SELECT COUNT(*) FROM transactions WHERE source = :source", span).fetchone()[
        0
    ]
    where = "source = :source" + (f" AND {in_span}" if saved > 4 * len(rows) else "")
    return frozenset(
        k
        for (k,) in db.execute(
            f"SELECT external_id FROM transactions WHERE {where} AND external_id IS NOT NULL", span
        )
    )


def _wechat_refund_parents(db: Database, rows: Sequence[RowLike]) -> dict[int, str]:
    """Row index -> the order number of the saved WeChat payment an unpaired refund returns:
    same counterparty, made before the refund (within a year), at least the refund's
    amount, still counted as a purchase, and not yet claimed by another refund. The
    nearest in time wins."""
    unpaired = [
        i
        for i, r in enumerate(rows)
        if r.transaction.kind == "refund"
        and r.transaction.source == "wechat"
        and not r.transaction.parent_external_id
        and r.transaction.counterparty
    ]
    if not unpaired:
        return {}
    claimed = {
        k
        for (k,) in db.execute(
            "SELECT parent_external_id FROM transactions WHERE kind = 'refund' "
            "AND source = 'wechat' AND parent_external_id IS NOT NULL"
        )
    }
    claimed.update(r.transaction.parent_external_id or "" for r in rows)
    out: dict[int, str] = {}
    for i in unpaired:
        t = rows[i].transaction
        for (key,) in db.execute(
            """SELECT external_id FROM transactions
               WHERE kind = 'purchase' AND occurred_at <= :at AND occurred_at >= :since
                 AND source = 'wechat' AND counterparty = :party AND amount_fen >= :amount
                 AND external_id IS NOT NULL
               ORDER BY occurred_at DESC, id DESC""",
            {
                "party": t.counterparty,
                "amount": t.amount_fen,
                "at": t.occurred_at.isoformat(timespec="seconds"),
                "since": (t.occurred_at - _REFUND_REACH).isoformat(timespec="seconds"),
            },
        ).fetchall():
            if key not in claimed:
                claimed.add(key)
                out[i] = key
                break
    return out


def imports_of(db: Database) -> list[ImportRecord]:
    """Every import, newest first."""
    return [from_row(ImportRecord, r) for r in db.query("SELECT * FROM imports ORDER BY id DESC")]


def imports_until(db: Database, as_of: date) -> list[ImportRecord]:
    """The files imported on or before ``as_of``, in the order they were imported."""
    return [
        from_row(ImportRecord, r)
        for r in db.query(
            "SELECT * FROM imports WHERE substr(imported_at, 1, 10) <= ? ORDER BY imported_at, id",
            [as_of.isoformat()],
        )
    ]
