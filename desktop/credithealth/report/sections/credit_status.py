"""信用状况 credit status evidence: the accounts, and the bills due within the late window
as ``domain.factors.credit_status.bill_rows`` lists them."""

from __future__ import annotations

from datetime import timedelta

from credithealth.domain.factors.credit_status import bill_rows
from credithealth.domain.labels import label
from credithealth.domain.money import format_yuan
from credithealth.report.model import Table
from credithealth.report.sections.context import Context, day
from credithealth.store import summary


def accounts_table(ctx: Context) -> Table:
    accounts = summary.accounts(ctx.db)
    return Table(
        columns=tuple(
            ctx.t(f"report.col.{c}") for c in ("account", "kind_of", "limit", "status", "notes")
        ),
        rows=tuple(
            (
                a.name,
                label("account_kind", a.kind, ctx.lang),
                format_yuan(a.credit_limit_fen) if a.credit_limit_fen is not None else "—",
                label("account_status", a.status, ctx.lang),
                a.notes or "—",
            )
            for a in accounts
        ),
        align="llrll",
        widths=(4, 3, 3, 2, 7),
        title=ctx.t("report.accounts_title"),
        tones=tuple(
            {"suspended": "bad", "limited": "warn", "closed": ""}.get(a.status, "good")
            for a in accounts
        ),
        tone_column=3,
    )


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    start = ctx.on - timedelta(days=ctx.rules.credit_status.late_window_days)
    bills = bill_rows(ctx.facts, ctx.rules, ctx.on)
    table = Table(
        columns=tuple(
            ctx.t(f"report.col.{c}")
            for c in ("account", "period", "due_on", "amount_due", "paid", "cleared_on", "status")
        ),
        rows=tuple(
            (
                r.params["account"],
                r.params["period"],
                day(r.params["due_on"]),
                format_yuan(r.params["amount_due_fen"]),
                format_yuan(r.params["paid_fen"]),
                day(r.params["cleared_on"]),
                ctx.msg(r.value),
            )
            for r in bills
        ),
        align="lllrrll",
        widths=(5, 3, 4, 4, 4, 4, 4),
        empty=ctx.t("report.bills_none"),
        title=ctx.t("report.bills_title", start=start + timedelta(days=1), end=ctx.on),
        tones=tuple(r.tone for r in bills),
        tone_column=6,
    )
    accounts = accounts_table(ctx)
    notes = ()
    if ctx.facts.failed_repayments:
        dates = ctx.join([d.isoformat() for d in ctx.facts.failed_repayments])
        notes = (ctx.t("report.failed_repayments", dates=dates),)
    return (accounts, table), notes
