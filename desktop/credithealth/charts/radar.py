"""The five factors on a radar: now against some days earlier, with each pass mark."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPolygonF, QTextOption
from PySide6.QtWidgets import QGraphicsPolygonItem

from credithealth.charts.base import Chart
from credithealth.charts.data import RadarData, Readout
from credithealth.charts.texts import text
from credithealth.domain.rules import FACTORS

RINGS = (25, 50, 75, 100)
LABEL_RADIUS = 1.13
LABEL_POINTS = 9.0  # the factor names
MIN_LABEL_POINTS = 6.5  # the least they shrink to on a narrow card


def _angle(i: int) -> float:
    """The first factor points up; the others follow clockwise."""
    return math.pi / 2 - 2 * math.pi * i / len(FACTORS)


def _xy(i: int, score: float) -> tuple[float, float]:
    r = score / 100
    return r * math.cos(_angle(i)), r * math.sin(_angle(i))


def _polygon(scores: dict[str, int] | None) -> QPolygonF:
    if not scores:
        return QPolygonF()
    return QPolygonF([QPointF(*_xy(i, scores.get(k, 0))) for i, k in enumerate(FACTORS)])


def _align(label: pg.TextItem, x: float, room: float | None = None) -> bool:
    """Two-line labels read best aligned towards the chart: right on the left side.
    ``room``: the pixels between the label's anchor and the chart's edge; a longer name
    wraps at a word ("Account / security") instead of running off the card. False when
    a word is still wider than the room."""
    doc = label.textItem.document()
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    if abs(x) < 0.2:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    else:
        option.setAlignment(Qt.AlignmentFlag.AlignLeft if x > 0 else Qt.AlignmentFlag.AlignRight)
    doc.setDefaultTextOption(option)
    label.textItem.setTextWidth(-1)
    width = doc.idealWidth()
    if room is not None and 0 < room < width:
        label.textItem.setTextWidth(room)
        width = doc.idealWidth()  # the widest line once wrapped
    label.textItem.setTextWidth(width)
    label.updateTextPos()
    return room is None or room <= 0 or width <= room


class RadarChart(Chart):
    """``update(RadarData)``; ``readout_at`` names the factor whose spoke is nearest."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.data: RadarData | None = None
        for name in ("left", "bottom"):
            self.plot.hideAxis(name)
        self.view.setAspectLocked(True)
        self.view.setRange(xRange=(-1.75, 1.75), yRange=(-1.3, 1.58), padding=0)
        self.view.disableAutoRange()
        self._rings = [pg.PlotCurveItem() for _ in RINGS]
        self._spokes = [pg.PlotCurveItem() for _ in FACTORS]
        for ring, r in zip(self._rings, RINGS, strict=True):
            pts = [_xy(i, r) for i in range(len(FACTORS))] + [_xy(0, r)]
            ring.setData([p[0] for p in pts], [p[1] for p in pts])
            self.plot.addItem(ring)
        for i, spoke in enumerate(self._spokes):
            x, y = _xy(i, 100)
            spoke.setData([0, x], [0, y])
            self.plot.addItem(spoke)
        self._ring_labels = [pg.TextItem(str(r), anchor=(0.5, 1.0)) for r in RINGS]
        for label, r in zip(self._ring_labels, RINGS, strict=True):
            label.setPos(0.0, r / 100)
            self.plot.addItem(label)
        self._factor_labels = []
        for i in range(len(FACTORS)):
            x, y = _xy(i, 100 * LABEL_RADIUS)
            ax = 0.5 if abs(x) < 0.2 else (0.0 if x > 0 else 1.0)
            ay = 1.0 if y > 0.5 else (0.0 if y < -0.5 else 0.5)
            label = pg.TextItem("", anchor=(ax, ay))
            label.setPos(x, y)
            self.plot.addItem(label)
            self._factor_labels.append(label)
        self._threshold = pg.PlotCurveItem()
        self._before = QGraphicsPolygonItem()
        self._now = QGraphicsPolygonItem()
        for item in (self._before, self._now):
            self.plot.addItem(item)
        self.plot.addItem(self._threshold)
        self._now_points = pg.ScatterPlotItem()
        self.plot.addItem(self._now_points)
        self._legend_now = pg.PlotDataItem()
        self._legend_before = pg.PlotDataItem()
        self._legend_threshold = pg.PlotDataItem()
        self.view.sigResized.connect(lambda *_: self._fit_labels())
        self.view.sigRangeChanged.connect(lambda *_: self._fit_labels())
        self.retranslate()
        self.restyle()

    def _fit_labels(self) -> None:
        """Wrap the side labels to the room between their spoke and the chart's edge; on a
        card too narrow even for that, all five get the same smaller type."""
        (x0, x1), _y = self.view.viewRange()
        px = self.view.viewPixelSize()[0]  # data units per pixel
        rooms = []
        for i in range(len(self._factor_labels)):
            x = _xy(i, 100 * LABEL_RADIUS)[0]
            fits = px > 0 and abs(x) >= 0.2
            rooms.append(((x1 - x) if x > 0 else (x - x0)) / px - 4 if fits else None)
        size = LABEL_POINTS
        while True:
            fit = True
            for i, label in enumerate(self._factor_labels):
                label.setFont(self.font(size, bold=True))
                fit = _align(label, _xy(i, 100)[0], rooms[i]) and fit
            if fit or size <= MIN_LABEL_POINTS:
                return
            size -= 0.5

    def update(self, data: RadarData) -> None:
        self.data = data
        self._now.setPolygon(_polygon(dict(data.now)))
        self._before.setPolygon(_polygon(dict(data.before) if data.before else None))
        self._before.setVisible(data.before is not None)
        pts = [_xy(i, data.thresholds.get(k, 0)) for i, k in enumerate(FACTORS)]
        pts.append(pts[0])
        self._threshold.setData([p[0] for p in pts], [p[1] for p in pts])
        self._now_points.setData(
            [_xy(i, data.now.get(k, 0))[0] for i, k in enumerate(FACTORS)],
            [_xy(i, data.now.get(k, 0))[1] for i, k in enumerate(FACTORS)],
        )
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for i, key in enumerate(FACTORS):
            name = text(f"factor.{key}", self.lang)
            score = f"\n{self.data.now.get(key, 0)}" if self.data else ""
            if self.data is not None and key in self.data.no_data:
                score = "\n" + text("evidence.none", self.lang)
            self._factor_labels[i].setText(name + score)
        self._fit_labels()
        entries: list[tuple[object, str]] = []
        if self.data is not None:
            entries.append((self._legend_now, text("chart.now", self.lang, on=self.data.now_on)))
            if self.data.before is not None and self.data.before_on is not None:
                days = (self.data.now_on - self.data.before_on).days
                entries.append(
                    (
                        self._legend_before,
                        text("chart.before", self.lang, days=days, on=self.data.before_on),
                    )
                )
            entries.append((self._legend_threshold, text("chart.threshold", self.lang)))
        self.set_legend(entries, columns=3)

    def restyle(self) -> None:
        super().restyle()
        pal = self.palette
        grid = self.pen(pal.grid, 1)
        for item in (*self._rings, *self._spokes):
            item.setPen(grid)
        for label in self._ring_labels:
            label.setColor(pal.axis)
            label.setFont(self.font(7))
        for label in self._factor_labels:
            label.setColor(pal.foreground)
        self._fit_labels()
        self._now.setPen(self.pen(pal.now, 2.2))
        self._now.setBrush(self.brush(pal.now, 60))
        self._now.setZValue(3)
        self._before.setPen(self.pen(pal.before, 1.5, Qt.PenStyle.DashLine))
        self._before.setBrush(self.brush(pal.before, 30))
        self._before.setZValue(2)
        self._threshold.setPen(self.pen(pal.threshold, 1.5, Qt.PenStyle.DotLine))
        self._threshold.setZValue(4)
        self._now_points.setPen(self.pen(pal.background, 1))
        self._now_points.setBrush(self.brush(pal.now))
        self._now_points.setSize(7 * self._line_scale)
        self._now_points.setZValue(5)
        self._legend_now.setPen(self.pen(pal.now, 2.2))
        self._legend_now.setFillBrush(self.brush(pal.now, 60))
        self._legend_before.setPen(self.pen(pal.before, 1.5, Qt.PenStyle.DashLine))
        self._legend_threshold.setPen(self.pen(pal.threshold, 1.5, Qt.PenStyle.DotLine))

    def readout_at(self, x: float, y: float | None = None) -> Readout | None:
        if self.data is None or y is None or math.hypot(x, y) > LABEL_RADIUS:
            return None
        angle = math.atan2(y, x)
        i = min(
            range(len(FACTORS)),
            key=lambda j: abs(math.remainder(angle - _angle(j), 2 * math.pi)),
        )
        key = FACTORS[i]
        name = text(f"factor.{key}", self.lang)
        if key in self.data.no_data:
            return Readout(key, name, (name + ": " + text("evidence.none", self.lang),))
        lines = [
            text(
                "chart.readout.factor",
                self.lang,
                name=name,
                score=self.data.now.get(key, 0),
                threshold=self.data.thresholds.get(key, 0),
            )
        ]
        if self.data.before is not None and self.data.before_on is not None:
            lines.append(
                text(
                    "chart.readout.factor_before",
                    self.lang,
                    days=(self.data.now_on - self.data.before_on).days,
                    score=self.data.before.get(key, 0),
                )
            )
        return Readout(key, name, tuple(lines))
