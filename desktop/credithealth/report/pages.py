"""Painting the report's pages: the running header, the content, "page N of M".

``Pages`` lays the model out once (so it knows M before painting page 1) and paints any
page onto any painter whose units are 1/96 inch: a ``QPdfWriter`` at 96 dpi, or a
preview ``QImage`` with the painter scaled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from credithealth.charts import (
    LIGHT,
    RadarChart,
    ReadinessChart,
    RepaymentsChart,
    SesameChart,
    SpendingChart,
)
from credithealth.charts.base import Chart
from credithealth.report.compose import compose
from credithealth.report.fonts import family, font
from credithealth.report.layout import Page, paginate
from credithealth.report.model import ReportModel
from credithealth.report.style import (
    CONTENT_W,
    CONTENT_X,
    CONTENT_Y,
    FOOTER_Y,
    HEADER,
    HEADER_Y,
    MARGIN_X,
    PAGE_W,
    RULE,
)
from credithealth.report.texts import t

# (pages done, pages in all) -> False to stop
Progress = Callable[[int, int], bool | None]


class ReportCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


class Pages:
    def __init__(self, model: ReportModel) -> None:
        self.model = model
        self.line_scale = 1.0
        # made when a page first draws them: laying out needs none, and a caller painting a
        # page at a time pays for each chart with the page that shows it
        self.charts: dict[str, Chart] = {}
        self.pages: list[Page] = paginate(compose(model, self.draw_chart), CONTENT_W)

    def __len__(self) -> int:
        return len(self.pages)

    def close(self) -> None:
        """Free the charts' widgets now (see ``Chart.dispose``)."""
        for chart in self.charts.values():
            chart.dispose()
        self.charts = {}

    def _chart(self, kind: str) -> Chart:
        chart = self.charts.get(kind)
        if chart is not None:
            return chart
        from PySide6.QtGui import QFont

        m, lang = self.model, self.model.lang
        kw = {"lang": lang, "palette": LIGHT, "font": QFont(family()), "tooltips": False}
        if kind == "radar":
            chart = RadarChart(**kw)
            chart.update(m.charts.radar)
        elif kind == "readiness":
            chart = ReadinessChart(**kw)
            chart.update(m.charts.history, m.charts.overall_threshold)
        elif kind == "sesame":
            chart = SesameChart(**kw)
            chart.update(m.charts.sesame)
        elif kind == "repayments":
            chart = RepaymentsChart(**kw)
            chart.update(m.charts.repayments)
        elif kind == "spending":
            chart = SpendingChart(**kw)
            chart.update(m.charts.spending)
        else:
            raise ValueError(f"no chart {kind!r}")
        self.charts[kind] = chart
        return chart

    def draw_chart(self, kind: str, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        self._chart(kind).render_into(painter, rect, line_scale=self.line_scale)
        painter.restore()

    def paint(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (0-based)."""
        self._header_footer(painter, index)
        painter.save()
        painter.setClipRect(
            QRectF(CONTENT_X - 4, CONTENT_Y - 4, CONTENT_W + 8, FOOTER_Y - CONTENT_Y - 14)
        )
        for placed in self.pages[index]:
            placed.piece.paint(painter, CONTENT_X, CONTENT_Y + placed.y)
        painter.restore()

    def _header_footer(self, painter: QPainter, index: int) -> None:
        m = self.model
        painter.setFont(font(HEADER))
        painter.setPen(QColor(HEADER.color))
        width = PAGE_W - 2 * MARGIN_X
        painter.drawText(
            QRectF(MARGIN_X, HEADER_Y - 14, width, 14),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            m.header,
        )
        painter.setPen(QPen(QColor(RULE), 0.8))
        painter.drawLine(QPointF(MARGIN_X, HEADER_Y + 3), QPointF(MARGIN_X + width, HEADER_Y + 3))
        painter.setPen(QColor(HEADER.color))
        painter.drawText(
            QRectF(MARGIN_X, FOOTER_Y, width, 16),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            t("report.page", m.lang, n=index + 1, total=len(self.pages)),
        )

    def paint_steps(self, start_page: Callable[[int], QPainter]) -> Iterator[tuple[int, int]]:
        """Paint every page on the painter ``start_page(i)`` gives, one page per step:
        yields (pages done, pages in all) after each."""
        total = len(self.pages)
        for i in range(total):
            self.paint(start_page(i), i)
            yield i + 1, total
