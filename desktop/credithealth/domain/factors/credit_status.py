"""信用状况 credit status: past-due balance, late bills, how recently an overdue was cleared."""

from __future__ import annotations

from datetime import date, timedelta

from credithealth.domain.factors import Part, clamp, evidence_level
from credithealth.domain.factors.evidence import EvidenceRow
from credithealth.domain.facts import BillFact, Facts
from credithealth.domain.hypotheses import PayBill, WaitUntil
from credithealth.domain.messages import Msg
from credithealth.domain.results import Action, Blocker, MissingEvidence, Signal
from credithealth.domain.rules import Rules

KEY = "credit_status"


def considered_bills(facts: Facts) -> list[BillFact]:
    # Bills due from the facts' date on are assumed to be paid on time when scoring a later date.
    return [b for b in facts.bills if b.due_on < facts.as_of]


def evidence(facts: Facts, rules: Rules) -> tuple[str, tuple[MissingEvidence, ...]]:
    """How many months of the late window (up to the facts' date) have a bill due. Later
    months are not counted: a projection assumes bills keep being paid, it invents none."""
    cs = rules.credit_status
    start = facts.as_of - timedelta(days=cs.late_window_days)
    months = {(b.due_on.year, b.due_on.month) for b in considered_bills(facts) if b.due_on > start}
    level = evidence_level(len(months), cs.evidence_thin_months, cs.evidence_enough_months)
    if level == "enough":
        return level, ()
    params = {"months": len(months), "need": cs.evidence_enough_months}
    return level, (MissingEvidence(KEY, "bills", params, "repayments"),)


def bill_state(b: BillFact, on: date) -> str:
    """``past_due`` (still unpaid after its due date), ``late`` (its minimum was paid late)
    or ``on_time``."""
    if b.past_due_on(on):
        return "past_due"
    return "late" if b.late_on(on) else "on_time"


def bill_rows(facts: Facts, rules: Rules, on: date) -> tuple[EvidenceRow, ...]:
    """The bills due within the late window up to ``on`` (the ones this factor counts),
    oldest first: their state and how many days late, with what was due and paid."""
    start = on - timedelta(days=rules.credit_status.late_window_days)
    bills = sorted(
        (b for b in facts.bills if b.due_on > start),
        key=lambda b: (b.due_on, b.account_name, b.bill_id),
    )
    rows = []
    for b in bills:
        state = bill_state(b, on)
        params = {
            "account": b.account_name,
            "period": b.period,
            "due_on": b.due_on,
            "amount_due_fen": b.amount_due_fen,
            "paid_fen": b.paid_fen,
            "cleared_on": b.cleared_on,
            "days": b.days_late(on) if state != "on_time" else 0,
        }
        rows.append(EvidenceRow(str(b.bill_id), Msg("evidence.bill", params), state, params))
    return tuple(rows)


def unpaid_rest(bills: list[BillFact], on: date) -> list[BillFact]:
    """Bills whose minimum was paid on time but whose rest is still owed on ``on``."""
    return [
        b
        for b in bills
        if b.due_on < on
        and not b.late_on(on)
        and (b.cleared_on is None or b.cleared_on > on)
        and b.unpaid_fen() > 0
    ]


def pay_action(code: str, b: BillFact) -> Action:
    """Pay what is left of bill ``b`` (``repay_bill`` past due, ``repay_rest`` after the minimum)."""
    params = {
        "account": b.account_name,
        "period": b.period,
        "due_on": b.due_on,
        "amount_fen": b.unpaid_fen(),
    }
    return Action(code, KEY, params, PayBill(b.bill_id), page="repayments")


def evaluate(facts: Facts, rules: Rules, on: date) -> Part:
    cs = rules.credit_status
    bills = considered_bills(facts)
    window_start = on - timedelta(days=cs.late_window_days)
    in_window = [b for b in bills if b.due_on > window_start]
    late = [b for b in in_window if b.late_on(on)]
    past_due = sorted((b for b in bills if b.past_due_on(on)), key=lambda b: b.due_on)

    signals: list[Signal] = []
    actions: list[Action] = []
    events: list[tuple[date, Signal]] = []

    if late:
        n = len(late)
        signals.append(
            Signal(
                "late_bills",
                {"count": n, "days": cs.late_window_days},
                -min(cs.late_penalty_max, cs.late_penalty_each * n),
            )
        )
        worst = max(late, key=lambda b: b.days_late(on))
        days = worst.days_late(on)
        penalty = 0
        if days > cs.very_long_late_days:
            penalty = cs.very_long_late_penalty
        elif days > cs.long_late_days:
            penalty = cs.long_late_penalty
        signals.append(
            Signal(
                "longest_late",
                {"days": days, "due_on": worst.due_on, "account": worst.account_name},
                -penalty,
            )
        )
        for b in late:
            leaves = b.due_on + timedelta(days=cs.late_window_days)
            events.append(
                (leaves, Signal("late_ages_out", {"due_on": b.due_on, "account": b.account_name}))
            )

    # how recently the last overdue was cleared; an uncleared one weighs at least as much
    late_all = [b for b in bills if b.late_on(on)]
    if past_due:
        signals.append(
            Signal("clear_pending", {"due_on": past_due[0].due_on}, -cs.recent_clear_penalty)
        )
    elif late_all:
        cleared = [b for b in late_all if b.cleared_on is not None and b.cleared_on <= on]
        if cleared:
            last = max(cleared, key=lambda b: b.cleared_on or date.min)
            assert last.cleared_on is not None
            since = (on - last.cleared_on).days
            params = {"due_on": last.due_on, "cleared_on": last.cleared_on, "days": since}
            if since < cs.recent_clear_days:
                signals.append(Signal("recently_cleared", params, -cs.recent_clear_penalty))
            elif since < cs.settling_days:
                signals.append(Signal("settling", params, -cs.settling_penalty))
            else:
                signals.append(Signal("cleared_long_ago", params, 0))
            for days in (cs.recent_clear_days, cs.settling_days):
                until = last.cleared_on + timedelta(days=days)
                events.append(
                    (
                        until,
                        Signal(
                            "after_clear",
                            {"due_on": last.due_on, "cleared_on": last.cleared_on, "days": days},
                        ),
                    )
                )
            if since < cs.settling_days:
                wait_to = last.cleared_on + timedelta(
                    days=cs.recent_clear_days if since < cs.recent_clear_days else cs.settling_days
                )
                actions.append(
                    Action(
                        "wait_after_clear",
                        KEY,
                        {"until": wait_to, "due_on": last.due_on},
                        WaitUntil(wait_to),
                        page="overview",
                    )
                )

    rest = sorted(unpaid_rest(bills, on), key=lambda b: (b.due_on, b.bill_id))
    if rest:
        signals.append(
            Signal(
                "unpaid_balance",
                {"count": len(rest), "amount_fen": sum(b.unpaid_fen() for b in rest)},
                -min(cs.unpaid_balance_max, cs.unpaid_balance_penalty_each * len(rest)),
            )
        )
        for b in rest:
            actions.append(pay_action("repay_rest", b))

    failed = [d for d in facts.failed_repayments if window_start < d <= on]
    if failed:
        signals.append(
            Signal(
                "failed_repayments",
                {"count": len(failed), "last": max(failed)},
                -min(cs.failed_repayment_max, cs.failed_repayment_penalty * len(failed)),
            )
        )
        for d in failed:
            events.append(
                (d + timedelta(days=cs.late_window_days), Signal("failed_ages_out", {"on": d}))
            )

    if in_window:
        on_time = sum(1 for b in in_window if not b.late_on(on))
        signals.append(Signal("on_time_rate", {"on_time": on_time, "total": len(in_window)}, 0))
    else:
        signals.append(Signal("no_bills", {}, 0))
        actions.append(Action("add_bills", KEY, {}, page="repayments"))

    score = clamp(cs.base + sum(s.impact for s in signals))
    blockers: list[Blocker] = []
    if past_due:
        amount = sum(b.unpaid_fen() for b in past_due)
        capped = min(score, cs.past_due_cap)
        signals.insert(
            0,
            Signal(
                "past_due",
                {"amount_fen": amount, "count": len(past_due), "since": past_due[0].due_on},
                capped - score,
            ),
        )
        score = capped
        blockers.append(
            Blocker(
                "current_overdue",
                {
                    "amount_fen": amount,
                    "count": len(past_due),
                    "since": past_due[0].due_on,
                    "account": past_due[0].account_name,
                },
            )
        )
        for b in past_due:
            actions.insert(0, pay_action("repay_bill", b))
    elif late:
        actions.append(Action("keep_on_time", KEY, {}, page="repayments"))

    level, missing = evidence(facts, rules)
    if level == "none":
        score = rules.evidence.none_score
    return Part(
        score, tuple(signals), tuple(actions), tuple(blockers), tuple(events), level, missing
    )
