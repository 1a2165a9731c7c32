"""Each factor's section: its score line (band, how much evidence, what is missing, as
``domain.factors.evidence`` says them), its signals and actions from the assessment, then
the evidence tables of the module named for the factor."""

from __future__ import annotations

from credithealth.domain.factors.evidence import evidence_note, missing
from credithealth.domain.results import Action, FactorResult, Signal
from credithealth.report.model import FactorSection, Line
from credithealth.report.sections import (
    account_security,
    consumption,
    credit_status,
    external_credit,
    personal_info,
)
from credithealth.report.sections.context import Context, points, tone

# each factor's evidence, in the module named for it
EVIDENCE = {
    "credit_status": credit_status,
    "account_security": account_security,
    "personal_info": personal_info,
    "consumption": consumption,
    "external_credit": external_credit,
}


def signal_line(ctx: Context, s: Signal) -> Line:
    return Line(ctx.msg(s.msg), points(s.impact, ctx.lang) if s.impact else "", tone(s.impact))


def action_line(ctx: Context, a: Action) -> Line:
    good = a.makes_likely or a.clears_blocker or bool(a.gain)
    return Line(ctx.msg(a.msg), ctx.gain_text(a), "good" if good else "")


def summary(ctx: Context, f: FactorResult, weight: int) -> str:
    """ "84 / 100 · good · pass mark 70 · weight 35%", how little it stands on, what is missing."""
    if f.has_data:
        line = ctx.t(
            "report.factor_line", score=f.score, band=f.band, threshold=f.threshold, weight=weight
        )
        note = evidence_note(f)
        line += " · " + ctx.msg(note) if note else ""
    else:
        line = ctx.t("report.factor_no_data", threshold=f.threshold, weight=weight)
    return line + "".join("\n" + ctx.msg(m) for m in missing(f))


def factor_sections(ctx: Context) -> tuple[FactorSection, ...]:
    out = []
    for score in ctx.factor_scores():
        f = ctx.result.factors[score.key]
        tables, notes = EVIDENCE[score.key].evidence(ctx)
        spending = score.key == "consumption"
        out.append(
            FactorSection(
                factor=score,
                summary=summary(ctx, f, score.weight),
                signals=tuple(signal_line(ctx, s) for s in f.signals),
                actions=tuple(action_line(ctx, a) for a in f.actions),
                tables=tables,
                notes=notes,
                chart="spending" if spending else "",
                chart_caption=ctx.t("report.chart.spending") if spending else "",
            )
        )
    return tuple(out)
