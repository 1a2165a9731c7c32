"""The five review factors. Each evaluator reads facts on a date and returns its part."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credithealth.domain.results import Action, Blocker, Signal


@dataclass(frozen=True)
class Part:
    """One factor's score before actions get their gains."""

    score: int
    signals: tuple[Signal, ...]
    actions: tuple[Action, ...] = ()
    blockers: tuple[Blocker, ...] = ()
    # dates on which a time-based condition of this factor changes (for the projection)
    events: tuple[tuple[date, Signal], ...] = field(default=())


def clamp(score: int) -> int:
    return max(0, min(100, score))
