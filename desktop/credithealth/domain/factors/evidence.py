"""What a factor stands on, described once for every view: the overview card, the
factor's page and the report's section render these, none re-describes the factor.

``standing`` is the factor's band with how much evidence it has (or that it has none);
``missing`` what would make it trustworthy; each factor module lists its records as
``EvidenceRow``s (``account_security.checklist``, ``personal_info.checklist``,
``credit_status.bill_rows`` …): a label, a state code that the catalogue says in words
(``evidence_state.<state>``), the state's tone and the dates that go with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from credithealth.domain.messages import Msg
from credithealth.domain.results import FactorResult

# state -> tone: good (counts), warn (missing or fading), bad (against the user)
TONES = {
    "done": "good",
    "not_done": "bad",
    "not_answered": "warn",
    "due_again": "warn",
    "on_time": "good",
    "late": "warn",
    "past_due": "bad",
    "resolved": "good",
    "open": "bad",
}


@dataclass(frozen=True)
class EvidenceRow:
    """One record a factor stands on: what it is, its state and the dates of that state."""

    key: str  # the item key or record id
    label: Msg
    state: str  # a key of TONES
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def tone(self) -> str:
        return TONES[self.state]

    @property
    def value(self) -> Msg:
        """The state in words ("✓ done", "12 days late")."""
        return Msg("evidence_state." + self.state, dict(self.params))

    @property
    def counts(self) -> bool:
        return self.tone == "good"


def evidence_note(r: FactorResult) -> Msg | None:
    """ "little data" when the score stands on less than enough; None when it is enough."""
    return None if r.evidence == "enough" else Msg("evidence." + r.evidence)


def standing(r: FactorResult) -> tuple[Msg, ...]:
    """The factor's band and, when it is thin, how little it stands on; without evidence
    only that (no band that could read as a grade). Shown joined by " · "."""
    if not r.has_data:
        return (Msg("evidence.none"),)
    note = evidence_note(r)
    return (Msg("band." + r.band),) + ((note,) if note else ())


def standing_text(r: FactorResult, lang: str) -> str:
    return " · ".join(m.render(lang) for m in standing(r))


def missing(r: FactorResult) -> tuple[Msg, ...]:
    """What the factor lacks before its score can be trusted, most useful first."""
    return tuple(m.msg for m in r.missing)
