"""The one validation layer: every field of every record has a declared range."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain import limits, records
from credithealth.domain.limits import LIMITS, MAX_FEN, last_day, problems, shown

TODAY = date(2026, 12, 6)


def test_every_record_field_has_a_declared_range() -> None:
    # adding a field or a table is one declaration in LIMITS; this fails until it is made
    assert set(LIMITS) == set(records.RECORD_TYPES)
    for cls in records.RECORD_TYPES:
        assert set(LIMITS[cls]) == {f.name for f in fields(cls)}, cls.__name__


def test_a_record_in_range_has_no_problem() -> None:
    rec = records.Repayment(account_id=1, paid_on=TODAY, amount_fen=MAX_FEN)
    assert problems(rec, TODAY) == []


@pytest.mark.parametrize(
    ("rec", "field", "code"),
    [
        (
            records.Repayment(account_id=1, paid_on=TODAY, amount_fen=MAX_FEN + 1),
            "amount_fen",
            "limits.amount_too_large",
        ),
        (
            records.Repayment(account_id=1, paid_on=TODAY, amount_fen=0),
            "amount_fen",
            "limits.amount_zero",
        ),
        (
            records.Repayment(account_id=1, paid_on=date(1999, 12, 31), amount_fen=1),
            "paid_on",
            "limits.day",
        ),
        (
            records.Bill(account_id=1, period="2026-13", due_on=TODAY, amount_due_fen=0),
            "period",
            "limits.period",
        ),
        (
            records.SecurityItem("password_changed", renew_days=10**12),
            "renew_days",
            "limits.number",
        ),
        (records.SecurityItem("password_changed", renew_days=0), "renew_days", "limits.number"),
        (records.SecurityEvent("sim_swap", TODAY), "kind", "limits.choice"),
        (records.CreditReport(TODAY, proofs="salary_flow,yacht"), "proofs", "limits.choice"),
        (records.Account("a", "huabei", notes="x" * 10_001), "notes", "limits.text_too_long"),
        (records.Account(" ", "huabei"), "name", "limits.text_blank"),
        (
            records.AssessmentRecord(TODAY, 50, "likely", '{"credit_status": 101}'),
            "factors",
            "limits.scores",
        ),
        (records.AssessmentRecord(TODAY, 50, "likely", "[" * 10), "factors", "limits.scores"),
    ],
)
def test_values_out_of_range_name_their_field(rec: object, field: str, code: str) -> None:
    found = problems(rec, TODAY)
    assert [(p.field, p.msg.code) for p in found][:1] == [(field, code)]
    for lang in ("en", "zh_CN"):
        assert field in found[0].msg.render(lang)


def test_dates_run_from_2000_to_ten_years_ahead() -> None:
    assert last_day(TODAY) == date(2036, 12, 6)
    assert last_day(date(2028, 2, 29)) == date(2038, 2, 28)
    ok = records.ProfileChange("phone", last_day(TODAY))
    late = records.ProfileChange("phone", last_day(TODAY) + timedelta(days=1))
    assert problems(ok, TODAY) == [] and problems(late, TODAY)
    when = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=8)))
    t = records.Transaction(occurred_at=when, amount_fen=1, direction="out")
    assert problems(t, TODAY)[0].field == "occurred_at"


@given(st.integers())
def test_shown_never_fails_and_stays_short(n: int) -> None:
    text = shown(n)
    assert len(text) <= 40
    assert shown([n, "x" * 100])  # inside a list too


def test_a_huge_integer_is_shown_by_its_size() -> None:
    assert shown(10**5000) == "≈2^16609"
    assert limits.Count(1, 10).check("n", 10**5000, TODAY) is not None
