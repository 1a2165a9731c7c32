"""The dialog for a database that cannot be opened: what is wrong, and what can be done.

It says which problem it is (the store's own message, in the user's language)
and offers only what can work for that problem: open it read-only, try again,
restore one of its backups, open another file, create a new database, or quit
(at start-up) / keep the current database (from Preferences). It never changes
the file itself: the caller acts on ``choice`` (with ``backup`` or ``path``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.messages import Msg
from credithealth.store.snapshots import BackupPolicy, backup_folder
from credithealth.ui import i18n
from credithealth.ui.backup_list import BackupList
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.style import overdue_color
from credithealth.ui.tr_args import with_args

READ_ONLY, RETRY, RESTORE, OTHER, NEW, QUIT = (
    "read_only",
    "retry",
    "restore",
    "other",
    "new",
    "quit",
)
DB_SUFFIX = ".sqlite3"

# what can help, by the store's error code
CAN_READ_ONLY = frozenset({"store.read_only", "store.newer_version", "store.disk_full"})
CAN_RETRY = frozenset(
    {
        "store.locked",
        "store.disk_full",
        "store.in_use",
        "store.needs_passphrase",
        "store.wrong_passphrase",
    }
)
CAN_RESTORE = frozenset(
    {
        "store.not_a_database",
        "store.truncated",
        "store.corrupt",
        "store.foreign_schema",
        "store.missing",
        "store.newer_version",
        "store.needs_passphrase",
        "store.wrong_passphrase",
        "snapshot.bad_backup",
    }
)


def options_for(code: str) -> set[str]:
    """The choices that can work for an error (besides another file, a new one, quitting)."""
    out = {OTHER, NEW}
    if code in CAN_READ_ONLY:
        out.add(READ_ONLY)
    if code in CAN_RETRY:
        out.add(RETRY)
    if code in CAN_RESTORE:
        out.add(RESTORE)
    return out


class BadDatabaseDialog(Retranslates, QDialog):
    """``choice`` is one of the constants above once the dialog is done (``QUIT`` if
    it was closed); ``backup`` (a ``Backup``) goes with RESTORE, ``path`` with OTHER/NEW."""

    def __init__(
        self,
        path: Path,
        error: Msg,
        *,
        options: set[str] | None = None,
        policy: BackupPolicy | None = None,
        at_start: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("badDatabaseDialog")
        self.db_path = Path(path)
        self.error = error
        self.options = options_for(error.code) if options is None else set(options)
        self.at_start = at_start
        self.choice = QUIT
        self.backup = None
        self.path: Path | None = None

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel()
        self.headline.setObjectName("badDatabaseHeadline")
        self.headline.setWordWrap(True)
        f = self.headline.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.headline.setFont(f)
        self.message = QLabel()
        self.message.setObjectName("badDatabaseMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        # restoring: the list of this database's backups, and the button under it
        self.backups_label = QLabel()
        self.backups_label.setWordWrap(True)
        self.backups = BackupList()
        self.backups.setMinimumHeight(150)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore)
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        if RESTORE in self.options:
            self.backups.load(self.db_path, policy)
        self.has_backups = RESTORE in self.options and bool(self.backups.rows())
        self.folder = backup_folder(self.db_path, policy)

        self.links: dict[str, QCommandLinkButton] = {}
        for key in (READ_ONLY, RETRY, OTHER, NEW):
            if key in self.options:
                b = QCommandLinkButton()
                b.setObjectName(f"choice_{key}")
                b.setIconSize(QSize(16, 16))
                b.clicked.connect(lambda _c=False, k=key: self._choose(k))
                self.links[key] = b
        self.problem = QLabel()  # e.g. "that file already exists"
        self.problem.setObjectName("badDatabaseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {overdue_color().name()};")
        self.problem.hide()

        self.buttons = QDialogButtonBox()
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addSpacing(6)
        # every widget is laid out (owned by the dialog), the ones not offered hidden
        lay.addWidget(self.backups_label)
        lay.addWidget(self.backups, 1)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_note, 1)
        lay.addLayout(row)
        self.backups_label.setVisible(RESTORE in self.options)
        for w in (self.backups, self.restore_button, self.restore_note):
            w.setVisible(self.has_backups)
        self.restore_note.setVisible(self.has_backups and error.code != "store.missing")
        for key in (READ_ONLY, RETRY, OTHER, NEW):
            if key in self.links:
                lay.addWidget(self.links[key])
        lay.addWidget(self.problem)
        lay.addStretch(0)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()
        # the size hint wraps the long lines at a narrow width; the dialog is wider
        self.resize(620, lay.totalHeightForWidth(620))

    # -- texts ---------------------------------------------------------------------

    def headline_text(self) -> str:
        code = self.error.code
        if code == "snapshot.bad_backup":
            return self.tr("The backup could not be restored")
        texts = {
            "store.locked": self.tr("The database is locked by another program"),
            "store.read_only": self.tr("The database cannot be changed"),
            "store.newer_version": self.tr("The database is from a newer version of Credit Health"),
            "store.not_a_database": self.tr("This file is not a Credit Health database"),
            "store.truncated": self.tr("The database file is incomplete"),
            "store.corrupt": self.tr("The database is damaged"),
            "store.missing": self.tr("The database file is missing"),
            "store.needs_passphrase": self.tr("The database is encrypted"),
            "store.wrong_passphrase": self.tr("The passphrase was not accepted"),
            "store.disk_full": self.tr("The disk is full"),
            "store.needs_upgrade": self.tr("The database needs an upgrade"),
            "store.in_use": self.tr("The database is in use"),
        }
        return texts.get(code, self.tr("The database cannot be opened"))

    def retry_texts(self) -> tuple[str, str]:
        code = self.error.code
        if code in ("store.needs_passphrase", "store.wrong_passphrase"):
            return self.tr("Enter the passphrase again"), self.tr("Three more tries.")
        if code == "store.disk_full":
            return self.tr("Try again"), self.tr("After freeing some disk space.")
        if code == "store.in_use":
            return self.tr("Try again"), self.tr("After the other task has finished.")
        return self.tr("Try again"), self.tr("After closing the program that has it open.")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.headline.setText(self.headline_text())
        self.message.setText(self.error.render(i18n.current_language()))
        if self.has_backups:
            self.backups_label.setText(
                with_args(
                    self.tr("Backups of this database (newest first) in %1:"), str(self.folder)
                )
            )
        else:
            self.backups_label.setText(
                with_args(
                    self.tr("No backups of this database were found in %1."), str(self.folder)
                )
            )
        self.restore_button.setText(self.tr("Restore this backup"))
        self.restore_note.setText(
            self.tr("The file it replaces is kept in the backups folder first.")
        )
        texts = {
            READ_ONLY: (
                self.tr("Open it read-only"),
                self.tr("See your records; changes cannot be saved."),
            ),
            RETRY: self.retry_texts(),
            OTHER: (
                self.tr("Open another database…"),
                self.tr("A Credit Health file you keep somewhere else."),
            ),
            NEW: (
                self.tr("Create a new database…"),
                self.tr("Start empty, in a new file. This file is left as it is."),
            ),
        }
        for key, button in self.links.items():
            title, description = texts[key]
            button.setText(title)
            button.setDescription(description)
        self.quit_button.setText(self.tr("Quit") if self.at_start else self.tr("Cancel"))
        self.quit_button.setToolTip(
            "" if self.at_start else self.tr("Keep the database that is open now")
        )

    # -- choices -------------------------------------------------------------------

    def _choose(self, key: str) -> None:
        if key == OTHER:
            path = self.ask_open_path()
            if path is None:
                return
            self.path = path
        elif key == NEW:
            path = self.ask_new_path()
            if path is None:
                return
            if path.exists():
                # never overwrite a file from a "new" button
                self.problem.setText(
                    with_args(
                        self.tr("%1 already exists. Choose another name, or open it instead."),
                        str(path),
                    )
                )
                self.problem.show()
                return
            self.path = path
        self.choice = key
        self.accept()

    def _restore(self) -> None:
        row = self.backups.selected()
        if row is None:
            return
        self.backup = row.backup
        self.choice = RESTORE
        self.accept()

    def reject(self) -> None:
        self.choice = QUIT
        super().reject()

    def file_filter(self) -> str:
        return self.tr("Credit Health databases (*.sqlite3 *.db);;All files (*)")

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.db_path.parent), self.file_filter()
        )
        return Path(name) if name else None

    def ask_new_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(self.db_path.parent / ("credit-health" + DB_SUFFIX)),
            self.file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(DB_SUFFIX)
