"""The credit repayments a bill-file import logs, one per new repayment row.

A row that repaid a credit account (``kind == 'repayment'``) also becomes a
``Repayment`` (source ``import``, ``external_id`` = the row's key) on its account,
which is created when missing: the first ``huabei`` account for Huabei, the first
``jiebei`` account for Jiebei, the account of that kind and exact name for credit
cards and loans ("招商银行信用卡"). It pays the account's bill for the month the row
names (``花呗自动还款-2025年06月账单`` -> 2025-06) when there is one; a row naming no
month pays the account's oldest bill not yet repaid in full that falls due within a
month of the payment. Only rows new in this import make repayments, and a repayment
the user already logged by hand (same account, day and amount) is not logged twice.
Failed attempts (还款失败) stay transactions of kind ``repayment_failed`` only.

``store.imports.import_bill`` calls ``file_repayments`` inside its transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from credithealth.store.database import Database

if TYPE_CHECKING:
    from credithealth.store.imports import RepaymentLike, RowLike

# a repayment that names no month pays a bill due at most this long after it
_BILL_REACH = timedelta(days=31)


@dataclass
class Filed:
    """What filing the repayments of one import did."""

    ids: list[int] = field(default_factory=list)
    accounts: list[int] = field(default_factory=list)
    huabei: int = 0
    huabei_fen: int = 0
    already_logged: int = 0


def file_repayments(
    db: Database, rows: Sequence[RowLike], keys: Sequence[str], before: int
) -> Filed:
    """Log the repayments of the rows this import added (ids above ``before``)."""
    filed = Filed()
    candidates = [
        (r.repayment, key)
        for r, key in zip(rows, keys, strict=True)
        if r.repayment is not None
        and not r.repayment.failed
        and r.transaction.kind == "repayment"
        and r.repayment.amount_fen > 0
    ]
    if not candidates:
        return filed
    conn = db.conn
    new = {
        k
        for (k,) in conn.execute(
            "SELECT external_id FROM transactions WHERE kind = 'repayment' AND id > ?", [before]
        )
    }
    accounts: dict[tuple[str, str], int] = {}
    used_manual: set[int] = set()
    for hint, key in sorted(
        ((h, k) for h, k in candidates if k in new), key=lambda hk: (hk[0].paid_on, hk[1])
    ):
        assert hint is not None
        account_id = _account_for(db, hint, accounts, filed)
        paid_on = hint.paid_on.isoformat()
        manual = conn.execute(
            "SELECT id FROM repayments WHERE account_id = ? AND paid_on = ? AND amount_fen = ? "
            "AND source = 'manual' ORDER BY id",
            [account_id, paid_on, hint.amount_fen],
        ).fetchall()
        logged = next((m for (m,) in manual if m not in used_manual), None)
        if logged is not None:
            used_manual.add(logged)
            filed.already_logged += 1
            continue
        cur = conn.execute(
            "INSERT INTO repayments (account_id, bill_id, paid_on, amount_fen, principal_fen, "
            "method, source, external_id) VALUES (?, ?, ?, ?, ?, ?, 'import', ?) "
            "ON CONFLICT(source, external_id) DO NOTHING",
            [
                account_id,
                _bill_for(db, account_id, hint),
                paid_on,
                hint.amount_fen,
                hint.amount_fen,
                hint.method,
                key,
            ],
        )
        if cur.rowcount:
            filed.ids.append(cur.lastrowid)
            if hint.account_kind == "huabei":
                filed.huabei += 1
                filed.huabei_fen += hint.amount_fen
    return filed


def _account_for(
    db: Database, hint: RepaymentLike, cache: dict[tuple[str, str], int], filed: Filed
) -> int:
    kind, name = hint.account_kind, hint.account_name
    one_per_kind = kind in ("huabei", "jiebei")
    cache_key = (kind, "" if one_per_kind else name)
    if cache_key in cache:
        return cache[cache_key]
    if one_per_kind:
        row = db.execute(
            "SELECT id FROM accounts WHERE kind = ? ORDER BY status = 'closed', id LIMIT 1",
            [kind],
        ).fetchone()
    else:
        row = db.execute(
            "SELECT id FROM accounts WHERE kind = ? AND name = ? ORDER BY id LIMIT 1", [kind, name]
        ).fetchone()
    if row is not None:
        account_id = row[0]
    else:
        account_id = db.conn.execute(
            "INSERT INTO accounts (name, kind) VALUES (?, ?)", [name, kind]
        ).lastrowid
        filed.accounts.append(account_id)
    cache[cache_key] = account_id
    return account_id


def _bill_for(db: Database, account_id: int, hint: RepaymentLike) -> int | None:
    if hint.period is not None:
        row = db.execute(
            "SELECT id FROM bills WHERE account_id = ? AND period = ?", [account_id, hint.period]
        ).fetchone()
        return row[0] if row else None
    row = db.execute(
        """SELECT b.id FROM bills b
           WHERE b.account_id = :account AND b.due_on <= :reach
             AND b.amount_due_fen > COALESCE((SELECT SUM(r.amount_fen) FROM repayments r
                                              WHERE r.bill_id = b.id AND r.paid_on <= :paid), 0)
           ORDER BY b.due_on, b.id LIMIT 1""",
        {
            "account": account_id,
            "reach": (hint.paid_on + _BILL_REACH).isoformat(),
            "paid": hint.paid_on.isoformat(),
        },
    ).fetchone()
    return row[0] if row else None
