"""Preferences → Calendar: the years the app counts working days for, what each rests on,
and adding (or removing) the State Council's holiday notice.

The notice is pasted or opened from a file, read as it is typed, and saved only
after the user has seen what was understood; adding, replacing and removing go
through the session's undo stack (removing asks first).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.holiday_notice import (
    HolidayNotice,
    NoticeError,
    day_runs,
    notice_to_record,
    parse_notice,
)
from credithealth.domain.records import HolidayNoticeRecord
from credithealth.domain.workdays import (
    holidays_of,
    make_up_workdays_of,
    official_years,
    year_source,
)
from credithealth.store.errors import StoreError
from credithealth.store.holiday_notices import notice_record, notice_records
from credithealth.ui import i18n
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.style import muted_color, overdue_color
from credithealth.ui.tr_args import with_args

if TYPE_CHECKING:
    from credithealth.ui.main_window import MainWindow
    from credithealth.ui.session import Session

MAX_NOTICE_BYTES = 200_000  # a notice is about 1 KB; anything this big is another file


def runs_text(days: list[date] | tuple[date, ...], none: str) -> str:
    parts = []
    for first, last in day_runs(days):
        parts.append(
            first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
        )
    return ", ".join(parts) or none


class CalendarBox(Retranslates, QWidget):
    """The Calendar tab: one row per year, newest first."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("calendarSettings")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("calendarYears")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # the selected year's days, in full (a row holds only the counts)
        self.details = QLabel()
        self.details.setObjectName("calendarDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addNoticeButton")
        self.add_button.clicked.connect(self.add_notice)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeNoticeButton")
        self.remove_button.clicked.connect(self.remove_notice)
        self.remove_button.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {muted_color().name()};")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addLayout(row)
        lay.addWidget(self.note)
        self.dialog: NoticeDialog | None = None
        self.message_box: QMessageBox | None = None
        self._watched: Session | None = None
        window.session_changed.connect(self._watch)
        self._watch(window.session)
        self.retranslate()

    @property
    def session(self) -> Session:
        return self.window_.session

    def _watch(self, session: object) -> None:
        if self._watched is not None and not self._watched.closed:
            self._watched.changed.disconnect(self._changed)
        self._watched = self.window_.session
        self._watched.changed.connect(self._changed)
        self.reload()

    def _changed(self, table: str) -> None:
        if table == HolidayNoticeRecord.table:
            self.reload()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Decision dates are counted in Chinese working days. For each year the app uses "
                "the State Council's holiday notice when it has it; otherwise it counts the "
                "statutory holidays and weekends, and cannot know the make-up working days "
                "(调休) until the notice is out (usually October to December)."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Source"),
                self.tr("Days off"),
                self.tr("Make-up working days"),
            ]
        )
        self.add_button.setText(self.tr("Add the official notice…"))
        self.remove_button.setText(self.tr("Remove the notice"))
        self.note.setText(
            self.tr(
                "Paste the notice 国务院办公厅关于YYYY年部分节假日安排的通知 from gov.cn, or open "
                "it as a text file. A notice you add takes precedence over the one built in."
            )
        )
        self.reload()

    def source_text(self, source: str) -> str:
        return {
            "official": self.tr("Official (built in)"),
            "notice": self.tr("From the notice you added"),
            "statutory": self.tr("Estimate: statutory holidays only"),
        }[source]

    def years(self) -> list[int]:
        today = self.session.today()
        known = set(official_years()) | {r.year for r in notice_records(self.session.db)}
        last = max([today.year + 1, *known])
        first = min([today.year, *known])
        return list(range(last, first - 1, -1))

    def reload(self) -> None:
        if self.session.closed:
            return  # between databases, or a dialog outliving its window
        selected = self.selected_year()
        self.table.setRowCount(0)
        years = self.years()
        if selected not in years:
            selected = years[0]  # next year: the one a notice is most likely added for
        for year in years:
            source = year_source(year)
            r = self.table.rowCount()
            self.table.insertRow(r)
            work = make_up_workdays_of(year)
            cells = [
                str(year),
                self.source_text(source),
                str(len(holidays_of(year))),  # counts; the days themselves are shown below
                self.tr("not known yet") if source == "statutory" else str(len(work)),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, year)
                if source == "statutory":
                    item.setForeground(overdue_color())
                self.table.setItem(r, c, item)
            if year == selected:
                self.table.selectRow(r)
        self._selection_changed()

    def selected_year(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _selection_changed(self) -> None:
        year = self.selected_year()
        self.remove_button.setEnabled(
            year is not None and year_source(year) == "notice" and not self.session.read_only
        )
        self.details.setText(self.details_text(year) if year is not None else "")

    def details_text(self, year: int) -> str:
        none = self.tr("none")
        source = year_source(year)
        work = (
            self.tr("not known yet")
            if source == "statutory"
            else runs_text(make_up_workdays_of(year), none)
        )
        lines = [
            with_args(
                self.tr("%1 — days off besides weekends: %2"),
                str(year),
                runs_text(holidays_of(year), none),
            ),
            with_args(self.tr("Make-up working days: %1"), work),
        ]
        if source == "statutory":
            lines.append(
                with_args(
                    self.tr(
                        "Until the notice is added, dates in %1 are estimates and may shift by a "
                        "few days."
                    ),
                    str(year),
                )
            )
        return "\n".join(lines)

    # -- adding and removing -------------------------------------------------------------

    def add_notice(self) -> None:
        self.dialog = NoticeDialog(self.session, self)
        self.dialog.open()

    def remove_notice(self) -> None:
        year = self.selected_year()
        rec = notice_record(self.session.db, year) if year is not None else None
        if rec is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the notice"),
            with_args(
                self.tr(
                    "Remove the notice for %1? Working days in %1 are then counted with the "
                    "built-in calendar, or estimated from the statutory holidays. Edit → Undo "
                    "brings it back."
                ),
                str(year),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: b is remove and self._remove(rec))
        self.message_box = box
        box.open()

    def _remove(self, rec: HolidayNoticeRecord) -> None:
        try:
            self.session.delete(
                rec, with_args(self.tr("Remove the holiday notice for %1"), str(rec.year))
            )
        except StoreError as exc:
            QMessageBox.warning(
                self, self.tr("Remove the notice"), exc.msg.render(i18n.current_language())
            )


class NoticeDialog(QDialog):
    """Paste or open the notice; what was understood (or the sentence that was not) shows
    as it is typed, and Save is offered only for a notice read in full."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("noticeDialog")
        self.notice: HolidayNotice | None = None
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noticeText")
        self.help.setBuddy(self.editor)  # the instructions above it name it for screen readers
        self.editor.textChanged.connect(self.read)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.preview = QLabel()
        self.preview.setObjectName("noticePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.help, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.editor, 2)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.buttons)
        self.setMinimumSize(720, 620)
        self.retranslate()
        self.read()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add the official holiday notice"))
        self.help.setText(
            self.tr(
                "Paste the whole notice 国务院办公厅关于YYYY年部分节假日安排的通知 below, from its "
                "title to its last arrangement, or open it from a file. Check what the app "
                "understood, then save."
            )
        )
        self.open_button.setText(self.tr("Open a file…"))

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open the notice"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()[: MAX_NOTICE_BYTES + 1]
        except OSError as exc:
            self.show_error(f"{exc.strerror}: {path}")
            return
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            self.show_error(with_args(self.tr("%1 is not a text file."), path.name))
            return
        if len(data) > MAX_NOTICE_BYTES:
            self.show_error(with_args(self.tr("%1 is too large to be a notice."), path.name))
            return
        self.editor.setPlainText(text)

    def show_error(self, text: str) -> None:
        self.notice = None
        self.preview.setText(text)
        self.preview.setStyleSheet(f"color: {overdue_color().name()};")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def read(self) -> None:
        text = self.editor.toPlainText()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not text.strip():
            self.notice = None
            self.preview.setText(self.tr("Nothing pasted yet."))
            self.preview.setStyleSheet(f"color: {muted_color().name()};")
            save.setEnabled(False)
            return
        try:
            notice = parse_notice(text)
        except NoticeError as exc:
            self.show_error(
                with_args(
                    self.tr("This notice cannot be saved: %1"),
                    exc.msg.render(i18n.current_language()),
                )
            )
            return
        self.notice = notice
        self.preview.setStyleSheet("")
        self.preview.setText(self.understood(notice))
        save.setEnabled(not self.session.read_only)

    def understood(self, notice: HolidayNotice) -> str:
        none = self.tr("none")
        lines = [
            with_args(
                self.tr("The notice for %1: %2 days off, %3 make-up working days."),
                str(notice.year),
                str(len(notice.days_off)),
                str(len(notice.make_up_workdays)),
            )
        ]
        for item in notice.items:
            lines.append(
                with_args(
                    self.tr("%1 — off: %2; working: %3"),
                    item.festival,
                    runs_text(item.days_off, none),
                    runs_text(item.make_up_workdays, none),
                )
            )
        old = notice_record(self.session.db, notice.year)
        if old is not None:
            lines.append(
                with_args(
                    self.tr("It replaces the notice for %1 you added on %2."),
                    str(notice.year),
                    old.added_on.isoformat() if old.added_on else "?",
                )
            )
        return "\n".join(lines)

    def save(self) -> None:
        if self.notice is None:
            return
        new = notice_to_record(self.notice, self.editor.toPlainText(), self.session.today())
        old = notice_record(self.session.db, self.notice.year)
        text = with_args(self.tr("Add the holiday notice for %1"), str(self.notice.year))
        try:
            if old is None:
                self.session.insert(new, text)
            else:
                from dataclasses import replace

                self.session.update(old, replace(new, id=old.id), text)
        except StoreError as exc:
            self.show_error(exc.msg.render(i18n.current_language()))
            return
        self.accept()
