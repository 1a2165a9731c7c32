"""The system tray: reminders announced while the app runs, where a tray exists.

One notification per check, however many reminders came due: a single reminder
is shown as it is, several become one line ("3 reminders: overdue bill · review
decision · Sesame score"). Without a tray (some Linux desktops, the offscreen
platform) the same line goes to the main window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from credithealth.ui.common import i18n
from credithealth.ui.common.tr_args import with_args

if TYPE_CHECKING:
    from credithealth.domain.reminders import Reminder

SHOW_FOR_MS = 15_000
STATUS_FOR_MS = 10 * 60_000


def announcement(reminders: list[Reminder], lang: str) -> tuple[str, str]:
    """(title, text) of the one notification for a batch of reminders."""
    if len(reminders) == 1:
        r = reminders[0]
        return r.kind_msg.render(lang), r.msg.render(lang)
    title = with_args(
        QCoreApplication.translate("ReminderTray", "%1 reminders"), str(len(reminders))
    )
    kinds = dict.fromkeys(r.kind_msg.render(lang) for r in reminders)
    return title, " · ".join(kinds)


class ReminderTray(QObject):
    def __init__(self, window: QMainWindow, show_journey: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._show_journey = show_journey
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self.last: tuple[str, str] | None = (
            None  # what was announced last (for tests and the tooltip)
        )
        if self.available:
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            self.icon = QSystemTrayIcon(app.windowIcon(), self)
            self.menu = QMenu()
            self.act_open = QAction(self)
            self.act_open.triggered.connect(self.show_window)
            self.act_reminders = QAction(self)
            self.act_reminders.triggered.connect(self.open_journey)
            self.act_quit = QAction(self)
            self.act_quit.triggered.connect(window.close)
            for act in (self.act_open, self.act_reminders):
                self.menu.addAction(act)
            self.menu.addSeparator()
            self.menu.addAction(self.act_quit)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.open_journey)
            self.icon.show()
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        if self.icon is None:
            return
        self.icon.setToolTip(self.window.windowTitle())
        self.act_open.setText(self.tr("Open Credit Health"))
        self.act_reminders.setText(self.tr("Reminders"))
        self.act_quit.setText(self.tr("Quit"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_journey(self) -> None:
        self.show_window()
        self._show_journey()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def announce(self, reminders: list[Reminder]) -> None:
        """One notification for the whole batch."""
        if not reminders:
            return
        title, text = announcement(reminders, i18n.current_language())
        self.last = (title, text)
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS)
        else:
            self.window.statusBar().showMessage(f"{title}: {text}", STATUS_FOR_MS)
