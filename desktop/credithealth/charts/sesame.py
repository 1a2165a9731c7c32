"""The Sesame score over time, over the score bands' colours."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

import pyqtgraph as pg

from credithealth.charts.axes import LocalDateAxis, timestamp
from credithealth.charts.base import Chart
from credithealth.charts.data import Readout, SesameData
from credithealth.charts.texts import text

# the view shows the bands around the data, not the whole 350–950 scale, so steps are visible
MARGIN = 40
MIN_SPAN = 150
LABEL_ROOM = 0.16  # share of the width kept free for the band names


def band_of(data: SesameData, score: int) -> str:
    found = data.bands[0].key if data.bands else ""
    for b in data.bands:
        if score >= b.low:
            found = b.key
    return found


class SesameChart(Chart):
    """``update(SesameData)``: points (date, score) and the band spans to draw behind them."""

    def __init__(self, *, lang: str = "zh_CN", **kwargs: object) -> None:
        self._axis = LocalDateAxis(lang)
        super().__init__(lang=lang, axis_items={"bottom": self._axis}, **kwargs)  # type: ignore[arg-type]
        self.data = SesameData(())
        self._xs: list[float] = []
        self._regions: list[pg.LinearRegionItem] = []
        self._band_labels: list[pg.TextItem] = []
        self._line = pg.PlotDataItem()
        self._line.setZValue(10)
        self.plot.addItem(self._line)
        self.view.sigRangeChanged.connect(self._place_band_labels)
        self.retranslate()
        self.restyle()

    def _ensure_bands(self, n: int) -> None:
        while len(self._regions) < n:
            region = pg.LinearRegionItem(orientation="horizontal", movable=False)
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            region.setZValue(-10)
            self.plot.addItem(region, ignoreBounds=True)
            label = pg.TextItem("", anchor=(1.0, 0.5))
            label.setZValue(-5)
            self.plot.addItem(label, ignoreBounds=True)
            self._regions.append(region)
            self._band_labels.append(label)
        for i, (region, label) in enumerate(zip(self._regions, self._band_labels, strict=True)):
            region.setVisible(i < n)
            label.setVisible(i < n)

    def update(self, data: SesameData) -> None:
        self.data = data
        self._xs = [timestamp(d) for d, _ in data.points]
        self._line.setData(self._xs, [s for _, s in data.points])
        self._ensure_bands(len(data.bands))
        for region, band in zip(self._regions, data.bands, strict=False):
            # a band covers its whole-number scores: up to the next band's floor
            region.setRegion((band.low, band.high + 1))
        scores = [s for _, s in data.points]
        if scores:
            lo, hi = min(scores) - MARGIN, max(scores) + MARGIN
            if hi - lo < MIN_SPAN:
                mid = (hi + lo) // 2
                lo, hi = mid - MIN_SPAN // 2, mid + MIN_SPAN // 2
            if data.bands:
                lo = max(lo, data.bands[0].low)
                hi = min(hi, data.bands[-1].high + 1)
            self.view.setYRange(lo, hi, padding=0)
            first, last = self._xs[0], self._xs[-1]
            pad = max(86_400 * 10, (last - first) * 0.03)
            # room on the right for the band names, clear of the line
            self.view.setXRange(
                first - pad, last + pad + (last - first + pad) * LABEL_ROOM, padding=0
            )
        else:
            self._axis.until = None
            self.view.setYRange(500, 750, padding=0)
            self.view.setXRange(-86_400 * 180, 86_400 * 180, padding=0)
        self.show_empty(
            not scores,
            at=(0.0, 625.0),
        )
        self.retranslate()
        self.restyle()

    def _place_band_labels(self, *_: object) -> None:
        (x0, x1), (y0, y1) = self.view.viewRange()
        for band, label in zip(self.data.bands, self._band_labels, strict=False):
            lo, hi = max(band.low, y0), min(band.high + 1, y1)
            label.setVisible(hi - lo > (y1 - y0) * 0.06)
            label.setPos(x1 - (x1 - x0) * 0.005, (lo + hi) / 2)

    def retranslate(self) -> None:
        super().retranslate()
        self._axis.lang = self.lang
        self._axis.picture = None
        self.set_axis_label("left", text("chart.sesame", self.lang))
        for band, label in zip(self.data.bands, self._band_labels, strict=False):
            label.setText(f"{text(f'sesame_band.{band.key}', self.lang)} {band.low}–{band.high}")
        self._place_band_labels()

    def restyle(self) -> None:
        super().restyle()
        self.style_axes()
        pal = self.palette
        for band, region in zip(self.data.bands, self._regions, strict=False):
            region.setBrush(self.brush(pal.sesame_bands.get(band.key, pal.grid)))
        for label in self._band_labels:
            label.setColor(pal.axis)
            label.setFont(self.font(7.5))
        self._line.setPen(self.pen(pal.sesame_line, 2.2))
        self._line.setSymbol("o")
        self._line.setSymbolSize(6 * self._line_scale)
        self._line.setSymbolBrush(self.brush(pal.sesame_line))
        self._line.setSymbolPen(self.pen(pal.background, 0.8))

    def readout_at(self, x: float, y: float | None = None) -> Readout | None:
        if not self._xs:
            return None
        i = bisect_left(self._xs, x)
        j = min(
            (k for k in (i - 1, i) if 0 <= k < len(self._xs)), key=lambda k: abs(self._xs[k] - x)
        )
        d, score = self.data.points[j]
        band = band_of(self.data, score)
        line = (
            text("chart.readout.sesame", self.lang, score=score, band=band) if band else str(score)
        )
        return Readout(d.isoformat(), d.isoformat(), (line,))

    def crosshair_x(self, readout: Readout) -> float | None:
        return timestamp(date.fromisoformat(readout.key))
