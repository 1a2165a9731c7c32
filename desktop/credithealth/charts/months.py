"""Shared ground for the monthly bar charts: month categories on x and the read-out."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg

from credithealth.charts.axes import MonthAxis
from credithealth.charts.base import Chart
from credithealth.charts.data import Readout
from credithealth.charts.texts import month_label

BAR_WIDTH = 0.62


class MonthlyChart(Chart):
    """Bars at x = 0..n-1 for the months given; subclasses say what a month's read-out is."""

    def __init__(
        self, *, lang: str = "zh_CN", right_axis: pg.AxisItem | None = None, **kwargs: object
    ) -> None:
        self._axis = MonthAxis(lang)
        axes: dict[str, pg.AxisItem] = {"bottom": self._axis}
        if right_axis is not None:
            axes["right"] = right_axis
        self._left_axis = self._make_left_axis()
        if self._left_axis is not None:
            axes["left"] = self._left_axis
        super().__init__(lang=lang, axis_items=axes, **kwargs)  # type: ignore[arg-type]
        self.months: list[str] = []
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.view.enableAutoRange(x=False, y=True)

    def _make_left_axis(self) -> pg.AxisItem | None:
        return None

    def set_months(self, months: Sequence[str]) -> None:
        self.months = list(months)
        self._axis.set_months(self.months)
        n = len(self.months)
        self.view.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.show_empty(n == 0, at=(0.0, 0.5))

    def retranslate(self) -> None:
        super().retranslate()
        self._axis.lang = self.lang
        self._axis.picture = None

    def month_index(self, x: float) -> int | None:
        i = round(x)
        if not self.months or not 0 <= i < len(self.months) or abs(x - i) > 0.5:
            return None
        return i

    def month_lines(self, i: int) -> tuple[str, ...]:
        return ()

    def readout_at(self, x: float, y: float | None = None) -> Readout | None:
        i = self.month_index(x)
        if i is None:
            return None
        month = self.months[i]
        return Readout(month, month_label(month, self.lang, with_year=True), self.month_lines(i))

    def crosshair_x(self, readout: Readout) -> float | None:
        return float(self.months.index(readout.key)) if readout.key in self.months else None


class TwinView:
    """A second view box on the plot's right axis, sharing x (pyqtgraph's two-axis recipe)."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.view = pg.ViewBox()
        self.view.setMouseEnabled(x=False, y=False)
        plot.showAxis("right")
        plot.scene().addItem(self.view)
        plot.getAxis("right").linkToView(self.view)
        self.view.setXLink(plot)
        self.view.setZValue(plot.getViewBox().zValue() + 1)
        plot.getViewBox().sigResized.connect(self.sync)

    def sync(self, *_: object) -> None:
        main = self.plot.getViewBox()
        self.view.setGeometry(main.sceneBoundingRect())
        self.view.linkedViewChanged(main, self.view.XAxis)

    def add(self, item: pg.GraphicsObject) -> None:
        self.view.addItem(item)
