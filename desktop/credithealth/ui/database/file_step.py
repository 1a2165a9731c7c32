"""Whole-file steps (restore a backup, encrypt, decrypt, change the passphrase) under the window.

The store needs the app's own connections closed for these, and the instance
lock held (so no second app or command can slip in). ``WholeFileStep`` closes
the window's session but keeps its lock, runs the step off the GUI thread with
a progress dialog over the app, and reopens the file in a new session (a new,
empty undo history: the old one described the file before the step). If the
file cannot be reopened, the bad-database dialog takes over (quitting is then
the way out, since there is no other database to go back to).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from credithealth.store.db import classify
from credithealth.store.errors import StoreError
from credithealth.ui.common.session import Session
from credithealth.ui.common.worker import run_op
from credithealth.ui.database.backup_policy import backup_policy
from credithealth.ui.database.open_database import REOPEN, DatabaseOpener

if TYPE_CHECKING:
    from credithealth.ui.common.host import Host


class WholeFileStep(QObject):
    """``work(path, passphrase)`` runs with the session closed; ``key_after(result)`` is
    the passphrase to reopen with after it succeeded (after a failure: the old one).
    ``finished(result, error)``: error is a ``StoreError`` or None."""

    finished = Signal(object, object)

    def __init__(
        self,
        host: Host,
        text: str,
        work: Callable[[Path, str | None], Any],
        key_after: Callable[[Any], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or host.widget())
        self.host = host
        self.text = text
        self.work = work
        self.key_after = key_after
        self.progress: QProgressDialog | None = None
        self.opener: DatabaseOpener | None = None

    def start(self) -> None:
        s = self.host.session
        self.path, self.old_key = s.db_path, s.passphrase
        self.today, self.rules = s.today, s.rules
        self.lock = s.detach_lock()
        s.close()  # waits for background work; every connection is closed
        p = QProgressDialog(self.text, "", 0, 0, self.parent())  # type: ignore[call-overload]
        p.setObjectName("fileStepProgress")
        p.setWindowTitle(self.host.widget().windowTitle())
        p.setCancelButton(None)  # half a rewrite cannot be undone: it runs to the end
        p.setWindowModality(Qt.WindowModality.ApplicationModal)
        p.setMinimumDuration(0)
        p.setMinimumWidth(360)
        p.show()
        self.progress = p
        path, key = self.path, self.old_key
        run_op(lambda _p: self.work(path, key), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._reopen(self.key_after(result), result, None)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoreError):
            self._reopen(self.old_key, None, exc)
        elif isinstance(exc, OSError):
            self._reopen(self.old_key, None, classify(exc, self.path))
        else:  # a bug: reopen what we closed, then let it be reported
            self._reopen(self.old_key, None, None)
            raise exc

    def _reopen(self, key: str | None, result: Any, error: StoreError | None) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        try:
            new = Session(
                self.path,
                today=self.today,
                rules=self.rules,
                passphrase=key,
                create=False,
                lock=self.lock,
                backups=backup_policy(),
            )
        except StoreError:
            opener = DatabaseOpener(
                self.host.widget(),
                mode=REOPEN,
                today=self.today,
                rules=self.rules,
                lock=self.lock,
                passphrase=key,
            )
            opener.opened.connect(self.host.install_session)
            opener.opened.connect(lambda _s: self.finished.emit(result, error))
            opener.gave_up.connect(QApplication.quit)
            self.opener = opener
            opener.start(self.path, create=False)
            return
        self.host.install_session(new)
        self.finished.emit(result, error)
