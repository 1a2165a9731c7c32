"""身份信息 personal info evidence: the profile checklist and recent changes."""

from __future__ import annotations

from credithealth.domain.messages import Msg
from credithealth.report.model import Table
from credithealth.report.sections.context import Context
from credithealth.store import summary

RECENT_CHANGE_DAYS = 90


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    items = {i.key: i for i in ctx.facts.profile_items}
    keys = list(ctx.rules.personal_info.points)
    done = sum(1 for k in keys if items.get(k) and items[k].done)
    rows, tones = [], []
    for key in keys:
        item = items.get(key)
        ok = bool(item and item.done)
        status = "report.done" if ok else "report.not_done" if item else "report.not_answered"
        rows.append(
            (
                ctx.msg(Msg(f"profile_item.{key}")),
                ctx.t(status),
                item.updated_on.isoformat() if item and ok and item.updated_on else "—",
            )
        )
        tones.append("good" if ok else "bad" if item else "warn")
    profile = Table(
        columns=tuple(ctx.t(f"report.col.{c}") for c in ("item", "status", "updated_on")),
        rows=tuple(rows),
        align="lll",
        widths=(6, 3, 3),
        title=ctx.t("report.profile_title", done=done, total=len(keys)),
        tones=tuple(tones),
        tone_column=1,
    )
    changes = summary.profile_changes_within(ctx.db, ctx.on, RECENT_CHANGE_DAYS)
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
