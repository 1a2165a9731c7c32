"""Rows of WeChat Pay 账单 (CSV and both XLSX layouts), and pairing refunds with orders.

WeChat leaves 交易对方 unquoted in its CSV, so a counterparty with a comma
(``EXAMPLE TRADING CO.,LTD``) splits into an extra field; the reader glues it back.
"""

from __future__ import annotations

import dataclasses

from credithealth.domain.classify import wechat_refund_parents
from credithealth.importers.amounts import fen_from_cell
from credithealth.importers.classify import Meaning, direction_of, wechat_meaning
from credithealth.importers.errors import RowProblem
from credithealth.importers.fields import RowReader, drop_trailing_empty, field_count_problem
from credithealth.importers.parsed import ParsedRow
from credithealth.importers.times import time_from_cell


class WeChatRows(RowReader):
    """Rows of WeChat Pay's CSV and XLSX bills.

    Cells are text, except that an xlsx row may hold a date in 交易时间 and a number
    in 金额(元).
    """

    __slots__ = ()
    source = "wechat"
    _time = staticmethod(time_from_cell)
    _amount = staticmethod(fen_from_cell)

    def _fit(self, cells: list) -> list:
        width = self._cols.width
        drop_trailing_empty(cells, width)
        if len(cells) > width:
            return self._merge_split_field(cells)
        if len(cells) < width:
            raise field_count_problem(len(cells), width)
        return cells

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

    def _meaning(
        self,
        direction: str,
        category: str,
        counterparty: str,
        description: str,
        method: str,
        status: str,
        order_id: str,
    ) -> Meaning:
        # a WeChat refund names no order: its payment is found by pairing (pair_refunds)
        return wechat_meaning(direction, category, counterparty, description, method, status)


def pair_refunds(rows: list[ParsedRow]) -> None:
    """Give each WeChat refund the order number of the payment it returns, in place
    (the rule: ``domain.classify.wechat_refund_parents``)."""
    parents = wechat_refund_parents([r.transaction for r in rows])
    for i, parent in parents.items():
        row = rows[i]
        rows[i] = dataclasses.replace(
            row, transaction=dataclasses.replace(row.transaction, parent_external_id=parent)
        )
