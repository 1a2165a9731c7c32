"""Which hypotheses the what-if panel offers, and which the projected date counts on."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from credithealth.domain.assess import assess
from credithealth.domain.hypotheses import (
    AddProof,
    CompleteProfile,
    CompleteSecurity,
    PayAllPastDue,
    PayBill,
    ResolveIncident,
)
from credithealth.domain.records import ProfileItem, SecurityItem
from credithealth.domain.rules import default_rules
from credithealth.domain.whatif import assumed_today, group_of, offered
from tests.domain import factories as f

RULES = default_rules()


def test_a_clean_record_offers_only_the_missing_proof() -> None:
    assert offered(f.clean(), RULES) == [AddProof("property")]


def test_each_past_due_bill_and_all_of_them_when_there_are_several() -> None:
    one = f.with_overdue(f.clean())
    assert [h for h in offered(one, RULES) if group_of(h) == "repay"] == [PayBill(900)]
    two = replace(one, bills=(*one.bills, replace(one.bills[-1], bill_id=901)))
    repay = [h for h in offered(two, RULES) if group_of(h) == "repay"]
    assert repay == [PayAllPastDue(), PayBill(900), PayBill(901)]


def test_security_profile_and_incidents_apply_only_where_not_done() -> None:
    facts = f.with_incident(f.clean())
    facts = replace(
        facts,
        security_items=tuple(
            SecurityItem(i.key, False) if i.key == "mfa_enabled" else i
            for i in facts.security_items
        ),
        profile_items=tuple(
            ProfileItem(i.key, False) if i.key == "education" else i for i in facts.profile_items
        ),
    )
    hyps = offered(facts, RULES)
    assert CompleteSecurity("mfa_enabled") in hyps
    assert CompleteSecurity("login_alerts") not in hyps
    assert CompleteProfile("education") in hyps and CompleteProfile("phone") not in hyps
    assert ResolveIncident(7) in hyps
    assert {group_of(h) for h in hyps} == {"security", "incident", "profile", "proof"}


def test_the_projection_counts_on_repaying_not_on_everything_doable() -> None:
    facts = f.with_overdue(f.clean())
    a = assess(facts, RULES)
    assert a.verdict == "blocked" and a.projected_ready_on == f.TODAY + timedelta(days=30)
    # the property certificate would help, but the date does not need it
    assert assumed_today(facts, RULES, a) == [PayBill(900)]


def test_nothing_is_assumed_when_likely_or_when_there_is_no_date() -> None:
    clean = f.clean()
    assert assumed_today(clean, RULES, assess(clean, RULES)) == []
    a = assess(clean, RULES)
    assert assumed_today(clean, RULES, replace(a, verdict="not_yet", projected_ready_on=None)) == []
