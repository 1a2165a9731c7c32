"""Overall readiness and each factor over time, with the overall pass mark."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import Qt

from credithealth.charts.axes import LocalDateAxis, timestamp
from credithealth.charts.base import Chart
from credithealth.charts.data import Readout
from credithealth.charts.texts import text
from credithealth.domain.rules import FACTORS
from credithealth.store.series import HistoryPoint


class ReadinessChart(Chart):
    """``update(points, threshold)`` with ``store.series.HistoryPoint``s, oldest first.

    The overall line is drawn thick with a marker per point coloured by that day's
    verdict; the factors are thin lines.
    """

    def __init__(self, *, lang: str = "zh_CN", **kwargs: object) -> None:
        self._axis = LocalDateAxis(lang)
        super().__init__(lang=lang, axis_items={"bottom": self._axis}, **kwargs)  # type: ignore[arg-type]
        self.points: list[HistoryPoint] = []
        self.threshold: int | None = None
        self._xs: list[float] = []
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.view.setYRange(-3, 105, padding=0)
        self.view.enableAutoRange(x=True, y=False)
        self._factor_lines = {k: pg.PlotDataItem() for k in FACTORS}
        for line in self._factor_lines.values():
            self.plot.addItem(line)
        self._overall = pg.PlotDataItem()
        self._overall.setZValue(10)
        self.plot.addItem(self._overall)
        self._markers = pg.ScatterPlotItem()
        self._markers.setZValue(11)
        self.plot.addItem(self._markers)
        self._threshold_line = pg.InfiniteLine(angle=0, movable=False)
        self.plot.addItem(self._threshold_line, ignoreBounds=True)
        self._threshold_line.hide()
        self.retranslate()
        self.restyle()

    def update(self, points: Sequence[HistoryPoint], threshold: int | None = None) -> None:
        self.points = list(points)
        self.threshold = threshold
        self._xs = [timestamp(p.on) for p in self.points]
        self._overall.setData(self._xs, [p.overall for p in self.points])
        for key, line in self._factor_lines.items():
            line.setData(self._xs, [p.factors.get(key, 0) for p in self.points])
        if threshold is None:
            self._threshold_line.hide()
        else:
            self._threshold_line.setPos(threshold)
            self._threshold_line.show()
        self.show_empty(not self.points, at=(0.0, 50.0))
        if not self.points:
            self.view.setXRange(-86_400 * 180, 86_400 * 180, padding=0)
        self._draw_markers()  # the rest of the styling does not depend on the points

    def retranslate(self) -> None:
        super().retranslate()
        self._axis.lang = self.lang
        self._axis.picture = None
        self.set_axis_label("left", text("chart.score", self.lang))
        self.set_legend(
            [(self._overall, text("chart.overall", self.lang))]
            + [(line, text(f"factor.{k}", self.lang)) for k, line in self._factor_lines.items()],
            columns=3,
        )

    def restyle(self) -> None:
        super().restyle()
        self.style_axes()
        pal = self.palette
        self._overall.setPen(self.pen(pal.overall, 2.6))
        self._draw_markers()
        for key, line in self._factor_lines.items():
            line.setPen(self.pen(pal.factors[key], 1.3))
        self._threshold_line.setPen(self.pen(pal.threshold, 1.2, Qt.PenStyle.DashLine))

    def _draw_markers(self) -> None:
        """One marker per day, coloured by that day's verdict."""
        pal = self.palette
        self._markers.setData(
            self._xs,
            [p.overall for p in self.points],
            brush=[self.brush(pal.verdict.get(p.verdict, pal.overall)) for p in self.points],
            pen=self.pen(pal.background, 0.8),
            size=7 * self._line_scale,
        )

    def _nearest(self, x: float) -> int | None:
        if not self._xs:
            return None
        i = bisect_left(self._xs, x)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self._xs)]
        return min(candidates, key=lambda j: abs(self._xs[j] - x))

    def readout_at(self, x: float, y: float | None = None) -> Readout | None:
        i = self._nearest(x)
        if i is None:
            return None
        p = self.points[i]
        lines = [
            text(
                "chart.readout.score",
                self.lang,
                name=text("chart.overall", self.lang),
                score=p.overall,
            ),
            text("chart.readout.verdict", self.lang, verdict=p.verdict),
        ]
        lines += [
            text(
                "chart.readout.score",
                self.lang,
                name=text(f"factor.{k}", self.lang),
                score=p.factors.get(k, 0),
            )
            for k in FACTORS
        ]
        return Readout(p.on.isoformat(), p.on.isoformat(), tuple(lines))

    def crosshair_x(self, readout: Readout) -> float | None:
        return timestamp(date.fromisoformat(readout.key))
