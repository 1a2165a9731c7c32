"""账户安全 account security: the checklist and open incidents."""

from __future__ import annotations

from datetime import date, timedelta

from credithealth.domain.factors import Part, clamp, evidence_level
from credithealth.domain.factors.evidence import EvidenceRow
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import CompleteSecurity, ResolveIncident
from credithealth.domain.messages import Msg
from credithealth.domain.records import SecurityItem
from credithealth.domain.results import Action, Blocker, MissingEvidence, Signal
from credithealth.domain.rules import Rules

KEY = "account_security"


def renewal_due_on(item: SecurityItem, rules: Rules) -> date | None:
    """When a renewable item (the password) turns back to due; None if it never does."""
    if not item.done or item.done_on is None:
        return None
    days = item.renew_days
    if days is None and item.key == "password_changed":
        days = rules.account_security.password_renew_days
    if not days:
        return None
    return item.done_on + timedelta(days=days)


def item_counts(item: SecurityItem | None, rules: Rules, on: date, upkeep: bool) -> bool:
    if item is None or not item.done:
        return False
    due = renewal_due_on(item, rules)
    # upkeep: when projecting ahead, a renewal is assumed to be done when it falls due
    return upkeep or due is None or on < due


def item_state(item: SecurityItem | None, rules: Rules, on: date) -> str:
    """``not_answered`` (never ticked or unticked: missing, not "not done"), ``not_done``,
    ``due_again`` (done, but its renewal has fallen due) or ``done``."""
    if item is None:
        return "not_answered"
    if not item.done:
        return "not_done"
    return "done" if item_counts(item, rules, on, False) else "due_again"


def checklist(facts: Facts, rules: Rules, on: date) -> tuple[EvidenceRow, ...]:
    """Every item the rules score, in their order: its state, when it was done, when due again."""
    items = {i.key: i for i in facts.security_items}
    rows = []
    for key in rules.account_security.points:
        item = items.get(key)
        done = item is not None and item.done
        params = {
            "done_on": item.done_on if item is not None and done else None,
            "due_on": renewal_due_on(item, rules) if item is not None else None,
        }
        rows.append(
            EvidenceRow(key, Msg("security_item." + key), item_state(item, rules, on), params)
        )
    return tuple(rows)


def incident_rows(facts: Facts, on: date) -> tuple[EvidenceRow, ...]:
    """Every recorded incident: open until the day it was resolved."""
    rows = []
    for e in facts.incidents:
        resolved = e.resolved_on is not None and e.resolved_on <= on
        params = {
            "occurred_on": e.occurred_on,
            "resolved_on": e.resolved_on if resolved else None,
            "notes": e.notes,
        }
        label = Msg("security_event." + e.kind)
        rows.append(EvidenceRow(str(e.id), label, "resolved" if resolved else "open", params))
    return tuple(rows)


def evaluate(facts: Facts, rules: Rules, on: date, upkeep: bool = False) -> Part:
    sr = rules.account_security
    items = {i.key: i for i in facts.security_items}
    signals: list[Signal] = []
    actions: list[Action] = []
    events: list[tuple[date, Signal]] = []
    score = 0
    for key, points in sr.points.items():
        item = items.get(key)
        if item_counts(item, rules, on, upkeep):
            score += points
            continue
        expired = item is not None and item.done
        if expired:
            assert item is not None
            signals.append(
                Signal(
                    "security_expired",
                    {"key": key, "done_on": item.done_on, "due_on": renewal_due_on(item, rules)},
                    -points,
                )
            )
        else:
            signals.append(Signal("security_missing", {"key": key}, -points))
        actions.append(
            Action(
                "renew_security" if expired else "complete_security",
                KEY,
                {"key": key},
                CompleteSecurity(key),
                page="security",
            )
        )

    open_incidents = sorted(
        (
            e
            for e in facts.incidents
            if e.occurred_on <= on and (e.resolved_on is None or e.resolved_on > on)
        ),
        key=lambda e: e.occurred_on,
    )
    for e in open_incidents:
        signals.append(
            Signal(
                "open_incident", {"kind": e.kind, "since": e.occurred_on}, -sr.open_incident_penalty
            )
        )
        if e.id is not None:
            actions.insert(
                0,
                Action(
                    "resolve_incident",
                    KEY,
                    {"kind": e.kind, "since": e.occurred_on},
                    ResolveIncident(e.id),
                    page="security",
                ),
            )
    for e in facts.incidents:
        if e.resolved_on is None or e.resolved_on > on:
            continue
        until = e.resolved_on + timedelta(days=sr.recent_incident_days)
        if on < until:
            signals.append(
                Signal(
                    "recent_incident",
                    {"kind": e.kind, "resolved_on": e.resolved_on, "until": until},
                    -sr.recent_incident_penalty,
                )
            )
            events.append(
                (until, Signal("incident_ages_out", {"kind": e.kind, "resolved_on": e.resolved_on}))
            )

    blockers: tuple[Blocker, ...] = ()
    if open_incidents:
        first = open_incidents[0]
        blockers = (
            Blocker(
                "security_incident_open",
                {"count": len(open_incidents), "kind": first.kind, "since": first.occurred_on},
            ),
        )
    score = clamp(
        score + sum(s.impact for s in signals if s.code in {"open_incident", "recent_incident"})
    )
    # evidence: checklist items the user answered (ticked or not); an open incident is
    # evidence too (of something wrong), so it never reads as "no data"
    answered = sum(1 for key in sr.points if key in items)
    level = evidence_level(answered, sr.evidence_thin_items, sr.evidence_enough_items)
    if level == "none" and open_incidents:
        level = "thin"
    missing: tuple[MissingEvidence, ...] = ()
    if level != "enough":
        params = {"answered": answered, "need": sr.evidence_enough_items}
        missing = (MissingEvidence(KEY, "security_checklist", params, "security"),)
    if level == "none":
        # nothing answered: say so rather than "not done" for items nobody was asked about
        score = rules.evidence.none_score
        signals = [Signal("no_security_answers", {}, 0)]
    return Part(score, tuple(signals), tuple(actions), blockers, tuple(events), level, missing)
