"""个人信息 personal info: completeness, and not changing details too often."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from credithealth.domain.factors import Part, clamp, evidence_level
from credithealth.domain.factors.evidence import EvidenceRow
from credithealth.domain.facts import Facts
from credithealth.domain.hypotheses import CompleteProfile, WaitUntil
from credithealth.domain.messages import Msg
from credithealth.domain.records import ProfileChange, ProfileItem
from credithealth.domain.results import Action, Blocker, MissingEvidence, Signal
from credithealth.domain.rules import Rules

KEY = "personal_info"


def item_state(item: ProfileItem | None) -> str:
    """``done``, ``not_done`` or ``not_answered`` (no record yet: missing, not "not done")."""
    if item is None:
        return "not_answered"
    return "done" if item.done else "not_done"


def checklist(facts: Facts, rules: Rules) -> tuple[EvidenceRow, ...]:
    """Every item the rules score, in their order: its state and when it was last updated."""
    items = {i.key: i for i in facts.profile_items}
    rows = []
    for key in rules.personal_info.points:
        item = items.get(key)
        state = item_state(item)
        updated = item.updated_on if item is not None and state == "done" else None
        rows.append(EvidenceRow(key, Msg("profile_item." + key), state, {"updated_on": updated}))
    return tuple(rows)


def changes_in_window(facts: Facts, rules: Rules, on: date) -> list[date]:
    w = rules.personal_info.change_window_days
    return sorted(
        (
            c.changed_on
            for c in facts.profile_changes
            if on - timedelta(days=w) < c.changed_on <= on
        ),
        reverse=True,
    )


def change_block_clears_on(facts: Facts, rules: Rules, on: date) -> date | None:
    """The day the number of recent changes falls back to the allowed count; None if not over."""
    pr = rules.personal_info
    recent = changes_in_window(facts, rules, on)
    if len(recent) <= pr.max_changes_in_window:
        return None
    # the (max+1)-th most recent change leaves the window on this day
    return recent[pr.max_changes_in_window] + timedelta(days=pr.change_window_days)


def block_after_change(
    changed_on: Iterable[date], new_on: date, rules: Rules, on: date
) -> tuple[int, date | None]:
    """With one more change on ``new_on`` (besides those on ``changed_on``): how many
    changes the window holds on ``on``, and the day re-applying would stop being
    blocked (None: the change would not block it). For a warning before saving."""
    facts = Facts(
        as_of=on,
        profile_changes=tuple(ProfileChange("", d) for d in (*changed_on, new_on)),
    )
    return len(changes_in_window(facts, rules, on)), change_block_clears_on(facts, rules, on)


def evaluate(facts: Facts, rules: Rules, on: date) -> Part:
    pr = rules.personal_info
    done = {i.key for i in facts.profile_items if i.done}
    signals: list[Signal] = []
    actions: list[Action] = []
    events: list[tuple[date, Signal]] = []
    score = 0
    for key, points in pr.points.items():
        if key in done:
            score += points
        else:
            signals.append(Signal("profile_missing", {"key": key}, -points))
            actions.append(
                Action("complete_profile", KEY, {"key": key}, CompleteProfile(key), page="profile")
            )

    recent = changes_in_window(facts, rules, on)
    blockers: tuple[Blocker, ...] = ()
    if recent:
        penalty = min(pr.change_penalty_max, pr.change_penalty_each * len(recent))
        signals.append(
            Signal(
                "recent_changes", {"count": len(recent), "days": pr.change_window_days}, -penalty
            )
        )
        score -= penalty
        for d in recent:
            events.append(
                (
                    d + timedelta(days=pr.change_window_days),
                    Signal("change_ages_out", {"changed_on": d}),
                )
            )
        clears = change_block_clears_on(facts, rules, on)
        if clears is not None:
            blockers = (
                Blocker(
                    "recent_profile_change",
                    {
                        "count": len(recent),
                        "max": pr.max_changes_in_window,
                        "days": pr.change_window_days,
                        "until": clears,
                    },
                    clears_on=clears,
                ),
            )
            actions.insert(
                0,
                Action("stop_changing", KEY, {"until": clears}, WaitUntil(clears), page="profile"),
            )
        else:
            actions.append(Action("avoid_changes", KEY, {}, page="profile"))
    # evidence: profile items the user answered (filled in or not)
    answered = len({i.key for i in facts.profile_items if i.key in pr.points})
    level = evidence_level(answered, pr.evidence_thin_items, pr.evidence_enough_items)
    missing: tuple[MissingEvidence, ...] = ()
    if level != "enough":
        params = {"answered": answered, "need": pr.evidence_enough_items}
        missing = (MissingEvidence(KEY, "profile_checklist", params, "profile"),)
    final = rules.evidence.none_score if level == "none" else clamp(score)
    if level == "none":
        # nothing answered: say so rather than "missing" for items nobody was asked about
        signals = [s for s in signals if s.code != "profile_missing"]
        signals.insert(0, Signal("no_profile_answers", {}, 0))
    return Part(final, tuple(signals), tuple(actions), blockers, tuple(events), level, missing)
