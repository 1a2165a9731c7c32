"""Help → Open log folder: where the log the error dialog speaks of can be found and sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from credithealth.ui.app.error_dialog import open_log_folder

if TYPE_CHECKING:
    from credithealth.ui.app.main_window import MainWindow


class LogFolderAction(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("actOpenLogFolder")
        self.action.triggered.connect(lambda: open_log_folder(window))
        window.menus["help"].insertAction(window.act_about, self.action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Open &log folder"))
        self.action.setToolTip(
            self.tr("The log of errors and start-ups, to send with a report of a problem")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
