"""Overview: is it time to apply, and if not, what moves me closer and when will I be ready?

The page puts together the parts in ``ui/pages/overview``: the verdict banner, the five factor
cards, the projected date, the what-if panel and the charts. The current assessment
comes from the session; everything else (history, series, the assessments 30 and 90
days ago) is loaded off the GUI thread after each change, and only what the change
can have moved. The charts (pyqtgraph) are built once the page is first on screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.results import Assessment
from credithealth.domain.rules import FACTORS
from credithealth.domain.whatif import assumed_today
from credithealth.store import driver
from credithealth.store.db import after_open
from credithealth.store.errors import StoreError
from credithealth.ui.common import i18n
from credithealth.ui.common.session import Session
from credithealth.ui.common.worker import run_op
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.lazy_pages import LazyPages
from credithealth.ui.pages.overview import data as overview_data
from credithealth.ui.pages.overview.backfill import HistoryBackfill
from credithealth.ui.pages.overview.banner import VerdictBanner
from credithealth.ui.pages.overview.cards import FactorCard
from credithealth.ui.pages.overview.chart_slot import Slot, import_charts
from credithealth.ui.pages.overview.notice import LikelyNotifier, NoticeBar, tray_message
from credithealth.ui.pages.overview.style_sheet import set_style_sheet
from credithealth.ui.pages.overview.whatif import WhatIfPanel
from credithealth.ui.pages.overview.when import ReadyWhen
from credithealth.ui.report_export.setup import ACTION_NAME

if TYPE_CHECKING:
    from credithealth.ui.pages.overview.charts import ChartCard, OverviewCharts

STATUS_SECONDS = 15


class OverviewPage(Page):
    key = "overview"

    # what the last load brought is on screen (tests, benchmarks)
    data_shown = Signal()
    # the user was told that an application has become likely
    announced = Signal(str)
    # the charts exist and carry the first load's series (once; start-up timing)
    charts_drawn = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: overview_data.OverviewData | None = None
        self._past_wanted = True
        self.charts: OverviewCharts | None = None
        self._charts_coming = False
        self._charts_waiting = False  # cards left to build once the overview is back
        self._charts_filled = False
        self._chart_cards: dict[str, ChartCard] = {}  # built so far, before the charts are whole
        self.notifier = LikelyNotifier(session.db_path)
        self.backfill = HistoryBackfill(session, self)
        self.backfill.progress.connect(self._backfill_progress)
        self.backfill.finished.connect(self._backfill_done)
        self.backfill.failed.connect(self._backfill_failed)
        self._backfill_tried: set[date] = set()
        self._pending: set[str] = set()
        self._load_generation = 0
        self._awaiting_paint = False  # the first load waits for the window's first frame
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.timeout.connect(self._load)

        self.notice = NoticeBar()
        self.banner = VerdictBanner(self.page_title)
        self.banner.open_page.connect(self.open_page)
        self.banner.report.connect(self.export_report)
        self.cards = {k: FactorCard(k, self.page_title) for k in FACTORS}
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            card.open_page.connect(self.open_page)
            cards.addWidget(card, 1)

        self.when = ReadyWhen()
        self.whatif = WhatIfPanel()
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.when, 1)
        middle.addWidget(self.whatif, 2)

        self.trends_title = QLabel()
        f = self.trends_title.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.trends_title.setFont(f)
        self.trends_hint = QLabel()
        trends_head = QHBoxLayout()
        trends_head.addWidget(self.trends_title)
        trends_head.addSpacing(12)
        trends_head.addWidget(self.trends_hint, 1, Qt.AlignmentFlag.AlignBottom)
        # each as tall as its chart card will be (chart, title and margins)
        self.readiness_slot = Slot(346)
        self.radar_slot = Slot(386)
        self.sesame_slot = Slot(386)
        self.repayments_slot = Slot(326)
        self.spending_slot = Slot(326)
        charts = QGridLayout()
        charts.setSpacing(12)
        charts.addWidget(self.readiness_slot, 0, 0, 1, 2)
        charts.addWidget(self.radar_slot, 1, 0)
        charts.addWidget(self.sesame_slot, 1, 1)
        charts.addWidget(self.repayments_slot, 2, 0)
        charts.addWidget(self.spending_slot, 2, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)

        self.disclaimer = QLabel()
        self.disclaimer.setObjectName("overviewMuted")
        self.disclaimer.setWordWrap(True)

        inner = QWidget()
        inner.setObjectName("overviewInner")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(20, 18, 20, 18)
        lay.setSpacing(14)
        lay.addWidget(self.notice)
        lay.addWidget(self.banner)
        lay.addLayout(cards)
        lay.addLayout(middle)
        lay.addSpacing(6)
        lay.addLayout(trends_head)
        lay.addLayout(charts)
        lay.addWidget(self.disclaimer)
        lay.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        session.assessment_changed.connect(self.show_assessment)
        session.changed.connect(self.schedule_load)
        self._built = False  # the texts first; the assessment is rendered once, just below
        self.retranslate()
        self._built = True
        if session.assessment is not None:
            self.show_assessment(session.assessment)
        self.schedule_load("*")

    def title(self) -> str:
        return self.tr("Overview")

    def page_title(self, key: str) -> str | None:
        """The title of the window's page ``key``; None when there is no such page (yet)."""
        pages = getattr(self.window(), "pages", None)
        if key == self.key or not isinstance(pages, LazyPages) or key not in pages:
            return None
        return pages.title(key)  # without creating the page

    # -- the current assessment ---------------------------------------------------------

    def show_assessment(self, a: Assessment) -> None:
        """A new assessment from the session (after a change, or at start)."""
        self.render(a)
        if self.notifier.observe(a.verdict):
            self.announce()

    def render(self, a: Assessment) -> None:
        """Show ``a`` everywhere on the page, with what the last loads brought."""
        lang = i18n.current_language()
        rules, facts = self.session.rules, self.session.facts
        self._show_comparisons(a)
        assumed = assumed_today(facts, rules, a) if facts is not None else []
        self.when.show_assessment(a, facts, assumed, rules, lang)
        if facts is not None:
            self.whatif.set_base(facts, a, rules, lang)
        if self.charts is not None:
            self.charts.show_readiness(self.data.history if self.data else [], a, rules)

    def _show_comparisons(self, a: Assessment) -> None:
        """What compares today with 30 and 90 days ago: banner, cards, radar."""
        lang = i18n.current_language()
        past = self.data.past if self.data is not None else None
        month_ago = past.month_ago if past is not None else None
        self.banner.show_assessment(a, self.session.rules, lang, month_ago)
        for k, card in self.cards.items():
            change = a.factors[k].score - month_ago.factors[k].score if month_ago else None
            card.show_result(a.factors[k], change, lang)
        if self.charts is not None:
            before = past.quarter_ago if past is not None else None
            self.charts.show_radar(a, before, self.session.rules)

    def announce(self) -> None:
        """Tell the user, in the window and by a system notification where there is a tray."""
        text = self.tr(
            "Good news: an application is now likely to succeed. The overview says what to check "
            "before you apply."
        )
        self.notice.show_message(text)
        window = self.window()
        if isinstance(window, QMainWindow) and not self.isVisible():
            window.statusBar().showMessage(text, STATUS_SECONDS * 1000)
        tray_message(self.tr("Credit Health"), text, self._bring_forward)
        self.announced.emit(text)

    def _bring_forward(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.open_page.emit(self.key)

    # -- history, series and the past ----------------------------------------------------

    def schedule_load(self, table: str) -> None:
        """Gather what ``table`` changed; one load follows a burst of changes."""
        self._pending.add(table)
        self._load_timer.start(0)

    def _load(self) -> None:
        if self.session.closed:
            return
        window = self.window()
        if getattr(window, "painted", True) is False:
            # the window's first frame comes first: a load (and the back-fill after it)
            # running beside it in a worker would compete with it for the interpreter
            if not self._awaiting_paint:
                self._awaiting_paint = True
                window.first_painted.connect(  # type: ignore[attr-defined]
                    self._after_first_paint, Qt.ConnectionType.SingleShotConnection
                )
            return
        parts = overview_data.parts_for(self._pending)
        self._pending.clear()
        first_load = self.data is None
        # a change to records may move the past assessments (a new history point cannot);
        # wanted until a load that has them is shown
        self._past_wanted |= first_load or bool(parts)
        past = self._past_wanted
        if first_load:
            parts = frozenset(overview_data.SERIES_TABLES)
        self._load_generation += 1
        generation = self._load_generation
        session, today, rules = self.session, self.session.today(), self.session.rules
        known_first = None if first_load else self.data.first_record  # type: ignore[union-attr]

        def work(_p: object) -> overview_data.OverviewData:
            db = session.worker_db()
            return overview_data.load(db, today, rules, parts, known_first, past=past)

        def done(d: overview_data.OverviewData) -> None:
            if generation == self._load_generation and not self.session.closed:
                self._past_wanted &= d.past is None
                self.show_data(d)

        run_op(work, done, self._failed)

    def _after_first_paint(self) -> None:
        self._awaiting_paint = False
        self._load_timer.start(0)

    def show_data(self, d: overview_data.OverviewData) -> None:
        old = self.data
        if old is not None:  # keep what this load did not read
            d = replace(
                d,
                sesame=d.sesame if d.sesame is not None else old.sesame,
                repayments=d.repayments if d.repayments is not None else old.repayments,
                spending=d.spending if d.spending is not None else old.spending,
                past=d.past if d.past is not None else old.past,
            )
        self.data = d
        a = self.session.assessment
        if a is not None:
            self._show_comparisons(a)
        if self.charts is not None:
            self.charts.show_readiness(d.history, a, self.session.rules)
            self.charts.show_series(d, self.session.rules)
            self._filled()
        self._maybe_backfill(d)
        self.data_shown.emit()

    # -- back-fill -------------------------------------------------------------------------

    def _maybe_backfill(self, d: overview_data.OverviewData) -> None:
        # each gap is tried once per session: a failing day must not loop
        missing = [x for x in d.missing_month_ends if x not in self._backfill_tried]
        if missing and not self.backfill.running:
            self._backfill_tried.update(missing)
            self.backfill.start(missing)

    def rebuild_history(self) -> None:
        """Assess every month end again from the records (after old records were edited)."""
        self.backfill.start(None)

    def _backfill_progress(self, done: int, total: int) -> None:
        window = self.window()
        show = getattr(window, "show_progress", None)
        if callable(show):
            show(self.tr("Building the readiness history"), done, total)

    def _backfill_done(self, _days: int) -> None:
        self._backfill_progress(1, 1)
        self.schedule_load("assessments")

    def _backfill_failed(self, exc: BaseException) -> None:
        self._backfill_progress(1, 1)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, driver.DatabaseError):  # e.g. damage met by a background read
            exc = after_open(exc, self.session.db_path)
        if isinstance(exc, StoreError):
            self.session.error.emit(exc.msg)
        else:
            raise exc

    # -- charts ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._charts_waiting:
            self._charts_waiting = False
            QTimer.singleShot(0, self._build_next_chart)
        self.banner.report_button.setVisible(self._report_action() is not None)
        # the window's other pages exist by now: cards can name where an action is done
        if self.session.assessment is not None:
            self.render(self.session.assessment)

    def _report_action(self) -> QAction | None:
        """The window's File → Export readiness report…, which the banner's button triggers."""
        return self.window().findChild(QAction, ACTION_NAME)

    def export_report(self) -> None:
        action = self._report_action()
        if action is not None:
            action.trigger()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # the first frame is on screen: now pay for pyqtgraph and numpy in a worker, so that
        # the window keeps answering, then build the charts one per event-loop turn
        if self.charts is None and not self._charts_coming:
            self._charts_coming = True
            window = self.window()
            if getattr(window, "painted", True) is False:  # after the window's first_painted
                window.first_painted.connect(  # type: ignore[attr-defined]
                    self._start_charts, Qt.ConnectionType.SingleShotConnection
                )
            else:
                QTimer.singleShot(0, self._start_charts)

    def _start_charts(self) -> None:
        run_op(import_charts, lambda _r: self._build_next_chart(), self._failed)

    def _build_next_chart(self) -> None:
        if self.charts is not None or self.session.closed:
            return
        if not self.isVisible():  # another page is shown: it need not pay 20-40 ms a card
            self._charts_waiting = True
            return
        from credithealth.charts import system_palette
        from credithealth.ui.pages.overview.charts import CARDS, make_card

        todo = [k for k in CARDS if k not in self._chart_cards]
        if not todo:
            self.build_charts()
            return
        card = make_card(todo[0], i18n.current_language(), system_palette())
        card.setParent(self)  # hidden until its slot's layout takes it
        self._chart_cards[todo[0]] = card
        QTimer.singleShot(0, self._build_next_chart)

    def build_charts(self) -> None:
        """Build the charts once, with the cards made, and feed them what the page has."""
        if self.charts is not None:
            return
        from credithealth.ui.pages.overview.charts import OverviewCharts

        self.charts = OverviewCharts(
            i18n.current_language(), self.rebuild_history, self._chart_cards
        )
        for slot, card in (
            (self.radar_slot, self.charts.radar),
            (self.readiness_slot, self.charts.readiness),
            (self.sesame_slot, self.charts.sesame),
            (self.repayments_slot, self.charts.repayments),
            (self.spending_slot, self.charts.spending),
        ):
            slot.lay.addWidget(card)
        self._retranslate_charts()
        self.charts.restyle()
        a = self.session.assessment
        if a is not None:
            self._show_comparisons(a)
        if self.data is not None:
            self.charts.show_readiness(self.data.history, a, self.session.rules)
            self.charts.show_series(self.data, self.session.rules)
            self._filled()
        elif a is not None:
            self.charts.show_readiness([], a, self.session.rules)

    @property
    def charts_pending(self) -> bool:
        """True until the charts are drawn with their data (``charts_drawn``)."""
        return not self._charts_filled

    def _filled(self) -> None:
        if not self._charts_filled:
            self._charts_filled = True
            self.charts_drawn.emit()

    def _retranslate_charts(self) -> None:
        if self.charts is None:
            return
        self.charts.retranslate(
            i18n.current_language(),
            {
                "radar": self.tr("The five factors: now and 90 days ago"),
                "readiness": self.tr("Readiness over time"),
                "sesame": self.tr("Sesame score"),
                "repayments": self.tr("Repayments per month"),
                "spending": self.tr("Spending per month"),
                "rebuild": self.tr("Recalculate the history from the records"),
            },
            {
                "sesame": self.tr(
                    "No Sesame score recorded yet. Note your score from the Alipay app now and "
                    "then to see its trend here."
                ),
                "repayments": self.tr(
                    "No repayments recorded yet. Log repayments or import your bill files to see "
                    "which months were paid on time."
                ),
                "spending": self.tr(
                    "No spending recorded yet. Import your Alipay or WeChat Pay bill files to see "
                    "your monthly spending and the Huabei share."
                ),
            },
        )

    # -- language and palette ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.trends_title.setText(self.tr("Trends"))
        self.trends_hint.setText(
            self.tr(
                "Ctrl+wheel (or the wheel after a click) zooms, drag to pan, hover for values; "
                "right-click to save or copy."
            )
        )
        self.disclaimer.setText(
            self.tr(
                "An estimate from the published review points (credit status, account security, "
                "personal info, consumption, external credit), not Alipay's decision."
            )
        )
        self._retranslate_charts()
        self._restyle()
        if self._built and self.session.assessment is not None:
            self.render(self.session.assessment)

    def _restyle(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for label in (self.trends_hint, self.disclaimer):
            set_style_sheet(label, f"color: {muted};")
        self.banner.restyle()
        for card in self.cards.values():
            card.restyle()
        self.when.restyle()
        self.whatif.restyle()
        if self.notice.isVisible():
            self.notice.restyle()
        if self.charts is not None:
            self.charts.restyle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
