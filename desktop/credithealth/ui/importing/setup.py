"""Importing in the main window: File → Import bill files… (Ctrl+I), and bill files
dropped anywhere on the window. Both open the import dialog with the files added.

Kept light: the dialog (and the readers behind it) load on first use, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

if TYPE_CHECKING:
    from credithealth.ui.common.host import Host
    from credithealth.ui.importing.dialog import ImportDialog


def _files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        Path(u.toLocalFile())
        for u in mime.urls()
        if u.isLocalFile() and Path(u.toLocalFile()).is_file()
    ]


class ImportController(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self.act_import = QAction(host.widget())
        self.act_import.setObjectName("actImportBills")
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(lambda: self.open_dialog())
        host.add_menu_action("file", self.act_import)
        host.widget().setAcceptDrops(True)
        host.widget().installEventFilter(self)
        self.retranslate()

    def open_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        from credithealth.ui.importing.dialog import open_import_dialog

        return open_import_dialog(self.host.session, self.host.widget(), paths)

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("&Import bill files…"))
        self.act_import.setToolTip(self.tr("Import Alipay or WeChat Pay bill files"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.widget():
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                self.retranslate()
            elif kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
                if _files(event):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                paths = _files(event)
                if paths:
                    event.acceptProposedAction()
                    self.open_dialog(paths)
                    return True
        return False
