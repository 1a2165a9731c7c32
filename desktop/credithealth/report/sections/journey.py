"""The five steps of the way back (check-up, fix, apply, wait, result) and where the user stands on each."""

from __future__ import annotations

from credithealth.domain.journey import journey
from credithealth.domain.labels import label
from credithealth.domain.records import CHECKUP_REASONS
from credithealth.domain.workdays import decision_window
from credithealth.report.model import Step
from credithealth.report.sections.context import Context
from credithealth.store import summary


def steps(ctx: Context) -> tuple[Step, ...]:
    ar = ctx.rules.applications
    r = ctx.result
    apps = ctx.facts.applications
    pending = ctx.pending()
    decided = [a for a in apps if a.status != "pending" and a.decided_on]
    last = max(decided, key=lambda a: (a.decided_on, a.id or 0)) if decided else None

    checkup = summary.latest_checkup(ctx.db, ctx.on)
    if checkup is not None:
        reasons = ctx.join(
            [
                label("checkup_reason", x, ctx.lang)
                for x in CHECKUP_REASONS
                if x in checkup.reason_set
            ]
        ) or label("checkup_reason", "unknown", ctx.lang)
        s1 = ("done", [ctx.t("report.step1.done", on=checkup.taken_on, reasons=reasons)])
        if checkup.notes:
            s1[1].append(checkup.notes)
    else:
        s1 = ("todo", [ctx.t("report.step1.todo")])

    # step 2's state comes from the same domain function as the journey page's
    j = journey([checkup] if checkup is not None else [], apps, ctx.facts, r, ctx.rules)
    gaining = [a for a in r.actions if a.gain]
    if checkup is not None and all(t.done for t in j.tasks):
        s2 = ("done", [ctx.t("report.step2.done")])
    else:
        left = sum(1 for t in j.tasks if not t.done)
        s2 = (
            "now" if checkup is not None else "todo",
            [
                ctx.t(
                    "report.step2.open",
                    left=left,
                    total=len(j.tasks),
                    blockers=len(r.blockers),
                    actions=len(gaining),
                )
            ],
        )

    path = ctx.t("report.step3.path")
    if pending is not None:
        s3 = (
            "done",
            [
                ctx.t(
                    "report.step3.submitted",
                    on=pending.submitted_on,
                    channel=label("application_channel", pending.channel, ctx.lang),
                ),
                path,
            ],
        )
    elif r.verdict == "likely":
        s3 = ("now", [ctx.t("report.step3.now"), path])
    elif r.projected_ready_on is not None:
        s3 = ("todo", [ctx.t("report.step3.wait", on=r.projected_ready_on), path])
    else:
        s3 = ("todo", [ctx.t("report.step3.not_yet"), path])

    if pending is not None:
        note = ctx.window_text(pending)[1]
        w = decision_window(pending.submitted_on, ar.review_workdays_min, ar.review_workdays_max)
        lines = [
            ctx.t(
                "report.step4.window",
                min=ar.review_workdays_min,
                max=ar.review_workdays_max,
                earliest=w.earliest,
                latest=w.latest,
            )
        ]
        if note:
            lines.append(note)
        s4 = ("now", lines)
    else:
        s4 = (
            "done" if last is not None else "todo",
            [ctx.t("report.step4.todo", min=ar.review_workdays_min, max=ar.review_workdays_max)],
        )

    lines5 = []
    if last is not None:
        lines5.append(
            ctx.t(
                "report.step5.result",
                status=label("application_status", last.status, ctx.lang),
                on=last.decided_on,
            )
        )
        if last.feedback:
            lines5.append(last.feedback)
    cool = next((b for b in r.blockers if b.code == "reapply_cooldown"), None)
    if cool is not None:
        lines5.append(ctx.t("report.step5.cooldown", until=cool.params["until"]))
    if pending is not None or last is None:
        lines5.append(ctx.t("report.step5.todo"))
        s5 = ("todo", lines5)
    else:
        s5 = ("done", lines5)

    out = []
    for n, (status, lines) in enumerate((s1, s2, s3, s4, s5), start=1):
        out.append(
            Step(
                number=n,
                title=ctx.t(f"report.step.{n}"),
                status=status,
                status_text=ctx.t(f"report.step_status.{status}"),
                lines=tuple(lines),
            )
        )
    return tuple(out)
