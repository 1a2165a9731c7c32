"""About: the version, what it is built with, where the data lives, and the licence texts
of everything shipped with it."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from credithealth import __version__
from credithealth.paths import resource, resources_dir
from credithealth.ui.session import Session
from credithealth.ui.tr_args import with_args


def licence_files() -> dict[str, list[Path]]:
    """Licence texts by what they cover. LICENSE and the bundle's THIRD-PARTY-NOTICES.txt
    sit beside resources/ (the checkout's top folder, or the bundle's); the notices
    exist only in a bundle, where they list what it was built from."""
    top = resources_dir().parent
    return {
        "app": [top / "LICENSE"],
        "font": [resource("fonts", "OFL.txt")],
        "qt": [resource("licenses", "LGPL-3.0.txt"), resource("licenses", "GPL-3.0.txt")],
        "bundled": [top / "THIRD-PARTY-NOTICES.txt"],
    }


def built_with() -> str:
    return f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Credit Health"))
        self.data_folder = session.db_path.resolve().parent

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "credit-health.svg"))).pixmap(QSize(64, 64)))
        title = QLabel("<h2>信用健康 · Credit Health</h2>")
        self.version_label = QLabel(with_args(self.tr("Version %1"), __version__))
        self.version_label.setObjectName("aboutVersion")
        self.built_with_label = QLabel(with_args(self.tr("Built with %1"), built_with()))
        self.built_with_label.setObjectName("aboutBuiltWith")
        self.built_with_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        for w in (title, self.version_label, self.built_with_label):
            heading.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        blurb = QLabel(
            self.tr(
                "A private, local-first tool: your records stay on this computer. "
                "Verdicts are estimates from the published review points, not Alipay's decision."
            )
        )
        blurb.setWordWrap(True)

        data_title = QLabel("<b>" + self.tr("Your data") + "</b>")
        self.data_label = QLabel(str(session.db_path))
        self.data_label.setObjectName("aboutDataPath")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open Folder"))
        self.open_folder_button.setObjectName("aboutOpenFolder")
        self.open_folder_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        data = QGridLayout()
        data.addWidget(data_title, 0, 0, 1, 2)
        data.addWidget(self.data_label, 1, 0)
        data.addWidget(self.open_folder_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        data.setColumnStretch(0, 1)

        self.licences = QTabWidget()
        self.licences.setObjectName("aboutLicences")
        titles = {
            "app": self.tr("Credit Health (MIT)"),
            "font": self.tr("Noto Sans CJK SC (OFL 1.1)"),
            "qt": self.tr("Qt and PySide6 (LGPL v3)"),
            "bundled": self.tr("Bundled components"),
        }
        for key, paths in licence_files().items():
            texts = [p.read_text(encoding="utf-8") for p in paths if p.is_file()]
            if texts:
                self.licences.addTab(self._text_view(key, "\n\n".join(texts)), titles[key])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(blurb)
        lay.addLayout(data)
        lay.addWidget(QLabel("<b>" + self.tr("Licences") + "</b>"))
        lay.addWidget(self.licences, 1)
        lay.addWidget(buttons)
        self.resize(720, 620)

    def _text_view(self, key: str, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setObjectName("licence_" + key)
        view.setReadOnly(True)
        # the texts are laid out for a fixed-width 80-column terminal
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view

    def open_data_folder(self) -> bool:
        """Show the folder in the file manager: a local file URL, never a network one."""
        url = QUrl.fromLocalFile(str(self.data_folder))
        if QDesktopServices.openUrl(url):
            return True
        QMessageBox.warning(
            self,
            self.windowTitle(),
            with_args(self.tr("Could not open %1 in the file manager."), str(self.data_folder)),
        )
        return False
