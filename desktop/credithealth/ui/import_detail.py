"""One bill file in the import dialog: what it holds, or why it cannot be imported, or
its password prompt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.messages import Msg
from credithealth.domain.money import format_yuan
from credithealth.importers import ParsedFile
from credithealth.store.imports import ImportPreview, ImportResult
from credithealth.ui import i18n
from credithealth.ui.models.transactions import amount_text, kind_label
from credithealth.ui.style import muted_color, overdue_color
from credithealth.ui.tr_args import with_args

PREVIEW_ROWS = 8


@dataclass
class FileEntry:
    path: Path
    state: str = "reading"  # reading, ready, password, error, done
    parsed: ParsedFile | None = None
    preview: ImportPreview | None = None
    error: Msg | None = None  # why the file cannot be read (or the password was wrong)
    password: str | None = None
    result: ImportResult | None = None


def local_files(urls: list[QUrl]) -> list[Path]:
    return [
        Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()
    ]


class FileDetail(QWidget):
    """What one file holds, or why it cannot be imported, or its password prompt."""

    unlock = Signal(str)  # the password typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("importFileName")
        f = self.name.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.name.setFont(f)
        self.name.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format_label, self.format = QLabel(), QLabel()
        self.period_label, self.period = QLabel(), QLabel()
        self.counts_label, self.counts = QLabel(), QLabel()
        for value in (self.format, self.period, self.counts):
            value.setWordWrap(True)
        self.counts.setObjectName("importCounts")
        self.facts.addRow(self.format_label, self.format)
        self.facts.addRow(self.period_label, self.period)
        self.facts.addRow(self.counts_label, self.counts)
        self.facts_box = QWidget()
        self.facts_box.setLayout(self.facts)

        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("importPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setClearButtonEnabled(True)
        self.password_label.setBuddy(self.password)
        self.open_button = QPushButton()
        self.open_button.setObjectName("importUnlock")
        self.open_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.password.textChanged.connect(lambda t: self.open_button.setEnabled(bool(t)))
        pw = QHBoxLayout()
        pw.setContentsMargins(0, 0, 0, 0)
        pw.addWidget(self.password_label)
        pw.addWidget(self.password, 1)
        pw.addWidget(self.open_button)
        self.password_box = QWidget()
        self.password_box.setLayout(pw)

        self.preview_label = QLabel()
        self.preview = QTableWidget(0, 5)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("importErrors")
        self.errors.setWordWrap(True)
        self.errors.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(self.name)
        lay.addWidget(self.status)
        lay.addWidget(self.password_box)
        lay.addWidget(self.facts_box)
        lay.addWidget(self.preview_label)
        lay.addWidget(self.preview, 3)
        lay.addWidget(self.errors_label)
        lay.addWidget(self.errors, 2)
        lay.addStretch(0)
        self.entry: FileEntry | None = None

    def _unlock(self) -> None:
        if self.password.text():
            self.unlock.emit(self.password.text())

    def show_entry(self, e: FileEntry, lang: str) -> None:
        self.entry = e
        self.name.setText(e.path.name)
        self.name.setToolTip(str(e.path))
        parsed = e.parsed
        self._status(e, lang)
        self.password_box.setVisible(e.state == "password")
        if e.state == "password" and self.password.text() == (e.password or ""):
            self.password.selectAll()
        self.password.setFocus() if e.state == "password" else None
        self.facts_box.setVisible(parsed is not None)
        has_rows = parsed is not None and bool(parsed.rows)
        self.preview_label.setVisible(has_rows)
        self.preview.setVisible(has_rows)
        has_errors = parsed is not None and bool(parsed.errors)
        self.errors_label.setVisible(has_errors)
        self.errors.setVisible(has_errors)
        if parsed is None:
            return
        self.format.setText(Msg("importers.format." + parsed.format).render(lang))
        if parsed.period_start and parsed.period_end:
            self.period.setText(
                with_args(
                    self.tr("%1 to %2"),
                    parsed.period_start.isoformat(),
                    parsed.period_end.isoformat(),
                )
            )
        else:
            self.period.setText("—")
        self.counts.setText(self._counts(e))
        self._fill_preview(parsed)
        self._fill_errors(parsed, lang)

    def _status(self, e: FileEntry, lang: str) -> None:
        red = f"color: {overdue_color().name()};"
        text, style = "", ""
        if e.state == "reading":
            text = self.tr("Reading…")
        elif e.state == "password":
            if e.error is not None and e.error.code == "importers.wrong_password":
                text, style = e.error.render(lang), red
            else:
                text = self.tr(
                    "This zip is protected by a password. Enter the unzip password that Alipay "
                    "or WeChat sent you with the export."
                )
        elif e.state == "error" and e.error is not None:
            text = sentences(e.error.render(lang), self.tr("This file will not be imported."))
            style = red
        elif e.state == "done" and e.result is not None:
            text = self._result_text(e.result)
        elif e.state == "ready" and e.preview is not None and e.preview.previous is not None:
            prev = e.preview.previous
            text = with_args(
                self.tr("This file was imported before, on %1."),
                prev.imported_at.strftime("%Y-%m-%d %H:%M"),
            )
            style = f"color: {muted_color().name()};"
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))

    def _counts(self, e: FileEntry) -> str:
        if e.state == "done" and e.result is not None:
            r = e.result
            new, dup, skipped, total = r.rows_new, r.rows_duplicate, r.rows_skipped, r.rows_total
            text = self.tr("%1 transactions: %2 added, %3 already imported, %4 unreadable")
        else:
            p = e.preview
            assert p is not None
            new, dup, skipped, total = p.rows_new, p.rows_duplicate, p.rows_skipped, p.rows_total
            text = self.tr("%1 transactions: %2 to add, %3 already imported, %4 unreadable")
        return with_args(text, f"{total:,}", f"{new:,}", f"{dup:,}", f"{skipped:,}")

    def _result_text(self, r: ImportResult) -> str:
        text = self.tr("Imported.")
        if r.huabei_repayments:
            text = sentences(
                text,
                with_args(
                    self.tr("%1 Huabei repayments logged (%2)."),
                    str(r.huabei_repayments),
                    format_yuan(r.huabei_repaid_fen),
                ),
            )
        others = r.repayments - r.huabei_repayments
        if others:
            text = sentences(text, with_args(self.tr("%1 other repayments logged."), str(others)))
        return text

    def _fill_preview(self, parsed: ParsedFile) -> None:
        self.preview_label.setText(
            with_args(
                self.tr("First %1 of %2 rows"),
                str(min(PREVIEW_ROWS, len(parsed.rows))),
                f"{len(parsed.rows):,}",
            )
        )
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Counterparty"),
                self.tr("Description"),
                self.tr("Amount"),
                self.tr("Kind"),
            ]
        )
        rows = parsed.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for i, r in enumerate(rows):
            t = r.transaction
            cells = [
                t.occurred_at.strftime("%Y-%m-%d %H:%M"),
                t.counterparty,
                t.description,
                amount_text(t),
                kind_label(t.kind),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview.setItem(i, c, item)

    def _fill_errors(self, parsed: ParsedFile, lang: str) -> None:
        self.errors_label.setText(
            with_args(
                self.tr("%1 rows cannot be read and will be skipped; the rest imports:"),
                str(parsed.rows_total - len(parsed.rows)),
            )
        )
        self.errors.clear()
        for e in parsed.errors:
            self.errors.addItem(with_args(self.tr("Line %1: %2"), str(e.line), e.msg.render(lang)))

    def retranslate(self) -> None:
        self.format_label.setText(self.tr("Format:"))
        self.period_label.setText(self.tr("Period:"))
        self.counts_label.setText(self.tr("Rows:"))
        self.password_label.setText(self.tr("Unzip &password:"))
        self.open_button.setText(self.tr("&Open"))


def sentences(*parts: str) -> str:
    """Chinese runs sentences together; English puts a space between them."""
    return ("" if i18n.current_language() == "zh_CN" else " ").join(p for p in parts if p)
