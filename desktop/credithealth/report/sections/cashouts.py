"""The readiness report's list of credit-funded rows that look like cash-outs: when, to
whom, how much and why (``domain.cashout``), and whether the consumption factor
counts them (the user may have marked a row "not a cash-out")."""

from __future__ import annotations

from credithealth.domain.cashout import SuspiciousRow
from credithealth.domain.messages import register
from credithealth.domain.money import format_yuan
from credithealth.report.model import Table
from credithealth.report.texts import t

register(
    {
        "report.cashout_title": (
            "Cash-out-like rows paid on credit ({count} counted)",
            "用信用支付、疑似套现的记录（计入 {count} 笔）",
        ),
        "report.col.why": ("Why", "原因"),
        "report.col.counted": ("Counted", "是否计入"),
        "report.cashout_counted": ("counted", "计入"),
        "report.cashout_dismissed": ("you said: not a cash-out", "你已标记：不是套现"),
        "report.cashout_sep": ("; ", "；"),
        "report.cashout.transfer_on_credit": ("transfer paid on credit", "用信用支付的转账"),
        "report.cashout.resale": ("gift card / recharge card resale", "礼品卡、充值卡转卖"),
        "report.cashout.recycling": ("second-hand recycling", "二手回收"),
        "report.cashout.personal_code": ("personal collection code", "个人收款码"),
        "report.cashout.category": ("category often used for cash-outs", "常被用来套现的类别"),
        "report.cashout.round_repeated": (
            "same round amount, again and again",
            "同一整数金额反复出现",
        ),
        "report.cashout.night": ("at night", "深夜消费"),
        "report.cashout.dominant_counterparty": (
            "most credit spending goes here",
            "大部分信用消费流向这里",
        ),
    }
)


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
