"""The import dialog: preview counts without writing, the zip password, an error file, the
import with its progress, cancel (nothing left behind), and undo / redo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from credithealth.ui.common.worker import wait_all
from credithealth.ui.importing.dialog import ImportDialog, open_import_dialog
from tests.importers.support import sample
from tests.ui.pages.helpers import records

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))


def _dialog(qtbot, session, *names: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    d = ImportDialog(session)
    qtbot.addWidget(d)
    d.show()
    d.add_files([sample(n) for n in names])
    _settle(qtbot, d)
    return d


def _settle(qtbot, d: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(e.state != "reading" for e in d.entries), timeout=20_000)


def _entry(d: ImportDialog, name: str) -> Any:
    return next(e for e in d.entries if e.path.name == name)


def _count(session) -> int:  # type: ignore[no-untyped-def]
    return session.db.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]


def test_preview_counts_against_the_database_without_writing(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    before = records(session.db)
    d = _dialog(qtbot, session, "alipay_app_2023.csv", "alipay_bad_rows.csv")
    good, bad = _entry(d, "alipay_app_2023.csv"), _entry(d, "alipay_bad_rows.csv")
    assert good.state == bad.state == "ready"
    assert (good.preview.rows_new, good.preview.rows_duplicate, good.preview.rows_skipped) == (
        30,
        0,
        0,
    )
    d.files.setCurrentRow(d.entries.index(bad))
    detail = d.detail
    assert detail.format.text() == "Alipay app 交易明细 (2023 on)"
    assert detail.period.text() == "2026-03-01 to 2026-03-31"
    assert detail.counts.text() == "9 transactions: 3 to add, 0 already imported, 6 unreadable"
    assert detail.preview.rowCount() == 3
    assert [detail.preview.item(0, c).text() for c in range(5)] == [
        "2026-03-20 12:00",
        "示例轻食",
        "沙拉",
        "−¥35.00",
        "Purchase",
    ]
    assert detail.errors.count() == 6
    assert detail.errors.item(0).text() == "Line 26: 金额 “12.3.4” is not an amount of money."
    assert d.summary.text() == "Import will add 33 transactions from 2 files."
    assert d.import_button.isEnabled()
    assert records(session.db) == before  # a dry run


def test_a_zip_asks_for_its_password_and_a_wrong_one_asks_again(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, session, "wechat_2026.zip")
    e = d.entries[0]
    assert e.state == "password"
    assert d.detail.password_box.isVisible() and not d.detail.facts_box.isVisible()
    assert "protected by a password" in d.detail.status.text()
    assert not d.import_button.isEnabled()
    assert d.summary.text() == "No file can be imported yet. 1 zip waits for its password."
    d.detail.password.setText("000000")
    d.detail.open_button.click()
    _settle(qtbot, d)
    assert e.state == "password"
    assert d.detail.status.text().startswith("The password does not open wechat_2026.zip.")
    assert d.detail.password_box.isVisible()
    d.detail.password.setText("123456")
    d.detail.password.returnPressed.emit()
    _settle(qtbot, d)
    assert e.state == "ready" and e.preview.rows_new == 33
    assert not d.detail.password_box.isVisible()
    assert d.detail.format.text() == "WeChat Pay 账单 XLSX (2026 on)"
    assert d.import_button.isEnabled()


def test_an_excel_resaved_file_says_why_and_is_left_out(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, session, "alipay_excel_resaved.csv", "wechat.csv")
    e = _entry(d, "alipay_excel_resaved.csv")
    assert e.state == "error" and e.error.code == "importers.excel_resaved"
    d.files.setCurrentRow(0)
    assert "saved again in Excel" in d.detail.status.text()
    assert "This file will not be imported." in d.detail.status.text()
    assert d.summary.text() == (
        "Import will add 33 transactions. 1 file cannot be imported and is left out."
    )


def test_import_shows_progress_then_the_result_and_undo_takes_it_back(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    before = records(session.db)
    n = _count(session)
    d = _dialog(qtbot, session, "alipay_app_2023.csv", "wechat.csv")
    progress: list[int] = []
    d.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(d.imported, timeout=20_000) as got:
        d.import_button.click()
        assert d.progress.isVisible() and d.close_button.text() == "Cancel import"
    results = got.args[0]
    assert [r.rows_new for r in results] == [30, 33]
    assert progress and progress[-1] == 63
    assert not d.progress.isVisible()
    assert d.summary.text().startswith("Added 63 transactions; 0 were already imported.")
    assert all(e.state == "done" for e in d.entries)
    assert d.show_button.isVisible() and not d.import_button.isVisible()
    d.files.setCurrentRow(0)
    assert d.detail.counts.text() == "30 transactions: 30 added, 0 already imported, 0 unreadable"
    assert "5 Huabei repayments logged (¥3,104.40)" in d.detail.status.text()
    assert _count(session) == n + 63
    stack = session.undo_stack
    assert stack.undoText() == "Import 2 bill files"
    stack.undo()
    wait_all()
    assert records(session.db) == before
    stack.redo()
    wait_all()
    assert _count(session) == n + 63
    again = records(session.db)
    stack.undo()
    stack.redo()
    assert records(session.db) == again


def test_cancel_leaves_nothing_behind(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gen_alipay import write_alipay_gen3

    big = write_alipay_gen3(tmp_path / "big.csv", 30_000, seed=3)
    before = records(session.db)
    d = ImportDialog(session)
    qtbot.addWidget(d)
    d.show()
    d.add_files([big])
    _settle(qtbot, d)
    assert d.entries[0].preview.rows_new == 30_000
    d.import_button.click()
    d.reject()  # closing while importing cancels, and the dialog stays to say so
    qtbot.waitUntil(lambda: d.op is None, timeout=30_000)
    wait_all()
    assert d.isVisible()
    assert d.summary.text() == "Import cancelled: nothing was imported."
    assert records(session.db) == before
    assert session.undo_stack.count() == 0
    assert d.entries[0].state == "ready" and d.import_button.isEnabled()


def test_the_file_menu_and_dropped_files_open_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    act = window.importer.act_import
    assert act in window.menus["file"].actions()
    assert act.shortcut().toString() == "Ctrl+I"
    assert act.text() == "&Import bill files…"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample("wechat.csv")))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and [e.path.name for e in dialogs[0].entries] == ["wechat.csv"]
    # the menu (or the page's button) brings the same dialog back, files added to it
    again = open_import_dialog(window.session, window, [sample("alipay_web.csv")])
    assert again is dialogs[0] and len(again.entries) == 2
    _settle(qtbot, again)
    again.reject()


def test_a_second_import_of_the_same_file_previews_nothing_new(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = _dialog(qtbot, session, "wechat.csv")
    with qtbot.waitSignal(d.imported, timeout=20_000):
        d.import_button.click()
    d.add_files([sample("wechat.csv")])  # after an import: a fresh list
    _settle(qtbot, d)
    e = d.entries[0]
    assert len(d.entries) == 1 and e.preview.rows_new == 0 and e.preview.rows_duplicate == 33
    assert "This file was imported before" in d.detail.status.text()


def test_the_dialog_in_chinese(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    i18n.install("zh_CN")
    try:
        d = _dialog(qtbot, session, "alipay_bad_rows.csv")
        d.files.setCurrentRow(0)
        assert d.windowTitle() == "导入账单文件"
        assert d.detail.counts.text() == "共 9 笔交易：将新增 3 笔，已导入过 0 笔，无法读取 6 笔"
        assert d.detail.format.text() == "支付宝 App 交易明细（2023 年起）"
        assert d.detail.errors.item(0).text() == "第 26 行：金额“12.3.4”不是有效金额。"
    finally:
        i18n.install("en")


def test_closing_while_files_are_read_is_safe(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    d = ImportDialog(session)
    qtbot.addWidget(d)
    d.show()
    d.add_files([sample("wechat_2025.xlsx"), sample("alipay_web.csv")])
    d.reject()
    wait_all()
    QApplication.processEvents()
    assert d.gone and all(e.state == "reading" for e in d.entries)
