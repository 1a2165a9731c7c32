"""Start-up: one window per database, a passphrase if it needs one, a dialog if it cannot
be opened, then the window, its watcher for second launches, and the day's backup.

Step by step (``Startup.begin``):

1. Take the database's instance lock. Held by another Credit Health window: ask
   that window to come forward (``request_raise``) and exit quietly, with one
   line on stderr. Held by a command-line write: "busy", Retry / Quit.
2. Open it. Encrypted: ask for the passphrase (three tries). Any other problem:
   the bad-database dialog (read-only, restore a backup, another file, a new
   one, quit). Nothing is written to a file that could not be opened.
3. Show the window; watch for second launches (``RaiseWatcher``); once its charts are
   drawn, the full check and the day's backup off the GUI thread (``DailyBackups``).

Errors that reach the event loop are shown as a short message or the one error dialog,
never a traceback; each step and every error goes to the log (``applog``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from credithealth.applog import log
from credithealth.store import driver
from credithealth.store.db import after_open
from credithealth.store.errors import AppError, StoreError
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.session import Session
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.database.instance_watch import RaiseWatcher
from credithealth.ui.database.open_database import START, DatabaseOpener

if TYPE_CHECKING:
    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.database.backups import DailyBackups
    from credithealth.ui.database.early_open import EarlyOpen


def already_open_text(path: Path) -> str:
    return with_args(
        QCoreApplication.translate(
            "Startup",
            "Credit Health is already open with %1; that window was brought to the front.",
        ),
        str(path),
    )


class Startup(QObject):
    """Drives steps 1-3; ``window_shown(window)`` once the window is up, ``finished(code)``
    when start-up ends without a window (another one has the database, or the user quit)."""

    window_shown = Signal(object)
    finished = Signal(int)

    def __init__(
        self,
        show_window: Callable[[Session], MainWindow],
        *,
        background: bool = True,
        passphrase: str | None = None,
        early: EarlyOpen | None = None,
    ) -> None:
        super().__init__()
        self.show_window = show_window
        self.background = background
        self.window: MainWindow | None = None
        self.watcher: RaiseWatcher | None = None
        self.daily: DailyBackups | None = None
        self.code: int | None = None  # set when start-up ended without a window
        self.path: Path | None = None
        # --passphrase-file: tried first; a wrong one is asked for again
        self.opener = DatabaseOpener(None, mode=START, passphrase=passphrase, early=early)
        self.opener.opened.connect(self._opened)
        self.opener.gave_up.connect(lambda: self._end(1))
        self.opener.raised.connect(self._raised)

    def begin(self, path: Path) -> None:
        self.path = path
        self.opener.start(path)

    def db_path(self) -> Path | str:
        if self.window is not None:
            return self.window.session.db_path
        return self.path or ""

    def _start_daily(self, window: MainWindow) -> None:
        """The full check and the day's backup, once the charts are up (the module, with
        the backup list it can show, is loaded then too)."""
        from credithealth.ui.database.backups import DailyBackups

        self.daily = DailyBackups(window)
        self.daily.start()

    def _end(self, code: int) -> None:
        self.code = code
        self.finished.emit(code)

    def _raised(self, path: Path) -> None:
        print(already_open_text(path), file=sys.stderr, flush=True)
        self._end(0)

    def _opened(self, session: Session) -> None:
        if self.path is not None and session.db_path != self.path:
            # the user chose another file, or a new one, instead: reopen that one next time
            app_settings.LAST_DB.set(str(session.db_path))
        window = self.show_window(session)
        self.window = window
        self.watcher = RaiseWatcher(window)  # a second launch brings this window forward
        if self.background:
            after_charts(window, lambda: self._start_daily(window))
        self.window_shown.emit(window)


# background work waits for the charts at most this long after the first frame
CHARTS_WAIT_MS = 3000


def after_charts(window: QObject, work: Callable[[], None]) -> None:
    """Run ``work`` once the overview's charts are drawn, the next thing the user waits
    for after the verdict (work beside them would compete with them for the interpreter):
    after the first frame when no charts are coming (another page is shown, or they are
    drawn already), and at the latest ``CHARTS_WAIT_MS`` after the first frame. Each work
    starts on a turn of the event loop of its own, after the one that paints the charts:
    run inside their signal, it would keep them off the screen until it returned."""

    def start() -> None:
        current = getattr(window, "current_page", None)
        page = current() if callable(current) else None
        if page is None or not getattr(page, "charts_pending", False):
            work()
            return
        ran: list[bool] = []

        def once() -> None:
            if not ran:
                ran.append(True)
                QTimer.singleShot(0, window, work)  # dropped if the window is gone

        page.charts_drawn.connect(once, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(CHARTS_WAIT_MS, window, once)  # dropped if the window is gone

    after_first_paint(window, start)


def after_first_paint(window: QObject, work: Callable[[], None]) -> None:
    """Run ``work`` once ``window``'s first frame is on screen (at once if it already is,
    or if it is not a window that says so)."""
    if getattr(window, "painted", True):
        work()
    else:
        window.first_painted.connect(work, Qt.ConnectionType.SingleShotConnection)  # type: ignore[attr-defined]


def show_error(exc: BaseException, path: Path | str = "") -> None:
    """What the user sees of an error that reached the event loop: a sentence for what they
    can act on (a store or app error, a database error), else the one error dialog; no
    traceback. Each goes to the log as its code."""
    if isinstance(exc, (StoreError, AppError)):
        text = exc.msg.render(i18n.current_language())
        log.warning("error shown: %s", exc.msg.code)
    elif isinstance(exc, driver.DatabaseError):  # met after the open's checks passed
        msg = after_open(exc, path).msg
        text = msg.render(i18n.current_language())
        log.warning("database error shown: %s (%s)", msg.code, type(exc).__name__)
    else:
        from credithealth.ui.app.error_dialog import report_unexpected

        report_unexpected(exc)
        return
    app = QApplication.instance()
    parent = QApplication.activeWindow() if app is not None else None
    QMessageBox.warning(parent, "Credit Health", text)


def install_error_hook(db_path: Callable[[], Path | str] = lambda: "") -> None:
    """StoreErrors (e.g. a change refused in read-only mode) become a message; anything
    else opens the one error dialog (``ui/app/error_dialog.py``) and goes to the log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        show_error(exc, db_path())

    sys.excepthook = hook
