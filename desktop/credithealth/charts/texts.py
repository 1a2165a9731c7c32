"""The charts' words in English and Chinese: ``Msg`` codes (``chart.*`` in
``resources/messages/charts.toml``), month and day labels.

Charts take an explicit ``lang`` rather than Qt's translator: the report must come
out in the language asked for, whatever language the window is in.
"""

from __future__ import annotations

from datetime import date

from credithealth.domain.messages import Msg

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
