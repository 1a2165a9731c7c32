"""The running window comes forward when a second launch asks it to.

A second launch on the same database finds the instance lock taken and leaves
``<db>.raise`` beside the database (``store.instance.request_raise``). This
watches the database's folder (the request file may not exist yet, and it
arrives by a rename) and, for folders that report no changes (network drives),
polls every few seconds. Each request is taken once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal

from credithealth.store.instance import take_raise_request

if TYPE_CHECKING:
    from credithealth.ui.common.host import Host
    from credithealth.ui.common.session import Session

POLL_MS = 3000


class RaiseWatcher(QObject):
    """Watches the window's database (following it to another one after a switch)."""

    raised = Signal()

    def __init__(self, host: Host, poll_ms: int = POLL_MS) -> None:
        super().__init__(host.widget())
        self.host = host
        self.db_path: Path | None = None
        self.fs = QFileSystemWatcher(self)
        self.fs.directoryChanged.connect(self._folder_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check)
        host.session_changed.connect(self._session_changed)
        self.watch(host.session.db_path)

    def _folder_changed(self, _folder: str) -> None:
        self.check()

    def _session_changed(self, session: Session) -> None:
        self.watch(session.db_path)

    def watch(self, db_path: Path) -> None:
        """Follow ``db_path`` (the window's database; again after a switch)."""
        if self.fs.directories():
            self.fs.removePaths(self.fs.directories())
        self.db_path = Path(db_path)
        take_raise_request(self.db_path)  # a stale request from before we started
        folder = self.db_path.resolve().parent
        if folder.is_dir():
            self.fs.addPath(str(folder))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.fs.directories():
            self.fs.removePaths(self.fs.directories())

    def check(self) -> bool:
        if self.db_path is None:
            return False
        try:
            asked = take_raise_request(self.db_path)
        except OSError:  # the folder went away (a removed drive): keep polling quietly
            return False
        if asked:
            self.bring_forward()
        return asked

    def bring_forward(self) -> None:
        w = self.host.widget()
        # un-minimise, keeping maximised or full screen as it was
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()
        self.raised.emit()
