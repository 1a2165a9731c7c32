"""Hypothesis properties of the readiness engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth.domain.assess import assess, score
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import CompleteProfile, CompleteSecurity, PayBill, apply
from credithealth.domain.records import (
    PROFILE_ITEM_KEYS,
    SECURITY_ITEM_KEYS,
    ProfileItem,
    ScoreSnapshot,
    SecurityEvent,
    SecurityItem,
)
from credithealth.domain.rules import default_rules
from tests.domain.factories import TODAY, bill, clean, with_changes, with_refusal

RULES = default_rules()


@st.composite
def facts(draw: st.DrawFn) -> Facts:
    f = clean()
    n_bills = draw(st.integers(0, 8))
    bills = []
    for i in range(n_bills):
        due = TODAY - timedelta(days=draw(st.integers(1, 500)))
        amount = draw(st.integers(0, 500_000))
        state = draw(st.sampled_from(["unpaid", "on_time", "late"]))
        paid_on = None
        if state == "on_time":
            paid_on = due - timedelta(days=draw(st.integers(0, 5)))
        elif state == "late":
            paid_on = min(TODAY, due + timedelta(days=draw(st.integers(1, 120))))
        bills.append(bill(i + 1, due, amount, paid_on=paid_on))
    security = tuple(
        SecurityItem(
            k,
            True,
            TODAY - timedelta(days=draw(st.integers(0, 200))),
            90 if k == "password_changed" else None,
        )
        for k in SECURITY_ITEM_KEYS
        if draw(st.booleans())
    )
    profile = tuple(ProfileItem(k, True, TODAY) for k in PROFILE_ITEM_KEYS if draw(st.booleans()))
    incidents = tuple(
        SecurityEvent(
            "remote_login",
            TODAY - timedelta(days=20),
            None if draw(st.booleans()) else TODAY,
            id=50 + i,
        )
        for i in range(draw(st.integers(0, 2)))
    )
    f = replace(
        f,
        bills=tuple(bills),
        security_items=security,
        profile_items=profile,
        incidents=incidents,
        sesame=ScoreSnapshot(TODAY, draw(st.integers(350, 950))) if draw(st.booleans()) else None,
    )
    if draw(st.booleans()):
        f = with_changes(f, tuple(draw(st.lists(st.integers(0, 40), max_size=5))))
    if draw(st.booleans()):
        f = with_refusal(f, draw(st.integers(0, 30)))
    return f


@settings(max_examples=150, deadline=None)
@given(facts(), st.data())
def test_paying_an_overdue_bill_never_lowers_credit_status(f: Facts, data: st.DataObject) -> None:
    unpaid = [b for b in f.bills if b.past_due_on(f.as_of)]
    if not unpaid:
        return
    target = data.draw(st.sampled_from(unpaid))
    before = score(f, RULES).parts["credit_status"].score
    after_facts, _ = apply(f, [PayBill(target.bill_id)])
    assert score(after_facts, RULES).parts["credit_status"].score >= before


@settings(max_examples=150, deadline=None)
@given(facts(), st.sampled_from(SECURITY_ITEM_KEYS))
def test_completing_a_security_item_never_lowers_security(f: Facts, key: str) -> None:
    before = score(f, RULES).parts["account_security"].score
    after_facts, _ = apply(f, [CompleteSecurity(key)])
    assert score(after_facts, RULES).parts["account_security"].score >= before


@settings(max_examples=150, deadline=None)
@given(facts(), st.sampled_from(PROFILE_ITEM_KEYS))
def test_completing_a_profile_item_never_lowers_personal_info(f: Facts, key: str) -> None:
    before = score(f, RULES).parts["personal_info"].score
    after_facts, _ = apply(f, [CompleteProfile(key)])
    assert score(after_facts, RULES).parts["personal_info"].score >= before


@settings(max_examples=150, deadline=None)
@given(facts())
def test_likely_never_comes_with_a_blocker(f: Facts) -> None:
    r = assess(f)
    assert not (r.verdict == "likely" and r.blockers)
    assert (r.verdict == "blocked") == bool(r.blockers)
    assert 0 <= r.overall <= 100
    assert all(0 <= x.score <= 100 for x in r.factors.values())


@settings(max_examples=150, deadline=None)
@given(facts(), st.integers(0, 400))
def test_a_later_date_never_unclears_a_cleared_overdue(f: Facts, later: int) -> None:
    on = f.as_of + timedelta(days=later)
    for b in f.bills:
        if b.late_on(f.as_of) and not b.past_due_on(f.as_of):
            assert not b.past_due_on(on)


@settings(max_examples=100, deadline=None)
@given(facts())
def test_projection_is_a_likely_date_or_none(f: Facts) -> None:
    r = assess(f)
    if r.verdict == "likely":
        assert r.projected_ready_on == f.as_of
    if r.projected_ready_on is not None:
        assert r.projected_ready_on >= f.as_of
