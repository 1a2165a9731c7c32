"""Rows of Alipay's three 交易明细 layouts (app 2023 on, app 2021–2023, PC web).

All three name their columns differently but mean the same things, so one reader
serves them through the column map; the web layout simply has no 收/付款方式, so
Huabei purchases cannot be told apart there.
"""

from __future__ import annotations

from credithealth.importers.amounts import fen_from_text
from credithealth.importers.classify import alipay_meaning
from credithealth.importers.fields import RowReader, drop_trailing_empty, field_count_problem
from credithealth.importers.times import time_from_text


class AlipayRows(RowReader):
    """Rows of any Alipay layout: text cells, one order number per row."""

    __slots__ = ()
    source = "alipay"

    def _fit(self, cells: list) -> list:
        width = self._cols.width
        drop_trailing_empty(cells, width)
        if len(cells) != width:
            raise field_count_problem(len(cells), width)
        return cells

    _time = staticmethod(time_from_text)
    _amount = staticmethod(fen_from_text)
    _meaning = staticmethod(alipay_meaning)
