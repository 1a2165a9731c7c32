"""The overview's charts: the shared chart builders (``credithealth.charts``) in cards
with a title, the value under the cursor, zoom and pan with a reset, and Save/Copy.

This module imports pyqtgraph (about half a second), so the page imports it only
after the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPoint,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QPalette, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.charts import (
    Chart,
    Palette,
    RadarChart,
    RadarData,
    ReadinessChart,
    Readout,
    RepaymentsChart,
    SesameChart,
    SesameData,
    SpendingChart,
    system_palette,
)
from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS, Rules
from credithealth.store.private_files import write_private_bytes
from credithealth.store.series import HistoryPoint
from credithealth.ui.pages.overview.data import OverviewData


def with_today(history: list[HistoryPoint], a: Assessment) -> list[HistoryPoint]:
    """The recorded history, with today's point taken from the current assessment."""
    today = HistoryPoint(a.as_of, a.overall, a.verdict, {k: a.factors[k].score for k in FACTORS})
    return [p for p in history if p.on != a.as_of] + [today]


class ElidedLabel(QLabel):
    """One line that never pushes the layout: too long, it ends in "…" and the whole
    text is its tooltip. (A right-aligned label cut the start of a long read-out.)"""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ChartCard(QFrame):
    """A chart with its title, the read-out of the point under the mouse, and a menu to
    reset the zoom, save the chart as PNG or copy it to the clipboard.

    The overview is a long page that scrolls: the plain mouse wheel over a chart scrolls
    the page; Ctrl+wheel zooms the chart's time axis, and so does the plain wheel after
    a click into the chart, until the pointer leaves it.
    """

    def __init__(
        self,
        key: str,
        chart: Chart,
        *,
        zoom: bool = True,
        min_height: int = 260,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.chart = chart
        self.zoom = zoom
        self.setObjectName("chartCard")
        self._last: tuple[Any, ...] | None = None  # the last update's arguments, for a reset

        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.readout = ElidedLabel()
        self.readout.setObjectName("chartReadout")
        self.engaged = False  # clicked into: the plain wheel zooms until the pointer leaves
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("chartReset")
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(self.reset_view)
        self.reset_button.hide()
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("chartMenu")
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(self.tr("Chart options"))  # until retranslate()
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.act_reset = QAction(self)
        self.act_reset.triggered.connect(self.reset_view)
        self.act_save = QAction(self)
        self.act_save.triggered.connect(self.save_png)
        self.act_copy = QAction(self)
        self.act_copy.triggered.connect(self.copy_image)
        self.menu = QMenu(self)
        if zoom:
            self.menu.addAction(self.act_reset)
            self.menu.addSeparator()
        self.menu.addAction(self.act_save)
        self.menu.addAction(self.act_copy)
        self.menu_button.setMenu(self.menu)

        w = chart.widget
        w.setMinimumHeight(min_height)
        w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.customContextMenuRequested.connect(self._context_menu)
        if zoom:
            # time runs along x: zoom (wheel) and pan (drag) there; scores keep their scale
            chart.view.setMouseEnabled(x=True, y=False)
            chart.view.sigRangeChangedManually.connect(lambda *_: self.reset_button.show())
        chart.hovered.connect(self._show_readout)
        w.viewport().installEventFilter(self)

        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title, 1)
        head.addWidget(self.reset_button)
        head.addWidget(self.menu_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(4)
        lay.addLayout(head)
        # the read-out has a line of its own under the title: the whole width, read from
        # the start, and the header does not jump while the pointer moves
        self.readout.setMinimumHeight(self.readout.fontMetrics().lineSpacing())
        lay.addWidget(self.readout)
        # with nothing to draw, a sentence saying what is missing takes the chart's place
        self.placeholder = QLabel()
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(min_height)
        self.body = QStackedWidget()
        self.body.addWidget(w)
        self.body.addWidget(self.placeholder)
        lay.addWidget(self.body, 1)

    # -- data -------------------------------------------------------------------------

    def update_chart(self, *args: Any) -> None:
        """Feed the chart; the same figures again are not redrawn."""
        if args == self._last:
            return
        self._last = args
        self.chart.update(*args)

    def show_placeholder(self, text: str | None) -> None:
        """Show ``text`` instead of the chart (None: the chart)."""
        self.placeholder.setText(text or "")
        self.body.setCurrentWidget(self.placeholder if text else self.chart.widget)
        self.menu_button.setEnabled(not text)

    def reset_view(self) -> None:
        """Back to the whole series, as first drawn."""
        if self._last is not None:
            self.chart.update(*self._last)
        if isinstance(self.chart, ReadinessChart):  # its x range follows the data
            self.chart.view.enableAutoRange(x=True)
            self.chart.view.updateAutoRange()
        self.reset_button.hide()

    def _show_readout(self, r: Readout | None) -> None:
        self.readout.set_full_text(
            "" if r is None else r.title + "  ·  " + "  ·  ".join(r.lines[:3])
        )

    # -- the mouse wheel ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.engaged = True
        elif kind == QEvent.Type.Leave:
            self.engaged = False
            self.chart.clear_hover()
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if not (self.zoom and (ctrl or self.engaged)):
                return self._scroll_page(event)
        return False

    def _scroll_page(self, event: QWheelEvent) -> bool:
        """Hand the wheel to the page's scroll area (True: the chart does not see it)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return False
        QCoreApplication.sendEvent(parent.verticalScrollBar(), event)
        return True

    # -- words and colours --------------------------------------------------------------

    def retranslate(self, title: str, lang: str) -> None:
        self.title.setText(title)
        self.chart.clear_hover()  # the read-out was in the old language
        self.reset_button.setText(self.tr("Reset zoom"))
        self.menu_button.setToolTip(self.tr("Chart options"))
        self.menu_button.setAccessibleName(self.tr("Chart options"))
        self.act_reset.setText(self.tr("Reset zoom"))
        self.act_save.setText(self.tr("Save as PNG…"))
        self.act_copy.setText(self.tr("Copy image"))
        if self.chart.lang != lang:
            self.chart.set_lang(lang)

    def restyle(self) -> None:
        palette = system_palette()
        if palette != self.chart.palette:  # made in it already: rebuilding costs ~10 ms a chart
            self.chart.set_palette(palette)
        pal = self.palette()
        self.setStyleSheet(
            f"#chartCard {{ background: {self.chart.palette.background};"
            f" border: 1px solid {pal.color(QPalette.ColorRole.Mid).name()}; border-radius: 10px; }}"
            f" #chartCard QLabel {{ color: {self.chart.palette.foreground}; background: transparent; }}"
            f" #chartCard #chartReadout, #chartCard #chartPlaceholder"
            f" {{ color: {self.chart.palette.axis}; }}"
            f" #chartCard QToolButton {{ color: {self.chart.palette.foreground}; }}"
            f" #chartCard QToolButton::menu-indicator {{ image: none; width: 0; }}"
        )

    # -- export -------------------------------------------------------------------------

    def image(self) -> QPixmap:
        """The chart as drawn on screen (at the screen's pixel ratio), without the hover line."""
        return self.chart.widget.grab()

    def save_png(self, path: str | None = None) -> str | None:
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                str(Path(folder) / f"credit-health-{self.key}.png"),
                self.tr("PNG images (*.png)"),
            )
            if not path:
                return None
        if not path.lower().endswith(".png"):
            path += ".png"
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image().save(buffer, "PNG")
        buffer.close()
        write_private_bytes(Path(path), bytes(data.data()))  # 0600, like every export
        return path

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.image())

    def _context_menu(self, pos: QPoint) -> None:
        self.menu.popup(self.chart.widget.mapToGlobal(pos))


CARDS = ("radar", "readiness", "sesame", "repayments", "spending")


def make_card(kind: str, lang: str, palette: Palette) -> ChartCard:
    """One of the five chart cards (``CARDS``), empty until it is fed."""
    common: dict[str, Any] = {"lang": lang, "palette": palette}
    if kind == "radar":
        return ChartCard("radar", RadarChart(**common), zoom=False, min_height=340)
    if kind == "readiness":
        return ChartCard("readiness", ReadinessChart(**common), min_height=300)
    if kind == "sesame":
        return ChartCard("sesame", SesameChart(**common), min_height=340)
    if kind == "repayments":
        return ChartCard("repayments", RepaymentsChart(**common), min_height=280)
    if kind == "spending":
        return ChartCard("spending", SpendingChart(**common), min_height=280)
    raise KeyError(kind)


class OverviewCharts:
    """The five charts in their cards: built once, fed with ``show_*``, never rebuilt.
    ``made`` holds cards already built (one per event-loop turn, so that building them
    never holds up input for long); the others are built here."""

    def __init__(
        self,
        lang: str,
        on_rebuild_history: Callable[[], None],
        made: dict[str, ChartCard] | None = None,
    ) -> None:
        pal = system_palette()
        made = made or {}
        cards = {k: made[k] if k in made else make_card(k, lang, pal) for k in CARDS}
        self.radar = cards["radar"]
        self.readiness = cards["readiness"]
        self.sesame = cards["sesame"]
        self.repayments = cards["repayments"]
        self.spending = cards["spending"]
        self.act_rebuild = QAction(self.readiness)
        self.act_rebuild.triggered.connect(on_rebuild_history)
        self.readiness.menu.addSeparator()
        self.readiness.menu.addAction(self.act_rebuild)
        self._shown: dict[str, object] = {}
        self.empty: dict[str, str] = {}  # what each empty chart says instead

    def cards(self) -> list[ChartCard]:
        return [self.radar, self.readiness, self.sesame, self.repayments, self.spending]

    def show_radar(self, a: Assessment, before: Assessment | None, rules: Rules) -> None:
        """The five factors now against 90 days ago, with the pass marks."""
        self.radar.update_chart(RadarData.from_assessments(a, before, rules))

    def show_readiness(
        self, history: list[HistoryPoint], a: Assessment | None, rules: Rules
    ) -> None:
        """Readiness and each factor over time, up to today's assessment."""
        points = with_today(history, a) if a is not None else history
        self.readiness.update_chart(points, rules.overall.threshold)

    def show_series(self, data: OverviewData, rules: Rules) -> None:
        """The monthly and Sesame series; each only when the load brought a new one."""
        if data.sesame is not None and data.sesame is not self._shown.get("sesame"):
            self.sesame.update_chart(SesameData.from_rules(data.sesame, rules))
        if data.repayments is not None and data.repayments is not self._shown.get("repayments"):
            self.repayments.update_chart(data.repayments)
        if data.spending is not None and data.spending is not self._shown.get("spending"):
            self.spending.update_chart(data.spending)
        self._shown = {
            "sesame": data.sesame,
            "repayments": data.repayments,
            "spending": data.spending,
        }
        self._show_placeholders()

    def _show_placeholders(self) -> None:
        sesame, repayments, spending = (
            self._shown.get(k) for k in ("sesame", "repayments", "spending")
        )
        self.sesame.show_placeholder(self.empty["sesame"] if sesame == [] else None)
        nothing_repaid = isinstance(repayments, list) and not any(
            m.on_time or m.late or m.past_due_fen for m in repayments
        )
        self.repayments.show_placeholder(self.empty["repayments"] if nothing_repaid else None)
        nothing_spent = isinstance(spending, list) and not any(m.spent_fen for m in spending)
        self.spending.show_placeholder(self.empty["spending"] if nothing_spent else None)

    def retranslate(self, lang: str, titles: dict[str, str], empty: dict[str, str]) -> None:
        for card in self.cards():
            card.retranslate(titles[card.key], lang)
        self.act_rebuild.setText(titles["rebuild"])
        self.empty = empty
        self._show_placeholders()

    def restyle(self) -> None:
        for card in self.cards():
            card.restyle()
