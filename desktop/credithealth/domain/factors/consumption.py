"""消费行为 consumption: steady, moderate spending; no large spends or cash-outs on credit."""

from __future__ import annotations

from datetime import date, timedelta
from math import isqrt

from credithealth.domain.factors import Part, clamp
from credithealth.domain.factors.credit_status import considered_bills
from credithealth.domain.facts import Facts
from credithealth.domain.results import Action, Signal
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


def evaluate(facts: Facts, rules: Rules, on: date) -> Part:
    cr = rules.consumption
    c = facts.consumption
    if not c.has_data:
        return Part(
            cr.no_data_score,
            (Signal("no_spending_data", {}, cr.no_data_score - 100),),
            (Action("import_bills", KEY, {}, page="spending"),),
        )
    signals: list[Signal] = []
    actions: list[Action] = []
    months = list(c.months)
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

    return Part(clamp(sum(s.impact for s in signals)), tuple(signals), tuple(actions))
