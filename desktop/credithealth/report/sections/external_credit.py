"""外部信用 external credit evidence: Sesame snapshots and PBOC credit reports."""

from __future__ import annotations

from credithealth.domain.factors.external_credit import report_tone
from credithealth.domain.messages import Msg
from credithealth.report.model import Table
from credithealth.report.sections.context import Context
from credithealth.store import snapshots

SESAME_ROWS = 12
PBOC_ROWS = 6


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    ec = ctx.rules.external_credit
    snaps = snapshots.sesame_until(ctx.db, ctx.on, SESAME_ROWS)
    sesame = Table(
        columns=(
            ctx.t("report.col.date"),
            ctx.t("report.col.score"),
            ctx.t("report.col.band"),
        ),
        rows=tuple(
            (
                s.taken_on.isoformat(),
                str(s.score),
                ctx.msg(Msg(f"sesame_band.{ec.sesame_band(s.score).band}")),
            )
            for s in snaps
        ),
        align="lrl",
        widths=(4, 2, 4),
        narrow=True,
        empty=ctx.t("report.sesame_none"),
        title=ctx.t("report.sesame_title", count=len(snaps)),
    )
    reports = snapshots.credit_reports_until(ctx.db, ctx.on, PBOC_ROWS)
    pboc = Table(
        columns=tuple(
            ctx.t(f"report.col.{c}")
            for c in (
                "date",
                "overdue_accounts",
                "overdue_months",
                "inquiries",
                "loans_cards",
                "proofs",
            )
        ),
        rows=tuple(
            (
                r.taken_on.isoformat(),
                str(r.overdue_accounts),
                str(r.overdue_months_24m),
                str(r.hard_inquiries_6m),
                f"{r.open_loans} / {r.open_cards}",
                ctx.join([ctx.msg(Msg(f"proof.{p}")) for p in sorted(r.proof_set)]) or "—",
            )
            for r in reports
        ),
        align="lrrrrl",
        widths=(4, 3, 3, 3, 3, 4),
        empty=ctx.t("report.pboc_none"),
        title=ctx.t("report.pboc_title"),
        tones=tuple(report_tone(r) for r in reports),
    )
    return (sesame, pboc), ()
