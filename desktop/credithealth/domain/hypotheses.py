"""Hypothetical actions: what the user could do, applied to facts without saving anything.

They power three things: the expected gain of each suggested action, the
``projected_ready_on`` date, and the dashboard's what-if panel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from credithealth.domain.facts import BillFact, Facts
from credithealth.domain.records import CreditReport, ProfileItem, SecurityItem


@dataclass(frozen=True)
class PayBill:
    """Repay what is left of a bill today (including interest and penalty)."""

    bill_id: int


@dataclass(frozen=True)
class PayAllPastDue:
    """Repay every past-due bill today."""


@dataclass(frozen=True)
class CompleteSecurity:
    key: str


@dataclass(frozen=True)
class ResolveIncident:
    event_id: int


@dataclass(frozen=True)
class CompleteProfile:
    key: str


@dataclass(frozen=True)
class AddProof:
    kind: str


@dataclass(frozen=True)
class WaitUntil:
    on: date


Hypothesis = (
    PayBill
    | PayAllPastDue
    | CompleteSecurity
    | ResolveIncident
    | CompleteProfile
    | AddProof
    | WaitUntil
)


def _pay(b: BillFact, today: date) -> BillFact:
    if b.cleared_on is not None:
        return b
    return replace(
        b,
        paid_fen=max(b.paid_fen, b.amount_due_fen),
        min_met_on=b.min_met_on or today,
        cleared_on=today,
    )


def apply(facts: Facts, hyps: tuple[Hypothesis, ...] | list[Hypothesis]) -> tuple[Facts, date]:
    """The facts as they would be after ``hyps``, and the date to score them on.

    Actions take effect on the facts' date; ``WaitUntil`` moves the scoring date.
    """
    today = facts.as_of
    on = today
    f = facts
    for h in hyps:
        match h:
            case PayBill(bill_id):
                f = replace(
                    f, bills=tuple(_pay(b, today) if b.bill_id == bill_id else b for b in f.bills)
                )
            case PayAllPastDue():
                f = replace(
                    f, bills=tuple(_pay(b, today) if b.past_due_on(today) else b for b in f.bills)
                )
            case CompleteSecurity(key):
                items = [i for i in f.security_items if i.key != key]
                old = next((i for i in f.security_items if i.key == key), None)
                renew = old.renew_days if old is not None else None
                items.append(SecurityItem(key=key, done=True, done_on=today, renew_days=renew))
                f = replace(f, security_items=tuple(items))
            case ResolveIncident(event_id):
                f = replace(
                    f,
                    incidents=tuple(
                        replace(e, resolved_on=today)
                        if e.id == event_id and e.resolved_on is None
                        else e
                        for e in f.incidents
                    ),
                )
            case CompleteProfile(key):
                items = [i for i in f.profile_items if i.key != key]
                items.append(ProfileItem(key=key, done=True, updated_on=today))
                f = replace(f, profile_items=tuple(items))
            case AddProof(kind):
                report = f.credit_report or CreditReport(taken_on=today)
                proofs = sorted(report.proof_set | {kind})
                f = replace(f, credit_report=replace(report, proofs=",".join(proofs)))
            case WaitUntil(until):
                on = max(on, until)
    return f, on
