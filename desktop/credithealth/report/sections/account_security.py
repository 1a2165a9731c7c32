"""账户安全 account security evidence: the checklist (with renewals) and the incidents,
as ``domain.factors.account_security`` lists them."""

from __future__ import annotations

from credithealth.domain.factors.account_security import checklist, incident_rows
from credithealth.report.model import Table
from credithealth.report.sections.context import Context, day


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    items = checklist(ctx.facts, ctx.rules, ctx.on)
    table = Table(
        columns=tuple(ctx.t(f"report.col.{c}") for c in ("item", "status", "done_on", "due_again")),
        rows=tuple(
            (ctx.msg(r.label), ctx.msg(r.value), day(r.params["done_on"]), day(r.params["due_on"]))
            for r in items
        ),
        align="llll",
        widths=(7, 3, 3, 3),
        title=ctx.t("report.security_title"),
        tones=tuple(r.tone for r in items),
        tone_column=1,
    )
    incidents = incident_rows(ctx.facts, ctx.on)
    events = Table(
        columns=tuple(
            ctx.t(f"report.col.{c}")
            for c in ("kind", "occurred_on", "resolved_on", "status", "notes")
        ),
        rows=tuple(
            (
                ctx.msg(r.label),
                day(r.params["occurred_on"]),
                day(r.params["resolved_on"]),
                ctx.msg(r.value),
                r.params["notes"],
            )
            for r in incidents
        ),
        align="lllll",
        widths=(3, 3, 3, 2, 7),
        empty=ctx.t("report.incidents_none"),
        title=ctx.t("report.incidents_title"),
        tones=tuple(r.tone for r in incidents),
        tone_column=3,
    )
    return (table, events), ()
