"""A database's automatic backups as a table: when, why (in words), size, encrypted or not.

Used by Preferences → Backups and by the dialog for a database that cannot be opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from credithealth.store.encryption import is_encrypted
from credithealth.store.snapshots import Backup, BackupPolicy, list_backups
from credithealth.ui.models.records import Column, RecordTableModel
from credithealth.ui.retranslate import Retranslates


def kind_text(kind: str) -> str:
    """Why the backup was taken, as a user would say it."""
    words = {
        "daily": QCoreApplication.translate("BackupList", "Daily"),
        "premigrate": QCoreApplication.translate("BackupList", "Before an app upgrade"),
        "prerestore": QCoreApplication.translate("BackupList", "Before a restore"),
        "preencrypt": QCoreApplication.translate("BackupList", "Before encryption"),
        "predecrypt": QCoreApplication.translate("BackupList", "Before removing encryption"),
        "prerekey": QCoreApplication.translate("BackupList", "Before a passphrase change"),
        "prereplace": QCoreApplication.translate("BackupList", "Before replacing the records"),
        "manual": QCoreApplication.translate("BackupList", "Made by you"),
    }
    return words.get(kind, kind)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass(frozen=True)
class BackupRow:
    backup: Backup
    encrypted: bool


def backup_rows(db_path: Path, policy: BackupPolicy | None) -> list[BackupRow]:
    try:
        backups = list_backups(db_path, policy)
    except OSError:  # an unreadable folder: no list, not an error dialog
        return []
    return [BackupRow(b, is_encrypted(b.path)) for b in backups]


def _columns() -> list[Column[BackupRow]]:
    return [
        Column(
            lambda: QCoreApplication.translate("BackupList", "Taken"),
            lambda r: r.backup.taken_at.strftime("%Y-%m-%d %H:%M"),
            sort=lambda r: r.backup.taken_at,
        ),
        Column(
            lambda: QCoreApplication.translate("BackupList", "Why"),
            lambda r: kind_text(r.backup.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("BackupList", "Size"),
            lambda r: size_text(r.backup.size),
            sort=lambda r: r.backup.size,
            align=Qt.AlignmentFlag.AlignRight,
        ),
        Column(
            lambda: QCoreApplication.translate("BackupList", "Encrypted"),
            lambda r: (
                QCoreApplication.translate("BackupList", "Yes")
                if r.encrypted
                else QCoreApplication.translate("BackupList", "No")
            ),
            tooltip=lambda r: str(r.backup.path),
        ),
    ]


class _Source:
    """Where the rows come from. Not the widget itself: a model holding a method of
    the widget that holds the model would be a reference cycle, and a cycle may be
    collected on a worker thread, deleting a widget there."""

    def __init__(self) -> None:
        self.where: tuple[Path, BackupPolicy | None] | None = None

    def rows(self) -> list[BackupRow]:
        return [] if self.where is None else backup_rows(*self.where)


class BackupList(Retranslates, QWidget):
    """The table; ``load(db_path, policy)`` fills it, newest first; ``selected()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = _Source()
        self.model: RecordTableModel[BackupRow] = RecordTableModel(
            _columns(), self._source.rows, self
        )
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def load(self, db_path: Path, policy: BackupPolicy | None = None) -> None:
        self._source.where = (db_path, policy)
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)

    def rows(self) -> list[BackupRow]:
        return list(self.model.rows)

    def selected(self) -> BackupRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, path: Path) -> bool:
        row = self.model.row_of(lambda r: r.backup.path == path)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def retranslate(self) -> None:
        self.model.reload()  # headers and words follow the language
