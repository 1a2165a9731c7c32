"""Export readiness report: choose the language and the date of the data, look the pages
over, save the PDF.

What runs where: the report's content (``build_report``, database reads only) is built
on the thread pool with the worker's own connection. Drawing the pages needs the GUI
thread — the report's charts are pyqtgraph widgets — so the previews and the PDF are
painted there a page per event-loop turn (``ui.steps``), the window staying usable
between pages; the finished bytes go to disk on the thread pool again. Every step
shows in the dialog's progress bar; saving can be cancelled, and then nothing is written.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from credithealth.report import (
    ReportCancelled,
    ReportModel,
    build_report,
    paint_images,
    paint_pdf,
    save_pdf,
)
from credithealth.store.errors import StoreError
from credithealth.store.series import first_record_date
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.i18n import LANGUAGES
from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.steps import Steps, run_steps
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.common.widgets.fields import DateEdit
from credithealth.ui.common.worker import Op, Progress, run_op
from credithealth.ui.report_export.cover_name import cover_name, notifier, saved_name
from credithealth.ui.report_export.pager import PagePreview
from credithealth.ui.report_export.saved_file import SavedBox, suggested_path

if TYPE_CHECKING:
    from credithealth.ui.common.host import Host

# sharp on a high-density screen without holding ~15 MB per page at 2x
MAX_PREVIEW_DPI = 144
SETTLE_MS = 300  # a burst of option changes (typing a date) redraws once


@dataclass(frozen=True)
class Options:
    lang: str
    on: date
    include_name: bool
    name: str


class ReportDialog(Retranslates, QDialog):
    # the previews' resolution; None: the screen's (tests draw small and fast)
    preview_dpi: float | None = None

    status_changed = Signal(str, int, int)  # text, done, total (0, 0: busy, length unknown)
    preview_done = Signal(int)  # every page of the preview is drawn: the page count
    save_finished = Signal(object)  # the saved file's Path, or None (cancelled, failed)

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self.setObjectName("reportDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model: ReportModel | None = None  # the content for the options shown
        self.pages = 0  # of the report being previewed, once known
        self._new_preview = False
        self._done_pages = 0
        self._write_total = 0
        self.saved_box: SavedBox | None = None
        self._generation = 0
        self._preview: Steps | None = None
        self._writer: Steps | None = None
        self._saving: Op[None] | None = None
        self._stale = False  # the records changed while saving: redraw once done
        self._session = host.session

        self.today = self._session.today()

        self.lang_label = QLabel()
        self.lang_group = QButtonGroup(self)
        self.lang_radios: dict[str, QRadioButton] = {}
        lang_row = QHBoxLayout()
        lang_row.setSpacing(12)
        lang_row.addWidget(self.lang_label)
        for code, name in LANGUAGES:
            radio = QRadioButton(name)
            radio.setObjectName("reportLang_" + code)
            self.lang_radios[code] = radio
            self.lang_group.addButton(radio)
            lang_row.addWidget(radio)
        self.lang_radios[i18n.current_language()].setChecked(True)
        self.lang_group.buttonToggled.connect(self._option_toggled)

        self.date_label = QLabel()
        self.date_edit = DateEdit(self.today, not_after=self.today)
        self.date_edit.setObjectName("reportDate")
        self._set_date_range()
        self.date_label.setBuddy(self.date_edit)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_note = QLabel()
        self.date_note.setObjectName("reportDateNote")

        options = QHBoxLayout()
        options.setSpacing(10)
        options.addLayout(lang_row)
        options.addSpacing(28)
        options.addWidget(self.date_label)
        options.addWidget(self.date_edit)
        options.addWidget(self.date_note)
        options.addStretch(1)

        self.name_line = QLabel()
        self.name_line.setObjectName("reportNameLine")
        self.name_line.setWordWrap(True)
        self.name_line.setTextFormat(Qt.TextFormat.RichText)
        self.name_line.linkActivated.connect(lambda _link: self.host.show_settings())
        notifier.changed.connect(self._name_changed)

        self.preview = PagePreview()
        self.preview.add_page_keys(self)

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(200)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("reportCancel")
        self.cancel_button.clicked.connect(self.cancel_save)
        self.save_button = QPushButton()
        self.save_button.setObjectName("reportSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("reportClose")
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addLayout(options)
        lay.addWidget(self.name_line)
        lay.addWidget(self.preview, 1)
        lay.addLayout(bottom)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.rebuild)
        self._session.changed.connect(self._records_changed)

        self.resize(1020, 820)
        self.retranslate()
        self.rebuild()

    # -- options ---------------------------------------------------------------------

    def options(self) -> Options:
        lang = next(c for c, r in self.lang_radios.items() if r.isChecked())
        shown = cover_name()
        # the saved name is passed either way: off the cover, the report masks it in notes
        return Options(lang, self.date_edit.value(), shown is not None, saved_name())

    def _set_date_range(self) -> None:
        """From the first record (nothing to report before it) to today (not the future)."""
        first = first_record_date(self._session.db) or self.today
        self.date_edit.setDateRange(min(first, self.today), self.today)

    def _option_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.rebuild()  # one click: redraw at once

    def _date_changed(self) -> None:
        self._show_date_note()
        self.schedule_rebuild()

    def schedule_rebuild(self) -> None:
        """Redraw soon; meanwhile the content on hand is not the options' any more."""
        if not self._writing():
            self.model = None
            self._update_buttons()
        self._settle.start()

    def _follow_session(self) -> bool:
        """After the window switched to another database, report on that one."""
        current = self.host.session
        if current is self._session:
            return False
        self._session.changed.disconnect(self._records_changed)
        self._session = current
        current.changed.connect(self._records_changed)
        self.today = current.today()
        self._set_date_range()
        return True

    def _name_changed(self) -> None:
        self._show_name()
        self.schedule_rebuild()

    def _records_changed(self, _table: str) -> None:
        if self._writing():
            self._stale = True
        else:
            self.schedule_rebuild()

    # -- the content and the preview -----------------------------------------------------

    def rebuild(self) -> None:
        """Build the report for the options shown (off the GUI thread), then preview it."""
        self._settle.stop()
        if self._writing():
            self._stale = True
            return
        self._follow_session()
        self._generation += 1
        generation = self._generation
        self._stop_preview()
        self.model = None
        opts = self.options()
        error = self.date_edit.error()
        if error:
            self._set_status(error, busy=False)
            self._update_buttons()
            return
        session, rules = self._session, self._session.rules

        def work(_p: Progress) -> ReportModel:
            return build_report(
                session.worker_db(),
                opts.on,
                opts.lang,
                include_name=opts.include_name,
                name=opts.name or None,
                rules=rules,
            )

        self._set_status(self.tr("Gathering your records…"), busy=True)
        self._update_buttons()
        run_op(
            work,
            lambda m: self._model_ready(generation, m),
            lambda e: self._failed(generation, e),
        )

    def _model_ready(self, generation: int, model: ReportModel) -> None:
        if generation != self._generation or self._session.closed:
            return
        self.model = model
        self._update_buttons()
        dpi = self.preview_dpi or min(96 * self.devicePixelRatioF(), MAX_PREVIEW_DPI)
        self._new_preview = True
        self._preview = run_steps(
            paint_images(model, dpi),
            lambda step: self._page_ready(generation, *step),
            lambda _r: self._preview_done(generation),
            lambda e: self._failed(generation, e),
        )

    def _page_ready(self, generation: int, image: QImage, total: int) -> None:
        if generation != self._generation:
            return
        if self._new_preview:  # the first page of a new report: now its length is known
            self._new_preview = False
            self.pages = total
            self.preview.start(total)
            self._done_pages = 0
        index = self._done_pages
        self._done_pages += 1
        self.preview.set_page(index, image)
        self._set_status(
            with_args(self.tr("Drawing page %1 of %2…"), str(index + 1), str(total)),
            busy=True,
            done=index + 1,
            total=total,
        )

    def _preview_done(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._preview = None
        self._set_status(self._ready_text(), busy=False)
        self.preview_done.emit(self.pages)

    def _ready_text(self) -> str:
        return with_args(self.tr("%1 pages, A4. Ready to save."), str(self.pages))

    def _stop_preview(self) -> None:
        if self._preview is not None:
            self._preview.cancel()
            self._preview = None

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._preview = None
        self._set_status(self.tr("The report could not be made."), busy=False)
        if isinstance(exc, StoreError):
            self._session.error.emit(exc.msg)
        else:
            raise exc

    # -- saving ----------------------------------------------------------------------

    def default_path(self) -> Path:
        assert self.model is not None
        return suggested_path(self.model.lang, self.model.on)

    def ask_path(self, suggested: Path) -> Path | None:
        """Where to save (a file dialog); None if the user backs out."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the readiness report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save(self) -> None:
        model = self.model
        if model is None or self._writing():
            return
        path = self.ask_path(self.default_path())
        if path is None:
            return
        app_settings.LAST_REPORT_FOLDER.set(str(path.parent))
        self._write_total = 0

        def step(done_total: tuple[int, int]) -> None:
            done, total = done_total
            self._write_total = total
            self._set_status(
                with_args(self.tr("Writing page %1 of %2…"), str(done), str(total)),
                busy=True,
                done=done,
                total=total,
            )

        self._writer = run_steps(
            paint_pdf(model), step, lambda data: self._write_file(data, path), self._write_failed
        )
        self._update_buttons()

    def _write_file(self, data: bytes, path: Path) -> None:
        self._writer = None
        pages = self._write_total
        self._set_status(self.tr("Saving…"), busy=True)

        def work(p: Progress) -> None:
            save_pdf(data, path, cancelled=lambda: p.cancelled)

        self._saving = run_op(work, lambda _r: self._saved(path, pages), self._write_failed)
        self._update_buttons()

    def cancel_save(self) -> None:
        """Stop saving; nothing is written (a file already there stays as it was)."""
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
            self._after_write(self.tr("Cancelled. Nothing was saved."))
            self.save_finished.emit(None)
        elif self._saving is not None:
            # the bytes may be on their way to disk: the file is swapped in whole or not at all
            self._saving.cancel()
            self._set_status(self.tr("Cancelling…"), busy=True)

    def _writing(self) -> bool:
        return self._writer is not None or self._saving is not None

    def _after_write(self, text: str) -> None:
        self._set_status(text, busy=False)
        self._update_buttons()
        if self._stale:
            self._stale = False
            self.rebuild()

    def _write_failed(self, exc: BaseException) -> None:
        self._writer = None
        self._saving = None
        self.save_finished.emit(None)
        if isinstance(exc, ReportCancelled):
            self._after_write(self.tr("Cancelled. Nothing was saved."))
            return
        if isinstance(exc, OSError):
            self._after_write(self.tr("Not saved."))
            QMessageBox.warning(
                self,
                self.windowTitle(),
                with_args(
                    self.tr("The report could not be saved to %1: %2"),
                    str(exc.filename or ""),
                    exc.strerror or str(exc),
                ),
            )
            return
        self._after_write(self.tr("Not saved."))
        raise exc

    def _saved(self, path: Path, pages: int) -> None:
        self._saving = None
        self._after_write(with_args(self.tr("Saved %1."), path.name))
        self.host.show_status(with_args(self.tr("Readiness report saved to %1"), str(path)), 15_000)
        self.saved_box = SavedBox(self, path, pages)
        self.saved_box.open()
        self.save_finished.emit(path)

    # -- state -----------------------------------------------------------------------

    def _set_status(self, text: str, *, busy: bool, done: int = 0, total: int = 0) -> None:
        self.status.setText(text)
        self.progress.setVisible(busy)
        self.progress.setRange(0, total)  # 0, 0: busy, length unknown
        self.progress.setValue(done)
        self.status_changed.emit(text, done, total)

    def _update_buttons(self) -> None:
        writing = self._writing()
        self.save_button.setEnabled(self.model is not None and not writing)
        self.cancel_button.setVisible(writing)
        for radio in self.lang_radios.values():
            radio.setEnabled(not writing)
        self.date_edit.setEnabled(not writing)

    def _show_name(self) -> None:
        name = cover_name()
        link = with_args("<a href='preferences'>%1</a>", self.tr("Change in Preferences…"))
        if name:
            text = with_args(
                self.tr("The cover will show your name: %1."), html.escape(name, quote=False)
            )
        else:
            text = self.tr("Your name is not on the cover.")
        self.name_line.setText(text + "  " + link)

    def _show_date_note(self) -> None:
        self.date_note.setText(self.tr("(today)") if self.date_edit.value() == self.today else "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._follow_session():
            self.rebuild()
        return super().event(event)

    def stop(self) -> None:
        """Stop everything under way; results still coming are dropped."""
        self._generation += 1
        self._settle.stop()
        self._stop_preview()
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        if self._saving is not None:
            self._saving.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export readiness report"))
        self.lang_label.setText(self.tr("Language:"))
        self.date_label.setText(self.tr("&Data as of:"))
        self._show_date_note()
        self.date_edit.setToolTip(
            self.tr("The report shows your records as they stood on this day.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.close_button.setText(self.tr("Close"))
        self._show_name()
