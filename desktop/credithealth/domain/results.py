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
    evidence: str = "enough"  # none | thin | enough
    missing: tuple[MissingEvidence, ...] = ()

    @property
    def passed(self) -> bool:
        """It reaches its mark on evidence enough to trust the score."""
        return self.evidence == "enough" and self.score >= self.threshold

    @property
    def has_data(self) -> bool:
        """False: the score stands on nothing and must be shown as "no data yet"."""
        return self.evidence != "none"


@dataclass(frozen=True)
class MissingEvidence:
    """A record or file that a factor lacks before its score can be trusted."""

    factor: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    page: str = ""  # where it is supplied: repayments, security, profile, spending, scores

    @property
    def msg(self) -> Msg:
        return Msg(f"missing.{self.code}", self.params)


@dataclass(frozen=True)
class Assumption:
    """Something the projected date counts on: an action the user can take today by
    themselves, or a habit kept while time passes."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    hypothesis: Hypothesis | None = None

    @property
    def msg(self) -> Msg:
        return Msg(f"assumes.{self.code}", self.params)


@dataclass(frozen=True)
class PendingApplication:
    applied_on: date
    decision_from: date
    decision_to: date


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
    missing_evidence: tuple[MissingEvidence, ...] = ()
    # what the projected date counts on; with no date, what it would need (missing records)
    projection_assumes: tuple[Assumption, ...] = ()
    projection_needs: tuple[Msg, ...] = ()
    pending_application: PendingApplication | None = None

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
                    "evidence": f.evidence,
                    "signals": [signal(s) for s in f.signals],
                    "actions": [action(a) for a in f.actions],
                }
                for key, f in self.factors.items()
            },
            "blockers": [{"code": b.code, "message": b.msg.render(lang)} for b in self.blockers],
            "missing_evidence": [
                {"factor": m.factor, "code": m.code, "message": m.msg.render(lang)}
                for m in self.missing_evidence
            ],
            "projected_ready_on": (
                self.projected_ready_on.isoformat() if self.projected_ready_on else None
            ),
            "projection_assumes": [
                {"code": x.code, "message": x.msg.render(lang)} for x in self.projection_assumes
            ],
            "pending_application": (
                {
                    "applied_on": p.applied_on.isoformat(),
                    "decision_from": p.decision_from.isoformat(),
                    "decision_to": p.decision_to.isoformat(),
                }
                if (p := self.pending_application) is not None
                else None
            ),
        }
