"""Automatic backups in the app: one a day, and Preferences → Backups.

``DailyBackups`` takes the day's backup off the GUI thread when the app starts
(and checks hourly while it runs, for an app left open past midnight).
``BackupsBox`` lists the backups, backs up now, restores one (closing and
reopening the database around it), shows the folder, and sets how many are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from credithealth.store.encryption import encrypt_backups
from credithealth.store.errors import StoreError
from credithealth.store.integrity import full_check
from credithealth.store.snapshots import (
    Backup,
    BackupPolicy,
    backup_folder,
    daily_backup,
    restore_backup,
    take_backup,
    verify_backup,
)
from credithealth.ui import i18n
from credithealth.ui.backup_list import BackupList, BackupRow, kind_text
from credithealth.ui.backup_policy import DAILY_RANGE, WEEKLY_RANGE, backup_policy, set_keep
from credithealth.ui.file_step import WholeFileStep
from credithealth.ui.passphrase import PassphraseDialog
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.tr_args import with_args
from credithealth.ui.worker import run_op

if TYPE_CHECKING:
    from credithealth.ui.main_window import MainWindow

CHECK_EVERY_MS = 3600 * 1000
# what the full check finds: the open's own words for a damaged file
DAMAGE = frozenset({"store.corrupt", "store.truncated", "store.not_a_database"})


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.msg.render(i18n.current_language())
    if isinstance(exc, OSError):
        return f"{exc.strerror}: {exc.filename}"
    raise exc


def start_of_day_backup(
    path: Path, now: datetime, key: str | None, policy: BackupPolicy, *, backup: bool = True
) -> Path | None:
    """SQLite's full check of the file first (the open made only the cheap one,
    ``store/integrity.py``): a damaged file is said, and never backed up over good
    backups. Then the day's backup (``backup``: not for a read-only session); before it,
    for an encrypted database, any plain backup an encrypt killed half-way left is
    encrypted (the user agreed to that when they encrypted)."""
    full_check(path, passphrase=key)
    if not backup:
        return None
    if key is not None:
        encrypt_backups(path, key, policy)
    return daily_backup(path, now, passphrase=key, policy=policy)


class DailyBackups(QObject):
    """After the window is shown (and hourly): the full check of the database, then the
    day's first start backs it up; ``done(path or None)`` after each try, ``failed(text)``
    when it could not, ``damaged(msg)`` when the check found the file damaged (said as
    the open would have said it)."""

    done = Signal(object)
    failed = Signal(str)
    damaged = Signal(object)  # Msg

    def __init__(self, window: MainWindow, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.window = window
        self.now = now
        self.running = False
        self.message_box: QMessageBox | None = None  # the damaged-file message, once shown
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        window.session_changed.connect(self._session_changed)

    def start(self) -> None:
        self.run()
        self.timer.start()

    def _session_changed(self, _session: object) -> None:
        if self.timer.isActive():  # started: another database gets its day's backup too
            self.run()

    def run(self) -> bool:
        """Back up if today's backup is missing; False when there is nothing to do now."""
        s = self.window.session
        if s.closed or self.running:
            return False
        path, key, policy, now = s.db_path, s.passphrase, backup_policy(), self.now()
        backup = not s.read_only
        self.running = True
        run_op(
            lambda _p: start_of_day_backup(path, now, key, policy, backup=backup),
            self._done,
            self._failed,
        )
        return True

    def _done(self, path: Path | None) -> None:
        self.running = False
        self.done.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, StoreError) and exc.msg.code in DAMAGE:
            self._say_damaged(exc)
            return
        text = with_args(self.tr("The daily backup failed: %1"), _error_text(exc))
        self.window.statusBar().showMessage(text, 60_000)
        self.failed.emit(text)

    def _say_damaged(self, exc: StoreError) -> None:
        """What the open would have said of the damaged file, with where to restore it."""
        box = QMessageBox(self.window)
        box.setObjectName("databaseDamaged")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(self.tr("The database is damaged"))
        box.setInformativeText(
            exc.msg.render(i18n.current_language())
            + "\n"
            + self.tr(
                "Your backups are in Preferences → Backups. None was taken of the damaged file."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()
        self.damaged.emit(exc.msg)


def _verifies(backup: Path, key: str) -> bool:
    try:
        verify_backup(backup, key)
    except StoreError as exc:
        detail = exc.msg.params.get("detail")
        code = getattr(detail, "code", exc.msg.code)
        return code not in ("store.wrong_passphrase", "store.needs_passphrase")
    return True


class BackupsBox(Retranslates, QWidget):
    """Preferences → Backups."""

    restored = Signal(object)  # the backup of the replaced state (Path or None)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("backupsBox")
        self.message_box: QMessageBox | None = None  # the last question or report (tests)
        self.passphrase_dialog: PassphraseDialog | None = None
        self.step: WholeFileStep | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = BackupList()
        self.list.setMinimumHeight(150)
        self.list.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.list.model.modelReset.connect(self._update)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("showBackupFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        policy = backup_policy()
        self.keep_box = QGroupBox()
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(*DAILY_RANGE)
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(*WEEKLY_RANGE)
        self.keep_weekly.setValue(policy.keep_weekly)
        self.keep_daily.valueChanged.connect(lambda v: set_keep(daily=v))
        self.keep_weekly.valueChanged.connect(lambda v: set_keep(weekly=v))
        self.keep_form = QFormLayout()
        self.keep_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.daily_label, self.weekly_label = QLabel(), QLabel()
        self.keep_form.addRow(self.daily_label, self.keep_daily)
        self.keep_form.addRow(self.weekly_label, self.keep_weekly)
        self.keep_note = QLabel()
        self.keep_note.setWordWrap(True)
        keep_lay = QVBoxLayout(self.keep_box)
        keep_lay.addLayout(self.keep_form)
        keep_lay.addWidget(self.keep_note)

        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.folder_label)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.keep_box)
        self.retranslate()
        self.reload()
        window.session_changed.connect(self._session_changed)

    def _session_changed(self, _session: object) -> None:
        self.reload()

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Credit Health backs up the database the first time you open it each day, and "
                "before every step that rewrites it (an app upgrade, a restore, encryption)."
            )
        )
        self._folder_text()
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore this backup…"))
        self.folder_button.setText(self.tr("Show folder"))
        self.keep_box.setTitle(self.tr("How many to keep"))
        self.daily_label.setText(self.tr("Daily backups, one per day, for the last:"))
        self.weekly_label.setText(self.tr("Then one per week, for the last:"))
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.keep_note.setText(
            self.tr(
                "Backups taken before a step that rewrites the database: the newest 10 are kept. "
                "Changes here apply from the next backup; nothing is deleted now."
            )
        )
        self._update()

    def _folder_text(self) -> None:
        folder = backup_folder(self.window_.session.db_path, backup_policy())
        self.folder_label.setText(with_args(self.tr("Kept in %1"), str(folder)))

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        session = self.window_.session
        self.list.load(session.db_path, backup_policy())
        self._folder_text()
        self._update()

    def _update(self) -> None:
        s = self.window_.session
        writable = not s.read_only and not s.closed
        self.backup_button.setEnabled(writable)
        self.restore_button.setEnabled(writable and self.list.selected() is not None)
        if s.read_only:
            self.restore_button.setToolTip(
                self.tr("The database is open read-only: it cannot be replaced.")
            )
        else:
            self.restore_button.setToolTip("")

    # -- back up now -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        s = self.window_.session
        path, key, policy = s.db_path, s.passphrase, backup_policy()
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        run_op(
            lambda _p: take_backup(path, "manual", passphrase=key, policy=policy),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, path: Path) -> None:
        self.reload()
        self.list.select(path)
        self.status.setText(with_args(self.tr("Backed up to %1."), path.name))

    def _backup_failed(self, exc: BaseException) -> None:
        self._update()
        self.status.setText(with_args(self.tr("The backup failed: %1"), _error_text(exc)))

    def show_folder(self) -> bool:
        folder = backup_folder(self.window_.session.db_path, backup_policy())
        if not folder.is_dir():
            folder = self.window_.session.db_path.resolve().parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- restore -------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        row = self.list.selected()
        if row is None or self.window_.session.read_only:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            with_args(
                self.tr("Replace your records with the backup of %1 (%2)?"),
                row.backup.taken_at.strftime("%Y-%m-%d %H:%M"),
                kind_text(row.backup.kind),
            )
        )
        box.setInformativeText(
            self.tr(
                "The records as they are now are backed up first, so this can be undone by "
                "restoring that backup. The database is closed and reopened, and the undo "
                "history is cleared."
            )
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: box.clickedButton() is yes and self._confirmed(row))
        self._open(box)

    def _confirmed(self, row: BackupRow) -> None:
        if not row.encrypted:
            self._restore(row.backup, None)
            return
        current = self.window_.session.passphrase
        if current is not None and _verifies(row.backup.path, current):
            self._restore(row.backup, current)
            return
        found: dict[str, str] = {}

        def check(text: str) -> bool:
            if _verifies(row.backup.path, text):
                found["key"] = text
                return True
            return False

        dialog = PassphraseDialog(
            self.tr(
                "This backup is encrypted with another passphrase (the one the database had "
                "then). Enter it to restore the backup."
            ),
            check,
            title=self.tr("Encrypted backup"),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _r: "key" in found and self._restore(row.backup, found.pop("key"))
        )
        self.passphrase_dialog = dialog
        dialog.open()

    def _restore(self, backup: Backup, key: str | None) -> None:
        policy = backup_policy()
        step = WholeFileStep(
            self.window_,
            self.tr("Restoring the backup…"),
            lambda path, old: restore_backup(
                path, backup.path, passphrase=old, backup_passphrase=key, policy=policy
            ),
            lambda _saved: key,
            parent=self,
        )
        step.finished.connect(lambda saved, error: self._restored(backup, saved, error))
        self.step = step
        step.start()

    def _restored(self, backup: Backup, saved: Path | None, error: StoreError | None) -> None:
        self.step = None
        self.reload()
        box = QMessageBox(self)
        box.setObjectName("restoreResult")
        if error is not None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("The backup was not restored"))
            box.setText(error.msg.render(i18n.current_language()))
            box.setInformativeText(self.tr("Your database was left as it was."))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Backup restored"))
            box.setText(
                with_args(
                    self.tr("The records are back as they were on %1."),
                    backup.taken_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
            kept = (
                with_args(self.tr("The records it replaced were backed up first (%1)."), saved.name)
                if saved is not None
                else ""
            )
            cleared = self.tr("The undo history was cleared.")
            box.setInformativeText(kept + ("\n" if kept else "") + cleared)
            if saved is not None:
                self.list.select(saved)
            self.restored.emit(saved)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._open(box)

    def _open(self, box: QMessageBox) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
