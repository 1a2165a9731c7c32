"""Saving a widget's state once a burst of changes has stopped.

Dragging a column's edge sends dozens of ``sectionResized`` signals, and a page's
first layout sends one per column; each ``QSettings().setValue`` from a temporary
QSettings rewrote the settings file. ``DeferredSave`` saves once: when no change has
come for a moment, when the widget is hidden (another page, the window closing) or
when the app quits, whichever comes first. Each change hands over its value (taking a
header's state is cheap; writing the file is not), and the last one is written: the
same value the last of those writes saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIET_MS = 400  # a resize drag sends a signal every few milliseconds


class DeferredSave(QObject):
    def __init__(
        self, widget: QWidget, write: Callable[[Any], None], quiet_ms: int = QUIET_MS
    ) -> None:
        super().__init__(widget)
        self._write = write
        self._value: Any = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(quiet_ms)
        self.timer.timeout.connect(self._write_now)
        widget.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def request(self, value: Any) -> None:
        """Something changed to ``value``: write the last value once the changes stop."""
        self._value = value
        self.timer.start()

    def cancel(self) -> None:
        """Forget what waits (it has just been written some other way)."""
        self.timer.stop()
        self._value = None

    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Save now if a change is waiting."""
        if self.timer.isActive():
            self._write_now()

    def _write_now(self) -> None:
        self.timer.stop()
        value, self._value = self._value, None
        self._write(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.flush()
        return False
