"""Importing bill files is undoable like every other change.

The import itself runs off the GUI thread and is committed before this command is
pushed; undo deletes what it added (its transactions by ``import_id``, the
repayments and accounts it created, its ``imports`` rows) and redo puts the very
same rows back, ids included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from credithealth.store.errors import StoreError
from credithealth.store.import_undo import RemovedImport, remove_import, restore_import
from credithealth.store.imports import ImportResult
from credithealth.ui.common.undo import TextCommand, UndoText

if TYPE_CHECKING:
    from credithealth.ui.common.session import Session

TABLES = ("transactions", "repayments", "accounts", "bills", "imports")


class ImportCommand(TextCommand):
    def __init__(self, session: Session, results: Sequence[ImportResult], text: UndoText) -> None:
        super().__init__(text)
        self.session = session
        self.results = tuple(results)
        self.removed: RemovedImport | None = None
        self._first = True

    def redo(self) -> None:
        if self._first:  # the import was committed before the command was pushed
            self._first = False
        elif self.removed is not None:
            self._run(lambda: restore_import(self.session.db, self.removed))  # type: ignore[arg-type]
        self.session.notify(*TABLES)

    def undo(self) -> None:
        def take() -> None:
            self.removed = remove_import(self.session.db, self.results)

        self._run(take)
        self.session.notify(*TABLES)

    def _run(self, fn: object) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fn()  # type: ignore[operator]
        except StoreError as exc:
            self.setObsolete(True)
            self.session.error.emit(exc.msg)
        finally:
            QGuiApplication.restoreOverrideCursor()
