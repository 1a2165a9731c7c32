"""Repayments per month, on time against late (stacked bars), with the past-due balance."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg

from credithealth.charts.axes import MoneyAxis
from credithealth.charts.months import BAR_WIDTH, MonthlyChart, TwinView
from credithealth.charts.texts import text
from credithealth.store.series import MonthRepayments


class RepaymentsChart(MonthlyChart):
    """``update(months)`` with ``store.series.MonthRepayments``, oldest first.

    Bars count repayments (left axis); the line is the unpaid past-due balance at each
    month's end in yuan (right axis).
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(right_axis=MoneyAxis("right"), **kwargs)  # type: ignore[arg-type]
        self.data: list[MonthRepayments] = []
        self._on_time = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self._late = pg.BarGraphItem(x=[], height=[], y0=[], width=BAR_WIDTH)
        self.plot.addItem(self._on_time)
        self.plot.addItem(self._late)
        self._twin = TwinView(self.plot)
        self.plot.getAxis("right").setGrid(False)  # the left axis draws the grid
        self._past_due = pg.PlotDataItem()
        self._twin.add(self._past_due)
        self._twin.view.enableAutoRange(y=True)
        self._legend_on_time = pg.BarGraphItem(x=[], height=[], width=1)
        self._legend_late = pg.BarGraphItem(x=[], height=[], width=1)
        self.retranslate()
        self.restyle()

    def update(self, months: Sequence[MonthRepayments]) -> None:
        self.data = list(months)
        self.set_months([m.month for m in self.data])
        xs = list(range(len(self.data)))
        on_time = [m.on_time for m in self.data]
        self._on_time.setOpts(x=xs, height=on_time, width=BAR_WIDTH)
        self._late.setOpts(x=xs, height=[m.late for m in self.data], y0=on_time, width=BAR_WIDTH)
        self._past_due.setData(xs, [m.past_due_fen for m in self.data])
        top = max((m.on_time + m.late for m in self.data), default=0)
        self.view.setYRange(0, max(top, 1) * 1.25, padding=0)
        # counts: whole-number ticks, about five of them
        step = max(1, -(-top // 5))
        self.plot.getAxis("left").setTickSpacing(major=step, minor=step)
        self.view.enableAutoRange(y=False)
        most = max((m.past_due_fen for m in self.data), default=0)
        self._twin.view.setYRange(0, max(most, 100_000) * 1.25, padding=0)
        self._twin.sync()

    def retranslate(self) -> None:
        super().retranslate()
        self.set_axis_label("left", text("chart.repayments", self.lang))
        self.set_legend(
            [
                (self._legend_on_time, text("chart.on_time", self.lang)),
                (self._legend_late, text("chart.late", self.lang)),
                (self._past_due, text("chart.past_due", self.lang)),
            ],
            columns=3,
        )

    def restyle(self) -> None:
        super().restyle()
        self.style_axes(("left", "bottom", "right"))
        pal = self.palette
        for bar, color in ((self._on_time, pal.on_time), (self._late, pal.late)):
            bar.setOpts(brush=self.brush(color, 215), pen=self.pen(pal.background, 0.6))
        for bar, color in ((self._legend_on_time, pal.on_time), (self._legend_late, pal.late)):
            bar.setOpts(brush=self.brush(color, 215), pen=self.pen(color, 1))
        self._past_due.setPen(self.pen(pal.past_due, 2.2))

    def month_lines(self, i: int) -> tuple[str, ...]:
        m = self.data[i]
        return (
            text("chart.readout.on_time", self.lang, count=m.on_time, amount_fen=m.on_time_fen),
            text("chart.readout.late", self.lang, count=m.late, amount_fen=m.late_fen),
            text("chart.readout.past_due", self.lang, amount_fen=m.past_due_fen),
        )
