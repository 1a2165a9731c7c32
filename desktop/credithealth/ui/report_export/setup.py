"""File → Export readiness report… (Ctrl+E): opens the export dialog, one at a time.

Kept apart from the dialog so the window starts without loading the report's painting
code and pyqtgraph; they are imported the first time the dialog opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from shiboken6 import isValid

if TYPE_CHECKING:
    from credithealth.ui.common.host import Host
    from credithealth.ui.report_export.dialog import ReportDialog

ACTION_NAME = "actExportReport"  # the overview's button finds the action by this name


class ReportExport(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self.dialog: ReportDialog | None = None
        self.action = QAction(host.widget())
        self.action.setObjectName(ACTION_NAME)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.triggered.connect(self.open)
        host.add_menu_action("file", self.action)
        host.widget().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Export readiness report…"))
        self.action.setToolTip(self.tr("A PDF of your readiness to keep, print or show"))

    def open(self) -> ReportDialog:
        """Show the dialog (a new one, with today's defaults) or bring the open one forward."""
        from credithealth.ui.report_export.dialog import ReportDialog

        def make() -> ReportDialog:
            dialog = ReportDialog(self.host)
            self.host.quit_from(dialog)
            return dialog

        # it follows the window to another database and reports on that one
        self.dialog = self.host.dialogs.open("report export", make, follows_database=True)
        return self.dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.widget():
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif (
                event.type() == QEvent.Type.Close
                and self.dialog is not None
                and isValid(self.dialog)
            ):
                # the window is going: stop drawing and saving while Qt is still whole
                self.dialog.stop()
        return False
