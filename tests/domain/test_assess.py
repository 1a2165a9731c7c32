"""The verdict, blockers, actions and projection, on facts built by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from credithealth.domain.assess import assess, what_if
from credithealth.domain.hypotheses import (
    CompleteProfile,
    CompleteSecurity,
    PayAllPastDue,
    ResolveIncident,
    WaitUntil,
)
from credithealth.domain.records import ScoreSnapshot, SecurityItem
from credithealth.domain.rules import default_rules
from tests.domain.factories import (
    TODAY,
    clean,
    with_changes,
    with_incident,
    with_overdue,
    with_refusal,
)


def codes(result) -> list[str]:
    return [b.code for b in result.blockers]


def test_clean_record_is_likely_today() -> None:
    r = assess(clean())
    assert r.verdict == "likely"
    assert r.blockers == ()
    assert r.projected_ready_on == TODAY
    assert all(f.passed for f in r.factors.values())


def test_not_yet_when_a_factor_is_below_its_threshold() -> None:
    f = replace(
        clean(), sesame=ScoreSnapshot(TODAY - timedelta(days=3), 560, id=1), credit_report=None
    )
    r = assess(f)
    assert r.verdict == "not_yet"
    assert not r.factors["external_credit"].passed
    assert r.blockers == ()


def test_current_overdue_blocks_and_repaying_is_the_first_action() -> None:
    r = assess(with_overdue(clean()))
    assert r.verdict == "blocked"
    assert codes(r) == ["current_overdue"]
    assert r.factors["credit_status"].score <= default_rules().credit_status.past_due_cap
    first = r.actions[0]
    assert first.code == "repay_bill" and first.clears_blocker
    assert "¥2,300.00" in r.blockers[0].msg.render("en")
    assert "¥2,300.00" in r.blockers[0].msg.render("zh_CN")


def test_overdue_projection_waits_thirty_days_after_clearing() -> None:
    r = assess(with_overdue(clean()))
    # paid today (a doable action), then the fresh clearance weighs for 30 days
    assert r.projected_ready_on == TODAY + timedelta(
        days=default_rules().credit_status.recent_clear_days
    )
    assert any(m.code == "waits.after_clear" for m in r.waits_for)


def test_open_incident_blocks_until_resolved() -> None:
    r = assess(with_incident(clean()))
    assert codes(r) == ["security_incident_open"]
    resolved = assess(with_incident(clean(), resolved=TODAY - timedelta(days=1)))
    assert "security_incident_open" not in codes(resolved)


def test_three_profile_changes_in_thirty_days_block_until_the_oldest_leaves() -> None:
    r = assess(with_changes(clean(), (3, 5, 8)))
    assert codes(r) == ["recent_profile_change"]
    # the 3rd most recent change (8 days ago) leaves the 30-day window in 22 days
    assert r.blockers[0].clears_on == TODAY + timedelta(days=22)
    assert r.projected_ready_on == TODAY + timedelta(days=22)
    assert "recent_profile_change" not in codes(assess(with_changes(clean(), (3, 5))))


def test_refusal_starts_a_fourteen_day_cooldown() -> None:
    r = assess(with_refusal(clean(), days_ago=4))
    assert codes(r) == ["reapply_cooldown"]
    assert r.blockers[0].clears_on == TODAY + timedelta(days=10)
    assert r.projected_ready_on == TODAY + timedelta(days=10)
    assert codes(assess(with_refusal(clean(), days_ago=14))) == []


def test_expired_password_turns_back_to_due() -> None:
    f = clean()
    items = tuple(
        replace(i, done_on=TODAY - timedelta(days=120)) if i.key == "password_changed" else i
        for i in f.security_items
    )
    r = assess(replace(f, security_items=items))
    sig = {s.code for s in r.factors["account_security"].signals}
    assert "security_expired" in sig
    assert (
        r.factors["account_security"].score
        == 100 - default_rules().account_security.points["password_changed"]
    )


def test_what_if_changes_the_verdict_without_touching_the_facts() -> None:
    f = with_incident(with_overdue(clean()))
    before = assess(f)
    after = what_if(f, [PayAllPastDue(), ResolveIncident(7), WaitUntil(TODAY + timedelta(days=31))])
    assert before.verdict == "blocked"
    assert after.verdict == "likely"
    assert after.as_of == TODAY + timedelta(days=31)
    assert assess(f) == before  # facts are immutable; nothing was changed


def test_security_and_profile_hypotheses_raise_their_factors() -> None:
    f = clean()
    f = replace(f, security_items=tuple(i for i in f.security_items if i.key != "mfa_enabled"))
    f = replace(f, profile_items=tuple(i for i in f.profile_items if i.key != "housing_fund"))
    r = assess(f)
    r2 = what_if(f, [CompleteSecurity("mfa_enabled"), CompleteProfile("housing_fund")])
    assert r2.factors["account_security"].score > r.factors["account_security"].score
    assert r2.factors["personal_info"].score > r.factors["personal_info"].score


def test_the_same_input_gives_the_same_assessment() -> None:
    f = with_changes(with_overdue(clean()))
    assert assess(f).to_json("zh_CN") == assess(f).to_json("zh_CN")


def test_no_data_at_all_needs_data_and_says_what_to_record() -> None:
    from credithealth.domain.facts import Facts

    r = assess(Facts(as_of=TODAY))
    assert r.verdict == "needs_data"
    assert {m.factor for m in r.missing_evidence} == set(r.factors)
    all_codes = {a.code for a in r.actions}
    assert {
        "add_bills",
        "import_bills",
        "record_sesame",
        "complete_security",
        "complete_profile",
    } <= all_codes


def test_json_shape() -> None:
    j = assess(with_overdue(clean())).to_json("en")
    assert set(j) == {
        "as_of",
        "verdict",
        "overall",
        "factors",
        "blockers",
        "missing_evidence",
        "projected_ready_on",
        "projection_assumes",
        "pending_application",
    }
    for f in j["factors"].values():
        assert set(f) == {"score", "evidence", "signals", "actions"}
    assert set(j["factors"]) == {
        "credit_status",
        "account_security",
        "personal_info",
        "consumption",
        "external_credit",
    }
    assert j["blockers"][0].keys() == {"code", "message"}


def test_scoring_a_date_before_the_facts_is_refused() -> None:
    import pytest

    from credithealth.domain.assess import score

    with pytest.raises(ValueError):
        score(clean(), default_rules(), date(2020, 1, 1))


def test_security_item_with_custom_renewal() -> None:
    f = clean()
    items = tuple(
        SecurityItem(i.key, True, TODAY - timedelta(days=40), 30)
        if i.key == "password_changed"
        else i
        for i in f.security_items
    )
    r = assess(replace(f, security_items=items))
    assert "security_expired" in {s.code for s in r.factors["account_security"].signals}
