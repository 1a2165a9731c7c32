"""What every row reader shares: field count, "/" for nothing, order numbers, hints, and
the reading of one row's cells into a ``ParsedRow`` (``RowReader``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from operator import itemgetter

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.domain.records import Transaction
from credithealth.importers.classify import DIRECTIONS, Meaning, direction_of
from credithealth.importers.detect import Columns
from credithealth.importers.errors import RowProblem
from credithealth.importers.parsed import ParsedRow, RepaymentHint
from credithealth.importers.rows import check_row

# the bounds ``limits`` declares for the fields a file decides (``fits`` applies them)
_NAME = limits.MAX_NAME
_NOTE = limits.MAX_NOTE
_MAX_FEN = limits.MAX_FEN
_FIRST_DAY = limits.FIRST_DAY
# distinct rows whose meaning a reader remembers (a few MB at most)
MEANINGS_KEPT = 20_000
# 2.02506E+27: what a spreadsheet makes of a 28-digit order number it re-saves.
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+", re.ASCII)


def drop_trailing_empty(cells: list, width: int) -> None:
    """Alipay ends every line with a comma: drop empty cells past the header's width."""
    while len(cells) > width and cells[-1] == "":
        cells.pop()


def field_count_problem(found: int, expected: int) -> RowProblem:
    return RowProblem(Msg("importers.row.field_count", {"found": found, "expected": expected}))


def text(value: str) -> str:
    """WeChat writes "/" for an empty cell."""
    return "" if value == "/" else value


def order_id(value: str, field: str) -> str | None:
    if ("E+" in value or "e+" in value) and _SCIENTIFIC.fullmatch(value):
        raise RowProblem(Msg("importers.row.damaged_order_id", {"field": field, "value": value}))
    return None if value in ("", "/") else value


def repayment_hint(meaning: Meaning, tx: Transaction) -> RepaymentHint | None:
    """For a repayment row: which account it paid, for which bill, when and how much."""
    credit = meaning.credit
    if credit is None:
        return None
    return RepaymentHint(
        account_kind=credit.kind,
        account_name=credit.name,
        period=credit.period,
        paid_on=tx.occurred_at.date(),
        amount_fen=tx.amount_fen,
        failed=meaning.kind == "repayment_failed",
        method=tx.method,
        external_id=tx.external_id,
    )


class RowReader:
    """Turns one row of cells into a ``ParsedRow``, or raises ``RowProblem``.

    The layouts differ in how a row's cells reach their width (``_fit``), how time and
    amount cells read (text, or xlsx dates and numbers) and which rules classify a
    row (``_meaning``); the rest is this one reading, run on every row of a file.
    """

    __slots__ = (
        "_amount_label",
        "_cols",
        "_direction_label",
        "_last",
        "_meanings",
        "_order_label",
        "_pick",
        "_same",
        "_time_label",
        "_today",
        "_width",
    )
    source = ""

    def __init__(self, cols: Columns, today: date | None = None) -> None:
        self._today = today or date.today()
        self._last = limits.last_day(self._today)
        self._cols = cols
        self._width = cols.width
        labels = cols.labels
        self._time_label = labels["time"]
        self._amount_label = labels["amount"]
        self._direction_label = labels["direction"]
        self._order_label = labels.get("order_id", "")
        # every cell a row needs, taken in one call
        self._pick = itemgetter(
            cols.time,
            cols.amount,
            cols.direction,
            cols.order_id,
            cols.category,
            cols.counterparty,
            cols.description,
            cols.method,
            cols.status,
            cols.note,
        )
        # one object per distinct text: a bill repeats its categories, payees, methods
        # and statuses thousands of times, and each row keeps them
        self._same: dict[str, str] = {}
        self._meanings: dict[tuple[str, ...], Meaning] = {}

    def _fit(self, cells: list) -> list:
        raise NotImplementedError

    _time: Callable[[object, str], datetime]
    _amount: Callable[[object, str], int]

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
        raise NotImplementedError

    def read(self, line: int, cells: list) -> ParsedRow:
        width = self._width
        if len(cells) == width + 1 and cells[width] == "":
            pass  # a trailing comma (every Alipay row): its empty cell serves as the absent one
        else:
            if len(cells) != width:
                cells = self._fit(cells)
            cells.append("")  # what an absent optional column reads as
        when, amount, direction, order, category, counterparty, description, method, status, note = (
            self._pick(cells)
        )  # fmt: skip
        occurred_at = self._time(when, self._time_label)
        amount_fen = self._amount(amount, self._amount_label)
        direction = DIRECTIONS.get(direction) or direction_of(direction, self._direction_label)
        if order in ("", "/"):
            external_id = None
        elif "E+" in order or "e+" in order:
            external_id = order_id(order, self._order_label)  # refused, or kept as it is
        else:
            external_id = order
        same = self._same.setdefault
        category = same(category, category)
        counterparty = "" if counterparty == "/" else same(counterparty, counterparty)
        description = "" if description == "/" else same(description, description)
        method = "" if method == "/" else same(method, method)
        status = same(status, status)
        # rows alike but for their order number mean the same, but for a refund's parent
        alike = (direction, category, counterparty, description, method, status)
        meaning = self._meanings.get(alike)
        if meaning is None:
            meaning = self._meaning(*alike, "")
            if len(self._meanings) < MEANINGS_KEPT:
                self._meanings[alike] = meaning
        if meaning.kind == "refund":
            meaning = self._meaning(*alike, external_id or "")
        transaction = Transaction(
            occurred_at,
            amount_fen,
            direction,
            meaning.kind,
            category,
            counterparty,
            description,
            method,
            status,
            self.source,
            external_id,
            meaning.parent_external_id,
            meaning.huabei,
        )
        hint = None if meaning.credit is None else repayment_hint(meaning, transaction)
        row = ParsedRow(line, transaction, hint, "" if note == "/" else note)
        if hint is not None or not fits(
            occurred_at,
            amount_fen,
            category,
            counterparty,
            description,
            method,
            status,
            external_id,
            meaning.parent_external_id,
            self._last,
        ):
            check_row(row, self._today)  # refuses it, saying which value is out of range
        return row


def fits(
    at: datetime,
    fen: int,
    category: str,
    counterparty: str,
    description: str,
    method: str,
    status: str,
    external_id: str | None,
    parent_external_id: str | None,
    last: date,
) -> bool:
    """True only when ``rows.check_row`` would find every value a reader made in range
    (for the values a reader makes: a datetime, an int, str or None): cheap enough for
    every row. False sends the row through ``check_row``, which words the problem."""
    return (
        0 <= fen <= _MAX_FEN
        and _FIRST_DAY <= at.date() <= last
        and len(description) <= _NOTE
        and max(
            len(category),
            len(counterparty),
            len(method),
            len(status),
            0 if external_id is None else len(external_id),
            0 if parent_external_id is None else len(parent_external_id),
        )
        <= _NAME
    )
