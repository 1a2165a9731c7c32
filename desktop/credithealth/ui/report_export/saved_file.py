"""The readiness report's PDF on disk: the name and folder suggested for it (the folder
used last, else Documents, else home), and the message that it is saved: how many
pages, where, and two ways on (open the PDF, show its folder), each opened with the
system's own app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from credithealth.ui.common import app_settings
from credithealth.ui.common.tr_args import with_args

FILE_NAMES = {"zh_CN": "信用健康-准备度报告-%1.pdf", "en": "credit-health-readiness-%1.pdf"}


def suggested_path(lang: str, on: date) -> Path:
    """Where the report in ``lang`` with the data as of ``on`` is offered to be saved."""
    folder = app_settings.LAST_REPORT_FOLDER.get()
    if not (isinstance(folder, str) and folder and Path(folder).is_dir()):
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = docs if docs and Path(docs).is_dir() else QDir.homePath()
    return Path(folder) / with_args(FILE_NAMES[lang], on.isoformat())


class SavedBox(QMessageBox):
    def __init__(self, parent: QWidget, path: Path, pages: int) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("reportSavedBox")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(parent.windowTitle())
        self.setText(with_args(self.tr("The readiness report (%1 pages) is saved."), str(pages)))
        self.setInformativeText(str(path))
        self.open_button = self.addButton(
            self.tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole
        )
        self.folder_button = self.addButton(
            self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.open_button:
            self.open_local(self.path)
        elif button is self.folder_button:
            self.open_local(self.path.parent)

    def open_local(self, path: Path) -> bool:
        """Open a file or a folder with the system's own app: a local file URL, never a
        network one."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        # the box has closed on the click: the dialog it came from says so
        QMessageBox.warning(
            self.parentWidget(),
            self.windowTitle(),
            with_args(self.tr("Could not open %1."), str(path)),
        )
        return False
