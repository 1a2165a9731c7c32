"""Import bill files: choose or drop them, see what each holds, then import them all.

Each file is read off the GUI thread as soon as it is added: its layout in words,
the period it covers, its first rows, and the counts an import would give (new,
already imported, unreadable: a dry run against the database, nothing written).
A password-protected zip asks for its password beside it; a wrong one says so
and asks again. Import writes every ready file in one transaction off the GUI
thread, with a progress bar and Cancel (which rolls everything back), then pushes
one undoable command and tells the session what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from credithealth.importers import BillFileError, ParsedFile
from credithealth.store.imports import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
)
from credithealth.ui.common import i18n
from credithealth.ui.common.dialogs import Dialogs
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.session import Session
from credithealth.ui.common.style import muted_color
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.worker import Op, run_op
from credithealth.ui.importing.command import ImportCommand
from credithealth.ui.importing.file_detail import FileDetail, FileEntry, local_files, sentences
from credithealth.ui.importing.ops import import_all, read_with_preview, rows_in

PASSWORD_CODES = ("importers.password_required", "importers.wrong_password")


class ImportDialog(Retranslates, QDialog):
    imported = Signal(object)  # list[ImportResult]
    open_page = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.session = session
        self.entries: list[FileEntry] = []
        self._reads: dict[int, Op[Any]] = {}
        self.op: Op[Any] | None = None  # the import, while it runs
        self.results: list[ImportResult] = []
        self.notice = ""  # what the last attempt to import came to, until the list changes
        self.gone = False  # closed: work still finishing must not touch the widgets
        self.setAcceptDrops(True)
        self.setMinimumSize(820, 560)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("importIntro")
        self.howto = QLabel()
        self.howto.setWordWrap(True)
        self.howto.setObjectName("importHowto")
        self.howto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self.files.currentRowChanged.connect(lambda _r: self._show_current())
        self.files.setMinimumWidth(220)
        self.detail = FileDetail()
        self.detail.unlock.connect(self._unlock)
        self.empty = QLabel()
        self.empty.setObjectName("importEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.files)
        split.addWidget(self.right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([240, 600])

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.add_button = QPushButton()
        self.add_button.setObjectName("importAdd")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("importRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importRun")
        self.show_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setObjectName("importShow")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("importClose")
        self.import_button.clicked.connect(self.start_import)
        self.show_button.clicked.connect(self._show_spending)
        self.close_button.clicked.connect(self.reject)
        self.show_button.hide()

        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.howto)
        lay.addWidget(split, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addLayout(bottom)
        self.retranslate()
        self._update()

    # -- files -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bill files"),
            str(Path.home()),
            self.tr("Bill files (*.csv *.xlsx *.zip);;All files (*)"),
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if self.op is not None:
            return
        known = {e.path.resolve() for e in self.entries}
        if any(e.state == "done" for e in self.entries):
            self._start_over()
            known = set()
        added = False
        for p in paths:
            if p.resolve() in known:
                continue
            known.add(p.resolve())
            e = FileEntry(Path(p))
            self.entries.append(e)
            item = QListWidgetItem(e.path.name)
            item.setToolTip(str(e.path))
            self.files.addItem(item)
            self._read(e)
            added = True
        if added:
            self.notice = ""
            self.files.setCurrentRow(self.files.count() - 1 if len(paths) == 1 else 0)
        self._update()

    def _start_over(self) -> None:
        """Files added after an import start a new list."""
        self.entries.clear()
        self.files.clear()
        self.results = []
        self.summary.clear()

    def remove_current(self) -> None:
        row = self.files.currentRow()
        if row < 0 or self.op is not None:
            return
        e = self.entries.pop(row)
        op = self._reads.pop(id(e), None)
        if op is not None:
            op.cancel()
        self.files.takeItem(row)
        self.notice = ""
        self._update()

    def _read(self, e: FileEntry) -> None:
        e.state = "reading"
        session = self.session

        def done(result: tuple[ParsedFile, ImportPreview]) -> None:
            if self.gone:
                return
            self._reads.pop(id(e), None)
            e.parsed, e.preview = result
            e.state, e.error = "ready", None
            self._changed(e)

        def failed(exc: BaseException) -> None:
            if self.gone:
                return
            self._reads.pop(id(e), None)
            if not isinstance(exc, BillFileError):
                raise exc
            e.error = exc.msg
            e.state = "password" if exc.msg.code in PASSWORD_CODES else "error"
            self._changed(e)

        self._reads[id(e)] = run_op(
            lambda _p: read_with_preview(e.path, e.password, session), done, failed
        )

    def _unlock(self, password: str) -> None:
        e = self.current()
        if e is None or e.state != "password":
            return
        e.password = password
        self._read(e)
        self._changed(e)

    def current(self) -> FileEntry | None:
        row = self.files.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _changed(self, e: FileEntry) -> None:
        if e in self.entries:
            self._decorate(self.entries.index(e))
            if e is self.current():
                self._show_current()
        self._update()

    def _decorate(self, row: int) -> None:
        e = self.entries[row]
        icons = {
            "reading": QStyle.StandardPixmap.SP_BrowserReload,
            "ready": QStyle.StandardPixmap.SP_FileIcon,
            "password": QStyle.StandardPixmap.SP_MessageBoxQuestion,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "done": QStyle.StandardPixmap.SP_DialogApplyButton,
        }
        item = self.files.item(row)
        item.setIcon(self.style().standardIcon(icons[e.state]))
        item.setText(f"{e.path.name}\n{self._state_text(e)}")

    def _state_text(self, e: FileEntry) -> str:
        if e.state == "ready" and e.preview is not None:
            return with_args(self.tr("%1 to add"), f"{e.preview.rows_new:,}")
        if e.state == "done" and e.result is not None:
            return with_args(self.tr("%1 added"), f"{e.result.rows_new:,}")
        return {
            "reading": self.tr("Reading…"),
            "password": self.tr("Needs its password"),
            "error": self.tr("Cannot be imported"),
        }.get(e.state, "")

    def _show_current(self) -> None:
        e = self.current()
        if e is None:
            self.right.setCurrentWidget(self.empty)
        else:
            self.right.setCurrentWidget(self.detail)
            self.detail.show_entry(e, i18n.current_language())
        self._update()

    # -- state -----------------------------------------------------------------------------

    def ready_entries(self) -> list[FileEntry]:
        return [e for e in self.entries if e.state == "ready"]

    def _update(self) -> None:
        running = self.op is not None
        reading = any(e.state == "reading" for e in self.entries)
        ready = self.ready_entries()
        done = any(e.state == "done" for e in self.entries)
        self.import_button.setEnabled(bool(ready) and not reading and not running)
        self.import_button.setVisible(not done)
        self.show_button.setVisible(done)
        self.add_button.setEnabled(not running)
        self.remove_button.setEnabled(not running and not done and self.current() is not None)
        self.files.setEnabled(True)
        self.close_button.setText(self.tr("Cancel import") if running else self.tr("Close"))
        if not running and not done:
            self.summary.setText(self.notice or self._plan_text(ready, reading))
        if not self.entries:
            self.right.setCurrentWidget(self.empty)

    def _plan_text(self, ready: list[FileEntry], reading: bool) -> str:
        if not self.entries:
            return ""
        if reading:
            return self.tr("Reading the files…")
        new = sum(e.preview.rows_new for e in ready if e.preview)
        locked = sum(1 for e in self.entries if e.state == "password")
        broken = sum(1 for e in self.entries if e.state == "error")
        parts = []
        if not ready:
            parts.append(self.tr("No file can be imported yet."))
        elif len(ready) == 1:
            parts.append(with_args(self.tr("Import will add %1 transactions."), f"{new:,}"))
        else:
            parts.append(
                with_args(
                    self.tr("Import will add %1 transactions from %2 files."),
                    f"{new:,}",
                    str(len(ready)),
                )
            )
        if locked == 1:
            parts.append(self.tr("1 zip waits for its password."))
        elif locked:
            parts.append(with_args(self.tr("%1 zips wait for their passwords."), str(locked)))
        if broken == 1:
            parts.append(self.tr("1 file cannot be imported and is left out."))
        elif broken:
            parts.append(
                with_args(self.tr("%1 files cannot be imported and are left out."), str(broken))
            )
        return sentences(*parts)

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        entries = self.ready_entries()
        if not entries or self.op is not None:
            return
        bills = [e.parsed for e in entries if e.parsed is not None]
        total = rows_in(bills)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        self.op = run_op(
            import_all(self.session, bills),
            lambda r: self._imported(entries, r),
            self._failed,
            self._progress,
        )
        self._update()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_import(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _imported(self, entries: list[FileEntry], results: list[ImportResult]) -> None:
        self.op = None
        if self.gone:  # the window closed under it: the import stands, without an undo step
            self.session.notify("transactions", "repayments", "accounts", "bills", "imports")
            return
        self.progress.hide()
        for e, r in zip(entries, results, strict=True):
            e.state, e.result = "done", r
        self.results = results
        names = [e.path.name for e in entries]

        def text() -> str:  # made again after a language switch (the dialog may be gone)
            if len(names) == 1:
                return with_args(QCoreApplication.translate("ImportDialog", "Import %1"), names[0])
            return with_args(
                QCoreApplication.translate("ImportDialog", "Import %1 bill files"), str(len(names))
            )

        self.session.undo_stack.push(ImportCommand(self.session, results, text))
        added = sum(r.rows_new for r in results)
        dup = sum(r.rows_duplicate for r in results)
        self.summary.setText(
            sentences(
                with_args(
                    self.tr("Added %1 transactions; %2 were already imported."),
                    f"{added:,}",
                    f"{dup:,}",
                ),
                self.tr("Edit → Undo removes this import again."),
            )
        )
        for row in range(len(self.entries)):
            self._decorate(row)
        self._show_current()
        self.imported.emit(results)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        if self.gone:
            return
        self.progress.hide()
        if isinstance(exc, ImportCancelled):
            self.notice = self.tr("Import cancelled: nothing was imported.")
        else:
            from credithealth.store.errors import StoreError

            if not isinstance(exc, StoreError):
                self._update()
                raise exc
            self.notice = sentences(
                exc.msg.render(i18n.current_language()), self.tr("Nothing was imported.")
            )
        self._update()

    def _show_spending(self) -> None:
        self.open_page.emit("spending")
        self.accept()

    # -- the dialog ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.op is not None:  # closing while importing cancels; the dialog stays to say so
            self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.gone = True
        for op in self._reads.values():
            op.cancel()
        super().done(result)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.op is None and local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bill files"))
        self.files.setAccessibleName(self.tr("Files to import"))
        self.intro.setText(
            self.tr(
                "Import the transaction details that Alipay (交易明细) or WeChat Pay (账单) sent "
                "you: the CSV or XLSX file, or the zip it came in. Rows imported before are "
                "recognised by their order number and not added twice."
            )
        )
        self.howto.setText(
            self.tr(
                "Getting the files — Alipay: 我的 → 账单 → ⋯ → 开具交易流水证明 → 用于个人对账. "
                "WeChat: 我 → 服务 → 钱包 → 账单 → 下载账单 → 用于个人对账. Both send the file by "
                "email and the unzip password in a message in the app."
            )
        )
        self.howto.setStyleSheet(f"color: {muted_color().name()};")
        self.empty.setText(self.tr("Drop bill files here, or choose them with Add files…"))
        self.add_button.setText(self.tr("&Add files…"))
        self.add_button.setShortcut(QKeySequence("Ctrl+O"))
        self.remove_button.setText(self.tr("&Remove"))
        self.import_button.setText(self.tr("&Import"))
        self.show_button.setText(self.tr("Show &transactions"))
        self.detail.retranslate()
        for row in range(len(self.entries)):
            self._decorate(row)
        if self.current() is not None:
            self._show_current()
        self._update()


def open_import_dialog(
    session: Session, parent: QWidget, paths: list[Path] | None = None
) -> ImportDialog:
    """The window's import dialog (one at a time per window), shown, with ``paths`` added."""

    def make() -> ImportDialog:
        dialog = ImportDialog(session, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(parent, "show_page"):
            dialog.open_page.connect(parent.show_page)
        if hasattr(parent, "quit_from"):
            parent.quit_from(dialog)
        return dialog

    # closed when the window changes database: an import goes into the database it shows
    dialog = Dialogs.of(parent).open("import", make)
    if paths:
        dialog.add_files(paths)
    return dialog
