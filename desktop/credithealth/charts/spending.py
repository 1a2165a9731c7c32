"""Spending per month, the Huabei part stacked under the rest."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg

from credithealth.charts.axes import MoneyAxis
from credithealth.charts.months import BAR_WIDTH, MonthlyChart
from credithealth.charts.texts import text
from credithealth.store.series import MonthSpending


def huabei_pct(m: MonthSpending) -> int:
    """The Huabei share of a month's spending, in whole percent (half up)."""
    return (m.huabei_fen * 200 + m.spent_fen) // (2 * m.spent_fen) if m.spent_fen else 0


class SpendingChart(MonthlyChart):
    """``update(months)`` with ``store.series.MonthSpending``, oldest first."""

    def _make_left_axis(self) -> pg.AxisItem | None:
        return MoneyAxis("left")

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.data: list[MonthSpending] = []
        self._huabei = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self._other = pg.BarGraphItem(x=[], height=[], y0=[], width=BAR_WIDTH)
        self.plot.addItem(self._huabei)
        self.plot.addItem(self._other)
        self._legend_huabei = pg.BarGraphItem(x=[], height=[], width=1)
        self._legend_other = pg.BarGraphItem(x=[], height=[], width=1)
        self.retranslate()
        self.restyle()

    def update(self, months: Sequence[MonthSpending]) -> None:
        self.data = list(months)
        self.set_months([m.month for m in self.data])
        xs = list(range(len(self.data)))
        huabei = [min(m.huabei_fen, m.spent_fen) for m in self.data]
        self._huabei.setOpts(x=xs, height=huabei, width=BAR_WIDTH)
        self._other.setOpts(
            x=xs,
            height=[m.spent_fen - h for m, h in zip(self.data, huabei, strict=True)],
            y0=huabei,
            width=BAR_WIDTH,
        )
        top = max((m.spent_fen for m in self.data), default=0)
        self.view.setYRange(0, max(top, 10_000) * 1.25, padding=0)
        self.view.enableAutoRange(y=False)

    def retranslate(self) -> None:
        super().retranslate()
        self.set_axis_label("left", text("chart.spending", self.lang))
        self.set_legend(
            [
                (self._legend_huabei, text("chart.huabei", self.lang)),
                (self._legend_other, text("chart.other_methods", self.lang)),
            ],
            columns=2,
        )

    def restyle(self) -> None:
        super().restyle()
        self.style_axes()
        pal = self.palette
        for bar, color in ((self._huabei, pal.huabei), (self._other, pal.other_spending)):
            bar.setOpts(brush=self.brush(color, 225), pen=self.pen(pal.background, 0.6))
        for bar, color in (
            (self._legend_huabei, pal.huabei),
            (self._legend_other, pal.other_spending),
        ):
            bar.setOpts(brush=self.brush(color, 225), pen=self.pen(color, 1))

    def month_lines(self, i: int) -> tuple[str, ...]:
        m = self.data[i]
        return (
            text("chart.readout.spent", self.lang, amount_fen=m.spent_fen, count=m.purchases),
            text("chart.readout.huabei", self.lang, amount_fen=m.huabei_fen, pct=huabei_pct(m)),
        )
