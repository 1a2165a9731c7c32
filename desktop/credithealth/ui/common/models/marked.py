"""A record table model whose rows carry marks: a check box in the first column
(checklists) and emphasis for rows that need attention (open incidents).

Ticking a box changes nothing by itself: the model asks (``check_requested``) and
the page makes the change through the session, which reloads the model. So every
tick is an undoable command, and a tick that needs a date can ask for it first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from credithealth.ui.common.models.records import Column, Index, R, RecordTableModel
from credithealth.ui.common.style import overdue_color


class MarkedRecordModel(RecordTableModel[R]):
    check_requested = Signal(object, bool)  # the record, the state asked for

    def __init__(
        self,
        columns: Sequence[Column[R]],
        load: Callable[[], list[R]],
        *,
        checked: Callable[[R], bool] | None = None,
        emphasis: Callable[[R], bool] | None = None,
        parent: Any = None,
    ) -> None:
        self._checked = checked
        self._emphasis = emphasis
        super().__init__(columns, load, parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._checked is not None and index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        rec = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            if self._checked is None or index.column() != 0:
                return None
            return Qt.CheckState.Checked if self._checked(rec) else Qt.CheckState.Unchecked
        if self._emphasis is not None and self._emphasis(rec):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return overdue_color()
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or self._checked is None
            or not index.isValid()
            or index.column() != 0
        ):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.check_requested.emit(self.rows[index.row()], state == Qt.CheckState.Checked)
        return False  # the session's change reloads the model
