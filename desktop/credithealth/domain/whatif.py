"""What if: which hypothetical actions apply to the current facts (grouped as the what-if
panel shows them), and which of the things doable today the projected date counts on.

Used by the overview's what-if panel and its "when" card; kept here because deciding what
applies and what the date assumes is the domain's reasoning, not the window's."""

from __future__ import annotations

from credithealth.domain.assess import doable_today
from credithealth.domain.factors.external_credit import SUGGESTED_PROOFS
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import (
    AddProof,
    CompleteProfile,
    CompleteSecurity,
    Hypothesis,
    PayAllPastDue,
    PayBill,
    ResolveIncident,
)
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules

# the what-if panel's groups, in the order shown
GROUPS = ("repay", "security", "incident", "profile", "proof")


def group_of(h: Hypothesis) -> str:
    match h:
        case PayBill() | PayAllPastDue():
            return "repay"
        case CompleteSecurity():
            return "security"
        case ResolveIncident():
            return "incident"
        case CompleteProfile():
            return "profile"
        case AddProof():
            return "proof"
    raise ValueError(f"not a doable-today hypothesis: {h!r}")


def offered(facts: Facts, rules: Rules) -> list[Hypothesis]:
    """What the user could try in the what-if panel: each past-due bill (and all of them at
    once when there are several), what is doable today (the rest of minimum-only bills, the
    security items not counting, open incidents, missing profile items), and the proofs not
    held (a suggestion to explore; the projection never assumes one). ``WaitUntil`` apart."""
    today = facts.as_of
    past_due = [b for b in facts.bills if b.past_due_on(today)]
    out: list[Hypothesis] = []
    if len(past_due) > 1:
        out.append(PayAllPastDue())
    out += doable_today(facts, rules, today)
    held = facts.credit_report.proof_set if facts.credit_report else frozenset()
    out += [AddProof(k) for k in SUGGESTED_PROOFS if k not in held]
    return out


def assumed_today(facts: Facts, rules: Rules, a: Assessment) -> list[Hypothesis]:
    """The doable-today actions the projected date counts on, as the domain found them."""
    if a.verdict == "likely" or a.projected_ready_on is None:
        return []
    return [x.hypothesis for x in a.projection_assumes if x.hypothesis is not None]
