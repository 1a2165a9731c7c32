"""An unexpected error in the window: one dialog, whatever number of widgets it reaches, with
"Copy details" and "Open log folder", and a log line free of the values involved."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from credithealth import applog
from credithealth.ui.app import error_dialog, startup
from credithealth.ui.pages.journey.page import JourneyPage
from credithealth.ui.pages.spending.page import SpendingPage

SECRET_NAME = "张秘密"
SECRET_AMOUNT = "98765.43"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CREDIT_HEALTH_LOG_DIR", str(tmp_path / "log"))
    applog.setup_logging()
    yield tmp_path / "log"
    applog.stop_logging()


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    startup.install_error_hook(lambda: "")
    yield
    dialog = error_dialog.current_dialog()
    if dialog is not None:
        dialog.close()


BROKEN = {"on": False}


def _broken(original):  # type: ignore[no-untyped-def]
    def slot(*a: object) -> object:
        if BROKEN["on"]:
            raise ValueError(f"{SECRET_NAME} owes {SECRET_AMOUNT}")
        return original(*a)

    return slot


@pytest.mark.qt_no_exception_capture
def test_an_error_in_every_page_shows_one_dialog(  # type: ignore[no-untyped-def]
    qtbot, session, log_dir: Path, hook: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from credithealth.ui.app.main_window import MainWindow

    # three widgets whose slot breaks on the same new assessment
    for cls, name in (
        (MainWindow, "show_verdict"),
        (JourneyPage, "_assessment_changed"),
        (SpendingPage, "_assessed"),
    ):
        monkeypatch.setattr(cls, name, _broken(getattr(cls, name)))
    monkeypatch.setitem(BROKEN, "on", False)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    for key in ("journey", "spending"):  # pages are created on their first visit
        window.pages[key]
    window.show_page("scores")
    page = window.current_page()
    view = page.sesame.table.view  # type: ignore[attr-defined]
    view.selectRow(0)
    # the user deletes a Sesame score with the toolbar's Delete button: the new assessment
    # reaches every broken slot
    button = window.toolbar.widgetForAction(window.act_delete)
    BROKEN["on"] = True
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_dialog.current_dialog() is not None, timeout=10_000)
    dialog = error_dialog.current_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.more == 2, timeout=10_000)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog"]
    assert dialogs == [dialog] and dialog.isVisible()
    assert (
        "ValueError" in dialog.what.text() and "Your saved records are safe" in dialog.what.text()
    )
    assert dialog.more_label.text() == "2 more errors followed; they are in the log."
    assert SECRET_NAME not in dialog.details and SECRET_AMOUNT not in dialog.details
    assert "Traceback" not in dialog.what.text()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("ValueError\n  File ") and "credit-health.log" in copied
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: not opened.append(url.toLocalFile())
    )
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert opened == [str(log_dir)]

    text = (log_dir / "credit-health.log").read_text(encoding="utf-8")
    assert text.count("unexpected error: ValueError") == 3
    assert SECRET_NAME not in text and SECRET_AMOUNT not in text
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_dialog.current_dialog() is None)


def test_store_errors_stay_a_sentence(qapp, hook: None, monkeypatch, log_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.domain.messages import Msg
    from credithealth.store.errors import StoreError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    sys.excepthook(StoreError, StoreError(Msg("session.read_only", {"path": "/x.sqlite3"})), None)
    assert shown == ["/x.sqlite3 is open read-only: changes cannot be saved."]
    assert error_dialog.current_dialog() is None
    assert "error shown: session.read_only" in (log_dir / "credit-health.log").read_text()


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard", extend=True)
def test_help_menu_opens_the_log_folder(qtbot, window, log_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: not opened.append(url.toLocalFile())
    )
    help_menu = window.menus["help"]
    act = window.log_folder.action
    assert act in help_menu.actions() and act.text() == "Open &log folder"
    help_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(help_menu)
    help_menu.setActiveAction(act)
    qtbot.keyClick(help_menu, Qt.Key.Key_Return)
    assert opened == [str(log_dir)]


def test_the_dialog_speaks_chinese(qtbot, qapp, hook: None, log_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common import i18n

    i18n.install("zh_CN")
    try:
        dialog = error_dialog.report_unexpected(ValueError("x"))
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "出错了"
        assert dialog.copy_button.text() == "复制详细信息"
        assert dialog.log_button.text() == "打开日志文件夹"
        dialog.add_more("")
        assert dialog.more_label.text() == "之后另有 1 个错误，已记入日志。"
    finally:
        i18n.install("en")


def test_an_error_before_the_window_ends_the_app_when_closed(  # type: ignore[no-untyped-def]
    qtbot, qapp, hook: None, log_dir: Path, monkeypatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    error_dialog.during_start_up(lambda: True)
    try:
        dialog = error_dialog.report_unexpected(KeyError("an unknown kind"))
    finally:
        error_dialog.during_start_up(None)
    assert dialog is not None and dialog.fatal
    assert dialog.what.text().startswith("Credit Health could not start: an error it did not")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert exits == [1]
