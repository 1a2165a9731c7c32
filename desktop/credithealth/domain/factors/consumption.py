"""消费行为 consumption: steady, moderate spending; no large spends or cash-outs on credit."""

from __future__ import annotations

from datetime import date, timedelta
from math import isqrt

from credithealth.domain.factors import Part, clamp, evidence_level
from credithealth.domain.factors.credit_status import considered_bills
from credithealth.domain.facts import ConsumptionFacts, Facts, MonthSpend
from credithealth.domain.months import (
    add_months,
    is_month_end,
    month_end,
    month_key,
    month_start,
    shift_key,
)
from credithealth.domain.months import last_complete_month as last_full_month
from credithealth.domain.results import Action, MissingEvidence, Signal
from credithealth.domain.rules import Rules

KEY = "consumption"


def spread_pct(amounts: list[int]) -> int | None:
    """Standard deviation as a percent of the mean, in integers; None when nothing was spent."""
    n = len(amounts)
    total = sum(amounts)
    if n == 0 or total == 0:
        return None
    # variance * n^2 = n*sum(x^2) - (sum x)^2, all in integers
    var_n2 = n * sum(a * a for a in amounts) - total * total
    return isqrt(max(0, var_n2)) * 100 // total


# -- the window on a later date (for the projection) -----------------------------------------


def last_complete_month(on: date) -> str:
    """The latest calendar month complete on ``on`` (the store's window ends with it)."""
    return month_key(last_full_month(on))


def month_ends(after: date, count: int) -> list[date]:
    """The next ``count`` last-days-of-month after ``after``: the window moves on each."""
    start = 1 if is_month_end(after) else 0  # after's own month end, unless it is that day
    return [month_end(add_months(month_start(after), k)) for k in range(start, start + count)]


def steady_month(c: ConsumptionFacts, rules: Rules) -> MonthSpend | None:
    """A month as the user spent in their latest months (averaged, in integers), with no large
    purchase and no cash-out: what the projection assumes for months still to come. None when
    those months had no purchases (then nothing accumulates)."""
    recent = list(c.months)[-rules.consumption.projection_recent_months :]
    if not recent or not any(m.purchases for m in recent):
        return None
    n = len(recent)
    return MonthSpend(
        month="",
        purchases=sum(m.purchases for m in recent) // n,
        spent_fen=sum(m.spent_fen for m in recent) // n,
        huabei_fen=sum(m.huabei_fen for m in recent) // n,
        large_count=0,
        large_fen=0,
        cashouts=0,
    )


def window_on(facts: Facts, rules: Rules, on: date) -> tuple[list[MonthSpend], int]:
    """The window's months on ``on``: the facts' months still inside it, then months after
    the facts' date as the user spends now (``steady_month``); and how many were assumed."""
    c = facts.consumption
    months = list(c.months)
    if on <= facts.as_of or not months:
        return months, 0
    shift = 0
    last_known = months[-1].month
    last = last_complete_month(on)
    while shift_key(last_known, shift) < last:
        shift += 1
    if shift == 0:
        return months, 0
    steady = steady_month(c, rules)
    added = [
        replace_month(steady, shift_key(last_known, k + 1))
        if steady is not None
        else MonthSpend(shift_key(last_known, k + 1), 0, 0, 0, 0, 0, 0)
        for k in range(shift)
    ]
    window = (months + added)[-len(months) :]
    return window, sum(1 for m in window if m.month > last_known)


def replace_month(m: MonthSpend, month: str) -> MonthSpend:
    return MonthSpend(
        month, m.purchases, m.spent_fen, m.huabei_fen, m.large_count, m.large_fen, m.cashouts
    )


def leaving_events(facts: Facts, rules: Rules) -> list[tuple[date, Signal]]:
    """When months with a cash-out, a large purchase or too few purchases leave the window."""
    cr = rules.consumption
    months = list(facts.consumption.months)
    events: list[tuple[date, Signal]] = []
    for k, end in enumerate(month_ends(facts.as_of, len(months))):
        leaving = months[k]
        if leaving.cashouts:
            events.append((end, Signal("cashouts_leave", {"month": leaving.month})))
        if leaving.large_count:
            events.append((end, Signal("large_leaves", {"month": leaving.month})))
        if leaving.purchases < cr.active_month_min_purchases:
            events.append((end, Signal("quiet_month_leaves", {"month": leaving.month})))
    return events


def month_huabei_pct(m: MonthSpend) -> int:
    """Huabei's share of one month's spending, to the nearest percent (0 for no spending)."""
    return (m.huabei_fen * 200 + m.spent_fen) // (2 * m.spent_fen) if m.spent_fen else 0


def evidence(months: list[MonthSpend], has_data: bool, rules: Rules) -> tuple[str, int]:
    cr = rules.consumption
    with_purchases = sum(1 for m in months if m.purchases > 0)
    level = evidence_level(with_purchases, cr.evidence_thin_months, cr.evidence_enough_months)
    if level == "none" and has_data:
        level = "thin"  # transactions older than the window: something, but not this window
    return level, with_purchases


def evaluate(facts: Facts, rules: Rules, on: date) -> Part:
    cr = rules.consumption
    c = facts.consumption
    months, _ = window_on(facts, rules, on)
    level, covered = evidence(months, c.has_data, rules)
    missing: tuple[MissingEvidence, ...] = ()
    if level != "enough":
        params = {"months": covered, "need": cr.evidence_enough_months, "window": cr.window_months}
        missing = (MissingEvidence(KEY, "spending", params, "spending"),)
    if not c.has_data:
        return Part(
            rules.evidence.none_score,
            (Signal("no_spending_data", {}, 0),),
            (Action("import_bills", KEY, {}, page="spending"),),
            events=tuple(leaving_events(facts, rules)),
            evidence=level,
            missing=missing,
        )
    signals: list[Signal] = []
    actions: list[Action] = []
    total = sum(m.spent_fen for m in months)

    active = sum(1 for m in months if m.purchases >= cr.active_month_min_purchases)
    signals.append(
        Signal(
            "active_months",
            {"active": active, "months": len(months)},
            active * cr.active_month_points,
        )
    )
    if active < len(months):
        actions.append(Action("spend_steadily", KEY, {}, page="spending"))

    spread = spread_pct([m.spent_fen for m in months])
    if spread is not None:
        points = 0
        if spread <= cr.steady_spread_pct:
            points = cr.steady_points
        elif spread <= cr.uneven_spread_pct:
            points = cr.uneven_points
        signals.append(Signal("spending_spread", {"pct": spread}, points))
        if points < cr.steady_points and "spend_steadily" not in {a.code for a in actions}:
            actions.append(Action("spend_steadily", KEY, {}, page="spending"))

    large_fen = sum(m.large_fen for m in months)
    large_count = sum(m.large_count for m in months)
    if total > 0:
        share = large_fen * 100 // total
        points = 0
        if share <= cr.large_share_low_pct:
            points = cr.large_share_low_points
        elif share <= cr.large_share_mid_pct:
            points = cr.large_share_mid_points
        signals.append(
            Signal(
                "large_share",
                {"pct": share, "count": large_count, "threshold_fen": c.large_threshold_fen},
                points,
            )
        )
        if points < cr.large_share_low_points:
            actions.append(Action("avoid_large", KEY, {}, page="spending"))
    if large_count > cr.large_count_max:
        signals.append(Signal("many_large", {"count": large_count}, -cr.large_count_penalty))

    cashouts = sum(m.cashouts for m in months)
    if cashouts == 0:
        signals.append(Signal("no_cashouts", {}, cr.no_cashout_points))
    else:
        signals.append(Signal("cashouts", {"count": cashouts}, -cr.cashout_penalty_each * cashouts))
        actions.append(Action("avoid_cashout", KEY, {"count": cashouts}, page="spending"))

    if total > 0:
        huabei = sum(m.huabei_fen for m in months) * 100 // total
        impact = 0
        if huabei >= cr.huabei_heavy_pct:
            impact = -cr.huabei_heavy_penalty
            actions.append(Action("moderate_huabei", KEY, {"pct": huabei}, page="spending"))
        elif huabei <= cr.huabei_share_max_pct:
            impact = cr.huabei_moderate_points
        signals.append(Signal("huabei_share", {"pct": huabei}, impact))

    window_start = on - timedelta(days=rules.credit_status.late_window_days)
    bills = [b for b in considered_bills(facts) if b.due_on > window_start]
    if bills and not any(b.late_on(on) for b in bills):
        signals.append(Signal("bills_on_time", {"count": len(bills)}, cr.on_time_points))

    if c.categories >= cr.variety_min_categories:
        signals.append(Signal("variety", {"count": c.categories}, cr.variety_points))

    score = rules.evidence.none_score if level == "none" else clamp(sum(s.impact for s in signals))
    return Part(
        score,
        tuple(signals),
        tuple(actions),
        events=tuple(leaving_events(facts, rules)),
        evidence=level,
        missing=missing,
    )
