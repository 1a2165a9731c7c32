"""Numbered places in a translated template are filled in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from credithealth.ui.tr_args import with_args


def test_places_in_any_order() -> None:
    assert with_args("还清%2的%1账单", "2026-05", "招商银行") == "还清招商银行的2026-05账单"
    assert with_args("%1 of %1", 3) == "3 of 3"


def test_a_place_without_a_value_stays() -> None:
    assert with_args("%1 — %2", "a") == "a — %2"


@given(st.text(), st.text())
def test_a_value_is_never_filled_in_again(first: str, second: str) -> None:
    # a file name holding "%2" stays as it is (a chain of replace calls would fill it)
    assert with_args("%1|%2", first + "%2", second) == f"{first}%2|{second}"
