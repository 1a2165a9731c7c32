"""The readiness assessment: five factor scores, blockers, verdict, ranked actions, and
the projected date on which an application is likely to succeed.

It is a pure function of the facts, the rules and the date: the same input always
gives the same assessment.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from credithealth.domain.factors import (
    Part,
    account_security,
    consumption,
    credit_status,
    external_credit,
    personal_info,
)
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import (
    AddProof,
    CompleteProfile,
    CompleteSecurity,
    Hypothesis,
    PayAllPastDue,
    ResolveIncident,
    apply,
)
from credithealth.domain.messages import Msg
from credithealth.domain.results import Action, Assessment, Blocker, FactorResult, Signal
from credithealth.domain.rules import FACTORS, Rules, default_rules


@dataclass(frozen=True)
class Core:
    on: date
    parts: dict[str, Part]
    overall: int
    blockers: tuple[Blocker, ...]
    verdict: str


def latest_refusal(facts: Facts, on: date) -> date | None:
    days = [
        a.decided_on or a.submitted_on
        for a in facts.applications
        if a.status == "refused" and (a.decided_on or a.submitted_on) <= on
    ]
    return max(days) if days else None


def cooldown_blocker(facts: Facts, rules: Rules, on: date) -> Blocker | None:
    refused = latest_refusal(facts, on)
    if refused is None:
        return None
    until = refused + timedelta(days=rules.applications.cooldown_days)
    if on >= until:
        return None
    return Blocker("reapply_cooldown", {"refused_on": refused, "until": until}, clears_on=until)


def weighted(scores: dict[str, int], rules: Rules) -> int:
    total = sum(scores[k] * rules.overall.weights[k] for k in FACTORS)
    return (total + 50) // 100  # round half up, in integers


def score(facts: Facts, rules: Rules, on: date | None = None, *, upkeep: bool = False) -> Core:
    """Scores, blockers and verdict on ``on`` (default: the facts' date), without actions' gains."""
    on = on or facts.as_of
    if on < facts.as_of:
        raise ValueError("facts cannot be scored on a date before they were gathered")
    parts = {
        "credit_status": credit_status.evaluate(facts, rules, on),
        "account_security": account_security.evaluate(facts, rules, on, upkeep),
        "personal_info": personal_info.evaluate(facts, rules, on),
        "consumption": consumption.evaluate(facts, rules, on),
        "external_credit": external_credit.evaluate(facts, rules, on),
    }
    blockers = [b for k in FACTORS for b in parts[k].blockers]
    cool = cooldown_blocker(facts, rules, on)
    if cool is not None:
        blockers.append(cool)
    overall = weighted({k: p.score for k, p in parts.items()}, rules)
    if blockers:
        verdict = "blocked"
    elif overall >= rules.overall.threshold and all(
        parts[k].score >= rules.threshold(k) for k in FACTORS
    ):
        verdict = "likely"
    else:
        verdict = "not_yet"
    return Core(on, parts, overall, tuple(blockers), verdict)


def _with_gain(action: Action, facts: Facts, rules: Rules, core: Core) -> Action:
    if action.hypothesis is None:
        return action
    after_facts, after_on = apply(facts, [action.hypothesis])
    after = score(after_facts, rules, max(after_on, core.on))
    before_codes = {b.code for b in core.blockers}
    after_codes = {b.code for b in after.blockers}
    return replace(
        action,
        gain=after.overall - core.overall,
        clears_blocker=bool(before_codes - after_codes),
        makes_likely=core.verdict != "likely" and after.verdict == "likely",
    )


def doable_today(facts: Facts, rules: Rules, on: date) -> list[Hypothesis]:
    """What the user can do today by themselves: repay, secure the account, complete the
    profile, and ask their bank for a salary statement or attach a property certificate."""
    hyps: list[Hypothesis] = [PayAllPastDue()]
    items = {i.key: i for i in facts.security_items}
    for key in rules.account_security.points:
        if not account_security.item_counts(items.get(key), rules, on, upkeep=False):
            hyps.append(CompleteSecurity(key))
    hyps += [
        ResolveIncident(e.id)
        for e in facts.incidents
        if e.id is not None and (e.resolved_on is None or e.resolved_on > on)
    ]
    done = {i.key for i in facts.profile_items if i.done}
    hyps += [CompleteProfile(k) for k in rules.personal_info.points if k not in done]
    held = facts.credit_report.proof_set if facts.credit_report else frozenset()
    hyps += [AddProof(k) for k in external_credit.SUGGESTED_PROOFS if k not in held]
    return hyps


def time_events(facts: Facts, rules: Rules, on: date) -> list[tuple[date, Msg]]:
    """Dates after ``on`` on which a time-based condition changes, with what it is."""
    core = score(facts, rules, on, upkeep=True)
    events: list[tuple[date, Msg]] = []
    for part in core.parts.values():
        events += [(d, Msg(f"waits.{s.code}", s.params)) for d, s in part.events if d > on]
    refused = latest_refusal(facts, on)
    if refused is not None:
        until = refused + timedelta(days=rules.applications.cooldown_days)
        if until > on:
            events.append((until, Msg("waits.cooldown", {"refused_on": refused, "until": until})))
    return events


def project(facts: Facts, rules: Rules, on: date) -> tuple[date | None, tuple[Msg, ...]]:
    """The earliest date an application is likely to succeed, if the user does today what can
    be done today, and what that date waits for. None beyond the rules' horizon."""
    done_facts, _ = apply(facts, doable_today(facts, rules, on))
    horizon = on + timedelta(days=rules.projection.horizon_days)
    events = sorted(
        (e for e in time_events(done_facts, rules, on) if e[0] <= horizon), key=lambda e: e[0]
    )
    for candidate in [on, *sorted({d for d, _ in events})]:
        if score(done_facts, rules, candidate, upkeep=True).verdict == "likely":
            waits = tuple(dict.fromkeys(m for d, m in events if d <= candidate))
            return candidate, waits
    return None, ()


def _result(key: str, part: Part, rules: Rules, actions: tuple[Action, ...]) -> FactorResult:
    return FactorResult(
        key=key,
        score=part.score,
        band=rules.band(part.score),
        threshold=rules.threshold(key),
        signals=part.signals,
        actions=actions,
    )


def rank(actions: list[Action]) -> list[Action]:
    return sorted(
        actions,
        key=lambda a: (not a.makes_likely, not a.clears_blocker, -(a.gain or 0), a.gain is None),
    )


def assess(
    facts: Facts, rules: Rules | None = None, on: date | None = None, *, projection: bool = True
) -> Assessment:
    rules = rules or default_rules()
    core = score(facts, rules, on)
    factors: dict[str, FactorResult] = {}
    everything: list[Action] = []
    for key in FACTORS:
        part = core.parts[key]
        ranked = tuple(rank([_with_gain(a, facts, rules, core) for a in part.actions]))
        factors[key] = _result(key, part, rules, ranked)
        everything += ranked
    projected, waits = project(facts, rules, core.on) if projection else (None, ())
    return Assessment(
        as_of=core.on,
        verdict=core.verdict,
        overall=core.overall,
        factors=factors,
        blockers=core.blockers,
        projected_ready_on=projected,
        waits_for=waits,
        actions=tuple(rank(everything)),
    )


def what_if(
    facts: Facts, hypotheses: list[Hypothesis] | tuple[Hypothesis, ...], rules: Rules | None = None
) -> Assessment:
    """The assessment as it would be after the hypothetical actions; nothing is saved."""
    rules = rules or default_rules()
    # waiting scores the same facts on a later date, as the projection does
    changed, on = apply(facts, hypotheses)
    return assess(changed, rules, on)


def top_signal(result: FactorResult) -> Signal | None:
    """The signal that moved the factor most (by absolute points), for the dashboard card."""
    if not result.signals:
        return None
    return min(result.signals, key=lambda s: (-abs(s.impact), s.impact))
