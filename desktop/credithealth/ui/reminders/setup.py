"""Reminders in the main window: the File menu's calendar export, the tray, the digest.

``MainWindow`` makes one ``ReminderController``; ``run`` starts it once the window
is shown (tests build windows without starting it, so no digest pops up there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from credithealth.ui.reminders.tray import ReminderTray

if TYPE_CHECKING:
    from credithealth.domain.reminders import Reminder
    from credithealth.ui.common.host import Host
    from credithealth.ui.common.session import Session
    from credithealth.ui.reminders.digest import DigestDialog
    from credithealth.ui.reminders.service import ReminderService

# the service (and the reminder rules it runs), the digest and the calendar export are
# loaded when first used, once the window is up, not with it

JOURNEY = "journey"


class ReminderController(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self._service: ReminderService | None = None
        self._session = host.session
        self.tray = ReminderTray(host.widget(), self.show_journey)
        self.digest: DigestDialog | None = None
        self.act_export = QAction(host.widget())
        self.act_export.setObjectName("actExportReminders")
        self.act_export.triggered.connect(self.export)
        host.add_menu_action("file", self.act_export)
        self._started = False
        host.widget().installEventFilter(self)
        self.retranslate()

    @property
    def service(self) -> ReminderService:
        """The session's reminder service (made on first use)."""
        if self._service is None:
            from credithealth.ui.reminders.service import service_for

            self._service = service_for(self._session)
            self._connect(self._service)
        return self._service

    def _connect(self, service: ReminderService) -> None:
        service.arrived.connect(self.tray.announce)
        service.digest_ready.connect(self.show_digest)

    def use_session(self, session: Session) -> None:
        """Follow the window to another database: its reminders, its marks."""
        self._session, self._service = session, None  # the next use makes the new one's
        if self._started:
            self.service.start()

    def retranslate(self) -> None:
        self.act_export.setText(self.tr("Export reminders to calendar…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.widget() and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def start(self, *, digest: bool = True) -> None:
        self._started = True
        self.service.start(digest=digest)

    def show_journey(self) -> None:
        self.host.show_page(JOURNEY)

    def show_digest(self, reminders: list[Reminder]) -> None:
        from credithealth.ui.reminders.digest import show_digest

        dialog = show_digest(self.host.widget(), reminders)
        if dialog is not self.digest:  # a new window: connect it once
            dialog.open_journey.connect(self.show_journey)
            self.digest = dialog

    def export(self) -> None:
        from credithealth.ui.reminders.ics_export import export_calendar, exported_message

        done = export_calendar(self.host.widget(), self.service)
        if done is not None:
            self.host.show_status(exported_message(*done), 15_000)
