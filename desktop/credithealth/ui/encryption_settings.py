"""Preferences → Encryption: turn it on, change the passphrase, turn it off.

Each is a whole-file rewrite by the store (a backup first, the new file checked
record by record before it replaces the old one), run with the session closed
and reopened after (``WholeFileStep``). The passphrase is held by the session,
in memory only. Turning encryption on encrypts the backups made before it too
(``store.encryption.encrypt``), after the user has agreed when there are any, so
no readable copy is left.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from credithealth.store.encryption import decrypt, encrypt, rekey
from credithealth.store.errors import StoreError
from credithealth.ui import i18n
from credithealth.ui.backup_list import BackupRow, backup_rows
from credithealth.ui.backup_policy import backup_policy
from credithealth.ui.file_step import WholeFileStep
from credithealth.ui.passphrase import NewPassphraseDialog, PassphraseDialog
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.tr_args import with_args

if TYPE_CHECKING:
    from credithealth.ui.main_window import MainWindow


def same_passphrase(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


class EncryptionBox(Retranslates, QWidget):
    """``changed(str)``: "on", "rekeyed" or "off" after a step succeeded."""

    changed = Signal(str)
    backups_changed = Signal()

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("encryptionBox")
        self.dialog: QWidget | None = None  # the passphrase dialog or message now open (tests)
        self.step: WholeFileStep | None = None

        self.state = QLabel()
        self.state.setObjectName("encryptionState")
        self.state.setWordWrap(True)
        f = self.state.font()
        f.setBold(True)
        self.state.setFont(f)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.on_button = QPushButton()
        self.on_button.setObjectName("encryptOn")
        self.change_button = QPushButton()
        self.change_button.setObjectName("encryptChange")
        self.off_button = QPushButton()
        self.off_button.setObjectName("encryptOff")
        self.on_button.clicked.connect(self.turn_on)
        self.change_button.clicked.connect(self.change_passphrase)
        self.off_button.clicked.connect(self.turn_off)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.on_button, self.change_button, self.off_button):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.explain)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.retranslate()
        window.session_changed.connect(self._session_changed)

    def _session_changed(self, _session: object) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        s = self.window_.session
        on = s.encrypted
        self.state.setText(
            self.tr("This database is encrypted.")
            if on
            else self.tr("This database is not encrypted.")
        )
        self.explain.setText(
            self.tr(
                "Without the passphrase nobody can read the file or its backups, you included. "
                "The app asks for it each time it starts and keeps it in memory only."
            )
            if on
            else self.tr(
                "Anyone who can read the file (or a copy of it, or a backup) can read your "
                "records. Encryption protects them if the computer or a copy falls into "
                "other hands. The app then asks for the passphrase each time it starts."
            )
        )
        self.on_button.setText(self.tr("Turn on encryption…"))
        self.change_button.setText(self.tr("Change the passphrase…"))
        self.off_button.setText(self.tr("Turn off encryption…"))
        self.on_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.off_button.setVisible(on)
        enabled = not s.read_only and not s.closed
        for b in (self.on_button, self.change_button, self.off_button):
            b.setEnabled(enabled)
        self.note.setText(
            self.tr("The database is open read-only: its encryption cannot be changed.")
            if s.read_only
            else self.tr(
                "Each change rewrites the file: a backup is taken first, the database is closed "
                "and reopened, and the undo history is cleared."
            )
        )

    # -- the three steps --------------------------------------------------------------------

    def turn_on(self) -> None:
        """Plain backups are encrypted too: the user agrees to that first."""
        plain = [r for r in self._rows() if not r.encrypted]
        if not plain:
            self._ask_new_passphrase()
            return
        box = QMessageBox(self)
        box.setObjectName("encryptBackupsConsent")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Turn on encryption"))
        box.setText(
            with_args(
                self.tr(
                    "%1 backups of this database are not encrypted: anyone who can read them can "
                    "read your records. Turning encryption on encrypts them with the same "
                    "passphrase, so that no readable copy is left."
                ),
                str(len(plain)),
            )
        )
        box.setInformativeText(
            self.tr("A backup that cannot be read (a damaged copy) is deleted instead.")
        )
        agree = box.addButton(self.tr("Encrypt them too"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: box.clickedButton() is agree and self._ask_new_passphrase())
        self._open(box)

    def _ask_new_passphrase(self) -> None:
        dialog = NewPassphraseDialog(
            with_args(self.tr("Choose a passphrase for %1."), self.window_.session.db_path.name),
            title=self.tr("Turn on encryption"),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._encrypt(dialog.new_passphrase()))
        self._open(dialog)

    def change_passphrase(self) -> None:
        current = self.window_.session.passphrase
        dialog = NewPassphraseDialog(
            self.tr("Enter the current passphrase, then the new one."),
            current_check=lambda text: same_passphrase(current, text),
            title=self.tr("Change the passphrase"),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._rekey(dialog.new_passphrase()))
        self._open(dialog)

    def turn_off(self) -> None:
        current = self.window_.session.passphrase
        dialog = PassphraseDialog(
            self.tr(
                "Enter the passphrase to turn encryption off. The file will then be readable by "
                "anyone who can open it; backups made before stay encrypted."
            ),
            lambda text: same_passphrase(current, text),
            title=self.tr("Turn off encryption"),
            parent=self,
        )
        dialog.accepted.connect(self._decrypt)
        self._open(dialog)

    def _encrypt(self, new: str) -> None:
        policy = backup_policy()
        self._run(
            self.tr("Encrypting the database…"),
            lambda path, _old: encrypt(path, new, policy=policy),
            new,
            "on",
        )

    def _rekey(self, new: str) -> None:
        policy = backup_policy()
        self._run(
            self.tr("Changing the passphrase…"),
            lambda path, old: rekey(path, old or "", new, policy=policy),
            new,
            "rekeyed",
        )

    def _decrypt(self) -> None:
        policy = backup_policy()
        self._run(
            self.tr("Removing the encryption…"),
            lambda path, old: decrypt(path, old or "", policy=policy),
            None,
            "off",
        )

    def _run(self, text: str, work: object, key: str | None, what: str) -> None:
        step = WholeFileStep(self.window_, text, work, lambda _saved: key, parent=self)  # type: ignore[arg-type]
        step.finished.connect(lambda saved, error: self._finished(what, saved, error))
        self.step = step
        step.start()

    # -- afterwards ----------------------------------------------------------------------------

    def _finished(self, what: str, saved: Path | None, error: StoreError | None) -> None:
        self.step = None
        self.retranslate()
        box = QMessageBox(self)
        box.setObjectName("encryptionResult")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if error is not None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Encryption was not changed"))
            box.setText(error.msg.render(i18n.current_language()))
            box.setInformativeText(self.tr("Your database was left as it was."))
            self._open(box)
            return
        self.changed.emit(what)
        box.setIcon(QMessageBox.Icon.Information)
        cleared = self.tr("The undo history was cleared.")
        if what == "on":
            box.setWindowTitle(self.tr("Encryption is on"))
            box.setText(self.tr("The database is now encrypted."))
            box.setInformativeText(
                self.tr("Its backups are encrypted with the same passphrase.") + "\n" + cleared
            )
            self.backups_changed.emit()
        elif what == "rekeyed":
            box.setWindowTitle(self.tr("Passphrase changed"))
            box.setText(self.tr("The passphrase was changed."))
            box.setInformativeText(
                self.tr("Backups made before keep the old passphrase.") + "\n" + cleared
            )
        else:
            box.setWindowTitle(self.tr("Encryption is off"))
            box.setText(self.tr("The database is no longer encrypted."))
            box.setInformativeText(
                self.tr("Backups made before stay encrypted with the old passphrase.")
                + "\n"
                + cleared
            )
        self._open(box)

    def _rows(self) -> list[BackupRow]:
        return backup_rows(self.window_.session.db_path, backup_policy())

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
