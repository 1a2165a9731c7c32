"""Helpers every row reader shares."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain import limits
from credithealth.domain.records import Transaction
from credithealth.importers import fields, rows
from credithealth.importers.classify import CreditAccount, Meaning
from credithealth.importers.errors import RowProblem
from credithealth.importers.fields import (
    drop_trailing_empty,
    fits,
    order_id,
    repayment_hint,
    text,
)
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


# -- the cheap range check every row gets ----------------------------------------------------

TODAY = date(2026, 12, 6)
LAST = limits.last_day(TODAY)
BJ = timezone(timedelta(hours=8))


def _names(limit: int) -> st.SearchStrategy[str]:
    return st.sampled_from([0, 1, limit - 1, limit, limit + 1]).map(lambda n: "字" * n)


# what a reader makes: a datetime, an int, str (or None for the order numbers)
made_by_a_reader = st.builds(
    Transaction,
    occurred_at=st.builds(
        lambda d, s: datetime(d.year, d.month, d.day, tzinfo=BJ) + timedelta(seconds=s),
        st.sampled_from(
            [
                limits.FIRST_DAY - timedelta(days=1),
                limits.FIRST_DAY,
                date(2025, 6, 30),
                LAST,
                LAST + timedelta(days=1),
            ]
        ),
        st.sampled_from([0, 1, 86_399]),
    ),
    amount_fen=st.sampled_from([-1, 0, 1, limits.MAX_FEN, limits.MAX_FEN + 1, 10**30]),
    direction=st.just("out"),
    category=_names(limits.MAX_NAME),
    counterparty=_names(limits.MAX_NAME),
    description=_names(limits.MAX_NOTE),
    method=_names(limits.MAX_NAME),
    status=_names(limits.MAX_NAME),
    source=st.just("alipay"),
    external_id=st.one_of(st.none(), _names(limits.MAX_NAME)),
    parent_external_id=st.one_of(st.none(), _names(limits.MAX_NAME)),
)


@given(made_by_a_reader)
def test_the_cheap_check_passes_exactly_what_limits_passes(t: Transaction) -> None:
    found = limits.problems(t, TODAY, rows.FROM_THE_FILE)
    cheap = fits(
        t.occurred_at,
        t.amount_fen,
        t.category,
        t.counterparty,
        t.description,
        t.method,
        t.status,
        t.external_id,
        t.parent_external_id,
        LAST,
    )
    assert cheap == (found == [])


def test_the_cheap_check_uses_the_bounds_limits_declares() -> None:
    declared = limits.LIMITS[Transaction]
    names = ("category", "counterparty", "method", "status", "external_id", "parent_external_id")
    assert {declared[n].limit for n in names} == {fields._NAME}  # type: ignore[attr-defined]
    assert declared["description"].limit == fields._NOTE  # type: ignore[attr-defined]
    assert set(rows.FROM_THE_FILE) == {*names, "description", "occurred_at", "amount_fen"}
    assert isinstance(declared["occurred_at"], limits.Moment)
    assert isinstance(declared["amount_fen"], limits.Fen)
    assert not declared["amount_fen"].positive  # type: ignore[attr-defined]


# -- meanings remembered per distinct row ----------------------------------------------------

_WORDS = st.sampled_from(
    ["", "/", "退款", "退款-日用品", "信用借还", "转账红包", "投资理财", "花呗", "花呗分期(3期)",
     "招商银行信用卡", "还款成功", "还款失败", "退款成功", "退款中", "交易成功", "交易关闭",
     "花呗主动还款-2025年06月账单", "余额宝", "示例超市", "提现", "放款成功", "借呗"]
)  # fmt: skip
_ORDERS = st.sampled_from(["", "2025063022001", "2025063022001_77", "_9", "abc_"])


@given(st.sampled_from(["out", "in", "neutral"]), _WORDS, _WORDS, _WORDS, _WORDS, _WORDS, _ORDERS)
def test_a_row_means_what_its_alike_without_an_order_number_means_but_a_refund(
    direction: str,
    category: str,
    counterparty: str,
    description: str,
    method: str,
    status: str,
    order: str,
) -> None:
    # what lets a reader remember meanings by everything but the order number
    from credithealth.domain.classify import alipay_meaning

    alike = (direction, category, counterparty, description, method, status)
    remembered = alipay_meaning(*alike, "")
    if remembered.kind != "refund":
        assert alipay_meaning(*alike, order) == remembered
