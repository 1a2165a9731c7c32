"""The five review factors. Each evaluator reads facts on a date and returns its part."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credithealth.domain.results import Action, Blocker, MissingEvidence, Signal

# how much a factor stands on, weakest first
EVIDENCE = ("none", "thin", "enough")


@dataclass(frozen=True)
class Part:
    """One factor's score before actions get their gains."""

    score: int
    signals: tuple[Signal, ...]
    actions: tuple[Action, ...] = ()
    blockers: tuple[Blocker, ...] = ()
    # dates on which a time-based condition of this factor changes (for the projection)
    events: tuple[tuple[date, Signal], ...] = field(default=())
    evidence: str = "enough"
    # what would bring the evidence to "enough" (empty when it is)
    missing: tuple[MissingEvidence, ...] = ()


def clamp(score: int) -> int:
    return max(0, min(100, score))


def evidence_level(count: int, thin: int, enough: int) -> str:
    """``none`` / ``thin`` / ``enough`` from how many records (months, items) there are."""
    if count >= enough:
        return "enough"
    return "thin" if count >= thin else "none"


def fade(points: int, age_days: int, window_days: int) -> int:
    """What is left of ``points`` (a penalty or a credit) ``age_days`` into a window of
    ``window_days`` that it leaves linearly: all of it at 0, none at the end. Rounded up, so
    a penalty never fades faster than the window says."""
    if age_days <= 0:
        return points
    if age_days >= window_days:
        return 0
    return -(-points * (window_days - age_days) // window_days)


def fade_steps(start: date, points: int, window_days: int) -> list[date]:
    """The days on which ``fade(points, ...)`` from ``start`` drops by a point."""
    from datetime import timedelta

    days: set[int] = set()
    for left in range(points):
        # fade(...) <= left once age >= window * (points - left) / points
        days.add(-(-window_days * (points - left) // points))
    return sorted(start + timedelta(days=d) for d in days)
