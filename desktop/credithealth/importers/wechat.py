"""Rows of WeChat Pay 账单 (CSV and both XLSX layouts), and pairing refunds with orders.

WeChat leaves 交易对方 unquoted in its CSV, so a counterparty with a comma
(``EXAMPLE TRADING CO.,LTD``) splits into an extra field; the reader glues it back.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from credithealth.domain.records import Transaction
from credithealth.importers.amounts import fen_from_cell
from credithealth.importers.classify import direction_of, wechat_meaning
from credithealth.importers.detect import Columns
from credithealth.importers.errors import RowProblem
from credithealth.importers.fields import (
    drop_trailing_empty,
    field_count_problem,
    order_id,
    repayment_hint,
    text,
)
from credithealth.importers.parsed import ParsedRow
from credithealth.importers.times import time_from_cell

_FULLY_REFUNDED = ("已全额退款", "对方已退还", "已退还")
_PARTLY_REFUNDED = ("已退款", "已部分退款", "部分退款")


class WeChatRows:
    """Turns one row into a ``ParsedRow``, or raises ``RowProblem``.

    Cells are text, except that an xlsx row may hold a date in 交易时间 and a number
    in 金额(元).
    """

    __slots__ = ("_cols", "_labels")

    def __init__(self, cols: Columns) -> None:
        self._cols = cols
        self._labels = cols.labels

    def _merge_split_field(self, cells: list) -> list:
        """Rejoin the field an unquoted comma split: 交易对方 as a rule, but a
        thousands separator can split 金额 too. The right join leaves a valid 收/支
        and 金额 in place."""
        c = self._cols
        extra = len(cells) - c.width
        for at in (c.counterparty, c.amount, c.description, c.note, c.category):
            if at >= c.width:
                continue
            joined = [*cells[:at], ",".join(cells[at : at + extra + 1]), *cells[at + extra + 1 :]]
            try:
                direction_of(joined[c.direction], "")
                fen_from_cell(joined[c.amount], "")
            except RowProblem:
                continue
            return joined
        raise field_count_problem(len(cells), c.width)

    def read(self, line: int, cells: list) -> ParsedRow:
        c = self._cols
        if len(cells) != c.width:
            drop_trailing_empty(cells, c.width)
            if len(cells) > c.width:
                cells = self._merge_split_field(cells)
            elif len(cells) < c.width:
                raise field_count_problem(len(cells), c.width)
        cells.append("")  # what an absent optional column reads as
        labels = self._labels
        occurred_at = time_from_cell(cells[c.time], labels["time"])
        amount_fen = fen_from_cell(cells[c.amount], labels["amount"])
        direction = direction_of(cells[c.direction], labels["direction"])
        external_id = order_id(cells[c.order_id], labels.get("order_id", ""))
        trade_type = cells[c.category]
        counterparty = text(cells[c.counterparty])
        description = text(cells[c.description])
        method = text(cells[c.method])
        status = cells[c.status]
        meaning = wechat_meaning(direction, trade_type, counterparty, description, method, status)
        transaction = Transaction(
            occurred_at=occurred_at,
            amount_fen=amount_fen,
            direction=direction,
            kind=meaning.kind,
            category=trade_type,
            counterparty=counterparty,
            description=description,
            method=method,
            status=status,
            source="wechat",
            external_id=external_id,
            huabei=meaning.huabei,
        )
        return ParsedRow(
            line, transaction, repayment_hint(meaning, transaction), text(cells[c.note])
        )


def _same_order(refund: Transaction, original: Transaction) -> bool:
    """Whether a refund can belong to an order: WeChat names the refund after the
    order's type (转账-退款, 微信红包-退款) or its merchant (示例充电桩-退款)."""
    base = refund.category.removesuffix("退款").removesuffix("-")
    if base == "转账":
        return original.category == "转账"
    if base.startswith("微信红包"):
        return original.category.startswith("微信红包")
    if base and base == original.counterparty:
        return True
    return bool(refund.counterparty) and refund.counterparty == original.counterparty


def pair_refunds(rows: list[ParsedRow]) -> None:
    """Give each WeChat refund the order number of the payment it returns, in place.

    WeChat's refund rows carry their own numbers only. The payment is the row that
    the bill marks 已全额退款 / 对方已退还 (or 已退款… for a partial refund), made no
    later than the refund, for the same counterparty or type, and for the same
    amount (at least the amount, when partial). The nearest such row wins; a refund
    with no such row keeps no parent rather than a guessed one.
    """
    originals = [
        r.transaction
        for r in rows
        if r.transaction.direction == "out"
        and r.transaction.external_id
        and r.transaction.status.startswith((*_FULLY_REFUNDED, *_PARTLY_REFUNDED))
    ]
    if not originals:
        return
    claimed: set[str] = set()
    for i, row in enumerate(rows):
        refund = row.transaction
        if refund.kind != "refund" or refund.parent_external_id is not None:
            continue
        best: Transaction | None = None
        best_key: tuple[bool, datetime] | None = None
        for original in originals:
            if original.external_id in claimed or original.occurred_at > refund.occurred_at:
                continue
            full = original.status.startswith(_FULLY_REFUNDED)
            if full and original.amount_fen != refund.amount_fen:
                continue
            if not full and original.amount_fen < refund.amount_fen:
                continue
            if not _same_order(refund, original):
                continue
            key = (full, original.occurred_at)
            if best_key is None or key > best_key:
                best, best_key = original, key
        if best is not None and best.external_id is not None:
            if best.status.startswith(_FULLY_REFUNDED):
                claimed.add(best.external_id)
            rows[i] = dataclasses.replace(
                row,
                transaction=dataclasses.replace(refund, parent_external_id=best.external_id),
            )
