"""Rows of Alipay's three 交易明细 layouts (app 2023 on, app 2021–2023, PC web).

All three name their columns differently but mean the same things, so one reader
serves them through the column map; the web layout simply has no 收/付款方式, so
Huabei purchases cannot be told apart there.
"""

from __future__ import annotations

from credithealth.domain.records import Transaction
from credithealth.importers.amounts import fen_from_text
from credithealth.importers.classify import alipay_meaning, direction_of
from credithealth.importers.detect import Columns
from credithealth.importers.fields import (
    drop_trailing_empty,
    field_count_problem,
    order_id,
    repayment_hint,
    text,
)
from credithealth.importers.parsed import ParsedRow
from credithealth.importers.times import time_from_text


class AlipayRows:
    """Turns one row of cells into a ``ParsedRow``, or raises ``RowProblem``."""

    __slots__ = ("_cols", "_labels")

    def __init__(self, cols: Columns) -> None:
        self._cols = cols
        self._labels = cols.labels

    def read(self, line: int, cells: list[str]) -> ParsedRow:
        c = self._cols
        if len(cells) != c.width:
            drop_trailing_empty(cells, c.width)
            if len(cells) != c.width:
                raise field_count_problem(len(cells), c.width)
        cells.append("")  # what an absent optional column reads as
        labels = self._labels
        occurred_at = time_from_text(cells[c.time], labels["time"])
        amount_fen = fen_from_text(cells[c.amount], labels["amount"])
        direction = direction_of(cells[c.direction], labels["direction"])
        external_id = order_id(cells[c.order_id], labels.get("order_id", ""))
        category = cells[c.category]
        counterparty = text(cells[c.counterparty])
        description = text(cells[c.description])
        method = text(cells[c.method])
        status = cells[c.status]
        meaning = alipay_meaning(
            direction, category, counterparty, description, method, status, external_id or ""
        )
        transaction = Transaction(
            occurred_at=occurred_at,
            amount_fen=amount_fen,
            direction=direction,
            kind=meaning.kind,
            category=category,
            counterparty=counterparty,
            description=description,
            method=method,
            status=status,
            source="alipay",
            external_id=external_id,
            parent_external_id=meaning.parent_external_id,
            huabei=meaning.huabei,
        )
        hint = None if meaning.credit is None else repayment_hint(meaning, transaction)
        return ParsedRow(line, transaction, hint, text(cells[c.note]))
