from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain.limits import MAX_FEN
from credithealth.domain.money import MoneyError, format_yuan, parse_yuan


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.56", 123456),
        ("¥1234.5", 123450),
        ("￥ 12", 1200),
        ("0.01", 1),
        ("0", 0),
        ("1,234,567.89", 123456789),
        ("  88.8 ", 8880),
    ],
)
def test_parses_yuan_into_fen(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-5", "money.negative"),
        ("1.234", "money.too_many_decimals"),
        ("abc", "money.not_a_number"),
        ("12,34.5", "money.not_a_number"),
        ("1.2.3", "money.not_a_number"),
        ("", "money.empty"),
        ("¥", "money.empty"),
        ("1e5", "money.not_a_number"),
    ],
)
def test_rejects_with_a_clear_message(text: str, code: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_yuan(text)
    assert err.value.msg.code == code
    assert err.value.msg.render("zh_CN") != err.value.msg.render("en")


def test_zero_can_be_refused() -> None:
    with pytest.raises(MoneyError):
        parse_yuan("0.00", allow_zero=False)


def test_formats() -> None:
    assert format_yuan(123456) == "¥1,234.56"
    assert format_yuan(5) == "¥0.05"
    assert format_yuan(-100) == "-¥1.00"


@given(st.integers(0, MAX_FEN))
def test_format_then_parse_round_trips(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen
    assert parse_yuan(format_yuan(fen, symbol=False)) == fen


@given(st.integers(MAX_FEN + 1, 10**40))
def test_amounts_above_the_limit_are_refused(fen: int) -> None:
    with pytest.raises(MoneyError) as e:
        parse_yuan(format_yuan(fen))
    assert e.value.msg.code == "money.too_large"


def test_thousands_of_digits_are_refused_not_a_crash() -> None:
    with pytest.raises(MoneyError) as e:
        parse_yuan("9" * 5000)
    assert e.value.msg.code == "money.too_large"
