"""Saving a widget's state once a burst of changes has stopped.

Dragging a column's edge sends dozens of ``sectionResized`` signals, and a page's
first layout sends one per column; each ``QSettings().setValue`` from a temporary
QSettings rewrote the settings file. ``DeferredSave`` saves once: when no change has
come for a moment, when the widget is hidden (another page, the window closing) or
when the app quits, whichever comes first. What is saved is the state at that time,
the same value the last of those writes saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIET_MS = 400  # a resize drag sends a signal every few milliseconds


class DeferredSave(QObject):
    def __init__(self, widget: QWidget, save: Callable[[], None], quiet_ms: int = QUIET_MS) -> None:
        super().__init__(widget)
        self._save = save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(quiet_ms)
        self.timer.timeout.connect(self._save)
        widget.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def request(self) -> None:
        """Something changed: save once the changes stop."""
        self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Save now if a change is waiting."""
        if self.timer.isActive():
            self.timer.stop()
            self._save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.flush()
        return False
