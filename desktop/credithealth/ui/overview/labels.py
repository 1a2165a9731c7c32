"""Words for the overview: hypothetical actions, day counts and score changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import (
    AddProof,
    CompleteProfile,
    CompleteSecurity,
    Hypothesis,
    PayAllPastDue,
    PayBill,
    ResolveIncident,
    WaitUntil,
)
from credithealth.domain.messages import Msg
from credithealth.domain.money import format_yuan
from credithealth.ui.tr_args import with_args


def hypothesis_text(h: Hypothesis, facts: Facts, lang: str) -> str:
    """What ticking ``h`` means, in the words the domain uses for the same action."""
    match h:
        case PayBill(bill_id):
            b = next((b for b in facts.bills if b.bill_id == bill_id), None)
            if b is None:
                return QCoreApplication.translate("OverviewLabels", "Repay a past-due bill today")
            return with_args(
                QCoreApplication.translate(
                    "OverviewLabels", "Repay the %1 %2 bill today: %3 (due %4)"
                ),
                b.account_name,
                b.period,
                format_yuan(b.unpaid_fen()),
                b.due_on.isoformat(),
            )
        case PayAllPastDue():
            total = sum(b.unpaid_fen() for b in facts.bills if b.past_due_on(facts.as_of))
            return with_args(
                QCoreApplication.translate("OverviewLabels", "Repay every past-due bill today: %1"),
                format_yuan(total),
            )
        case CompleteSecurity(key):
            return Msg("security_do." + key).render(lang)
        case ResolveIncident(event_id):
            e = next((e for e in facts.incidents if e.id == event_id), None)
            if e is None:
                return QCoreApplication.translate("OverviewLabels", "Resolve the security incident")
            return Msg("action.resolve_incident", {"kind": e.kind, "since": e.occurred_on}).render(
                lang
            )
        case CompleteProfile(key):
            return Msg("action.complete_profile", {"key": key}).render(lang)
        case AddProof(kind):
            return Msg("action.attach_proof", {"kind": kind}).render(lang)
        case WaitUntil(on):
            return with_args(
                QCoreApplication.translate("OverviewLabels", "Wait until %1"), on.isoformat()
            )
    raise ValueError(f"unknown hypothesis {h!r}")


def countdown(on: date, today: date) -> str:
    """Today, tomorrow, in 14 days (or 14 days ago, for a past date)."""
    days = (on - today).days
    if days == 0:
        return QCoreApplication.translate("OverviewLabels", "today")
    if days == 1:
        return QCoreApplication.translate("OverviewLabels", "tomorrow")
    if days > 1:
        return with_args(QCoreApplication.translate("OverviewLabels", "in %1 days"), str(days))
    return with_args(QCoreApplication.translate("OverviewLabels", "%1 days ago"), str(-days))


def signed(points: int) -> str:
    """+5, −3, ±0 (a real minus sign)."""
    if points > 0:
        return f"+{points}"
    if points < 0:
        return f"−{-points}"
    return "±0"
