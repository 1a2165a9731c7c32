"""外部信用 external credit: the Sesame score and the PBOC credit report."""

from __future__ import annotations

from datetime import date

from credithealth.domain.factors import Part, clamp
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import AddProof
from credithealth.domain.results import Action, Signal
from credithealth.domain.rules import Rules

KEY = "external_credit"
SUGGESTED_PROOFS = ("salary_flow", "property")


def evaluate(facts: Facts, rules: Rules, on: date) -> Part:
    er = rules.external_credit
    signals: list[Signal] = []
    actions: list[Action] = []
    score = 0

    s = facts.sesame
    if s is None:
        signals.append(Signal("no_sesame", {}, er.no_sesame_points))
        score += er.no_sesame_points
        actions.append(Action("record_sesame", KEY, {}, page="scores"))
    else:
        band = er.sesame_band(s.score)
        signals.append(
            Signal(
                "sesame", {"score": s.score, "band": band.band, "taken_on": s.taken_on}, band.points
            )
        )
        score += band.points
        if (on - s.taken_on).days > er.sesame_stale_days:
            signals.append(Signal("sesame_stale", {"taken_on": s.taken_on}, 0))
            actions.append(Action("record_sesame", KEY, {}, page="scores"))
        if band.points < er.sesame_band(650).points:
            actions.append(Action("raise_sesame", KEY, {}, page="scores"))

    r = facts.credit_report
    if r is None:
        signals.append(Signal("no_report", {}, 0))
        actions.append(Action("record_report", KEY, {}, page="scores"))
    else:
        if r.overdue_accounts == 0 and r.overdue_months_24m == 0:
            signals.append(Signal("report_clean", {"taken_on": r.taken_on}, er.clean_report_points))
        if r.overdue_accounts:
            signals.append(
                Signal(
                    "report_overdue_accounts",
                    {"count": r.overdue_accounts},
                    -min(er.overdue_account_max, er.overdue_account_penalty * r.overdue_accounts),
                )
            )
            actions.append(Action("clean_report", KEY, {}, page="repayments"))
        if r.overdue_months_24m:
            signals.append(
                Signal(
                    "report_overdue_months",
                    {"count": r.overdue_months_24m},
                    -min(er.overdue_month_max, er.overdue_month_penalty * r.overdue_months_24m),
                )
            )
        extra = r.hard_inquiries_6m - er.free_hard_inquiries
        if extra > 0:
            signals.append(
                Signal(
                    "hard_inquiries",
                    {"count": r.hard_inquiries_6m},
                    -min(er.hard_inquiry_max, er.hard_inquiry_penalty * extra),
                )
            )
            actions.append(Action("limit_inquiries", KEY, {}, page="scores"))
        if (on - r.taken_on).days > er.report_stale_days:
            signals.append(Signal("report_stale", {"taken_on": r.taken_on}, 0))
            actions.append(Action("record_report", KEY, {}, page="scores"))
        score += sum(
            x.impact for x in signals if x.code.startswith("report_") or x.code == "hard_inquiries"
        )

    proofs = facts.credit_report.proof_set if facts.credit_report else frozenset()
    if proofs:
        points = min(er.proof_max, er.proof_points * len(proofs))
        signals.append(Signal("proofs", {"count": len(proofs)}, points))
        score += points
    for kind in SUGGESTED_PROOFS:
        if kind not in proofs:
            actions.append(
                Action("attach_proof", KEY, {"kind": kind}, AddProof(kind), page="scores")
            )

    return Part(clamp(score), tuple(signals), tuple(actions))
