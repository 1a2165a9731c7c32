"""One dialog for an unexpected error, however many widgets the error reaches.

A fault that breaks every page at once (a bad record read by each of them) raises once
per widget; the user sees a single dialog that says what failed and that their records
are safe, counts the errors that followed, and offers "Copy details" (the same text as
the log: types and code locations, never a value) and "Open log folder". Every error,
shown or not, goes to the log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from credithealth.applog import exception_title, log_exception, log_file, log_folder, tidy_path
from credithealth.store.private_files import private_folder
from credithealth.ui.tr_args import with_args

_current: ErrorDialog | None = None
# set while start-up has no window yet (ui/app.py): an error then ends the app, said so
_starting: Callable[[], bool] | None = None


def during_start_up(no_window_yet: Callable[[], bool] | None) -> None:
    global _starting
    _starting = no_window_yet


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Show the log folder in the file manager (created, private, if it is not there yet)."""
    folder = log_folder()
    with contextlib.suppress(OSError):
        private_folder(folder)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ErrorDialog", "Open log folder"),
        with_args(
            QCoreApplication.translate("ErrorDialog", "Could not open %1 in the file manager."),
            str(folder),
        ),
    )
    return False


class ErrorDialog(QDialog):
    def __init__(
        self, title: str, details: str, parent: QWidget | None = None, *, fatal: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.more = 0
        self.details = details
        self.what = QLabel()
        self.what.setObjectName("errorWhat")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fatal = fatal
        self.what.setText(
            with_args(
                self.tr(
                    "Credit Health could not start: an error it did not expect, %1.\n"
                    "Your saved records are safe. It closes with this message; please send "
                    "the details (they hold no amounts, names or passphrases)."
                )
                if fatal
                else self.tr(
                    "Credit Health met an error it did not expect: %1.\n"
                    "Your saved records are safe. "
                    "You can go on working; if it happens again, please send the details "
                    "(they hold no amounts, names or passphrases)."
                ),
                title,
            )
        )
        self.more_label = QLabel()
        self.more_label.setObjectName("errorMore")
        self.more_label.hide()
        self.log_label = QLabel()
        self.log_label.setObjectName("errorLog")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setText(with_args(self.tr("The log: %1"), str(log_file())))
        self.view = QPlainTextEdit(details)
        self.view.setObjectName("errorDetails")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setMaximumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("errorCopy")
        self.log_button = QPushButton(self.tr("Open log folder"))
        self.log_button.setObjectName("errorOpenLog")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(lambda: open_log_folder(self))

        lay = QVBoxLayout(self)
        lay.addWidget(self.what)
        lay.addWidget(self.more_label)
        lay.addWidget(self.view)
        lay.addWidget(self.log_label)
        lay.addWidget(buttons)
        self.resize(620, 360)

    def add_more(self, details: str) -> None:
        """Another error while this one is shown: counted here (its details are in the log)."""
        self.more += 1
        text = (
            self.tr("1 more error followed; it is in the log.")
            if self.more == 1
            else with_args(self.tr("%1 more errors followed; they are in the log."), str(self.more))
        )
        self.more_label.setText(text)
        self.more_label.show()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self.details + "\n" + with_args(self.tr("The log: %1"), tidy_path(log_file()))
        )
        self.copy_button.setText(self.tr("Copied"))


def current_dialog() -> ErrorDialog | None:
    return _current if _current is not None and isValid(_current) else None


def report_unexpected(exc: BaseException) -> ErrorDialog | None:
    """Log ``exc``; show the error dialog, or count it in the one already showing."""
    global _current
    details = log_exception(exc)
    shown = current_dialog()
    if shown is not None and shown.isVisible():
        shown.add_more(details)
        return shown
    if QApplication.instance() is None:
        return None
    parent = QApplication.activeWindow()
    if isinstance(parent, ErrorDialog):
        parent = None
    fatal = _starting is not None and _starting()
    dialog = ErrorDialog(exception_title(exc), details, parent, fatal=fatal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if fatal:
        dialog.finished.connect(lambda _r: QApplication.exit(1))
    _current = dialog
    dialog.open()  # never exec(): an error inside a nested event loop must not stack dialogs
    return dialog
