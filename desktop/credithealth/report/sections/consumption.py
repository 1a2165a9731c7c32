"""消费 consumption evidence: spending by month, notable transactions, cash-out patterns."""

from __future__ import annotations

from datetime import timedelta

from credithealth.domain.factors.consumption import month_huabei_pct
from credithealth.domain.money import format_yuan
from credithealth.domain.months import key_end
from credithealth.report.model import Table
from credithealth.report.sections.cashouts import cashout_table
from credithealth.report.sections.context import Context
from credithealth.store import transactions

NOTABLE_ROWS = 20


def evidence(ctx: Context) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    c = ctx.facts.consumption
    rows = []
    for m in c.months:
        share = month_huabei_pct(m)
        rows.append(
            (
                m.month,
                str(m.purchases),
                format_yuan(m.spent_fen),
                format_yuan(m.huabei_fen),
                f"{share}%",
                str(m.large_count),
                str(m.cashouts),
            )
        )
    table = Table(
        columns=tuple(
            ctx.t(f"report.col.{k}")
            for k in (
                "month",
                "purchases",
                "spent",
                "huabei",
                "huabei_share",
                "large",
                "cashouts",
            )
        ),
        rows=tuple(rows) if c.has_data else (),
        align="lrrrrrr",
        widths=(3, 3, 4, 4, 3, 2, 3),
        empty=ctx.t("report.spending_none"),
        title=ctx.t("report.spending_title", months=len(c.months)),
    )
    tables: tuple[Table, ...] = (table,)
    if c.has_data and c.months:
        start = c.months[0].month + "-01"
        end = (key_end(c.months[-1].month) + timedelta(days=1)).isoformat()
        notable = transactions.notable_transactions(
            ctx.db, start, end, c.large_threshold_fen, NOTABLE_ROWS
        )
        tables += (
            Table(
                columns=tuple(
                    ctx.t(f"report.col.{k}")
                    for k in ("date", "kind", "amount", "counterparty", "description", "method")
                ),
                rows=tuple(
                    (
                        tx.occurred_at.date().isoformat(),
                        ctx.t(f"report.tx.{tx.kind}"),
                        format_yuan(tx.amount_fen),
                        tx.counterparty or "—",
                        tx.description or "—",
                        tx.method or "—",
                    )
                    for tx in notable
                ),
                align="llrlll",
                widths=(3, 3, 3, 4, 4, 3),
                empty=ctx.t("report.notable_none"),
                title=ctx.t("report.notable_title"),
                tones=tuple("bad" if tx.kind == "cashout" else "warn" for tx in notable),
                tone_column=1,
            ),
        )
    if c.suspicious:
        tables += (cashout_table(c.suspicious, ctx.lang),)
    notes = ()
    if c.has_data:
        notes = (
            ctx.t(
                "report.spending_note",
                threshold_fen=c.large_threshold_fen,
                median_fen=c.median_purchase_fen,
            ),
        )
    return tables, notes
