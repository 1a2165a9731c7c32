"""A record table as users expect it: sortable, filterable, with a context menu,
double-click to edit, and column widths that persist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from credithealth.ui.common import app_settings
from credithealth.ui.common.models.records import RECORD_ROLE, SORT_ROLE, RecordTableModel
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.widgets.deferred_save import DeferredSave


class RecordTable(Retranslates, QWidget):
    selection_changed = Signal()
    activated = Signal(object)  # the record double-clicked or Enter-ed

    def __init__(
        self, name: str, model: RecordTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name  # names the setting that keeps its column widths
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # search every column
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.title.hide()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName(f"table_{name}")
        # Tab moves on to the next control (arrows move within the table), so the
        # keyboard never gets stuck in a list
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        # saved once a resize drag (dozens of signals) or the first layout has ended
        self.columns_saver = DeferredSave(self, self._write_columns)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._columns_changed())
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self._columns_changed()
        )
        self.context_actions: list[QAction] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.search)
        lay.addWidget(self.view)
        model.modelReset.connect(self.selection_changed)
        # what to do when the list is empty, written over the empty table (set_empty_text)
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName(f"empty_{name}")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.hide()
        self.view.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self._show_empty())
        self.retranslate()
        self.restore_columns()

    def set_empty_text(self, text: str) -> None:
        """Shown over the table while it has no rows: what would fill it."""
        self.empty_label.setText(text)
        self._show_empty()

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0 and bool(self.empty_label.text())
        if empty:
            self.empty_label.setGeometry(self.view.viewport().rect().adjusted(24, 8, -24, -8))
        self.empty_label.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_empty()
        return super().eventFilter(watched, event)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setVisible(bool(text))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.model.retranslate()

    # -- selection ------------------------------------------------------------------

    def selected_record(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], RECORD_ROLE)

    def select_where(self, pred: Any) -> bool:
        row = self.model.row_of(pred)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        rec = self.proxy.data(index, RECORD_ROLE)
        if rec is not None:
            self.activated.emit(rec)

    def _menu(self, pos: QPoint) -> None:
        if not self.context_actions:
            return
        menu = QMenu(self)
        for a in self.context_actions:
            menu.addAction(a)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- persisted column widths and sort -------------------------------------------------

    def _columns_changed(self) -> None:
        self.columns_saver.request(self.view.horizontalHeader().saveState())

    def _write_columns(self, state: QByteArray) -> None:
        app_settings.table_header(self.name).set(state)

    def save_columns(self) -> None:
        """Write the widths and sort now (what waited to be written is this or older)."""
        self.columns_saver.cancel()
        self._write_columns(self.view.horizontalHeader().saveState())

    def restore_columns(self) -> None:
        state = app_settings.table_header(self.name).get()
        if state is not None and self.view.horizontalHeader().restoreState(state):
            return
        self.view.resizeColumnsToContents()
