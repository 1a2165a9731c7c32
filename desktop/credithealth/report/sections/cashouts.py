"""The readiness report's list of credit-funded rows that look like cash-outs: when, to
whom, how much and why (``domain.cashout``), and whether the consumption factor
counts them (the user may have marked a row "not a cash-out")."""

from __future__ import annotations

from credithealth.domain.cashout import SuspiciousRow
from credithealth.domain.money import format_yuan
from credithealth.report.model import Table
from credithealth.report.texts import t


def cashout_table(rows: tuple[SuspiciousRow, ...], lang: str) -> Table:
    sep = t("report.cashout_sep", lang)
    counted = sum(1 for r in rows if not r.dismissed)
    return Table(
        columns=tuple(
            t(f"report.col.{k}", lang) for k in ("date", "counterparty", "amount", "why", "counted")
        ),
        rows=tuple(
            (
                r.occurred_at.strftime("%Y-%m-%d %H:%M"),
                r.counterparty or "—",
                format_yuan(r.amount_fen),
                sep.join(t(f"report.cashout.{c}", lang) for c in r.reasons),
                t("report.cashout_dismissed" if r.dismissed else "report.cashout_counted", lang),
            )
            for r in rows
        ),
        align="llrll",
        widths=(3, 4, 3, 6, 3),
        title=t("report.cashout_title", lang, count=counted),
        tones=tuple("" if r.dismissed else "bad" for r in rows),
        tone_column=4,
    )
