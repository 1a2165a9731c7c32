"""Undoable record changes. The change itself is made before the command is pushed
(so a refused change never enters the stack); redo after an undo repeats it.

A command's text (what Edit → Undo names) is given as a function that translates
it, so that after a language switch the whole history reads in the new language
(``TextCommand.retranslate``); a plain string stays as it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtGui import QUndoCommand

from credithealth.store import repo
from credithealth.store.errors import StoreError

if TYPE_CHECKING:
    from credithealth.store.repo import Removed
    from credithealth.ui.common.session import Session


UndoText: TypeAlias = "str | Callable[[], str]"


def render_text(text: UndoText) -> str:
    return text() if callable(text) else text


class TextCommand(QUndoCommand):
    """A command whose text is made again in the current language on request."""

    def __init__(self, text: UndoText) -> None:
        super().__init__(render_text(text))
        self._text = text

    def retranslate(self) -> None:
        with contextlib.suppress(RuntimeError):  # the widget that named it is gone: old text stays
            self.setText(render_text(self._text))


class _RecordCommand(TextCommand):
    def __init__(self, session: Session, table: str, text: UndoText) -> None:
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
    def __init__(self, session: Session, rec: Any, text: UndoText = "") -> None:
        super().__init__(session, rec.table, text)
        self.rec = rec

    def do(self) -> None:
        repo.insert(self.session.db, self.rec)  # same id as the first time

    def undo_it(self) -> None:
        removed = repo.delete(self.session.db, type(self.rec), self.rec.id)
        self.session.notify(*(t for t, _ in removed.rows))


class UpdateCommand(_RecordCommand):
    def __init__(self, session: Session, old: Any, new: Any, text: UndoText = "") -> None:
        super().__init__(session, new.table, text)
        self.old, self.new = old, new

    def do(self) -> None:
        repo.update(self.session.db, self.new)

    def undo_it(self) -> None:
        repo.update(self.session.db, self.old)


class DeleteCommand(_RecordCommand):
    def __init__(self, session: Session, rec: Any, removed: Removed, text: UndoText = "") -> None:
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
