"""Which hypothetical actions apply to the current facts, and which of the things doable
today the projected date counts on. Pure: domain calls only, no Qt."""

from __future__ import annotations

from credithealth.domain.assess import doable_today, score
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import (
    AddProof,
    CompleteProfile,
    CompleteSecurity,
    Hypothesis,
    PayAllPastDue,
    PayBill,
    ResolveIncident,
    apply,
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
    """What the user could do today that would change something: each past-due bill (and
    all of them at once when there are several), the security items not counting, open
    incidents, missing profile items, proofs not held. ``WaitUntil`` is offered apart."""
    today = facts.as_of
    past_due = [b for b in facts.bills if b.past_due_on(today)]
    out: list[Hypothesis] = []
    if len(past_due) > 1:
        out.append(PayAllPastDue())
    out += [PayBill(b.bill_id) for b in sorted(past_due, key=lambda b: b.due_on)]
    out += [h for h in doable_today(facts, rules, today) if not isinstance(h, PayAllPastDue)]
    return out


def assumed_today(facts: Facts, rules: Rules, a: Assessment) -> list[Hypothesis]:
    """The doable-today actions the projected date counts on (the projection assumes the
    user does them all; this keeps only those the date cannot do without)."""
    on = a.projected_ready_on
    if a.verdict == "likely" or on is None:
        return []

    def ready(hyps: list[Hypothesis]) -> bool:
        changed, _ = apply(facts, hyps)
        return score(changed, rules, on, upkeep=True).verdict == "likely"

    keep = offered(facts, rules)
    if keep and isinstance(keep[0], PayAllPastDue):
        keep = keep[1:]  # the bills one by one say more
    # drop the least useful first: the list is in the order the domain ranks its groups
    for h in reversed(list(keep)):
        trial = [x for x in keep if x != h]
        if ready(trial):
            keep = trial
    return keep
