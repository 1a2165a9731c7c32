"""Helpers every row reader shares."""

from __future__ import annotations

from datetime import datetime

import pytest

from credithealth.domain.records import Transaction
from credithealth.importers.classify import CreditAccount, Meaning
from credithealth.importers.errors import RowProblem
from credithealth.importers.fields import drop_trailing_empty, order_id, repayment_hint, text
from credithealth.importers.times import BEIJING


def test_trailing_empty_cells_go_only_past_the_width() -> None:
    cells = ["a", "", "", ""]
    drop_trailing_empty(cells, 2)
    assert cells == ["a", ""]
    cells = ["a", "b", "x"]
    drop_trailing_empty(cells, 2)
    assert cells == ["a", "b", "x"]


def test_slash_means_nothing() -> None:
    assert (text("/"), text("//"), text("")) == ("", "//", "")


def test_order_numbers() -> None:
    assert order_id("2025063022001100000000000101", "交易订单号") == "2025063022001100000000000101"
    assert order_id("", "x") is None and order_id("/", "x") is None
    assert order_id("T200P2E+3X", "x") == "T200P2E+3X"  # letters: not a spreadsheet number
    for damaged in ("2.02506E+27", "4.2e+27", "2E+27"):
        with pytest.raises(RowProblem) as caught:
            order_id(damaged, "交易订单号")
        assert caught.value.msg.code == "importers.row.damaged_order_id"


def test_repayment_hint_only_for_credit_rows() -> None:
    tx = Transaction(
        occurred_at=datetime(2025, 6, 10, 8, 30, tzinfo=BEIJING),
        amount_fen=126845,
        direction="neutral",
        kind="repayment",
        method="余额宝",
        external_id="X1",
    )
    assert repayment_hint(Meaning("purchase"), tx) is None
    hint = repayment_hint(
        Meaning("repayment", True, None, CreditAccount("huabei", "花呗", "2025-06")), tx
    )
    assert hint is not None
    assert (hint.paid_on.isoformat(), hint.amount_fen, hint.failed, hint.method) == (
        "2025-06-10",
        126845,
        False,
        "余额宝",
    )
