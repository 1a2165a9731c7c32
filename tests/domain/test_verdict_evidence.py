"""The verdict rests on evidence: scenarios from the guide, and properties that hold for any
records (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth.domain.assess import ALLOWED_ASSUMPTIONS, assess
from credithealth.domain.explain import verdict_msg
from credithealth.domain.facts import ConsumptionFacts, Facts
from credithealth.domain.journey import journey
from credithealth.domain.messages import Msg
from credithealth.domain.records import (
    SECURITY_ITEM_KEYS,
    Application,
    Checkup,
    CreditReport,
    ScoreSnapshot,
    SecurityItem,
)
from credithealth.domain.rules import FACTORS, default_rules
from tests.domain.factories import TODAY, bill, clean, steady_months
from tests.domain.test_properties import facts as base_facts

RULES = default_rules()
ASSUMPTION_CODES = {
    "repay_bill",
    "secure",
    "resolve_incident",
    "complete_profile",
    "keep_on_time",
    "keep_spending",
    "password_renewed",
    "sesame_renewed",
}


def test_an_empty_database_needs_data_and_no_factor_reads_good() -> None:
    a = assess(Facts(as_of=TODAY), RULES)
    assert a.verdict == "needs_data"
    for f in a.factors.values():
        assert f.evidence == "none" and not f.has_data and not f.passed
        assert f.score < RULES.bands.fair  # nothing that could read as a grade
        assert f.missing  # and it names what supplies it
    assert a.projected_ready_on is None and a.projection_needs


def test_checklists_sesame_and_imports_without_bills_are_not_likely() -> None:
    f = replace(clean(), bills=())
    a = assess(f, RULES)
    assert a.verdict != "likely"
    assert a.factors["credit_status"].evidence == "none"
    assert [m.code for m in a.missing_evidence] == ["bills"]
    assert a.projected_ready_on is None  # bills are never invented


def test_a_few_months_of_bills_are_thin_and_not_likely() -> None:
    f = replace(clean(), bills=clean().bills[-3:])
    a = assess(f, RULES)
    assert a.factors["credit_status"].evidence == "thin" and a.verdict == "not_yet"


def test_no_proofs_and_no_report_do_not_move_the_date() -> None:
    # Sesame 600 ("good", 55 points) and no report: external credit 55 < 60
    f = replace(clean(), sesame=ScoreSnapshot(TODAY - timedelta(days=3), 600), credit_report=None)
    a = assess(f, RULES)
    assert a.verdict == "not_yet" and a.factors["external_credit"].score == 55
    # no report, no proof is assumed: nothing the user can do today lifts it, so no date
    assert a.projected_ready_on is None
    assert all(x.code in ASSUMPTION_CODES for x in a.projection_assumes)
    # the proofs stay suggestions with their gain
    proofs = [x for x in a.actions if x.code == "attach_proof"]
    assert proofs and all(x.gain for x in proofs)


def test_a_pending_application_suggests_no_new_one() -> None:
    f = replace(
        clean(),
        applications=(Application(TODAY - timedelta(days=1), "app", "pending", id=3),),
    )
    a = assess(f, RULES)
    assert a.verdict == "likely"
    p = a.pending_application
    assert p is not None and p.applied_on == TODAY - timedelta(days=1)
    assert p.applied_on < p.decision_from <= p.decision_to
    assert a.to_json()["pending_application"]["decision_to"] == p.decision_to.isoformat()
    assert verdict_msg(a).code == "verdict.likely_pending"
    assert not any("apply" in x.code for x in a.actions)
    for lang in ("en", "zh_CN"):
        assert "申请很可能成功" not in verdict_msg(a).render(lang)
    j = journey([Checkup(TODAY - timedelta(days=30), "overdue")], f.applications, f, a, RULES)
    assert not j.apply_suggested and j.current == "wait"


def test_a_minimum_only_bill_is_an_unpaid_balance() -> None:
    last = clean().bills[-1]
    partly = bill(
        last.bill_id, last.due_on, 100_000, paid_on=last.due_on, paid=10_000, min_due=10_000
    )
    f = replace(clean(), bills=(*clean().bills[:-1], partly))
    a = assess(f, RULES)
    cs = a.factors["credit_status"]
    assert "unpaid_balance" in {s.code for s in cs.signals}
    assert not a.blockers  # not late: the minimum was paid in time
    rest = next(x for x in a.actions if x.code == "repay_rest")
    assert rest.params["amount_fen"] == 90_000 and rest.gain and rest.gain > 0


def test_an_unpaid_overdue_on_the_credit_report_blocks() -> None:
    r = CreditReport(TODAY - timedelta(days=10), overdue_accounts=1, id=1)
    a = assess(replace(clean(), credit_report=r), RULES)
    assert a.verdict == "blocked"
    assert [b.code for b in a.blockers] == ["external_overdue"]
    # only a fresh report can show it cleared: the projection names that, it invents none
    assert a.projected_ready_on is None
    assert any(m.code == "needs.fresh_report" for m in a.projection_needs)


def test_the_projection_models_a_cash_out_leaving_the_window() -> None:
    c = steady_months()  # 2026-05 .. 2026-10, the window on TODAY (2026-11-26)
    months = list(c.months)
    months[0] = replace(months[0], cashouts=6)  # 100 - 15 (no bonus) - 6 x 5 = 55 < 60
    f = replace(clean(), consumption=replace(c, months=tuple(months)))
    a = assess(f, RULES)
    assert a.factors["consumption"].score == 55 and a.verdict == "not_yet"
    # on 2026-11-30 May leaves the window and November joins it, spent as in Aug-Oct
    assert a.projected_ready_on == date(2026, 11, 30)
    assert Msg("waits.cashouts_leave", {"month": "2026-05"}) in a.waits_for
    assert "keep_spending" in {x.code for x in a.projection_assumes}


def test_no_spending_lately_accumulates_nothing() -> None:
    c = steady_months()
    quiet = tuple(replace(m, purchases=0, spent_fen=0, huabei_fen=0) for m in c.months)
    f = replace(clean(), consumption=replace(c, months=quiet))
    a = assess(f, RULES)
    assert a.factors["consumption"].evidence == "thin"
    assert a.projected_ready_on is None
    assert [m.code for m in a.projection_needs] == ["missing.spending"]


def test_step_two_is_not_done_while_the_factor_it_is_about_is_short() -> None:
    late = bill(900, TODAY - timedelta(days=50), paid_on=TODAY - timedelta(days=5))
    f = replace(clean(), bills=(*clean().bills, late))
    a = assess(f, RULES)
    j = journey([Checkup(TODAY - timedelta(days=40), "overdue")], (), f, a, RULES)
    mark = next(t for t in j.tasks if t.code == "factor_mark")
    assert mark.done == a.factors["credit_status"].passed
    assert (j.status["fix"] == "done") == all(t.done for t in j.tasks)


# -- properties --------------------------------------------------------------------------------


@st.composite
def any_facts(draw: st.DrawFn) -> Facts:
    f = draw(base_facts())
    if draw(st.booleans()):
        f = replace(f, consumption=ConsumptionFacts())
    report = draw(
        st.sampled_from(
            [
                None,
                CreditReport(TODAY - timedelta(days=20), id=1),
                CreditReport(TODAY - timedelta(days=200), 0, 2, 6, id=1),
                CreditReport(TODAY - timedelta(days=5), 1, 1, 3, id=1),
            ]
        )
    )
    sesame_age = draw(st.integers(0, 300))
    sesame = f.sesame and replace(f.sesame, taken_on=TODAY - timedelta(days=sesame_age))
    return replace(f, credit_report=report, sesame=sesame)


@settings(max_examples=120, deadline=None)
@given(any_facts())
def test_likely_never_stands_on_no_evidence(f: Facts) -> None:
    a = assess(f, RULES, projection=False)
    if any(x.evidence == "none" for x in a.factors.values()):
        assert a.verdict in ("needs_data", "blocked")
    if a.verdict == "likely":
        assert all(x.evidence == "enough" for x in a.factors.values())


@settings(max_examples=120, deadline=None)
@given(any_facts(), st.data())
def test_evidence_of_good_behaviour_never_lowers_a_factor(f: Facts, data: st.DataObject) -> None:
    before = assess(f, RULES, projection=False)
    kind = data.draw(st.sampled_from(["bill", "security", "sesame", "report"]))
    if kind == "bill":
        # a bill paid in full and on time, for a month with no bill yet
        used = {(b.due_on.year, b.due_on.month) for b in f.bills}
        free = [
            d
            for d in (TODAY.replace(day=1) - timedelta(days=30 * k + 1) for k in range(12))
            if (d.year, d.month) not in used
        ]
        if not free:
            return
        due = data.draw(st.sampled_from(free))
        f2 = replace(f, bills=(*f.bills, bill(999, due, paid_on=due - timedelta(days=1))))
        key = "credit_status"
    elif kind == "security":
        missing = [k for k in SECURITY_ITEM_KEYS if k not in {i.key for i in f.security_items}]
        if not missing:
            return
        k = data.draw(st.sampled_from(missing))
        item = SecurityItem(k, True, TODAY, 90 if k == "password_changed" else None)
        f2 = replace(f, security_items=(*f.security_items, item))
        key = "account_security"
    elif kind == "sesame":
        if f.sesame is not None:
            return
        f2 = replace(f, sesame=ScoreSnapshot(TODAY, data.draw(st.integers(350, 950))))
        key = "external_credit"
    else:
        if f.credit_report is not None:
            return
        f2 = replace(f, credit_report=CreditReport(TODAY, id=1))
        key = "external_credit"
    after = assess(f2, RULES, projection=False)
    assert after.factors[key].score >= before.factors[key].score
    order = ("none", "thin", "enough")
    assert order.index(after.factors[key].evidence) >= order.index(before.factors[key].evidence)


@settings(max_examples=60, deadline=None)
@given(any_facts())
def test_the_projection_assumes_only_what_the_user_can_do_today(f: Facts) -> None:
    a = assess(f, RULES)
    for x in a.projection_assumes:
        assert x.code in ASSUMPTION_CODES
        assert x.hypothesis is None or isinstance(x.hypothesis, ALLOWED_ASSUMPTIONS)
    if a.projected_ready_on is None:
        # no date: either the model found none, or it names what is missing (never both)
        assert not a.projection_assumes
    for key in FACTORS:
        assert a.factors[key].evidence in ("none", "thin", "enough")
