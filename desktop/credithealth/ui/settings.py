"""Settings 设置: the language (applied at once, kept in QSettings), the database file
(open another one or create a new one; the window switches to it), reminders, and
the tabs for backups and encryption (``ui/backups.py``, ``ui/encryption_settings.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from credithealth.ui import i18n
from credithealth.ui.report_name import ReportNameGroup
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.tr_args import with_args

if TYPE_CHECKING:
    from credithealth.ui.main_window import MainWindow

DB_SUFFIX = ".sqlite3"
# each language is named in itself, so it can be found whatever language is showing
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class SettingsDialog(Retranslates, QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("settingsDialog")

        self.language_box = QGroupBox()
        self.follow = QRadioButton()
        self.radios = {"system": self.follow}
        for code, name in LANGUAGES:
            self.radios[code] = QRadioButton(name)
        self.group = QButtonGroup(self)
        lang_lay = QVBoxLayout(self.language_box)
        for radio in self.radios.values():
            self.group.addButton(radio)
            lang_lay.addWidget(radio)
        choice = str(QSettings().value(i18n.SETTING, "system"))
        self.radios.get(choice, self.follow).setChecked(True)
        for code, radio in self.radios.items():
            radio.toggled.connect(lambda on, c=code: on and self.choose_language(c))

        self.db_box = QGroupBox()
        self.db_label = QLabel()
        self.db_path = QLabel()
        self.db_path.setWordWrap(True)
        self.db_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.new_button = QPushButton()
        self.open_button.clicked.connect(self.open_database)
        self.new_button.clicked.connect(self.new_database)
        self.db_note = QLabel()
        self.db_note.setWordWrap(True)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.open_button)
        buttons_row.addWidget(self.new_button)
        buttons_row.addStretch(1)
        db_lay = QVBoxLayout(self.db_box)
        db_lay.addWidget(self.db_label)
        db_lay.addWidget(self.db_path)
        db_lay.addLayout(buttons_row)
        db_lay.addWidget(self.db_note)

        # reminders: the same dialog the journey page opens, so there is one place to set them
        self.reminders_box = QGroupBox()
        self.reminders_note = QLabel()
        self.reminders_note.setWordWrap(True)
        self.reminders_button = QPushButton()
        self.reminders_button.setObjectName("reminderSettingsButton")
        self.reminders_button.clicked.connect(self.open_reminder_settings)
        rem_lay = QVBoxLayout(self.reminders_box)
        rem_lay.addWidget(self.reminders_note)
        rem_row = QHBoxLayout()
        rem_row.addWidget(self.reminders_button)
        rem_row.addStretch(1)
        rem_lay.addLayout(rem_row)

        from credithealth.ui.backups import BackupsBox
        from credithealth.ui.calendar_settings import CalendarBox
        from credithealth.ui.encryption_settings import EncryptionBox

        self.general = QWidget()
        general = QVBoxLayout(self.general)
        general.addWidget(self.language_box)
        general.addWidget(self.db_box)
        general.addWidget(self.reminders_box)
        self.report_box = ReportNameGroup()  # the name on the report's cover
        general.addWidget(self.report_box)
        general.addStretch(1)
        self.backups = BackupsBox(window)
        self.encryption = EncryptionBox(window)
        self.encryption.backups_changed.connect(self.backups.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.general, "")
        self.tabs.addTab(self.backups, "")
        self.tabs.addTab(self.encryption, "")
        self.calendar = CalendarBox(window)
        self.tabs.addTab(self.calendar, "")
        window.session_changed.connect(self._session_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.buttons)
        # room for the backups list and its notes in either language (wrapped labels
        # in tabs do not make the dialog taller by themselves)
        self.setMinimumSize(640, 620)
        self.retranslate()

    def _session_changed(self, _session: object) -> None:
        self.db_path.setText(str(self.window_.session.db_path))

    def show_tab(self, key: str) -> None:
        """ "general", "backups", "encryption" or "calendar"."""
        pages = {
            "general": self.general,
            "backups": self.backups,
            "encryption": self.encryption,
            "calendar": self.calendar,
        }
        self.tabs.setCurrentWidget(pages[key])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Backups"))
        self.tabs.setTabText(2, self.tr("Encryption"))
        self.tabs.setTabText(3, self.tr("Calendar"))
        self.language_box.setTitle(self.tr("Language"))
        system = dict(LANGUAGES).get(i18n.system_language(), "English")
        self.follow.setText(with_args(self.tr("Follow the system (%1)"), system))
        self.db_box.setTitle(self.tr("Database"))
        self.db_label.setText(self.tr("Your records are kept in this file:"))
        self.db_path.setText(str(self.window_.session.db_path))
        self.open_button.setText(self.tr("Open another…"))
        self.new_button.setText(self.tr("Create a new one…"))
        self.reminders_box.setTitle(self.tr("Reminders"))
        self.reminders_note.setText(
            self.tr(
                "Which reminders you get (bills, overdue, decisions, renewals, snapshots) and how many days ahead."
            )
        )
        self.reminders_button.setText(self.tr("Reminder settings…"))
        self.db_note.setText(
            self.tr(
                "The app reopens the file chosen here next time. Undo history does not carry "
                "over to another file."
            )
        )

    def open_reminder_settings(self) -> None:
        from credithealth.ui.reminder_settings import ReminderSettingsDialog
        from credithealth.ui.reminders_service import service_for

        dialog = ReminderSettingsDialog(self)
        dialog.accepted.connect(service_for(self.window_.session).refresh)
        self.reminder_dialog = dialog
        dialog.open()

    # -- language --------------------------------------------------------------------

    def choose_language(self, choice: str) -> None:
        """Applied at once: every window retranslates itself and keeps its state."""
        QSettings().setValue(i18n.SETTING, choice)
        i18n.install(i18n.chosen_language())

    # -- the database ----------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("Credit Health databases (*.sqlite3 *.db);;All files (*)")

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            str(self.window_.session.db_path.parent),
            self._filter(),
        )
        return Path(name) if name else None

    def ask_new_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(self.window_.session.db_path.parent / ("credit-health" + DB_SUFFIX)),
            self._filter(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(DB_SUFFIX)

    def open_database(self) -> None:
        path = self.ask_open_path()
        # an existing file only: a bad one gets its dialog, and this one stays open
        if path is not None and self.window_.switch_session(path, create=False):
            self.accept()

    def new_database(self) -> None:
        path = self.ask_new_path()
        if path is None:
            return
        if path.exists():
            # never overwrite someone's records from a "new" button
            QMessageBox.warning(
                self,
                self.windowTitle(),
                with_args(
                    self.tr("%1 already exists. Choose another name, or open it instead."),
                    str(path),
                ),
            )
            return
        if self.window_.switch_session(path):
            self.accept()  # out of the way of the check-up a new database starts with
