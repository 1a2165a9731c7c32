"""What every section reads: the records as of the report date, their assessment, the
language; and the few ways of saying things that more than one section shares."""

from __future__ import annotations

from datetime import date

from credithealth.domain.assess import assess
from credithealth.domain.facts import Facts
from credithealth.domain.labels import label
from credithealth.domain.messages import Msg
from credithealth.domain.records import Application
from credithealth.domain.results import Action, Assessment
from credithealth.domain.rules import FACTORS, Rules
from credithealth.domain.workdays import decision_window, unofficial_note
from credithealth.report.model import FactorScore
from credithealth.report.texts import t
from credithealth.store.database import Database
from credithealth.store.facts import load_facts


def points(n: int, lang: str) -> str:
    return t("report.point" if abs(n) == 1 else "report.points", lang, points=f"{n:+d}")


def day(d: date | None) -> str:
    """A date as the tables print it: ISO, or "—" when there is none."""
    return d.isoformat() if d else "—"


def tone(n: int) -> str:
    return "good" if n > 0 else "bad" if n < 0 else ""


class Context:
    def __init__(self, db: Database, on: date, lang: str, rules: Rules) -> None:
        self.db, self.on, self.lang, self.rules = db, on, lang, rules
        self.facts: Facts = load_facts(db, on, rules)
        self.result: Assessment = assess(self.facts, rules, on)

    def t(self, code: str, **params: object) -> str:
        return t(code, self.lang, **params)

    def msg(self, m: Msg) -> str:
        return m.render(self.lang)

    def join(self, items: list[str]) -> str:
        return self.t("report.list_sep").join(items)

    def factor_scores(self) -> tuple[FactorScore, ...]:
        out = []
        for key in FACTORS:
            f = self.result.factors[key]
            out.append(
                FactorScore(
                    key=key,
                    name=self.msg(Msg(f"factor.{key}")),
                    score=f.score,
                    band=f.band,
                    band_name=self.msg(
                        Msg(f"band.{f.band}") if f.has_data else Msg("evidence.none")
                    ),
                    threshold=f.threshold,
                    weight=self.rules.overall.weights[key],
                    passed=f.passed,
                    shown="" if f.has_data else "—",
                )
            )
        return tuple(out)

    def pending(self) -> Application | None:
        pend = [a for a in self.facts.applications if a.status == "pending"]
        return pend[-1] if pend else None

    def window_text(self, app: Application) -> tuple[str, str | None]:
        ar = self.rules.applications
        w = decision_window(app.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
        note = unofficial_note(w)
        return (
            self.t(
                "report.pending_since",
                on=app.submitted_on,
                channel=label("application_channel", app.channel, self.lang),
                earliest=w.earliest,
                latest=w.latest,
            ),
            self.msg(note) if note else None,
        )

    def gain_text(self, a: Action) -> str:
        parts = []
        if a.gain is None:
            parts.append(self.t("report.gain_unknown"))
        elif a.gain:
            parts.append(points(a.gain, self.lang))
        if a.makes_likely:
            parts.append(self.t("report.makes_likely"))
        if a.clears_blocker:
            parts.append(self.t("report.clears_blocker"))
        return "; ".join(parts) if self.lang == "en" else "；".join(parts)
