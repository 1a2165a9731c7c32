"""What a feature may ask of the window that hosts it, and nothing more.

The features (``database/``, ``importing/``, ``reminders/``, ``report_export/``) plug into
the main window through this interface instead of importing it: the open session (its
database and its one undo stack), the signal that it was replaced, menu entries, the
status bar, the page on show, the registry of single-instance dialogs
(``common/dialogs.py``), and a widget to parent their dialogs to. The main window
(``app/main_window.py``) is the one implementation; a test may pass any object that has
these members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    from credithealth.ui.common.dialogs import Dialogs
    from credithealth.ui.common.session import Session


class Host(Protocol):
    @property
    def session(self) -> Session:
        """The open database; replaced after a switch or a whole-file step."""
        ...

    @property
    def session_changed(self) -> SignalInstance:
        """Emitted with the new ``Session`` once it is installed."""
        ...

    def undo_stack(self) -> QUndoStack:
        """The current session's undo stack (Edit → Undo acts on it)."""
        ...

    def widget(self) -> QMainWindow:
        """The window itself: the parent of a feature's actions and dialogs, and the
        widget whose events (drops, language changes) a feature may watch."""
        ...

    def add_menu_action(self, menu: str, action: QAction, *, before_quit: bool = True) -> None:
        """Put ``action`` in the ``file``, ``edit``, ``view`` or ``help`` menu."""
        ...

    def quit_from(self, dialog: QWidget) -> None:
        """Let File → Quit's shortcut work while ``dialog`` has the keyboard."""
        ...

    @property
    def dialogs(self) -> Dialogs:
        """The window's single-instance dialogs: open one with ``dialogs.open(name, make)``."""
        ...

    def show_page(self, key: str) -> None: ...

    def show_settings(self) -> QDialog:
        """Open Preferences (Edit → Preferences…), or bring it forward; returns it."""
        ...

    def show_status(self, text: str, timeout_ms: int) -> None:
        """A passing message in the status bar."""
        ...

    def install_session(self, new: Session) -> None:
        """Show ``new`` in the window in place of the current session (closed)."""
        ...
