"""The plan: every action as a box to tick, with its factor and what it gains."""

from __future__ import annotations

from credithealth.domain.messages import Msg
from credithealth.domain.rules import FACTORS
from credithealth.report.model import (
    Section,
    Table,
)
from credithealth.report.sections.context import Context


def plan(ctx: Context) -> Section:
    names = {k: ctx.msg(Msg(f"factor.{k}")) for k in FACTORS}
    rows = tuple(
        ("□", ctx.msg(a.msg), names.get(a.factor, ""), ctx.gain_text(a)) for a in ctx.result.actions
    )
    table = Table(
        columns=(
            "",
            ctx.t("report.col.todo"),
            ctx.t("report.col.factor"),
            ctx.t("report.col.gain"),
        ),
        rows=rows,
        align="clll",
        widths=(1, 11, 3, 5),
        empty=ctx.t("report.plan_none"),
        tones=tuple(
            "good" if (a.makes_likely or a.clears_blocker) else "" for a in ctx.result.actions
        ),
    )
    return Section(ctx.t("report.section.plan"), (ctx.t("report.plan_intro"),), (table,))
