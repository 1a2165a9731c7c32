"""What an assessment says: factor scores with their signals and actions, blockers, verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from credithealth.domain.hypotheses import Hypothesis
from credithealth.domain.messages import Msg


@dataclass(frozen=True)
class Signal:
    """Something in the records that moved a factor, and by how many points."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    impact: int = 0

    @property
    def msg(self) -> Msg:
        return Msg(f"signal.{self.code}", self.params)


@dataclass(frozen=True)
class Action:
    """A next step that would raise a factor. ``gain`` is the overall points it would add
    (computed by scoring the hypothesis), None where it cannot be estimated (a habit)."""

    code: str
    factor: str
    params: dict[str, Any] = field(default_factory=dict)
    hypothesis: Hypothesis | None = None
    gain: int | None = None
    clears_blocker: bool = False
    makes_likely: bool = False  # on its own, it turns the verdict to "likely"
    # the page where it is done: repayments, security, profile, scores, spending, applications
    page: str = ""

    @property
    def msg(self) -> Msg:
        return Msg(f"action.{self.code}", self.params)


@dataclass(frozen=True)
class FactorResult:
    key: str
    score: int
    band: str
    threshold: int
    signals: tuple[Signal, ...]
    actions: tuple[Action, ...]

    @property
    def passed(self) -> bool:
        return self.score >= self.threshold


@dataclass(frozen=True)
class Blocker:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    clears_on: date | None = None  # None: it clears by an action, not by time

    @property
    def msg(self) -> Msg:
        return Msg(f"blocker.{self.code}", self.params)


@dataclass(frozen=True)
class Assessment:
    as_of: date
    verdict: str
    overall: int
    factors: dict[str, FactorResult]
    blockers: tuple[Blocker, ...]
    projected_ready_on: date | None = None
    # what the projected date waits for ("30 days after the overdue of ... was cleared")
    waits_for: tuple[Msg, ...] = ()
    # every action, best first: those that clear a blocker, then by gain
    actions: tuple[Action, ...] = ()

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The shape of ``credit-health assess --json``."""

        def signal(s: Signal) -> dict[str, Any]:
            return {"code": s.code, "impact": s.impact, "message": s.msg.render(lang)}

        def action(a: Action) -> dict[str, Any]:
            return {"code": a.code, "gain": a.gain, "message": a.msg.render(lang)}

        return {
            "as_of": self.as_of.isoformat(),
            "verdict": self.verdict,
            "overall": self.overall,
            "factors": {
                key: {
                    "score": f.score,
                    "band": f.band,
                    "threshold": f.threshold,
                    "signals": [signal(s) for s in f.signals],
                    "actions": [action(a) for a in f.actions],
                }
                for key, f in self.factors.items()
            },
            "blockers": [{"code": b.code, "message": b.msg.render(lang)} for b in self.blockers],
            "projected_ready_on": (
                self.projected_ready_on.isoformat() if self.projected_ready_on else None
            ),
        }
