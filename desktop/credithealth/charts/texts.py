"""The charts' words in English and Chinese, as ``Msg`` codes.

Charts take an explicit ``lang`` rather than Qt's translator: the report must come
out in the language asked for, whatever language the window is in.
"""

from __future__ import annotations

from datetime import date

from credithealth.domain import texts as _domain_texts  # noqa: F401 (factor and band names)
from credithealth.domain.messages import Msg, register

register(
    {
        "chart.no_data": ("No data yet", "暂无数据"),
        "chart.now": ("Now ({on})", "当前（{on}）"),
        "chart.before": ("{days} days earlier ({on})", "{days}天前（{on}）"),
        "chart.threshold": ("Pass mark", "达标线"),
        "chart.overall": ("Overall", "综合得分"),
        "chart.score": ("Score", "得分"),
        "chart.sesame": ("Sesame score", "芝麻信用分"),
        "chart.on_time": ("On time", "按时还款"),
        "chart.late": ("Late", "逾期还款"),
        "chart.past_due": ("Past-due balance (right)", "逾期未还余额（右轴）"),
        "chart.repayments": ("Repayments", "还款笔数"),
        "chart.huabei": ("Paid with Huabei", "花呗支付"),
        "chart.other_methods": ("Paid other ways", "其他方式支付"),
        "chart.spending": ("Spending", "消费金额"),
        "chart.readout.factor": (
            "{name}: {score} (pass mark {threshold})",
            "{name}：{score}分（达标线{threshold}）",
        ),
        "chart.readout.factor_before": ("{days} days earlier: {score}", "{days}天前：{score}分"),
        "chart.readout.score": ("{name}: {score}", "{name}：{score}"),
        "chart.readout.verdict": (
            "Verdict: {verdict@verdict_short}",
            "结论：{verdict@verdict_short}",
        ),
        "chart.readout.sesame": (
            "Sesame score {score} ({band@sesame_band})",
            "芝麻信用分{score}（{band@sesame_band}）",
        ),
        "chart.readout.on_time": (
            "On time: {count} ({amount_fen})",
            "按时还款：{count}笔（{amount_fen}）",
        ),
        "chart.readout.late": (
            "Late: {count} ({amount_fen})",
            "逾期还款：{count}笔（{amount_fen}）",
        ),
        "chart.readout.past_due": (
            "Past due at month end: {amount_fen}",
            "月末逾期未还：{amount_fen}",
        ),
        "chart.readout.spent": (
            "Spent {amount_fen} in {count} {count|purchase|purchases}",
            "消费{amount_fen}，共{count}笔",
        ),
        "chart.readout.huabei": (
            "Huabei {amount_fen} ({pct}%)",
            "花呗{amount_fen}（占{pct}%）",
        ),
    }
)

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def text(code: str, lang: str, **params: object) -> str:
    return Msg(code, params).render(lang)


def month_label(month: str, lang: str, *, with_year: bool = False) -> str:
    """ "2026-06" -> "Jun" / "6月"; with the year: "Jun 2026" / "2026年6月"."""
    y, m = int(month[:4]), int(month[5:7])
    if lang == "zh_CN":
        return f"{y}年{m}月" if with_year else f"{m}月"
    return f"{_EN_MONTHS[m - 1]} {y}" if with_year else _EN_MONTHS[m - 1]


def day_label(d: date, lang: str) -> str:
    if lang == "zh_CN":
        return f"{d.month}月{d.day}日"
    return f"{_EN_MONTHS[d.month - 1]} {d.day}"


def year_label(year: int, lang: str) -> str:
    return f"{year}年" if lang == "zh_CN" else str(year)
