"""What every row reader shares: field count, "/" for nothing, order numbers, hints."""

from __future__ import annotations

import re

from credithealth.domain.messages import Msg
from credithealth.domain.records import Transaction
from credithealth.importers.classify import Meaning
from credithealth.importers.errors import RowProblem
from credithealth.importers.parsed import RepaymentHint

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
