"""Rows of WeChat Pay 账单 (CSV and both XLSX layouts), and pairing refunds with orders.

WeChat leaves 交易对方 unquoted in its CSV, so a counterparty with a comma
(``EXAMPLE TRADING CO.,LTD``) splits into an extra field; the reader glues it back.
"""

from __future__ import annotations

import dataclasses

from credithealth.domain.classify import wechat_refund_parents
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


def pair_refunds(rows: list[ParsedRow]) -> None:
    """Give each WeChat refund the order number of the payment it returns, in place
    (the rule: ``domain.classify.wechat_refund_parents``)."""
    parents = wechat_refund_parents([r.transaction for r in rows])
    for i, parent in parents.items():
        row = rows[i]
        rows[i] = dataclasses.replace(
            row, transaction=dataclasses.replace(row.transaction, parent_external_id=parent)
        )
