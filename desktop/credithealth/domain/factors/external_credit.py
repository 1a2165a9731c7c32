"""外部信用 external credit: the Sesame score and the PBOC credit report.

Snapshots age: a Sesame score past its stale age fades towards "no score" and asks for a
fresh one; a report's hard inquiries and settled overdue months weigh less as they leave
their windows, and its clean-record credit fades once it is stale. An unpaid overdue on the
latest report is a blocker (``external_overdue``): only a fresh report shows it cleared.
"""

from __future__ import annotations

from datetime import date

from credithealth.domain.factors import Part, clamp, fade, fade_steps
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import AddProof
from credithealth.domain.records import CreditReport
from credithealth.domain.results import Action, Blocker, MissingEvidence, Signal
from credithealth.domain.rules import Rules

KEY = "external_credit"
SUGGESTED_PROOFS = ("salary_flow", "property")


def report_tone(r: CreditReport) -> str:
    """How a credit report reads: ``bad`` with an overdue account on it, ``warn`` with
    overdue months in the last 24, else ``good``."""
    if r.overdue_accounts:
        return "bad"
    return "warn" if r.overdue_months_24m else "good"


def sesame_is_fresh(facts: Facts, rules: Rules, on: date) -> bool:
    s = facts.sesame
    return s is not None and (on - s.taken_on).days <= rules.external_credit.sesame_stale_days


def evaluate(facts: Facts, rules: Rules, on: date, upkeep: bool = False) -> Part:
    """``upkeep``: projecting ahead, a Sesame score is assumed re-recorded (no lower) when it
    falls stale; the projection lists that assumption. Reports are never assumed."""
    er = rules.external_credit
    signals: list[Signal] = []
    actions: list[Action] = []
    events: list[tuple[date, Signal]] = []
    blockers: list[Blocker] = []
    missing: list[MissingEvidence] = []
    score = 0

    s = facts.sesame
    if s is None:
        signals.append(Signal("no_sesame", {}, er.no_sesame_points))
        score += er.no_sesame_points
        actions.append(Action("record_sesame", KEY, {}, page="scores"))
        missing.append(MissingEvidence(KEY, "sesame", {}, "scores"))
    else:
        band = er.sesame_band(s.score)
        signals.append(
            Signal(
                "sesame", {"score": s.score, "band": band.band, "taken_on": s.taken_on}, band.points
            )
        )
        score += band.points
        age = (on - s.taken_on).days
        if age > er.sesame_stale_days and not upkeep:
            # the points above "no score" fade out over the fade window
            above = band.points - er.no_sesame_points
            lost = above - fade(above, age - er.sesame_stale_days, er.sesame_fade_days)
            signals.append(Signal("sesame_stale", {"taken_on": s.taken_on, "days": age}, -lost))
            score -= lost
            actions.append(Action("record_sesame", KEY, {}, page="scores"))
            missing.append(MissingEvidence(KEY, "sesame_stale", {"taken_on": s.taken_on}, "scores"))
        if band.points < er.sesame_band(650).points:
            actions.append(Action("raise_sesame", KEY, {}, page="scores"))

    r = facts.credit_report
    if r is None:
        signals.append(Signal("no_report", {}, 0))
        actions.append(Action("record_report", KEY, {}, page="scores"))
    else:
        age = max(0, (on - r.taken_on).days)
        stale = age > er.report_stale_days
        if r.overdue_accounts == 0 and r.overdue_months_24m == 0:
            points = fade(er.clean_report_points, age - er.report_stale_days, er.report_fade_days)
            signals.append(Signal("report_clean", {"taken_on": r.taken_on}, points))
            score += points
        if r.overdue_accounts:
            penalty = min(er.overdue_account_max, er.overdue_account_penalty * r.overdue_accounts)
            signals.append(
                Signal(
                    "report_overdue_accounts",
                    {"count": r.overdue_accounts, "taken_on": r.taken_on},
                    -penalty,
                )
            )
            score -= penalty
            blockers.append(
                Blocker("external_overdue", {"count": r.overdue_accounts, "taken_on": r.taken_on})
            )
            actions.insert(0, Action("clean_report", KEY, {}, page="scores"))
        if r.overdue_months_24m:
            full = min(er.overdue_month_max, er.overdue_month_penalty * r.overdue_months_24m)
            penalty = fade(full, age, er.overdue_month_window_days)
            signals.append(
                Signal(
                    "report_overdue_months",
                    {"count": r.overdue_months_24m, "taken_on": r.taken_on, "full": full},
                    -penalty,
                )
            )
            score -= penalty
            events += [
                (d, Signal("overdue_months_age", {"taken_on": r.taken_on}))
                for d in fade_steps(r.taken_on, full, er.overdue_month_window_days)
            ]
        extra = r.hard_inquiries_6m - er.free_hard_inquiries
        if extra > 0:
            full = min(er.hard_inquiry_max, er.hard_inquiry_penalty * extra)
            penalty = fade(full, age, er.inquiry_window_days)
            signals.append(
                Signal(
                    "hard_inquiries",
                    {"count": r.hard_inquiries_6m, "taken_on": r.taken_on, "full": full},
                    -penalty,
                )
            )
            score -= penalty
            if penalty:
                actions.append(Action("limit_inquiries", KEY, {}, page="scores"))
            events += [
                (d, Signal("inquiries_age", {"taken_on": r.taken_on}))
                for d in fade_steps(r.taken_on, full, er.inquiry_window_days)
            ]
        if stale:
            signals.append(Signal("report_stale", {"taken_on": r.taken_on}, 0))
            if not any(a.code == "record_report" for a in actions):
                actions.append(Action("record_report", KEY, {}, page="scores"))

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

    # evidence: a fresh Sesame score is what the review reads first; a report alone, or a
    # stale score, is thin; neither is none
    if s is not None and (upkeep or sesame_is_fresh(facts, rules, on)):
        level = "enough"
    elif s is not None or r is not None:
        level = "thin"
    else:
        level = "none"
    final = rules.evidence.none_score if level == "none" else clamp(score)
    return Part(
        final,
        tuple(signals),
        tuple(actions),
        tuple(blockers),
        tuple(events),
        level,
        tuple(missing) if level != "enough" else (),
    )
