"""Spending (消费): every transaction, the monthly spending chart, and the consumption
factor read from them.

The table is lazy (``ui/pages/spending/transactions_model.py``): 100,000 imported transactions
open as fast as 100. Search and the filters run in SQL; so does sorting by a column.
Imported transactions are the bill's record: they can be deleted (undoably) but not
edited; transactions kept by hand can be added, edited and deleted. Nothing is read
until the page is first shown, and a change made elsewhere is read when it is next
on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.money import format_yuan
from credithealth.domain.records import Transaction
from credithealth.domain.results import Assessment
from credithealth.store.errors import StoreError
from credithealth.store.series import monthly_spending
from credithealth.store.transactions import TransactionFilter, filter_choices
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.deferred_save import DeferredSave
from credithealth.ui.pages.base import Page
from credithealth.ui.pages.spending.cashout_rows import CashoutRows
from credithealth.ui.pages.spending.factor_panel import ConsumptionPanel
from credithealth.ui.pages.spending.filter_bar import FilterBar
from credithealth.ui.pages.spending.form import TransactionForm
from credithealth.ui.pages.spending.transactions_model import (
    COLUMNS,
    RECORD_ROLE,
    TransactionsModel,
)

if TYPE_CHECKING:
    from credithealth.ui.pages.overview.charts import ChartCard

TABLES = ("transactions",)  # an import or its undo names it too
HEADER = app_settings.table_header("spending.transactions")


class SpendingPage(Page):
    key = "spending"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.form: TransactionForm | None = None
        self._stale = True  # the data changed since it was last read (or never read)
        self.chart_card: ChartCard | None = None

        # -- top: buttons, the chart, the factor ---------------------------------------
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("spendingImport")
        self.btn_import.clicked.connect(self.open_import)
        self.btn_new = QPushButton()
        self.btn_new.setObjectName("spendingNew")
        self.btn_new.clicked.connect(self.new_record)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.chart_slot = QWidget()
        self.chart_lay = QVBoxLayout(self.chart_slot)
        self.chart_lay.setContentsMargins(0, 0, 0, 0)
        self.chart_slot.setMinimumHeight(240)
        self.panel = ConsumptionPanel()
        self.panel.setMinimumWidth(300)
        self.panel.setMaximumWidth(420)
        top = QWidget()
        top_lay = QHBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(self.chart_slot, 1)
        top_lay.addWidget(self.panel)

        # -- filters ----------------------------------------------------------------------
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.filters.clear_clicked.connect(self.clear_filters)
        # the bar's parts, as the page has always offered them
        self.search, self.count, self.btn_clear = (
            self.filters.search,
            self.filters.count,
            self.filters.btn_clear,
        )
        self.month, self.source, self.method, self.category, self.kind = self.filters.combos()

        # -- the table ----------------------------------------------------------------------
        self.model = TransactionsModel(
            lambda: None if self.session.closed else self.session.db, self
        )
        self.view = QTableView()
        self.view.setObjectName("table_spending.transactions")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)  # set after the first load: no load in __init__
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # every row the same height, known without reading it: scrolling reads only what shows
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        self.header_saver = DeferredSave(self, self._save_header)  # once a resize has ended
        header.sectionResized.connect(lambda *_: self._header_changed())
        header.sortIndicatorChanged.connect(lambda *_: self._header_changed())
        self.view.doubleClicked.connect(lambda index: self.edit(index.data(RECORD_ROLE)))
        self.view.installEventFilter(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.act_new = QAction(self)
        self.act_new.triggered.connect(self.new_record)
        self.act_edit = QAction(self)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_delete = QAction(self)
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_import = QAction(self)
        self.act_import.triggered.connect(self.open_import)

        table = QWidget()
        table_lay = QVBoxLayout(table)
        table_lay.setContentsMargins(0, 0, 0, 0)
        # the rows the consumption factor counts as cash-outs, shown only when there are some
        self.cashouts = CashoutRows(session)
        self.cashouts.setMaximumHeight(230)
        self.cashouts.hide()
        table_lay.addWidget(self.cashouts)
        table_lay.addWidget(self.filters)
        table_lay.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(table)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(
            lambda *_: app_settings.SPENDING_SPLITTER.set(self.splitter.saveState())
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_import)
        buttons.addWidget(self.btn_new)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.empty_hint)
        lay.addWidget(self.splitter, 1)

        session.changed.connect(self._changed)
        session.assessment_changed.connect(self._assessed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.retranslate()

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.model.loaded:
            self._restore_splitter()
        if self._stale:
            self.reload()

    def _changed(self, table: str) -> None:
        if table in TABLES:
            self._stale = True
            if self.isVisible():
                self.reload()

    def _assessed(self, a: Assessment) -> None:
        self.panel.show_result(a.factors.get("consumption"), i18n.current_language())
        facts = self.session.facts
        self.cashouts.show_rows(facts.consumption.suspicious if facts is not None else ())

    def reload(self) -> None:
        """Read everything the page shows again, keeping the filters and the selection."""
        self._stale = False
        db = self.session.db
        kept = self.selected()
        first = not self.model.loaded
        self.filters.fill_choices(filter_choices(db))
        self.model.filter = self.filters.current_filter()
        self.model.reload()
        if first:
            self._restore_header()
            self.view.setSortingEnabled(True)
        self._show_chart(monthly_spending(db, self.session.today()))
        if self.session.assessment is not None:
            self._assessed(self.session.assessment)
        if kept is not None and kept.id is not None:
            self.select_id(kept.id)
        self._update_counts()

    def _show_chart(self, months: list[Any]) -> None:
        if self.chart_card is None:
            from credithealth.charts import SpendingChart, system_palette
            from credithealth.ui.pages.overview.charts import ChartCard

            chart = SpendingChart(lang=i18n.current_language(), palette=system_palette())
            self.chart_card = ChartCard("spending", chart, min_height=220)
            chart.widget.scene().sigMouseClicked.connect(self._chart_clicked)
            self.chart_lay.addWidget(self.chart_card)
            self._retranslate_chart()
        self.chart_card.update_chart(months)
        nothing = not any(m.spent_fen for m in months)
        self.chart_card.show_placeholder(
            self.tr("No spending recorded yet: import your bill files to see it month by month.")
            if nothing
            else None
        )

    def _chart_clicked(self, event: Any) -> None:
        """A click on a month's bar shows that month's transactions."""
        if self.chart_card is None:
            return
        chart = self.chart_card.chart
        p = chart.view.mapSceneToView(event.scenePos())
        r = chart.readout_at(p.x(), p.y())
        if r is not None and self.month.findData(r.key) >= 0:
            self.month.setCurrentIndex(self.month.findData(r.key))

    # -- filters -------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.filters.search_timer.stop()
        if not self.model.loaded:
            return
        f = self.filters.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)
            self._update_counts()

    def clear_filters(self) -> None:
        self.filters.reset()
        self.apply_filter()

    def _update_counts(self) -> None:
        n = self.model.rowCount()
        filtered = self.model.filter != TransactionFilter()
        self.filters.show_count(n, filtered)
        empty = not filtered and n == 0
        self.empty_hint.setVisible(empty)
        self.edit_state_changed.emit()

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> Transaction | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        rec = rows[0].data(RECORD_ROLE)
        return rec if isinstance(rec, Transaction) else None

    def select_id(self, tx_id: int) -> bool:
        row = self.model.row_of(tx_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectRow(row)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection(self) -> None:
        rec = self.selected()
        self.act_edit.setEnabled(rec is not None and rec.source == "manual")
        self.act_delete.setEnabled(rec is not None)
        self.edit_state_changed.emit()

    def _menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for a in (self.act_new, self.act_edit, self.act_delete):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                rec = self.selected()
                if rec is not None:
                    self.edit(rec)
                    return True
        return super().eventFilter(watched, event)

    # -- changes -------------------------------------------------------------------------

    def can_new(self) -> bool:
        return True

    def can_delete(self) -> bool:
        return self.selected() is not None

    def new_record(self) -> None:
        self.show_single_form(
            TransactionForm(self._insert, self.session.today(), None, self._categories(), self)
        )

    def edit_selected(self) -> None:
        rec = self.selected()
        if rec is not None:
            self.edit(rec)

    def edit(self, rec: Any) -> None:
        if not isinstance(rec, Transaction):
            return
        if rec.source != "manual":
            self._status(
                self.tr(
                    "Imported transactions are the bill's record and cannot be edited; "
                    "delete it if it should not count."
                )
            )
            return
        self.show_single_form(
            TransactionForm(self._updater(rec), self.session.today(), rec, self._categories(), self)
        )

    def delete_selected(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        row = self.view.currentIndex().row()
        try:
            self.session.delete(rec, lambda: self._describe("delete", rec))
        except StoreError as exc:
            self.session.error.emit(exc.msg)
            return
        n = self.model.rowCount()
        if n:
            self.view.selectRow(min(max(row, 0), n - 1))
        self._status(self.tr("Deleted. Edit → Undo brings it back."))

    def _categories(self) -> list[str]:
        return list(self.filters.choices.categories) if self.filters.choices else []

    def _insert(self, rec: Transaction) -> None:
        saved = self.session.insert(rec, lambda: self._describe("add", rec))
        if saved.id is not None and not self.select_id(saved.id):
            self.clear_filters()  # the filter hid it: show everything, then find it
            self.select_id(saved.id)

    def _updater(self, old: Transaction) -> Any:
        def save(rec: Transaction) -> None:
            if rec != old:
                self.session.update(old, rec, lambda: self._describe("edit", rec))
            if rec.id is not None:
                self.select_id(rec.id)

        return save

    def _describe(self, what: str, rec: Transaction) -> str:
        text = {
            "add": self.tr("Add transaction of %1"),
            "edit": self.tr("Edit transaction of %1"),
            "delete": self.tr("Delete transaction of %1"),
        }[what]
        return with_args(text, format_yuan(rec.amount_fen))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def open_import(self) -> None:
        from credithealth.ui.importing.dialog import open_import_dialog

        open_import_dialog(self.session, self.window())

    # -- header --------------------------------------------------------------------------

    def _header_changed(self) -> None:
        if self.model.loaded:
            self.header_saver.request(self.view.horizontalHeader().saveState())

    def _save_header(self, state: QByteArray) -> None:
        HEADER.set(state)

    def _restore_header(self) -> None:
        header = self.view.horizontalHeader()
        state = HEADER.get()
        if state is not None and header.restoreState(state):
            return
        fm = self.view.fontMetrics()
        widths = {
            "time": "2026-11-26 21:14",
            "counterparty": "示例数码旗舰店旗舰",
            "description": "超市购物，含纸巾、洗衣液 等多件",
            "amount": "−¥12,345.67",
            "kind": "Savings / investment",
            "category": "餐饮美食美食",
            "method": "招商银行信用卡(4321)",
            "status": "等待确认收货",
            "source": "WeChat Pay",
        }
        for c, (key, _h, _t) in enumerate(COLUMNS):
            if key in widths:
                self.view.setColumnWidth(c, fm.horizontalAdvance(widths[key]) + 24)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def _restore_splitter(self) -> None:
        state = app_settings.SPENDING_SPLITTER.get()
        if state is not None:
            self.splitter.restoreState(state)

    # -- Page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Spending")

    def retranslate(self) -> None:
        self.btn_import.setText(self.tr("&Import bill files…"))
        self.btn_import.setToolTip(self.tr("Import Alipay or WeChat Pay bill files"))
        self.btn_new.setText(self.tr("New &transaction…"))
        self.btn_new.setToolTip(self.tr("Keep a transaction the bill files do not have"))
        self.view.setAccessibleName(self.tr("Transactions"))
        for act, text in (
            (self.act_new, self.tr("New transaction…")),
            (self.act_edit, self.tr("Edit…")),
            (self.act_delete, self.tr("Delete")),
            (self.act_import, self.tr("Import bill files…")),
        ):
            act.setText(text)
        self.empty_hint.setText(
            self.tr(
                "No transactions yet. Import the bill files Alipay or WeChat Pay send you "
                "(交易明细 / 账单): the consumption factor is read from them — how steadily you "
                "spend, large purchases, cash-outs on credit and the share paid with Huabei."
            )
        )
        self.filters.retranslate()
        self.model.retranslate()
        if self.model.loaded:
            self._update_counts()
        self._retranslate_chart()
        self.cashouts.retranslate()
        if self.session.assessment is not None:
            self.panel.show_result(
                self.session.assessment.factors.get("consumption"), i18n.current_language()
            )

    def _retranslate_chart(self) -> None:
        if self.chart_card is not None:
            self.chart_card.retranslate(self.tr("Spending by month"), i18n.current_language())
            self.chart_card.restyle()
