"""账户安全 account security evidence: the checklist (with renewals) and the incidents."""

from __future__ import annotations

from credithealth.domain.factors.account_security import renewal_due_on
from credithealth.domain.messages import Msg
from credithealth.report.model import Table
from credithealth.report.sections.context import Context


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    items = {i.key: i for i in ctx.facts.security_items}
    rows, tones = [], []
    for key in ctx.rules.account_security.points:
        item = items.get(key)
        due = renewal_due_on(item, ctx.rules) if item else None
        if item is None:  # never answered: missing, not "not done"
            status, tn = ctx.t("report.not_answered"), "warn"
        elif not item.done:
            status, tn = ctx.t("report.not_done"), "bad"
        elif due is not None and ctx.on >= due:
            status, tn = ctx.t("report.expired"), "warn"
        else:
            status, tn = ctx.t("report.done"), "good"
        rows.append(
            (
                ctx.msg(Msg(f"security_item.{key}")),
                status,
                item.done_on.isoformat() if item and item.done and item.done_on else "—",
                due.isoformat() if due else "—",
            )
        )
        tones.append(tn)
    checklist = Table(
        columns=tuple(ctx.t(f"report.col.{c}") for c in ("item", "status", "done_on", "due_again")),
        rows=tuple(rows),
        align="llll",
        widths=(7, 3, 3, 3),
        title=ctx.t("report.security_title"),
        tones=tuple(tones),
        tone_column=1,
    )
    rows, tones = [], []
    for e in ctx.facts.incidents:
        resolved = e.resolved_on is not None and e.resolved_on <= ctx.on
        rows.append(
            (
                ctx.msg(Msg(f"security_event.{e.kind}")),
                e.occurred_on.isoformat(),
                e.resolved_on.isoformat() if resolved and e.resolved_on else "—",
                ctx.t("report.incident.resolved" if resolved else "report.incident.open"),
                e.notes,
            )
        )
        tones.append("good" if resolved else "bad")
    incidents = Table(
        columns=tuple(
            ctx.t(f"report.col.{c}")
            for c in ("kind", "occurred_on", "resolved_on", "status", "notes")
        ),
        rows=tuple(rows),
        align="lllll",
        widths=(3, 3, 3, 2, 7),
        empty=ctx.t("report.incidents_none"),
        title=ctx.t("report.incidents_title"),
        tones=tuple(tones),
        tone_column=3,
    )
    return (checklist, incidents), ()
