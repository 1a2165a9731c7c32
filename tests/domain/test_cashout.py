"""domain.cashout: reasons, weights and the threshold, straight from rules.toml."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain.cashout import CreditPatterns, CreditRow, is_night, suspicious_rows
from credithealth.domain.rules import default_rules

BJ = timezone(timedelta(hours=8))
RULES = default_rules().cashout


def row(party: str = "示例超市", what: str = "日用品", hour: int = 12, **kw: object) -> CreditRow:
    base = {
        "id": 1,
        "occurred_at": datetime(2026, 9, 1, hour, 30, tzinfo=BJ),
        "amount_fen": 200_000,
        "counterparty": party,
        "description": what,
        "category": "日用百货",
        "kind": "purchase",
    }
    base.update(kw)
    return CreditRow(**base)  # type: ignore[arg-type]


def test_a_resale_keyword_alone_reaches_the_threshold() -> None:
    (s,) = suspicious_rows([row(party="示例礼品卡回收")], CreditPatterns(), RULES)
    assert s.reasons == ("resale",) and s.weight == RULES.resale_weight >= RULES.threshold


def test_night_alone_does_not_but_with_repeats_and_dominance_it_does() -> None:
    night = row(hour=23)
    assert suspicious_rows([night], CreditPatterns(), RULES) == ()
    patterns = CreditPatterns(frozenset({("示例超市", 200_000)}), "示例超市", 90)
    (s,) = suspicious_rows([night], patterns, RULES)
    assert s.reasons == ("round_repeated", "night", "dominant_counterparty")
    assert s.weight == RULES.round_repeat_weight + RULES.night_weight + RULES.dominant_weight


def test_a_transfer_on_credit_is_always_listed() -> None:
    (s,) = suspicious_rows([row(kind="cashout", party="李*", what="转账")], CreditPatterns(), RULES)
    assert s.reasons == ("transfer_on_credit",)


@given(st.integers(0, 23))
def test_night_wraps_past_midnight(hour: int) -> None:
    at = datetime(2026, 9, 1, hour, tzinfo=BJ)
    assert is_night(at, RULES) == (hour >= RULES.night_from_hour or hour < RULES.night_to_hour)
