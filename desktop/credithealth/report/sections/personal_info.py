"""个人信息 personal info evidence: the profile checklist (as ``domain.factors.personal_info``
lists it) and recent changes."""

from __future__ import annotations

from credithealth.domain.factors.personal_info import checklist
from credithealth.domain.messages import Msg
from credithealth.report.model import Table
from credithealth.report.sections.context import Context, day
from credithealth.store import checklists

RECENT_CHANGE_DAYS = 90


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    items = checklist(ctx.facts, ctx.rules)
    profile = Table(
        columns=tuple(ctx.t(f"report.col.{c}") for c in ("item", "status", "updated_on")),
        rows=tuple(
            (ctx.msg(r.label), ctx.msg(r.value), day(r.params["updated_on"])) for r in items
        ),
        align="lll",
        widths=(6, 3, 3),
        title=ctx.t(
            "report.profile_title", done=sum(1 for r in items if r.counts), total=len(items)
        ),
        tones=tuple(r.tone for r in items),
        tone_column=1,
    )
    changes = checklists.profile_changes_within(ctx.db, ctx.on, RECENT_CHANGE_DAYS)
    recent = Table(
        columns=(ctx.t("report.col.item"), ctx.t("report.col.date")),
        rows=tuple(
            (ctx.msg(Msg(f"profile_item.{c.key}")), c.changed_on.isoformat()) for c in changes
        ),
        align="ll",
        widths=(6, 6),
        empty=ctx.t("report.changes_none"),
        title=ctx.t("report.changes_title", days=RECENT_CHANGE_DAYS),
    )
    return (profile, recent), ()
