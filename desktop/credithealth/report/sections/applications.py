"""Applications: each one, its predicted and real outcome, and how often a 'likely' was right."""

from __future__ import annotations

from credithealth.domain.labels import label
from credithealth.domain.messages import Msg
from credithealth.report.model import (
    Section,
    Table,
)
from credithealth.report.sections.context import Context


def applications(ctx: Context) -> Section:
    apps = ctx.facts.applications
    rows, tones = [], []
    for a in apps:
        predicted = (
            ctx.msg(Msg(f"verdict_short.{a.predicted_verdict}"))
            if a.predicted_verdict
            else ctx.t("report.not_estimated")
        )
        rows.append(
            (
                a.submitted_on.isoformat(),
                label("application_channel", a.channel, ctx.lang),
                predicted,
                label("application_status", a.status, ctx.lang),
                a.decided_on.isoformat() if a.decided_on else "—",
                a.feedback or "—",
            )
        )
        tones.append({"approved": "good", "refused": "bad"}.get(a.status, "warn"))
    table = Table(
        columns=tuple(
            ctx.t(f"report.col.{c}")
            for c in ("submitted", "channel", "predicted", "outcome", "decided", "feedback")
        ),
        rows=tuple(rows),
        align="llllll",
        widths=(3, 3, 3, 3, 3, 7),
        empty=ctx.t("report.applications_none"),
        tones=tuple(tones),
        tone_column=3,
    )
    called = [a for a in apps if a.predicted_verdict == "likely" and a.status != "pending"]
    notes = [
        ctx.t(
            "report.accuracy",
            total=len(called),
            right=sum(1 for a in called if a.status == "approved"),
        )
        if called
        else ctx.t("report.accuracy_none")
    ]
    pending = ctx.pending()
    if pending is not None:
        text, note = ctx.window_text(pending)
        notes.append(
            ctx.t("report.label_value", label=ctx.t("report.pending_application"), value=text)
        )
        if note:
            notes.append(note)
    return Section(ctx.t("report.section.applications"), (), (table,), tuple(notes))
