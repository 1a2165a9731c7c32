"""File → Export readiness report…: the preview, saving, cancelling, the name, the date."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence

from credithealth.domain.messages import Msg
from credithealth.domain.records import ScoreSnapshot
from credithealth.store.series import first_record_date
from credithealth.ui.common import i18n
from credithealth.ui.common.app_settings import LAST_REPORT_FOLDER, REPORT_INCLUDE_NAME, REPORT_NAME
from credithealth.ui.common.steps import cancel_all
from credithealth.ui.common.worker import wait_all
from credithealth.ui.report_export import dialog as report_dialog
from credithealth.ui.report_export.cover_name import notifier
from credithealth.ui.report_export.dialog import ReportDialog
from tests.report.conftest import PAGES  # the demo report's pages, as the report's tests count them
from tests.report.pdftext import squash
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def small_previews(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Previews drawn small (fast); settings and background work cleared after each test."""
    monkeypatch.setattr(ReportDialog, "preview_dpi", 24.0)
    yield
    cancel_all()
    wait_all()
    for key in (REPORT_INCLUDE_NAME.key, REPORT_NAME.key, LAST_REPORT_FOLDER.key):
        QSettings().remove(key)
    i18n.install("en")


def open_dialog(window: Any, qtbot: Any) -> ReportDialog:
    window.report_export.action.trigger()
    dialog = window.report_export.dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.preview_done, timeout=WAIT_MS):
        pass  # the model is built off the GUI thread: nothing is drawn before this waits
    return dialog


def redraw(dialog: ReportDialog, qtbot: Any, change: Any) -> int:
    """Make a change that redraws the preview; the new page count."""
    with qtbot.waitSignal(dialog.preview_done, timeout=WAIT_MS) as done:
        change()
    return done.args[0]


def save(dialog: ReportDialog, qtbot: Any, path: Path, monkeypatch: Any) -> Path | None:
    monkeypatch.setattr(dialog, "ask_path", lambda suggested: path)
    with qtbot.waitSignal(dialog.save_finished, timeout=WAIT_MS) as finished:
        dialog.save_button.click()
    return finished.args[0]


def pdf_text(path: Path, pages: slice = slice(None)) -> str:
    return squash("".join(p.extract_text() or "" for p in PdfReader(path).pages[pages]))


# -- the menu -------------------------------------------------------------------------


def test_file_menu_has_the_export_with_its_shortcut(window: Any, qtbot: Any) -> None:
    action = window.report_export.action
    assert action in window.menus["file"].actions()
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert action.text() == "&Export readiness report…"
    dialog = open_dialog(window, qtbot)
    assert not dialog.isModal()  # the window stays usable
    window.report_export.action.trigger()
    assert window.report_export.dialog is dialog  # one at a time, brought forward
    i18n.install("zh_CN")
    assert action.text() == "导出额度恢复准备报告(&E)…"
    assert dialog.windowTitle() == "导出额度恢复准备报告"


def test_the_overview_banner_opens_it(window: Any, qtbot: Any) -> None:
    overview = window.pages["overview"]
    window.show_page("overview")
    button = overview.banner.report_button
    qtbot.waitUntil(button.isVisible)
    button.click()
    assert isinstance(window.report_export.dialog, ReportDialog)
    with qtbot.waitSignal(window.report_export.dialog.preview_done, timeout=WAIT_MS):
        pass


# -- preview and PDF --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_preview_has_the_pdfs_pages_and_the_pdf_says_the_verdict(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    dialog = open_dialog(window, qtbot)
    if dialog.options().lang != lang:
        redraw(dialog, qtbot, dialog.lang_radios[lang].click)
    assert dialog.pages == dialog.preview.strip.count() == len(dialog.preview.images) == PAGES[lang]
    assert all(image is not None for image in dialog.preview.images)
    assert dialog.preview.page_label.text() == "Page 1 of %1".replace("%1", str(PAGES[lang]))
    out = tmp_path / f"report-{lang}.pdf"
    assert save(dialog, qtbot, out, monkeypatch) == out
    assert len(PdfReader(out).pages) == dialog.pages
    verdict = Msg("verdict." + window.session.assessment.verdict).render(lang)
    assert squash(verdict) in pdf_text(out, slice(0, 1))
    assert dialog.saved_box is not None and dialog.saved_box.isVisible()
    assert str(dialog.pages) in dialog.saved_box.text()
    dialog.saved_box.close()


def test_changing_the_language_redraws_the_preview(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.options().lang == "en"  # the UI's language
    assert dialog.model is not None and dialog.model.lang == "en"
    assert redraw(dialog, qtbot, dialog.lang_radios["zh_CN"].click) == PAGES["zh_CN"]
    assert dialog.model.lang == "zh_CN"
    assert dialog.preview.strip.count() == PAGES["zh_CN"]


def test_pages_can_be_stepped_through(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    assert not dialog.preview.prev_button.isEnabled()
    dialog.preview.next_button.click()
    assert dialog.preview.strip.currentRow() == 1
    assert dialog.preview.view.image is dialog.preview.images[1]
    assert dialog.preview.page_label.text() == "Page 2 of %1".replace("%1", str(dialog.pages))
    dialog.preview.go_to(dialog.pages - 1)
    assert not dialog.preview.next_button.isEnabled()
    assert dialog.preview.view.image is dialog.preview.images[-1]


def test_the_saved_message_opens_the_file_and_its_folder(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "mine.pdf"
    save(dialog, qtbot, out, monkeypatch)
    dialog.saved_box.open_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(out)) and opened[-1].isLocalFile()
    save(dialog, qtbot, out, monkeypatch)
    dialog.saved_box.folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))
    assert window.statusBar().currentMessage().endswith(str(out))


def test_the_file_name_follows_the_report_and_the_folder_is_remembered(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.default_path().name == "credit-health-readiness-2026-11-26.pdf"
    redraw(dialog, qtbot, dialog.lang_radios["zh_CN"].click)
    assert dialog.default_path().name == "信用健康-准备度报告-2026-11-26.pdf"
    folder = tmp_path / "reports"
    folder.mkdir()
    save(dialog, qtbot, folder / "r.pdf", monkeypatch)
    assert dialog.default_path().parent == folder


def test_a_name_without_pdf_gets_the_suffix(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), "")
    )
    assert dialog.ask_path(dialog.default_path()) == tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.ask_path(dialog.default_path()) is None


# -- cancelling and failing -------------------------------------------------------------------


def test_cancelling_while_writing_leaves_no_file(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(window, qtbot)
    folder = tmp_path / "out"
    folder.mkdir()

    def cancel_at_page_2(text: str, done: int, total: int) -> None:
        if text.startswith("Writing page") and done == 2:
            dialog.cancel_button.click()

    dialog.status_changed.connect(cancel_at_page_2)
    assert save(dialog, qtbot, folder / "r.pdf", monkeypatch) is None
    wait_all()
    assert list(folder.iterdir()) == []
    assert dialog.status.text() == "Cancelled. Nothing was saved."
    assert dialog.save_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_closing_while_writing_stops_and_writes_nothing(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr(dialog, "ask_path", lambda suggested: tmp_path / "r.pdf")
    dialog.save_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.save_button.isEnabled()
    dialog.close()
    qtbot.wait(50)
    wait_all()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_closing_the_window_while_writing_stops_and_writes_nothing(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr(dialog, "ask_path", lambda suggested: tmp_path / "r.pdf")
    dialog.save_button.click()
    assert dialog._writing()
    window.close()
    assert not dialog._writing()
    qtbot.wait(50)
    wait_all()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_an_unwritable_place_is_reported(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "missing" / "r.pdf"
    assert save(dialog, qtbot, out, monkeypatch) is None
    assert warned and str(out) in warned[0]
    assert dialog.status.text() == "Not saved."


# -- the name and the date --------------------------------------------------------------------


def test_the_name_is_on_the_cover_only_when_the_setting_is_on(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().setValue(REPORT_NAME.key, "张伟")
    dialog = open_dialog(window, qtbot)
    assert dialog.model is not None and dialog.model.cover.prepared_for == ""
    assert "not on the cover" in dialog.name_line.text()
    off = tmp_path / "off.pdf"
    save(dialog, qtbot, off, monkeypatch)
    assert "张伟" not in pdf_text(off)

    def switch_on() -> None:
        QSettings().setValue(REPORT_INCLUDE_NAME.key, True)
        notifier.changed.emit()  # as Preferences does

    redraw(dialog, qtbot, switch_on)
    assert "张伟" in dialog.model.cover.prepared_for
    assert "张伟" in dialog.name_line.text()
    on = tmp_path / "on.pdf"
    save(dialog, qtbot, on, monkeypatch)
    assert "张伟" in pdf_text(on, slice(0, 1))


def test_the_date_is_not_in_the_future_nor_before_the_first_record(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    edit = dialog.date_edit
    assert edit.value() == TODAY
    assert dialog.date_note.text() == "(today)"
    edit.setDate(TODAY + timedelta(days=1))
    assert edit.value() == TODAY
    first = first_record_date(window.session.db)
    assert first is not None and first < TODAY
    edit.setDate(first - timedelta(days=30))
    assert edit.value() == first
    earlier = TODAY - timedelta(days=60)
    redraw(dialog, qtbot, lambda: edit.setDate(earlier))
    assert dialog.model is not None and dialog.model.on == earlier
    assert dialog.date_note.text() == ""
    assert dialog.default_path().name == f"credit-health-readiness-{earlier.isoformat()}.pdf"


def test_a_change_to_the_records_redraws_the_preview(window: Any, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    before = dialog.model
    redraw(
        dialog,
        qtbot,
        lambda: window.session.insert(ScoreSnapshot(taken_on=TODAY, score=700), "score"),
    )
    assert dialog.model is not None and dialog.model != before


# -- in the background ----------------------------------------------------------------------


def test_the_work_happens_in_the_background_and_reports_progress(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_build = report_dialog.build_report

    def build(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "build_report", build)
    # a timer standing for the user's input: it must keep firing while pages are drawn
    ticks: list[str] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(""))
    seen: list[tuple[str, int, int, int]] = []
    window.report_export.action.trigger()
    dialog = window.report_export.dialog
    assert dialog.status.text() == "Gathering your records…"
    assert dialog.progress.isVisibleTo(dialog) and dialog.progress.maximum() == 0  # busy
    dialog.status_changed.connect(
        lambda text, done, total: seen.append((text, done, total, len(ticks)))
    )
    timer.start()
    with qtbot.waitSignal(dialog.preview_done, timeout=WAIT_MS):
        pass
    assert threads and all(t is not threading.main_thread() for t in threads)

    save(dialog, qtbot, tmp_path / "r.pdf", monkeypatch)
    timer.stop()
    drawn = [(d, t, n) for text, d, t, n in seen if text.startswith("Drawing page")]
    written = [(d, t, n) for text, d, t, n in seen if text.startswith("Writing page")]
    pages = PAGES["en"]
    assert [d for d, _t, _n in drawn] == list(range(1, pages + 1))
    assert [d for d, _t, _n in written] == list(range(1, pages + 1))
    assert all(t == pages for _d, t, _n in drawn + written)
    # the event loop turned between every two pages, drawing and writing
    for steps in (drawn, written):
        assert all(b[2] > a[2] for a, b in itertools.pairwise(steps))
    assert any(text == "Saving…" for text, *_ in seen)
