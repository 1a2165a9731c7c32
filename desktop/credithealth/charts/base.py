"""What every chart shares: the plot widget, fonts, colours, the hover read-out and
rendering into any painter (the report's PDF pages and previews).

A chart is a ``QObject`` that owns a ``pyqtgraph.PlotWidget`` (``chart.widget``, to
put in a layout) rather than being one, so its ``update(series)`` does not shadow
``QWidget.update``. It is built once; ``update`` only calls ``setData``/``setOpts``.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem, QWidget

from credithealth.charts.data import Readout
from credithealth.charts.palette import LIGHT, Palette
from credithealth.charts.texts import text

TICK_POINT_SIZE = 8.0
LABEL_POINT_SIZE = 8.5
LEGEND_ROW = 4  # PlotItem's grid: 0 title, 1 top axis, 2 view, 3 bottom axis


class Chart(QObject):
    """Base of the five charts.

    ``hovered`` carries a ``Readout`` while the mouse is over data and None when it
    leaves; ``readout_at(x, y)`` answers the same question for any point in data
    coordinates (tests, keyboard navigation). With ``tooltips`` on, the widget's
    tooltip shows the read-out too.
    """

    hovered = Signal(object)

    def __init__(
        self,
        *,
        lang: str = "zh_CN",
        palette: Palette = LIGHT,
        font: QFont | None = None,
        axis_items: dict[str, pg.AxisItem] | None = None,
        tooltips: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.palette = palette
        self.tooltips = tooltips
        self.widget = pg.PlotWidget(
            parent=parent, background=palette.background, axisItems=axis_items
        )
        self.plot: pg.PlotItem = self.widget.getPlotItem()
        self.view: pg.ViewBox = self.plot.getViewBox()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.view.setMouseEnabled(x=False, y=False)
        self._font = QFont(font) if font is not None else QFont(self.widget.font())
        # line widths and marker sizes are in device pixels (cosmetic); a preview drawn at
        # a higher resolution scales them so lines keep their printed thickness
        self._line_scale = 1.0
        self._empty = pg.TextItem("", anchor=(0.5, 0.5))
        self._empty.setZValue(100)
        self._crosshair = pg.InfiniteLine(angle=90, movable=False)
        self._crosshair.setZValue(50)
        self._crosshair.hide()
        self.widget.scene().sigMouseMoved.connect(self._mouse_moved)
        self._last_readout: Readout | None = None
        self._legend: pg.LegendItem | None = None
        self._legend_entries: list[tuple[Any, str]] = []

    # --- styling -------------------------------------------------------------------

    def font(self, point_size: float = TICK_POINT_SIZE, *, bold: bool = False) -> QFont:
        f = QFont(self._font)
        f.setPointSizeF(point_size)
        f.setBold(bold)
        return f

    def pen(
        self, color: str, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        p = pg.mkPen(QColor(color), width=width * self._line_scale, style=style)
        p.setCosmetic(True)
        return p

    def brush(self, color: str, alpha: int = 255) -> Any:
        c = QColor(color)
        c.setAlpha(alpha)
        return pg.mkBrush(c)

    def style_axes(self, names: tuple[str, ...] = ("left", "bottom")) -> None:
        for name in names:
            axis = self.plot.getAxis(name)
            axis.setTickFont(self.font())
            axis.setPen(self.pen(self.palette.axis, 1))
            axis.setTextPen(self.pen(self.palette.foreground, 1))
            if name in ("left", "right"):
                axis.setStyle(maxTickLevel=0)  # no minor grid lines: a printed chart stays calm
            axis.picture = None

    def set_axis_label(self, name: str, label: str) -> None:
        axis = self.plot.getAxis(name)
        axis.setLabel(label, color=self.palette.foreground, size=f"{LABEL_POINT_SIZE}pt")
        axis.label.setFont(self.font(LABEL_POINT_SIZE))

    def set_legend(self, entries: list[tuple[Any, str]], columns: int = 3) -> None:
        """Show a legend row under the plot (never over the data): (sample item, label) pairs.

        It is rebuilt whenever the labels change: pyqtgraph's ``LegendItem.clear`` leaves
        its grid's rows behind, so re-filling one misplaces the entries.
        """
        if self._legend is not None:
            self.plot.layout.removeItem(self._legend)
            if self._legend.scene() is not None:
                self._legend.scene().removeItem(self._legend)
        self._legend_entries = entries
        if not entries:
            self._legend = None
            return
        legend = pg.LegendItem(colCount=min(columns, len(entries)), frame=False, horSpacing=6)
        # drawn with the plot, not at a fixed screen size: previews at any resolution scale it
        legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        for item, label in entries:
            legend.addItem(item, label)
        for _sample, label in legend.items:
            label.item.setFont(self.font())
            label.setText(label.text, color=self.palette.foreground, size=f"{TICK_POINT_SIZE}pt")
        # sized from the labels as now set (pyqtgraph's updateSize reads the geometry they had
        # before, measured in the application's font: the legend would differ between the
        # app and the command line)
        legend.layout.invalidate()
        size = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        legend.setMinimumSize(size)
        legend.setMaximumSize(size)
        self.plot.layout.addItem(legend, LEGEND_ROW, 1, Qt.AlignmentFlag.AlignHCenter)
        self._legend = legend

    def set_palette(self, palette: Palette) -> None:
        """Switch colours (the dashboard follows the system's light or dark palette)."""
        self.palette = palette
        self.widget.setBackground(palette.background)
        self.restyle()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self.restyle()

    def restyle(self) -> None:
        """Re-apply colours, fonts and pen widths to every item; subclasses extend it."""
        if self._legend is not None:
            self.set_legend(self._legend_entries, self._legend.columnCount)
        self._crosshair.setPen(self.pen(self.palette.crosshair, 1, Qt.PenStyle.DashLine))
        self._empty.setColor(QColor(self.palette.axis))
        self._empty.setFont(self.font(10))

    def retranslate(self) -> None:
        """Re-label in ``self.lang``; subclasses extend it."""
        self._empty.setText(text("chart.no_data", self.lang))

    def show_empty(self, empty: bool, at: tuple[float, float] = (0.5, 0.5)) -> None:
        if empty:
            if self._empty.scene() is None:
                self.plot.addItem(self._empty, ignoreBounds=True)
            self._empty.setPos(*at)
            self._empty.show()
        else:
            self._empty.hide()

    # --- read-out ----------------------------------------------------------------------

    def readout_at(self, x: float, y: float | None = None) -> Readout | None:
        """The values nearest to ``x`` (data coordinates), or None where there are none."""
        return None

    def crosshair_x(self, readout: Readout) -> float | None:
        """Where to draw the vertical hover line for a read-out (None: no line)."""
        return None

    def _mouse_moved(self, pos: QPointF) -> None:
        if not self.view.sceneBoundingRect().contains(pos):
            readout = None
        else:
            p = self.view.mapSceneToView(pos)
            readout = self.readout_at(p.x(), p.y())
        if readout == self._last_readout:
            return
        self._last_readout = readout
        x = self.crosshair_x(readout) if readout is not None else None
        if x is None:
            self._crosshair.hide()
        else:
            if self._crosshair.scene() is None:
                self.plot.addItem(self._crosshair, ignoreBounds=True)
            self._crosshair.setPos(x)
            self._crosshair.show()
        if self.tooltips:
            self.widget.setToolTip(readout.text() if readout else "")
        self.hovered.emit(readout)

    def clear_hover(self) -> None:
        """The pointer left the chart (or the words changed): no read-out, no hover line."""
        self._crosshair.hide()
        if self.tooltips and self.widget is not None:
            self.widget.setToolTip("")
        if self._last_readout is not None:
            self._last_readout = None
            self.hovered.emit(None)

    def dispose(self) -> None:
        """Destroy the widget and its scene now, while the QApplication still exists.

        A chart used off-screen (the report) has no parent to delete it; left to Python's
        garbage collector it might go after the application at exit, which Qt does not survive.
        """
        if self.widget is None:
            return
        import shiboken6

        self.widget.scene().sigMouseMoved.disconnect(self._mouse_moved)
        widget, self.widget = self.widget, None  # type: ignore[assignment]
        widget.close()
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)

    # --- rendering ---------------------------------------------------------------------

    def resize(self, width: int, height: int) -> None:
        """Lay the plot out at this size without showing the widget."""
        self.widget.resize(width, height)
        # a hidden widget gets no resize event until shown; pyqtgraph lays out in it
        self.widget.resizeEvent(None)
        # items added since the last event-loop turn are placed only when the layout runs
        self.plot.layout.activate()

    def render_into(self, painter: QPainter, target: QRectF, *, line_scale: float = 1.0) -> None:
        """Draw the chart into ``target`` (painter units) as vectors.

        The plot is laid out at ``target``'s size, so one painter unit is one chart
        pixel: with a ``QPdfWriter`` at 96 dpi, the text and lines print at the sizes
        the chart was designed for. ``line_scale`` thickens cosmetic lines for a painter
        that is scaled up (a preview at more than 96 dpi).
        """
        if line_scale != self._line_scale:
            self._line_scale = line_scale
            self.restyle()
        self.resize(round(target.width()), round(target.height()))
        self._settle()
        crosshair = self._crosshair.isVisible()
        self._crosshair.hide()
        # the view paints the background, not the scene: paint it here
        painter.fillRect(target, QColor(self.palette.background))
        self.widget.scene().render(painter, target, self.plot.sceneBoundingRect())
        self._crosshair.setVisible(crosshair)
        if self._line_scale != 1.0:
            self._line_scale = 1.0
            self.restyle()

    def _settle(self) -> None:
        """Paint once where nobody sees it: axes measure their tick labels while painting
        and widen themselves; laying out again then leaves room for every label."""
        picture = QPicture()
        p = QPainter(picture)
        self.widget.scene().render(p, QRectF(0, 0, 10, 10), self.plot.sceneBoundingRect())
        p.end()
        self.plot.layout.activate()
