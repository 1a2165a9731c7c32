"""The importers' side of classification: the 收/支 column, and the row meanings
(which live in ``domain.classify``, shared with restore and migrations)."""

from __future__ import annotations

from credithealth.domain.classify import (
    CreditAccount,
    Meaning,
    alipay_meaning,
    bill_period,
    credit_account,
    is_credit_method,
    wechat_meaning,
)
from credithealth.domain.messages import Msg
from credithealth.importers.errors import RowProblem

__all__ = [
    "DIRECTIONS",
    "CreditAccount",
    "Meaning",
    "alipay_meaning",
    "bill_period",
    "credit_account",
    "direction_of",
    "is_credit_method",
    "wechat_meaning",
]

# 收/支 as the bills write it -> the direction saved
DIRECTIONS = {
    "支出": "out",
    "收入": "in",
    "不计收支": "neutral",
    "其他": "neutral",
    "/": "neutral",
    "": "neutral",
}


def direction_of(value: str, field: str) -> str:
    """收/支 to out/in/neutral; an unknown word means the row's columns have shifted."""
    direction = DIRECTIONS.get(value)
    if direction is None:
        raise RowProblem(Msg("importers.row.bad_direction", {"field": field, "value": value}))
    return direction
