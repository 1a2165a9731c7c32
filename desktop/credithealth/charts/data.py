"""What the charts are given and what they tell back: plain data, computed elsewhere.

Series come from ``credithealth.store.series`` and the domain's results; a chart
only draws them. ``Readout`` is what a chart says about the point under the mouse
(or any x the caller asks about), ready to show in a tooltip or a side panel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS, Rules


@dataclass(frozen=True, slots=True)
class Readout:
    """The values at one x: ``key`` identifies the point (a factor key, an ISO date or a
    month "YYYY-MM"), ``title`` and ``lines`` are in the chart's language."""

    key: str
    title: str
    lines: tuple[str, ...] = ()

    def text(self) -> str:
        return "\n".join((self.title, *self.lines))


@dataclass(frozen=True, slots=True)
class RadarData:
    now: Mapping[str, int]  # factor key -> score
    thresholds: Mapping[str, int]
    now_on: date
    before: Mapping[str, int] | None = None  # the same factors some days earlier
    before_on: date | None = None
    no_data: frozenset[str] = frozenset()  # factors without evidence: "no data yet", no score

    @classmethod
    def from_assessments(
        cls, now: Assessment, before: Assessment | None, rules: Rules
    ) -> RadarData:
        return cls(
            now={k: now.factors[k].score for k in FACTORS},
            thresholds={k: rules.threshold(k) for k in FACTORS},
            now_on=now.as_of,
            before={k: before.factors[k].score for k in FACTORS} if before else None,
            before_on=before.as_of if before else None,
            no_data=frozenset(k for k in FACTORS if not now.factors[k].has_data),
        )


@dataclass(frozen=True, slots=True)
class SesameBandSpan:
    key: str  # poor, fair, good, very_good, excellent
    low: int  # first score in the band
    high: int  # last score in the band


@dataclass(frozen=True, slots=True)
class SesameData:
    points: Sequence[tuple[date, int]]
    bands: Sequence[SesameBandSpan] = field(default_factory=tuple)

    @classmethod
    def from_rules(cls, points: Sequence[tuple[date, int]], rules: Rules) -> SesameData:
        ec = rules.external_credit
        floors = [b.floor for b in ec.sesame_bands]
        highs = [f - 1 for f in floors[1:]] + [ec.sesame_max]
        spans = tuple(
            SesameBandSpan(b.band, b.floor, hi)
            for b, hi in zip(ec.sesame_bands, highs, strict=True)
        )
        return cls(tuple(points), spans)
