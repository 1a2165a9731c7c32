"""Amounts to integer fen, exactly, from text and from xlsx numbers."""

from __future__ import annotations

import inspect
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth.importers import amounts
from credithealth.importers.amounts import MAX_FEN, fen_from_cell, fen_from_number, fen_from_text
from credithealth.importers.errors import RowProblem


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("18.00", 1800),
        ("0.00", 0),
        ("0.01", 1),
        ("12000.00", 1_200_000),
        ("¥36.50", 3650),
        ("￥36.5", 3650),
        ("¥1,234.56", 123456),
        ("1234", 123400),
        ("7.", 700),
        ("007.05", 705),
    ],
)
def test_text_amounts(text: str, fen: int) -> None:
    assert fen_from_text(text, "金额") == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "importers.row.bad_amount"),
        ("abc", "importers.row.bad_amount"),
        ("12.3.4", "importers.row.bad_amount"),
        ("1e5", "importers.row.bad_amount"),
        ("３６.５０", "importers.row.bad_amount"),  # fullwidth digits are not what the apps write
        ("1.005", "importers.row.amount_decimals"),
        ("-5.00", "importers.row.amount_negative"),
        ("−5.00", "importers.row.amount_negative"),
        ("1" * 5000, "importers.row.bad_amount"),  # far past int()'s digit limit: no crash
        ("99999999999999.00", "importers.row.amount_too_large"),
    ],
)
def test_bad_text_amounts(text: str, code: str) -> None:
    with pytest.raises(RowProblem) as caught:
        fen_from_text(text, "金额(元)")
    assert caught.value.msg.code == code
    assert caught.value.msg.params["field"] == "金额(元)"


@pytest.mark.parametrize(
    ("value", "fen"),
    [(36.5, 3650), (12999, 1_299_900), (0, 0), (0.07, 7), (1234.56, 123456), (Decimal("8.8"), 880)],
)
def test_number_amounts(value: float, fen: int) -> None:
    assert fen_from_number(value, "金额(元)") == fen


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (0.1 + 0.2, "importers.row.amount_decimals"),  # 0.30000000000000004 is refused, not rounded
        (1.005, "importers.row.amount_decimals"),
        (-1.0, "importers.row.amount_negative"),
        (float("nan"), "importers.row.bad_amount"),
        (float("inf"), "importers.row.bad_amount"),
        (True, "importers.row.bad_amount"),
        (1e20, "importers.row.amount_too_large"),
    ],
)
def test_bad_number_amounts(value: float, code: str) -> None:
    with pytest.raises(RowProblem) as caught:
        fen_from_number(value, "金额(元)")
    assert caught.value.msg.code == code


def test_cells_of_other_types_are_row_errors() -> None:
    assert fen_from_cell("¥1.00", "x") == 100
    assert fen_from_cell(2, "x") == 200
    for value in (None, b"1", [1]):
        with pytest.raises(RowProblem):
            fen_from_cell(value, "x")


def test_no_float_arithmetic_in_amounts() -> None:
    assert "float(" not in inspect.getsource(amounts)


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(min_value=0, max_value=MAX_FEN - 1))
def test_text_round_trip_is_exact(fen: int) -> None:
    yuan, cents = divmod(fen, 100)
    assert fen_from_text(f"{yuan}.{cents:02d}", "金额") == fen
    assert fen_from_text(f"¥{yuan:,}.{cents:02d}", "金额") == fen
    assert fen_from_number(Decimal(f"{yuan}.{cents:02d}"), "金额") == fen


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_float_cells_with_two_decimals_are_exact(fen: int) -> None:
    value = float(f"{fen // 100}.{fen % 100:02d}")  # what openpyxl hands back for a 2026 amount
    assert fen_from_number(value, "金额(元)") == fen
