"""The open database, the one undo stack, and the current assessment.

Every change a user makes goes through here as an undoable command; after each
one ``changed`` names the table and the assessment is recomputed off the GUI
thread, with ``assessment_changed`` delivering it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.facts import Facts
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules, default_rules
from credithealth.store import repo
from credithealth.store.db import connect, open_db
from credithealth.store.facts import load_facts
from credithealth.store.series import record_assessment
from credithealth.ui.worker import run_op

R = TypeVar("R")


class Session(QObject):
    changed = Signal(str)  # a table name
    assessment_changed = Signal(object)  # Assessment
    error = Signal(object)  # Msg, for the window to show

    def __init__(
        self,
        db_path: Path,
        *,
        db: Database | None = None,
        today: Callable[[], date] = date.today,
        rules: Rules | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.db = db if db is not None else open_db(self.db_path)
        self.today = today
        self.rules = rules or default_rules()
        self.undo_stack = QUndoStack(self)
        self.assessment: Assessment | None = None
        self.facts: Facts | None = None
        self._generation = 0
        self._local = threading.local()
        self._worker_dbs: list[Database] = []
        self._lock = threading.Lock()
        self.closed = False
        self.changed.connect(lambda _table: self.refresh())

    # -- connections -------------------------------------------------------------

    def worker_db(self) -> Database:
        """A connection for the calling worker thread (SQLite connections are per thread)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.db_path)
            self._local.db = db
            with self._lock:
                self._worker_dbs.append(db)
        return db

    def close(self) -> None:
        """Close every connection; results of work still under way are dropped."""
        from credithealth.ui.worker import wait_all

        self._generation += 1
        self.closed = True
        wait_all()
        with self._lock:
            for db in self._worker_dbs:
                db.conn.close()
            self._worker_dbs.clear()
        self.db.conn.close()

    # -- changes -----------------------------------------------------------------

    def insert(self, rec: R, text: str = "") -> R:
        from credithealth.ui.undo import InsertCommand

        saved = repo.insert(self.db, rec)  # raises StoreError before anything is pushed
        self.undo_stack.push(InsertCommand(self, saved, text))
        return saved

    def update(self, old: Any, new: R, text: str = "") -> R:
        from credithealth.ui.undo import UpdateCommand

        repo.update(self.db, new)
        self.undo_stack.push(UpdateCommand(self, old, new, text))
        return new

    def delete(self, rec: Any, text: str = "") -> None:
        from credithealth.ui.undo import DeleteCommand

        removed = repo.delete(self.db, type(rec), rec.id)
        self.undo_stack.push(DeleteCommand(self, rec, removed, text))

    def notify(self, *tables: str) -> None:
        for t in dict.fromkeys(tables):
            self.changed.emit(t)

    # -- the assessment ------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the assessment off the GUI thread; a newer request wins."""
        self._generation += 1
        generation = self._generation
        today = self.today()
        rules = self.rules

        def work(_progress: object) -> tuple[Facts, Assessment]:
            facts = load_facts(self.worker_db(), today, rules)
            return facts, assess(facts, rules)

        def done(result: tuple[Facts, Assessment]) -> None:
            if generation != self._generation or self.closed:
                return  # a later change is already being scored
            self.facts, self.assessment = result
            record_assessment(self.db, self.assessment)
            self.assessment_changed.emit(self.assessment)

        run_op(work, done, self._failed)

    def refresh_now(self) -> Assessment:
        """Score on the GUI thread (first paint, tests)."""
        self._generation += 1
        self.facts = load_facts(self.db, self.today(), self.rules)
        self.assessment = assess(self.facts, self.rules)
        self.assessment_changed.emit(self.assessment)
        return self.assessment

    def _failed(self, exc: BaseException) -> None:
        from credithealth.store.errors import StoreError

        if isinstance(exc, StoreError):
            self.error.emit(exc.msg)
        else:
            raise exc
