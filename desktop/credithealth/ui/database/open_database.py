"""Opening a database for the window: the instance lock, the passphrase, and what to do
when the file cannot be opened.

``DatabaseOpener.start(path)`` tries at once; when the user must say something
(a passphrase, a busy database, a bad file) it opens a dialog (``dialog``, shown
with ``open()``, never ``exec()``) and carries on when it is answered. The
outcome is one signal: ``opened(session)`` or ``gave_up()``; at start-up a
database already open in another Credit Health window gives ``raised()``
instead (that window was asked to come forward).

It never writes to a file it could not open: the only change it makes is a
restore the user chose, which keeps the replaced file as a backup first.

Modes: ``START`` (no window yet: the last button quits), ``SWITCH`` (Preferences'
"Open another…": cancelling keeps the current database), ``REOPEN`` (after a
whole-file step closed the session: the lock is handed over, cancelling quits).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from credithealth.applog import log
from credithealth.domain.messages import Msg
from credithealth.domain.rules import Rules
from credithealth.store.db import BUSY_TIMEOUT_MS, classify
from credithealth.store.errors import StoreError
from credithealth.store.instance import (
    InstanceLock,
    acquire_instance_lock,
    lock_holder,
    request_raise,
)
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.database.early_open import EarlyOpen

if TYPE_CHECKING:
    from credithealth.store.file_backups import Backup, BackupPolicy
    from credithealth.ui.database.bad_database import BadDatabaseDialog

# the dialogs (passphrase, bad database) are loaded when a start-up needs one
START, SWITCH, REOPEN = "start", "switch", "reopen"
PASSPHRASE_ERRORS = ("store.needs_passphrase", "store.wrong_passphrase")


def _wrong_key(exc: StoreError) -> bool:
    msg = exc.msg
    if msg.code == "snapshot.bad_backup" and isinstance(msg.params.get("detail"), Msg):
        msg = msg.params["detail"]
    return msg.code in PASSPHRASE_ERRORS


class DatabaseOpener(QObject):
    opened = Signal(object)  # Session
    gave_up = Signal()
    raised = Signal(object)  # Path: another window has it and was asked to come forward

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: str = START,
        today: Callable[[], date] = date.today,
        rules: Rules | None = None,
        lock: InstanceLock | None = None,
        passphrase: str | None = None,
        early: EarlyOpen | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self._early = early  # start-up: the first attempt may be done already (early_open.py)
        self.mode = mode
        self.today = today
        self.rules = rules
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        self.dialog: QDialog | None = None  # the dialog waiting for the user (tests answer it)
        self.outcome = ""  # "", "opened", "gave_up", "raised"
        self.session: Session | None = None
        self._lock = lock  # REOPEN: the window's own lock, handed over
        self._shown: list[QDialog] = []
        self._passphrase = passphrase
        self._path = Path()
        self._create = True
        self._read_only = False

    # -- the attempt -----------------------------------------------------------------

    def start(
        self, path: Path | str, *, create: bool = True, read_only: bool = False
    ) -> Session | None:
        """Open ``path`` (creating it if ``create``); the session if that worked at once."""
        self._attempt(Path(path), create=create, read_only=read_only)
        return self.session

    def _attempt(self, path: Path, *, create: bool, read_only: bool = False) -> None:
        self._path = path
        self._create, self._read_only = create, read_only
        if not create and not path.exists():
            self._bad(StoreError(Msg("store.missing", {"path": str(path)})))
            return
        early, self._early = self._early, None
        if early is not None and self._adopt(early, path, create=create, read_only=read_only):
            return
        if not self._take_lock(path):
            return
        try:
            session = self._open(self._passphrase)
        except StoreError as exc:
            if exc.msg.code in PASSPHRASE_ERRORS:
                self._ask_passphrase(exc)
            else:
                self._bad(exc)
            return
        except OSError as exc:  # e.g. a file we may not even read
            self._bad(classify(exc, path))
            return
        self._finish(session)

    def _adopt(self, early: EarlyOpen, path: Path, *, create: bool, read_only: bool) -> bool:
        """Take what the early open did for this very attempt: its lock, and when it
        opened and scored the file, the session (True: nothing left to do)."""
        if early.path != path or not create or read_only or self._passphrase is not None:
            early.discard()
            return False
        early.result()
        if early.lock is not None:
            self._drop_lock()
            self._lock = early.lock
        if early.db is None or early.scored is None:
            if early.failed is not None:
                log.info("early open stopped (%s): opening again", type(early.failed).__name__)
            return False
        log.info("database opened and scored while the window's code loaded")
        self._finish(
            Session(
                path,
                db=early.db,
                today=self.today,
                rules=early.scored.rules if self.rules is None else self.rules,
                scored=early.scored,
            )
        )
        return True

    def _open(self, passphrase: str | None) -> Session:
        return Session(
            self._path,
            today=self.today,
            rules=self.rules,
            passphrase=passphrase,
            read_only=self._read_only,
            create=self._create,
            lock=None,
            backups=_backup_policy(),
            busy_timeout_ms=self.busy_timeout_ms,
        )

    def _finish(self, session: Session) -> None:
        session.lock = self._lock
        self._lock = None
        self.session = session
        self.outcome = "opened"
        self.dialog = None
        self.opened.emit(session)

    def _give_up(self) -> None:
        self._drop_lock()
        self.outcome = "gave_up"
        self.dialog = None
        self.gave_up.emit()

    # -- the instance lock -------------------------------------------------------------

    def _drop_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _take_lock(self, path: Path) -> bool:
        """True when this process may open ``path``; otherwise a dialog (or ``raised``)."""
        key = path.resolve()
        if self._lock is not None and self._lock.held and self._lock.db_path == key:
            return True
        self._drop_lock()
        for _ in range(3):  # the holder may let go between our two looks
            try:
                lock = acquire_instance_lock(path, role="gui")
            except OSError:
                return True  # no lock file in a read-only folder: the open will say read-only
            if lock is not None:
                self._lock = lock
                return True
            holder = lock_holder(path)
            if holder is not None:
                break
        else:
            holder = {}
        if holder.get("pid") == os.getpid():
            self._give_up()  # this window has it open already: nothing to do
            return False
        if holder.get("role") == "gui":
            if self.mode == START:
                request_raise(path)
                self.outcome = "raised"
                self.raised.emit(path)
            else:
                self._in_other_window(path)
            return False
        self._busy(path)
        return False

    def _busy(self, path: Path) -> None:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("databaseBusy")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("The database is busy"))
        text = self.tr(
            "A command-line Credit Health task is changing %1 right now. "
            "It takes a few seconds: try again in a moment."
        )
        box.setText(with_args(text, path))
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            self.tr("Quit") if self.mode != SWITCH else self.tr("Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(retry)
        box.finished.connect(
            lambda _r: (
                self._attempt(path, create=self._create, read_only=self._read_only)
                if box.clickedButton() is retry
                else self._give_up()
            )
        )
        self._show(box)

    def _in_other_window(self, path: Path) -> None:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("databaseInOtherWindow")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Already open"))
        text = self.tr(
            "%1 is open in another Credit Health window. Use it there, or close that window first."
        )
        box.setText(with_args(text, path))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _r: self._give_up())
        self._show(box)

    # -- the passphrase ------------------------------------------------------------------

    def _ask_passphrase(self, exc: StoreError) -> None:
        from credithealth.ui.database.passphrase import PassphraseDialog

        found: dict[str, object] = {}

        def check(text: str) -> bool:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                found["session"] = self._open(text)
            except StoreError as e:
                if e.msg.code in PASSPHRASE_ERRORS:
                    return False
                found["error"] = e  # the key was right; something else is wrong
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._passphrase = text
            return True

        dialog = PassphraseDialog(
            with_args(
                self.tr("%1 is encrypted. Enter its passphrase to open it."), str(self._path)
            ),
            check,
            title=self.tr("Encrypted database"),
            parent=self.parent_widget,
        )

        def done(result: int) -> None:
            session = found.get("session")
            if isinstance(session, Session):
                self._finish(session)
            elif isinstance(found.get("error"), StoreError):
                self._bad(found["error"])  # type: ignore[arg-type]
            else:  # three wrong tries, or cancelled
                code = "store.wrong_passphrase" if dialog.gave_up else exc.msg.code
                self._bad(StoreError(Msg(code, {"path": str(self._path)})))

        dialog.finished.connect(done)
        self._show(dialog)

    # -- the bad-database dialog -----------------------------------------------------------

    def _bad(self, exc: StoreError) -> None:
        from credithealth.ui.database.bad_database import BadDatabaseDialog

        dialog = BadDatabaseDialog(
            self._path,
            exc.msg,
            policy=_backup_policy(),
            at_start=self.mode != SWITCH,
            parent=self.parent_widget,
        )
        dialog.finished.connect(lambda _r: self._chosen(dialog, exc))
        self._show(dialog)

    def _chosen(self, dialog: BadDatabaseDialog, exc: StoreError) -> None:
        from credithealth.ui.database.bad_database import NEW, OTHER, READ_ONLY, RESTORE, RETRY

        choice = dialog.choice
        if choice == READ_ONLY:
            self._attempt(self._path, create=False, read_only=True)
        elif choice == RETRY:
            if exc.msg.code in PASSPHRASE_ERRORS:
                self._passphrase = None
            self._attempt(self._path, create=self._create, read_only=self._read_only)
        elif choice == RESTORE and dialog.backup is not None:
            self._restore(dialog.backup)
        elif choice in (OTHER, NEW) and dialog.path is not None:
            self._passphrase = None
            self._attempt(dialog.path, create=choice == NEW)
        else:
            self._give_up()

    # -- restoring a backup in place of a file that cannot be opened ---------------------------

    def _restore(self, backup: Backup) -> None:
        from credithealth.store.encryption import is_encrypted
        from credithealth.ui.database.passphrase import PassphraseDialog

        if not is_encrypted(backup.path):
            self._do_restore(backup, None)
            return
        if self._passphrase is not None and self._verifies(backup, self._passphrase):
            self._do_restore(backup, self._passphrase)
            return
        found: dict[str, str] = {}

        def check(text: str) -> bool:
            if self._verifies(backup, text):
                found["key"] = text
                return True
            return False

        dialog = PassphraseDialog(
            with_args(
                self.tr("The backup %1 is encrypted. Enter the passphrase the database had then."),
                backup.path.name,
            ),
            check,
            title=self.tr("Encrypted backup"),
            parent=self.parent_widget,
        )

        def done(_r: int) -> None:
            if "key" in found:
                self._do_restore(backup, found.pop("key"))
            else:
                self._attempt(self._path, create=self._create)  # back to where we were

        dialog.finished.connect(done)
        self._show(dialog)

    @staticmethod
    def _verifies(backup: Backup, key: str) -> bool:
        from credithealth.store.file_backups import verify_backup

        try:
            verify_backup(backup.path, key)
        except StoreError as exc:
            if _wrong_key(exc):
                return False
        return True  # other problems are reported by the restore itself

    def _do_restore(self, backup: Backup, key: str | None) -> None:
        if not self._take_lock(self._path):
            return
        from credithealth.store.file_backups import restore_backup

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_backup(
                self._path,
                backup.path,
                passphrase=self._passphrase,
                backup_passphrase=key,
                policy=_backup_policy(),
            )
        except StoreError as exc:
            self._bad(exc)
            return
        except OSError as exc:
            detail = f"{exc.strerror}: {exc.filename}"
            msg = Msg("snapshot.bad_backup", {"file": backup.path.name, "detail": detail})
            self._bad(StoreError(msg))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._passphrase = key
        self._attempt(self._path, create=False)

    # -- showing --------------------------------------------------------------------------

    def close(self) -> None:
        """Close any dialog still open and let go of them all (they are deleted on the
        GUI thread); a lock taken for a file not opened is released."""
        for d in self._shown:
            if isValid(d):
                d.finished.disconnect()  # closing it now decides nothing
                d.hide()
                d.deleteLater()
        self._shown.clear()
        self.dialog = None
        if self.outcome != "opened":
            self._drop_lock()

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        # held until the opener goes: a parentless dialog (start-up) must never be
        # collected, and so deleted, by a garbage collection on a worker thread
        self._shown.append(dialog)
        dialog.open()


def _backup_policy() -> BackupPolicy:
    """The user's backup settings (imported when first needed: not by a start-up that
    went well, which opened the file in the early open)."""
    from credithealth.ui.database.backup_policy import backup_policy

    return backup_policy()
