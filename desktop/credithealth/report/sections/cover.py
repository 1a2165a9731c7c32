"""The cover: the verdict, the overall score, the key facts (when, what it waits for, what blocks, what is missing) and the five factors' scores."""

from __future__ import annotations

from credithealth import APP_NAME, APP_NAME_ZH
from credithealth.domain.explain import overall_text, verdict_msg
from credithealth.domain.messages import Msg
from credithealth.report.model import (
    Cover,
    Table,
)
from credithealth.report.sections.context import Context


def cover(ctx: Context) -> Cover:
    r = ctx.result
    if r.projected_ready_on is None and r.projection_needs:
        listed = {m.msg for m in r.missing_evidence}
        extra = [ctx.msg(m) for m in r.projection_needs if m not in listed]
        needs = ctx.join(extra or [ctx.t("report.missing_below")])
        projected = ctx.t("report.projected_needs", needs=needs)
    elif r.projected_ready_on is None:
        projected = ctx.t("report.projected_none", days=ctx.rules.projection.horizon_days)
    elif r.projected_ready_on == ctx.on and not r.projection_assumes:
        projected = r.projected_ready_on.isoformat()
    elif r.projected_ready_on == ctx.on:
        projected = ctx.t("report.projected_today", on=r.projected_ready_on)
    else:
        projected = r.projected_ready_on.isoformat()
    waits = [ctx.msg(m) for m in r.waits_for] or [ctx.t("report.nothing_to_wait")]
    blockers = [ctx.msg(b.msg) for b in r.blockers] or [ctx.t("report.no_blockers")]
    pending = ctx.pending()
    pending_text = ctx.window_text(pending)[0] if pending else ctx.t("report.none")
    assumes = [ctx.msg(x.msg) for x in r.projection_assumes]
    missing = [ctx.msg(m.msg) for m in r.missing_evidence]
    facts = Table(
        columns=("", ""),
        rows=(
            (ctx.t("report.projected"), projected),
            *([(ctx.t("report.assumes"), "\n".join(assumes))] if assumes else []),
            (ctx.t("report.waits_for"), "\n".join(waits)),
            (ctx.t("report.blockers"), "\n".join(blockers)),
            *([(ctx.t("report.missing"), "\n".join(missing))] if missing else []),
            (ctx.t("report.pending_application"), pending_text),
        ),
        align="ll",
        widths=(1, 3),
        title=ctx.t("report.key_facts"),
    )
    return Cover(
        title=ctx.t("report.title"),
        app_name=f"{APP_NAME_ZH} {APP_NAME}",
        verdict=r.verdict,
        verdict_short=ctx.msg(Msg(f"verdict_short.{r.verdict}")),
        verdict_sentence=ctx.msg(verdict_msg(r)),
        overall=overall_text(r),
        overall_note=ctx.t("report.overall_mark", threshold=ctx.rules.overall.threshold),
        data_as_of=ctx.t("report.data_as_of", on=ctx.on),
        facts=facts,
        factors=ctx.factor_scores(),
        disclaimer_title=ctx.t("report.disclaimer_title"),
        disclaimer=ctx.t("report.disclaimer"),
    )
