"""Axes that speak the chart's language: dates, months and yuan amounts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from credithealth.charts.texts import day_label, month_label
from credithealth.domain.money import format_yuan
from credithealth.domain.months import iter_months, month_index

_EPOCH = date(1970, 1, 1)
DAY_SECONDS = 86_400


def timestamp(d: date) -> float:
    """A date as seconds since the epoch at UTC midnight (axes use UTC, so no zone shifts)."""
    return float((d - _EPOCH).days * DAY_SECONDS)


def from_timestamp(x: float) -> date:
    return datetime.fromtimestamp(x, tz=UTC).date()


MONTH_STEPS = (1, 2, 3, 4, 6, 12)
DAY_STEPS = (1, 2, 7, 14)


class LocalDateAxis(pg.DateAxisItem):
    """Dates at UTC midnight (see ``timestamp``), labelled by month in ``lang``: "6月" /
    "Jun", with the year in January ("2026年1月" / "Jan 2026"). Labels thin out to every
    2nd, 3rd, ... month when they would not fit; short spans are labelled by day."""

    def __init__(self, lang: str, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        self.lang = lang
        self._by_day = False
        self._year_on_first = False
        self.until: float | None = None  # no ticks after this (a margin kept for labels)

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.style["tickFont"] or QFont())

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if not maxVal > minVal:
            return []
        if self.until is not None:
            maxVal = min(maxVal, self.until)
        lo, hi = from_timestamp(max(minVal, 0)), from_timestamp(max(maxVal, 0))
        widest = self._metrics().horizontalAdvance(
            "2026年12月" if self.lang == "zh_CN" else "Sep 2026"
        )
        fits = max(1, int(size // (widest * 0.75 + 10)))
        self._by_day = (hi - lo).days < 62
        if self._by_day:
            days = [d for d in (lo + timedelta(n) for n in range((hi - lo).days + 1))]
            step = next((s for s in DAY_STEPS if len(days) / s <= fits), DAY_STEPS[-1] * 2)
            ticks = [timestamp(d) for d in days if d.toordinal() % step == 0]
            self._year_on_first = False
            return [(float(step * DAY_SECONDS), ticks)]
        months = []
        for m in iter_months(lo, hi):
            if timestamp(m) >= minVal:
                months.append(m)
        step = next((s for s in MONTH_STEPS if len(months) / s <= fits), 24)
        shown = [d for d in months if month_index(d) % step == 0]
        self._year_on_first = not any(d.month == 1 for d in shown)
        return [(float(step * 30 * DAY_SECONDS), [timestamp(d) for d in shown])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for n, v in enumerate(values):
            d = from_timestamp(v)
            if self._by_day:
                out.append(day_label(d, self.lang))
            else:
                year = d.month == 1 or (n == 0 and self._year_on_first)
                out.append(month_label(f"{d.year:04d}-{d.month:02d}", self.lang, with_year=year))
        return out


class MonthAxis(pg.AxisItem):
    """Month categories at x = 0, 1, 2, ...: "6月" (or "Jun"), with the year where it changes.

    Labels thin out (every 2nd, 3rd, ... month) when they would not fit.
    """

    def __init__(self, lang: str, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)
        self.lang = lang
        self.months: list[str] = []
        self._year_on_first = False

    def set_months(self, months: Sequence[str]) -> None:
        self.months = list(months)
        self.picture = None
        self.update()

    def label_for(self, i: int) -> str:
        """The month's name, with the year in January (where the year changes)."""
        month = self.months[i]
        return month_label(month, self.lang, with_year=month.endswith("-01"))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if not self.months:
            return []
        lo, hi = max(0, int(minVal + 0.999)), min(len(self.months) - 1, int(maxVal))
        if hi < lo:
            return []
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        widest = max(metrics.horizontalAdvance(self.label_for(i)) for i in range(lo, hi + 1))
        fits = max(1, int(size // (widest + 10)))
        step = 1
        while (hi - lo) // step + 1 > fits:
            step += 1
        # thin out around January, so the month that names the year keeps its label
        january = next((i for i in range(lo, hi + 1) if self.months[i].endswith("-01")), lo)
        first = lo + (january - lo) % step
        ticks = [float(i) for i in range(first, hi + 1, step)]
        self._year_on_first = not any(self.months[int(i)].endswith("-01") for i in ticks)
        return [(float(step), ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for n, v in enumerate(values):
            i = int(v)
            if not 0 <= i < len(self.months):
                out.append("")
            elif n == 0 and self._year_on_first:
                out.append(month_label(self.months[i], self.lang, with_year=True))
            else:
                out.append(self.label_for(i))
        return out


class MoneyAxis(pg.AxisItem):
    """Values in integer fen, labelled in yuan without cents: "¥5,000"."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation=orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            fen = round(v)
            text = format_yuan(fen)
            out.append(text[:-3] if fen % 100 == 0 else text)
        return out
