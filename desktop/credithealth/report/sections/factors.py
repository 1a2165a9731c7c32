"""Each factor's section: its score line, signals and actions (from the assessment), then the evidence its own module lists."""

from __future__ import annotations

from credithealth.domain.messages import Msg
from credithealth.domain.results import Action, Signal
from credithealth.report.model import (
    FactorSection,
    Line,
)
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


def factor_sections(ctx: Context) -> tuple[FactorSection, ...]:
    out = []
    for score in ctx.factor_scores():
        f = ctx.result.factors[score.key]
        tables, notes = EVIDENCE[score.key].evidence(ctx)
        out.append(
            FactorSection(
                factor=score,
                summary=ctx.t(
                    "report.factor_line",
                    score=f.score,
                    band=f.band,
                    threshold=f.threshold,
                    weight=score.weight,
                )
                + ("" if f.evidence == "enough" else " · " + ctx.msg(Msg("evidence.thin")))
                + "".join("\n" + ctx.msg(m.msg) for m in f.missing)
                if f.has_data
                else ctx.t("report.factor_no_data", threshold=f.threshold, weight=score.weight)
                + "".join("\n" + ctx.msg(m.msg) for m in f.missing),
                signals=tuple(signal_line(ctx, s) for s in f.signals),
                actions=tuple(action_line(ctx, a) for a in f.actions),
                tables=tables,
                notes=notes,
                chart="spending" if score.key == "consumption" else "",
                chart_caption=ctx.t("report.chart.spending") if score.key == "consumption" else "",
            )
        )
    return tuple(out)
