"""How a verdict is put into words, the same for the overview, the CLI and the PDF: the
verdict sentence (aware of an application under review), the weights and thresholds it
was measured against, and what a factor without evidence needs."""

from __future__ import annotations

from credithealth.domain.messages import Msg
from credithealth.domain.results import Assessment, FactorResult
from credithealth.domain.rules import FACTORS, Rules


def verdict_msg(a: Assessment) -> Msg:
    """The verdict's sentence; with an application under review, "likely" says no new one
    is needed rather than inviting one."""
    if a.pending_application is not None and a.verdict == "likely":
        return Msg("verdict.likely_pending")
    return Msg(f"verdict.{a.verdict}")


def overall_text(a: Assessment) -> str:
    """The overall score as shown: none while a factor has no evidence, since a weighted
    sum that counts the missing factors as 0 would read as a (poor) grade."""
    return "—" if a.verdict == "needs_data" else str(a.overall)


def recordable_verdict(verdict: str) -> str | None:
    """The verdict kept beside an application: "needs_data" is no estimate at all, so it is
    kept as none ("not estimated") rather than as a prediction."""
    return None if verdict == "needs_data" else verdict


def pending_msg(a: Assessment) -> Msg | None:
    p = a.pending_application
    if p is None:
        return None
    return Msg(
        "verdict.pending",
        {
            "applied_on": p.applied_on,
            "decision_from": p.decision_from,
            "decision_to": p.decision_to,
        },
    )


def _list(lang: str, items: list[str]) -> str:
    return ("、" if lang == "zh_CN" else ", ").join(items)


def rules_lines(rules: Rules, lang: str) -> list[str]:
    """The weights and thresholds a verdict is measured against, and that they are ours."""
    weights = _list(
        lang,
        [
            Msg(
                "explain.weight",
                {"factor": Msg(f"factor.{k}"), "pct": rules.overall.weights[k]},
            ).render(lang)
            for k in FACTORS
        ],
    )
    marks = _list(
        lang,
        [
            Msg(
                "explain.mark", {"factor": Msg(f"factor.{k}"), "threshold": rules.threshold(k)}
            ).render(lang)
            for k in FACTORS
        ],
    )
    return [
        Msg("explain.weights", {"parts": weights}).render(lang),
        Msg("explain.thresholds", {"overall": rules.overall.threshold, "marks": marks}).render(
            lang
        ),
        Msg("explain.estimate").render(lang),
    ]


def no_data_text(f: FactorResult, lang: str) -> str:
    """What a factor without evidence shows instead of a score."""
    missing = "; ".join(m.msg.render(lang) for m in f.missing)
    return Msg("explain.no_data", {"missing": missing}).render(lang)
