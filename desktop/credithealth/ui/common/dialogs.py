"""The window's single-instance dialogs, by name (as Anki's ``aqt.dialogs``).

``open(name, make)`` brings the dialog of that name forward when one is showing, else
makes one with ``make()`` and shows it. When the window changes database it calls
``close_all()``: the dialogs that work on one database (an import, the check-up, the
reminder digest) close with it; those that follow the window to the new database
(Preferences, the report export, the guide) were opened with ``follows_database=True``
and stay.

Every main window has one registry (``Dialogs.of(widget)`` finds it from any widget or
dialog of that window); a widget built outside a window gets its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

W = TypeVar("W", bound=QWidget)

OBJECT_NAME = "dialogRegistry"


class Dialogs(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self._open: dict[str, tuple[QWidget, bool]] = {}

    @staticmethod
    def of(widget: QWidget) -> Dialogs:
        """The registry of ``widget``'s main window, the top of its parents (made there if
        it has none): a dialog's own ``window()`` is the dialog itself."""
        window = widget
        while (parent := window.parentWidget()) is not None:
            window = parent
        found = window.findChild(Dialogs, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, Dialogs) else Dialogs(window)

    def get(self, name: str) -> QWidget | None:
        """The dialog of that name if one is showing."""
        entry = self._open.get(name)
        if entry is None:
            return None
        dialog = entry[0]
        if not isValid(dialog) or not dialog.isVisible():
            del self._open[name]
            return None
        return dialog

    def open(
        self,
        name: str,
        make: Callable[[], W],
        *,
        follows_database: bool = False,
        window_modal: bool = False,
    ) -> W:
        """The dialog of that name brought forward, or a new one from ``make()`` shown
        (``window_modal``: with ``open()``, blocking the window but not the event loop)."""
        current = self.get(name)
        if current is not None:
            current.raise_()
            current.activateWindow()
            return current  # type: ignore[return-value]
        dialog = make()
        self._open[name] = (dialog, follows_database)
        if window_modal and isinstance(dialog, QDialog):
            dialog.open()
        else:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def close_all(self) -> None:
        """Close the dialogs that work on the database the window is leaving."""
        for name, (dialog, follows) in list(self._open.items()):
            if follows:
                continue
            del self._open[name]
            if isValid(dialog) and dialog.isVisible():
                dialog.close()
