"""A table model over a list of records (dataclasses) that the store returns.

It holds the rows of one query and answers display, sort, alignment, colour and
tooltip roles from column definitions; it reloads itself when the session says
one of its tables changed. Meant for record lists of up to a few thousand rows;
the transactions table uses a lazily fetching model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: a translated header, the text shown, and what it sorts by."""

    header: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # default: the text
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        load: Callable[[], list[R]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._load = load
        self.rows: list[R] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._load()
        self.endResetModel()

    def record(self, row: int) -> R:
        return self.rows[row]

    def row_of(self, pred: Callable[[R], bool]) -> int:
        return next((i for i, r in enumerate(self.rows) if pred(r)), -1)

    # -- Qt -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        rec = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(rec)
        if role == SORT_ROLE:
            return col.sort(rec) if col.sort else col.text(rec)
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.color:
            return col.color(rec)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(rec) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )
