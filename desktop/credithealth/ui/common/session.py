"""The open database, the one undo stack, and the current assessment.

Every change a user makes goes through here as an undoable command; after each
one ``changed`` names the table and the assessment is recomputed off the GUI
thread, with ``assessment_changed`` delivering it.

A session may be read-only (a read-only file, or one a newer version made):
then every change is refused with a ``StoreError`` before it reaches the file,
and nothing the app would write on its own (assessment history) is written.
An encrypted database's passphrase lives here, in memory, for the session's
lifetime only. The instance lock (``store.instance``), when the app took one,
is released when the session closes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from credithealth.domain.assess import Scored, assess
from credithealth.domain.facts import Facts
from credithealth.domain.messages import Msg
from credithealth.domain.records import HolidayNoticeRecord
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules, default_rules
from credithealth.store import repo
from credithealth.store.calendar import activate as activate_notices
from credithealth.store.database import Database
from credithealth.store.db import BUSY_TIMEOUT_MS, connect, key_for, open_db
from credithealth.store.errors import StoreError
from credithealth.store.facts import load_facts
from credithealth.store.instance import InstanceLock
from credithealth.ui.common.worker import run_op

if TYPE_CHECKING:
    from credithealth.store.file_backups import BackupPolicy
    from credithealth.ui.common.undo import UndoText

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
        passphrase: str | None = None,
        read_only: bool = False,
        create: bool = True,
        lock: InstanceLock | None = None,
        backups: BackupPolicy | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        scored: Scored | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.read_only = read_only
        self.db = (
            db
            if db is not None
            else open_db(
                self.db_path,
                create=create,
                passphrase=passphrase,
                read_only=read_only,
                backups=backups,
                busy_timeout_ms=busy_timeout_ms,
                check="cheap",  # the full check runs after the window is shown (DailyBackups)
            )
        )
        if db is not None:  # opened elsewhere: count working days with its notices too
            activate_notices(db, strict=False)
        # kept only if the file needs it: worker connections and whole-file steps use it
        self._passphrase = key_for(self.db_path, passphrase) if db is None else passphrase
        self.lock = lock
        self.today = today
        self.rules = rules or default_rules()
        self.undo_stack = QUndoStack(self)
        # texts of the macros (steps of several commands), by the macro's C++ address
        self._macro_texts: dict[int, UndoText] = {}
        self.assessment: Assessment | None = None
        self.facts: Facts | None = None
        self._scored = scored  # scored while the window's code loaded
        self._generation = 0
        self._local = threading.local()
        self._worker_dbs: list[Database] = []
        self._lock = threading.Lock()
        self.closed = False
        self.changed.connect(self._on_changed)

    def __repr__(self) -> str:  # never the passphrase
        return f"<Session {self.db_path}{' read-only' if self.read_only else ''}>"

    @property
    def passphrase(self) -> str | None:
        """The encrypted database's passphrase (None for a plain one); memory only."""
        return self._passphrase

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    def _on_changed(self, table: str) -> None:
        if table == HolidayNoticeRecord.table:
            activate_notices(self.db)  # an added or removed notice (or its undo) counts at once
        self.refresh()

    def detach_lock(self) -> InstanceLock | None:
        """Take the instance lock out of the session, so closing it keeps the lock
        (a whole-file step closes the session and reopens the file under the same lock)."""
        lock, self.lock = self.lock, None
        return lock

    # -- connections -------------------------------------------------------------

    def worker_db(self) -> Database:
        """A connection for the calling worker thread (SQLite connections are per thread)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.db_path, passphrase=self._passphrase, read_only=self.read_only)
            self._local.db = db
            with self._lock:
                self._worker_dbs.append(db)
        return db

    def close(self) -> None:
        """Close every connection; results of work still under way are dropped."""
        from credithealth.ui.common.worker import wait_all

        self._generation += 1
        self.closed = True
        wait_all()
        with self._lock:
            for db in self._worker_dbs:
                db.conn.close()
            self._worker_dbs.clear()
        self.db.conn.close()
        self._passphrase = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- changes -----------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise the user's ``StoreError`` when changes cannot be saved (read-only)."""
        if self.read_only:
            raise StoreError(Msg("session.read_only", {"path": str(self.db_path)}))

    def insert(self, rec: R, text: UndoText = "") -> R:
        from credithealth.ui.common.undo import InsertCommand

        self.check_writable()
        saved = repo.insert(self.db, rec)  # raises StoreError before anything is pushed
        self.undo_stack.push(InsertCommand(self, saved, text))
        return saved

    def update(self, old: Any, new: R, text: UndoText = "") -> R:
        from credithealth.ui.common.undo import UpdateCommand

        self.check_writable()
        repo.update(self.db, new)
        self.undo_stack.push(UpdateCommand(self, old, new, text))
        return new

    def delete(self, rec: Any, text: UndoText = "") -> None:
        from credithealth.ui.common.undo import DeleteCommand

        self.check_writable()
        removed = repo.delete(self.db, type(rec), rec.id)
        self.undo_stack.push(DeleteCommand(self, rec, removed, text))

    def begin_macro(self, text: UndoText) -> None:
        """Start one undo step made of several changes; ``end_macro`` closes it."""
        from credithealth.ui.common.undo import render_text

        self.undo_stack.beginMacro(render_text(text))
        macro = self.undo_stack.command(self.undo_stack.count() - 1)
        if callable(text) and macro is not None:
            self._macro_texts[shiboken6.getCppPointer(macro)[0]] = text

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def retranslate_undo(self) -> None:
        """Every step of the undo history named again in the current language."""
        from credithealth.ui.common.undo import TextCommand, render_text

        stack = self.undo_stack
        alive = set()
        for i in range(stack.count()):
            cmd = stack.command(i)
            if isinstance(cmd, TextCommand):
                cmd.retranslate()
                continue
            key = shiboken6.getCppPointer(cmd)[0]
            text = self._macro_texts.get(key)
            if text is not None:
                alive.add(key)
                with contextlib.suppress(RuntimeError):  # its widget is gone: old text stays
                    cmd.setText(render_text(text))
        self._macro_texts = {k: v for k, v in self._macro_texts.items() if k in alive}

    def notify(self, *tables: str) -> None:
        for t in dict.fromkeys(tables):
            self.changed.emit(t)

    # -- the assessment ------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the assessment off the GUI thread; a newer request wins."""
        if self.closed:
            return
        self._scored = None  # a change may have come since
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
            if not self.read_only:
                from credithealth.store.series import record_assessment  # (not at start-up)

                record_assessment(self.db, self.assessment)
            self.assessment_changed.emit(self.assessment)

        run_op(work, done, self._failed)

    def refresh_now(self) -> Assessment:
        """Score on the GUI thread (first paint, tests); at start-up, the scoring the early
        open made (``ui/database/early_open.py``) if it is for the same day and rules."""
        self._generation += 1
        scored, self._scored = self._scored, None
        today = self.today()
        if scored is not None and scored.today == today and scored.rules is self.rules:
            self.facts, self.assessment = scored.facts, scored.assessment
        else:
            self.facts = load_facts(self.db, today, self.rules)
            self.assessment = assess(self.facts, self.rules)
        self.assessment_changed.emit(self.assessment)
        return self.assessment

    def _failed(self, exc: BaseException) -> None:
        from credithealth.store.errors import StoreError

        if isinstance(exc, StoreError):
            self.error.emit(exc.msg)
        else:
            raise exc
