"""The transactions table: as the Spending page lists them (filtered, sorted and paged in
SQL), and as the report sums them up.

A list of 100,000 transactions is never read whole. The page asks for how many
rows match (``count_transactions``) and for one window of them at a time
(``transaction_page``). Newest first is what the ``occurred_at`` index serves
directly, at any depth; an order no index serves would make SQLite sort every
matching row for each window, so for those the caller takes the matching ids in
that order once (``transaction_ids``, integers only) and reads windows by id
(``transactions_by_id``).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from credithealth.domain.months import keys_between, shift_key
from credithealth.domain.records import TRANSACTION_KINDS, TRANSACTION_SOURCES, Transaction
from credithealth.store.convert import from_row
from credithealth.store.database import Database

# sortable columns -> SQL; every order ends with the id, so equal values keep one order
SORTS: dict[str, str] = {
    "time": "occurred_at",
    "counterparty": "counterparty",
    "description": "description",
    "category": "category",
    "method": "method",
    "amount": "CASE direction WHEN 'out' THEN -amount_fen ELSE amount_fen END",
    "kind": "kind",
    "status": "status",
    "source": "source",
    "order": "COALESCE(external_id, '')",
}
INDEXED_SORTS = frozenset({"time"})  # served by an index: pages by OFFSET stay fast


@dataclass(frozen=True, slots=True)
class TransactionFilter:
    text: str = ""  # in the counterparty, the description or the order number
    month: str | None = None  # "YYYY-MM"
    source: str | None = None
    method: str | None = None
    category: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values the filters offer: those present in the data, newest month first."""

    months: tuple[str, ...]
    sources: tuple[str, ...]
    methods: tuple[str, ...]
    categories: tuple[str, ...]
    kinds: tuple[str, ...]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(f: TransactionFilter) -> tuple[str, dict[str, Any]]:
    parts: list[str] = []
    params: dict[str, Any] = {}
    text = f.text.strip()
    if text:
        parts.append(
            "(counterparty LIKE :q ESCAPE '\\' OR description LIKE :q ESCAPE '\\' "
            "OR external_id LIKE :q ESCAPE '\\')"
        )
        params["q"] = _like(text)
    if f.month:
        # Beijing-time months, as stored: 2025-06-01T00:00:00+08:00 sorts after "2025-06"
        parts.append("occurred_at >= :start AND occurred_at < :end")
        params["start"], params["end"] = f.month, shift_key(f.month, 1)
    for column in ("source", "method", "category", "kind"):
        value = getattr(f, column)
        if value is not None:
            parts.append(f"{column} = :{column}")
            params[column] = value
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _order(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return f" ORDER BY {SORTS[sort]} {direction}, id {direction}"


def count_transactions(db: Database, f: TransactionFilter = TransactionFilter()) -> int:
    where, params = _where(f)
    return db.execute(f"SELECT COUNT(*) FROM transactions{where}", params).fetchone()[0]


def transaction_page(
    db: Database,
    f: TransactionFilter,
    sort: str = "time",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[Transaction]:
    """One window of the matching transactions, in the order asked for."""
    where, params = _where(f)
    sql = f"SELECT * FROM transactions{where}{_order(sort, descending)} LIMIT :limit OFFSET :offset"
    return [
        from_row(Transaction, r)
        for r in db.query(sql, {**params, "limit": limit, "offset": offset})
    ]


def transaction_ids(
    db: Database, f: TransactionFilter, sort: str, descending: bool = False
) -> array[int]:
    """The ids of every matching transaction, in order: for orders no index serves."""
    where, params = _where(f)
    out = array("q")
    cur = db.execute(f"SELECT id FROM transactions{where}{_order(sort, descending)}", params)
    while chunk := cur.fetchmany(10_000):
        out.extend(r[0] for r in chunk)
    return out


def transactions_by_id(db: Database, ids: Sequence[int]) -> list[Transaction]:
    """The transactions with these ids, in the order given (missing ones left out)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {
        r["id"]: from_row(Transaction, r)
        for r in db.query(f"SELECT * FROM transactions WHERE id IN ({marks})", list(ids))
    }
    return [found[i] for i in ids if i in found]


def position_of(
    db: Database, f: TransactionFilter, sort: str, descending: bool, tx_id: int
) -> int | None:
    """Where a transaction stands in the list (0-based), or None when the filter hides it."""
    where, params = _where(f)
    both = where + " AND " if where else " WHERE "
    key = SORTS[sort]
    row = db.execute(
        f"SELECT {key} FROM transactions{both}id = :id", {**params, "id": tx_id}
    ).fetchone()
    if row is None:
        return None
    before = ">" if descending else "<"
    return db.execute(
        f"SELECT COUNT(*) FROM transactions{both}"
        f"({key} {before} :v OR ({key} = :v AND id {before} :id))",
        {**params, "v": row[0], "id": tx_id},
    ).fetchone()[0]


def filter_choices(db: Database) -> FilterChoices:
    """Months from the first to the last transaction (each end read from its index);
    methods and categories as recorded; every source and kind the schema knows."""
    first = db.execute("SELECT substr(MIN(occurred_at), 1, 7) FROM transactions").fetchone()[0]
    last = db.execute("SELECT substr(MAX(occurred_at), 1, 7) FROM transactions").fetchone()[0]
    months = keys_between(first, last) if first and last else []
    # DISTINCT alone, then sorted here: a WHERE or ORDER BY makes SQLite twice as slow
    methods = tuple(
        sorted(r[0] for r in db.execute("SELECT DISTINCT method FROM transactions") if r[0])
    )
    categories = tuple(
        sorted(r[0] for r in db.execute("SELECT DISTINCT category FROM transactions") if r[0])
    )
    return FilterChoices(
        months=tuple(reversed(months)),
        sources=TRANSACTION_SOURCES,
        methods=methods,
        categories=categories,
        kinds=TRANSACTION_KINDS,
    )


def transaction_sources(db: Database, as_of: date) -> dict[str, int]:
    """Transactions per source (alipay, wechat, ...) dated on or before ``as_of``."""
    return dict(
        db.execute(
            """SELECT source, COUNT(*) FROM transactions WHERE substr(occurred_at, 1, 10) <= ?
               GROUP BY source ORDER BY source""",
            [as_of.isoformat()],
        ).fetchall()
    )


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
