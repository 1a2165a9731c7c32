"""Undoable record changes. The change itself is made before the command is pushed
(so a refused change never enters the stack); redo after an undo repeats it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from credithealth.store import repo
from credithealth.store.errors import StoreError

if TYPE_CHECKING:
    from credithealth.store.repo import Removed
    from credithealth.ui.session import Session


class _RecordCommand(QUndoCommand):
    def __init__(self, session: Session, table: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.table = table
        self._first = True

    def _run(self, fn: Any) -> None:
        try:
            fn()
        except StoreError as exc:
            self.setObsolete(True)
            self.session.error.emit(exc.msg)
        self.session.notify(self.table)

    def redo(self) -> None:
        if self._first:  # already done by the session before pushing
            self._first = False
            self.session.notify(*self.first_tables())
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def first_tables(self) -> tuple[str, ...]:
        return (self.table,)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class InsertCommand(_RecordCommand):
    def __init__(self, session: Session, rec: Any, text: str = "") -> None:
        super().__init__(session, rec.table, text)
        self.rec = rec

    def do(self) -> None:
        repo.insert(self.session.db, self.rec)  # same id as the first time

    def undo_it(self) -> None:
        removed = repo.delete(self.session.db, type(self.rec), self.rec.id)
        self.session.notify(*(t for t, _ in removed.rows))


class UpdateCommand(_RecordCommand):
    def __init__(self, session: Session, old: Any, new: Any, text: str = "") -> None:
        super().__init__(session, new.table, text)
        self.old, self.new = old, new

    def do(self) -> None:
        repo.update(self.session.db, self.new)

    def undo_it(self) -> None:
        repo.update(self.session.db, self.old)


class DeleteCommand(_RecordCommand):
    def __init__(self, session: Session, rec: Any, removed: Removed, text: str = "") -> None:
        super().__init__(session, rec.table, text)
        self.rec = rec
        self.removed = removed

    def first_tables(self) -> tuple[str, ...]:
        return tuple(t for t, _ in self.removed.rows)

    def do(self) -> None:
        self.removed = repo.delete(self.session.db, type(self.rec), self.rec.id)
        self.session.notify(*(t for t, _ in self.removed.rows))

    def undo_it(self) -> None:
        repo.restore(self.session.db, self.removed)
        self.session.notify(*(t for t, _ in self.removed.rows))
