"""The start-up digest: what came due while the app was closed, in ONE window.

Never a pop-up per reminder: every missed reminder is one line here, and a second
digest replaces the first rather than opening beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.reminders import Reminder
from credithealth.ui import i18n
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.tr_args import with_args


class DigestDialog(Retranslates, QDialog):
    open_journey = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDigest")
        self.setModal(False)
        self.reminders: list[Reminder] = []
        self.header = QLabel()
        self.header.setWordWrap(True)
        f = self.header.font()
        f.setBold(True)
        self.header.setFont(f)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self._open_journey)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.lines)  # one line per event: a handful at most
        lay.addWidget(self.buttons)
        # wrapped labels size themselves for this width, so the window fits its text
        for label in (self.header, self.lines):
            label.setMinimumWidth(520)

    def _open_journey(self) -> None:
        self.open_journey.emit()
        self.accept()

    def set_reminders(self, reminders: list[Reminder]) -> None:
        self.reminders = list(reminders)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        n = len(self.reminders)
        self.setWindowTitle(self.tr("Reminders"))
        if n == 1:
            self.header.setText(self.tr("1 reminder came due while Credit Health was closed:"))
        else:
            self.header.setText(
                with_args(self.tr("%1 reminders came due while Credit Health was closed:"), str(n))
            )
        self.lines.setText(
            "\n".join(f"• {r.kind_msg.render(lang)}: {r.msg.render(lang)}" for r in self.reminders)
        )
        self.show_button.setText(self.tr("Show on the journey page"))


def show_digest(parent: QWidget, reminders: list[Reminder]) -> DigestDialog:
    """Show the digest (reusing the open one, with the new list) and return it."""
    dialog = parent.findChild(DigestDialog, "reminderDigest")
    if not isinstance(dialog, DigestDialog):
        dialog = DigestDialog(parent)
    dialog.set_reminders(reminders)
    if dialog.isVisible():
        dialog.raise_()  # already open behind the window: bring it forward
    else:
        dialog.show()
    return dialog
