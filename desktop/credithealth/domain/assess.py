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
    CompleteProfile,
    CompleteSecurity,
    Hypothesis,
    PayBill,
    ResolveIncident,
    apply,
)
from credithealth.domain.messages import Msg
from credithealth.domain.results import (
    Action,
    Assessment,
    Assumption,
    Blocker,
    FactorResult,
    MissingEvidence,
    PendingApplication,
    Signal,
)
from credithealth.domain.rules import FACTORS, Rules, default_rules
from credithealth.domain.workdays import decision_window

# the only kinds of action a projection may assume the user takes today: repay, secure the
# account, complete the profile, resolve an incident. Never a proof or a report.
ALLOWED_ASSUMPTIONS = (PayBill, CompleteSecurity, ResolveIncident, CompleteProfile)
# actions that supply a factor's missing evidence
EVIDENCE_ACTIONS = frozenset({"add_bills", "import_bills", "record_sesame", "record_report"})


@dataclass(frozen=True)
class Core:
    on: date
    parts: dict[str, Part]
    overall: int
    blockers: tuple[Blocker, ...]
    verdict: str

    @property
    def missing(self) -> tuple[MissingEvidence, ...]:
        return tuple(m for k in FACTORS for m in self.parts[k].missing)


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


def decide(parts: dict[str, Part], overall: int, blockers: list[Blocker], rules: Rules) -> str:
    """blocked > needs_data (a factor stands on nothing) > likely (enough evidence everywhere
    and every mark reached) > not_yet."""
    if blockers:
        return "blocked"
    if any(p.evidence == "none" for p in parts.values()):
        return "needs_data"
    if (
        all(p.evidence == "enough" for p in parts.values())
        and overall >= rules.overall.threshold
        and all(parts[k].score >= rules.threshold(k) for k in FACTORS)
    ):
        return "likely"
    return "not_yet"


def score(facts: Facts, rules: Rules, on: date | None = None, *, upkeep: bool = False) -> Core:
    """Scores, blockers and verdict on ``on`` (default: the facts' date), without actions' gains.
    ``upkeep``: projecting ahead, renewals (password, Sesame score) are assumed kept up."""
    on = on or facts.as_of
    if on < facts.as_of:
        raise ValueError("facts cannot be scored on a date before they were gathered")
    parts = {
        "credit_status": credit_status.evaluate(facts, rules, on),
        "account_security": account_security.evaluate(facts, rules, on, upkeep),
        "personal_info": personal_info.evaluate(facts, rules, on),
        "consumption": consumption.evaluate(facts, rules, on),
        "external_credit": external_credit.evaluate(facts, rules, on, upkeep),
    }
    blockers = [b for k in FACTORS for b in parts[k].blockers]
    cool = cooldown_blocker(facts, rules, on)
    if cool is not None:
        blockers.append(cool)
    overall = weighted({k: p.score for k, p in parts.items()}, rules)
    return Core(on, parts, overall, tuple(blockers), decide(parts, overall, blockers, rules))


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
    """What the user can do today by themselves with what they already have: repay each
    past-due bill and the rest of each minimum-only bill, secure the account, resolve open
    incidents, complete the profile. Nothing that needs a record they have not made."""
    bills = credit_status.considered_bills(facts)
    owed = [b for b in bills if b.past_due_on(on)] + credit_status.unpaid_rest(bills, on)
    hyps: list[Hypothesis] = [PayBill(b.bill_id) for b in sorted(owed, key=lambda b: b.due_on)]
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


@dataclass(frozen=True)
class Projection:
    on: date | None
    waits: tuple[Msg, ...] = ()
    assumes: tuple[Assumption, ...] = ()
    # with no date: what is missing for one (empty: the model finds none within the horizon)
    needs: tuple[Msg, ...] = ()


def _assumption(h: Hypothesis, facts: Facts) -> Assumption:
    match h:
        case PayBill(bill_id):
            b = next(b for b in facts.bills if b.bill_id == bill_id)
            params = {"account": b.account_name, "period": b.period, "amount_fen": b.unpaid_fen()}
            return Assumption("repay_bill", params, h)
        case CompleteSecurity(key):
            return Assumption("secure", {"key": key}, h)
        case ResolveIncident(event_id):
            e = next(e for e in facts.incidents if e.id == event_id)
            return Assumption("resolve_incident", {"kind": e.kind, "since": e.occurred_on}, h)
        case CompleteProfile(key):
            return Assumption("complete_profile", {"key": key}, h)
    raise ValueError(f"a projection cannot assume {h!r}")


def _habits(facts: Facts, rules: Rules, today: date, ready: date) -> list[Assumption]:
    """What waiting until ``ready`` counts on the user keeping up, beyond today's actions."""
    if ready <= today:
        return []
    out: list[Assumption] = []
    if facts.bills:
        out.append(Assumption("keep_on_time"))
    _, assumed = consumption.window_on(facts, rules, ready)
    steady = consumption.steady_month(facts.consumption, rules)
    if assumed and steady is not None:
        params = {
            "months": rules.consumption.projection_recent_months,
            "purchases": steady.purchases,
            "spent_fen": steady.spent_fen,
        }
        out.append(Assumption("keep_spending", params))
    pw = next((i for i in facts.security_items if i.key == "password_changed"), None)
    due = account_security.renewal_due_on(pw, rules) if pw is not None else None
    if due is not None and today < due <= ready:
        out.append(Assumption("password_renewed", {"due_on": due}))
    s = facts.sesame
    if s is not None:
        stale_on = s.taken_on + timedelta(days=rules.external_credit.sesame_stale_days + 1)
        if stale_on <= ready:
            out.append(Assumption("sesame_renewed", {"score": s.score, "by": max(stale_on, today)}))
    return out


def _needs(core: Core) -> tuple[Msg, ...]:
    """Why no date: the records missing at the horizon (evidence, a fresh credit report)."""
    needs = [m.msg for m in core.missing]
    if any(b.code == "external_overdue" for b in core.blockers):
        needs.append(Msg("needs.fresh_report"))
    return tuple(dict.fromkeys(needs))


def project(facts: Facts, rules: Rules, on: date) -> Projection:
    """The earliest date an application is likely to succeed if the user does today what
    they can by themselves (``doable_today``) and time passes: windows move on, marks age,
    renewals are kept up, spending goes on as in the latest months. Only the actions the date
    cannot do without are kept in ``assumes``, with the habits waiting counts on."""
    doable = doable_today(facts, rules, on)
    done_facts, _ = apply(facts, doable)
    horizon = on + timedelta(days=rules.projection.horizon_days)
    events = sorted(
        (e for e in time_events(done_facts, rules, on) if e[0] <= horizon), key=lambda e: e[0]
    )
    # the spending window moves at each month's end, with or without a named event
    turns = consumption.month_ends(on, rules.consumption.window_months + 1)
    candidates = sorted({on, *(d for d, _ in events), *(d for d in turns if d <= horizon)})
    for candidate in candidates:
        if score(done_facts, rules, candidate, upkeep=True).verdict != "likely":
            continue
        keep = list(doable)
        for h in reversed(doable):
            trial = [x for x in keep if x != h]
            if score(apply(facts, trial)[0], rules, candidate, upkeep=True).verdict == "likely":
                keep = trial
        waits = tuple(dict.fromkeys(m for d, m in events if d <= candidate))
        assumes = [_assumption(h, facts) for h in keep]
        assumes += _habits(facts, rules, on, candidate)
        return Projection(candidate, waits, tuple(assumes))
    return Projection(None, needs=_needs(score(done_facts, rules, horizon, upkeep=True)))


def pending_application(facts: Facts, rules: Rules, on: date) -> PendingApplication | None:
    """The latest application still under review on ``on``, with its decision window."""
    pending = [a for a in facts.applications if a.status == "pending" and a.submitted_on <= on]
    if not pending:
        return None
    latest = max(pending, key=lambda a: (a.submitted_on, a.id or 0))
    ar = rules.applications
    window = decision_window(latest.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
    return PendingApplication(latest.submitted_on, window.earliest, window.latest)


def _result(key: str, part: Part, rules: Rules, actions: tuple[Action, ...]) -> FactorResult:
    return FactorResult(
        key=key,
        score=part.score,
        band=rules.band(part.score),
        threshold=rules.threshold(key),
        signals=part.signals,
        actions=actions,
        evidence=part.evidence,
        missing=part.missing,
    )


def rank(actions: list[Action]) -> list[Action]:
    return sorted(
        actions,
        key=lambda a: (not a.makes_likely, not a.clears_blocker, -(a.gain or 0), a.gain is None),
    )


def assess(
    facts: Facts,
    rules: Rules | None = None,
    on: date | None = None,
    *,
    projection: bool = True,
    upkeep: bool = False,
) -> Assessment:
    """``upkeep``: scoring a later date as the projection does (renewals kept up)."""
    rules = rules or default_rules()
    core = score(facts, rules, on, upkeep=upkeep)
    factors: dict[str, FactorResult] = {}
    everything: list[Action] = []
    for key in FACTORS:
        part = core.parts[key]
        ranked = tuple(rank([_with_gain(a, facts, rules, core) for a in part.actions]))
        if part.evidence != "enough":
            # the record that supplies the evidence comes before anything scored on none
            ranked = tuple(sorted(ranked, key=lambda a: a.code not in EVIDENCE_ACTIONS))
        factors[key] = _result(key, part, rules, ranked)
        everything += ranked
    proj = project(facts, rules, core.on) if projection else Projection(None)
    return Assessment(
        as_of=core.on,
        verdict=core.verdict,
        overall=core.overall,
        factors=factors,
        blockers=core.blockers,
        projected_ready_on=proj.on,
        waits_for=proj.waits,
        actions=tuple(rank(everything)),
        missing_evidence=core.missing,
        projection_assumes=proj.assumes,
        projection_needs=proj.needs,
        pending_application=pending_application(facts, rules, core.on),
    )


def what_if(
    facts: Facts, hypotheses: list[Hypothesis] | tuple[Hypothesis, ...], rules: Rules | None = None
) -> Assessment:
    """The assessment as it would be after the hypothetical actions; nothing is saved."""
    rules = rules or default_rules()
    # waiting scores the same facts on a later date, as the projection does
    changed, on = apply(facts, hypotheses)
    return assess(changed, rules, on, upkeep=on > facts.as_of)


def top_signal(result: FactorResult) -> Signal | None:
    """The signal that moved the factor most (by absolute points), for the dashboard card."""
    if not result.signals:
        return None
    return min(result.signals, key=lambda s: (-abs(s.impact), s.impact))


@dataclass(frozen=True)
class Scored:
    """An assessment made as of ``today`` with ``rules``, and the facts it rests on (start-up
    scores in a thread and hands this to the session)."""

    today: date
    rules: Rules
    facts: Facts
    assessment: Assessment
