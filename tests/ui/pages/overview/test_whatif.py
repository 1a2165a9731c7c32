"""The what-if panel on facts alone: offers, ticks kept across a refresh, waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QDate

from credithealth.domain.assess import assess
from credithealth.domain.hypotheses import AddProof, PayBill, WaitUntil
from credithealth.domain.rules import default_rules
from credithealth.ui.pages.overview.whatif import WhatIfPanel
from tests.domain import factories as f

RULES = default_rules()


def panel_for(qtbot, facts):  # type: ignore[no-untyped-def]
    p = WhatIfPanel()
    qtbot.addWidget(p)
    p.set_base(facts, assess(facts, RULES), RULES, "en")
    return p


def test_paying_the_overdue_bill_lifts_the_block_and_moves_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = f.with_overdue(f.clean())
    p = panel_for(qtbot, facts)
    assert list(p.boxes) == [PayBill(900), AddProof("property")]
    assert p.boxes[PayBill(900)].text().startswith("Repay the 花呗 ")
    assert p.verdict_now.text() == "Blocked" and p.head_then.text() == "(tick to try)"
    with qtbot.waitSignal(p.result_changed) as got:
        p.boxes[PayBill(900)].box.click()
    after = got.args[0]
    assert after.verdict == "not_yet" and not after.blockers
    assert p.verdict_then.text() == "Not yet"
    factor = after.factors["credit_status"]
    sign = "✓" if factor.score >= factor.threshold else "✗"
    assert p.rows["credit_status"][2].text() == f"{sign} {factor.score}"
    assert p.head_then.text() == "With these"


def test_waiting_scores_a_later_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = f.with_refusal(f.clean())  # the cool-down blocks for 10 more days
    p = panel_for(qtbot, facts)
    assert p.verdict_now.text() == "Blocked"
    later = f.TODAY + timedelta(days=20)
    p.wait_on.setDate(QDate(later.year, later.month, later.day))
    p.wait.setChecked(True)
    assert p.hypotheses() == [WaitUntil(later)]
    assert p.result is not None and p.result.verdict == "likely"
    assert p.rows["ready_on"][2].text() == "now"


def test_ticks_survive_a_refresh_that_still_offers_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = f.with_overdue(f.clean())
    p = panel_for(qtbot, facts)
    p.tick(AddProof("property"))
    # a new fact elsewhere (a new Sesame score): the same offers, the tick stays
    newer = replace(facts, sesame=replace(facts.sesame, score=730))  # type: ignore[type-var]
    p.set_base(newer, assess(newer, RULES), RULES, "en")
    assert p.boxes[AddProof("property")].isChecked()
    assert p.result is not None
    assert p.result.factors["external_credit"].score > p.base.factors["external_credit"].score  # type: ignore[union-attr]
    # the bill was repaid for real: no longer offered
    paid = replace(newer, bills=newer.bills[:-1])
    p.set_base(paid, assess(paid, RULES), RULES, "en")
    assert PayBill(900) not in p.boxes and p.boxes[AddProof("property")].isChecked()


def test_nothing_left_to_try(qtbot) -> None:  # type: ignore[no-untyped-def]
    facts = f.clean()
    held = replace(facts, credit_report=replace(facts.credit_report, proofs="salary_flow,property"))  # type: ignore[type-var]
    p = panel_for(qtbot, held)
    assert p.boxes == {} and not p.none_label.isHidden()
    assert not p.wait.isHidden()
