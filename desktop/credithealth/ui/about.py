"""About: the version, the licences of what is bundled, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from credithealth import __version__
from credithealth.ui.session import Session


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Credit Health"))
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        parts = [
            "<h2>信用健康 · Credit Health</h2>",
            "<p>" + self.tr("Version %1").replace("%1", __version__) + "</p>",
            "<p>"
            + self.tr(
                "A private, local-first tool: your records stay on this computer. "
                "Verdicts are estimates from the published review points, not Alipay's decision."
            )
            + "</p>",
            "<p><b>" + self.tr("Your data") + "</b><br>" + str(session.db_path) + "</p>",
            "<p><b>"
            + self.tr("Licences")
            + "</b><br>"
            + self.tr("Credit Health: MIT licence.")
            + "<br>"
            + self.tr("Qt %1 and PySide6: LGPL v3.").replace("%1", qVersion())
            + "<br>"
            + self.tr("Noto Sans CJK SC (subset): SIL Open Font License 1.1.")
            + "</p>",
        ]
        text.setText("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(buttons)
        self.resize(480, 360)
