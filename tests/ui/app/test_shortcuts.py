"""Every documented shortcut, sent as keys to the real main window, and what it does.

A shortcut Qt finds twice logs "Ambiguous shortcut overload" and does nothing; the
Qt log fails the test on any warning, and each test also looks for that one by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from credithealth.domain.records import ScoreSnapshot
from credithealth.store import repo
from credithealth.ui.pages import PAGES

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support propagateSizeHints", "^This plugin does not support raise"
)


@pytest.fixture
def win(qtbot, window, qtlog) -> Iterator[object]:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.setFocus()
    yield window
    assert not [r for r in qtlog.records if "mbiguous" in r.message]


def press(qtbot, target: QWidget, key: Qt.Key, mods=CTRL) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(target, key, mods)


def sesame_scores(session) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(s.score for s in repo.all_of(session.db, ScoreSnapshot))


def test_undo_and_both_redo_keys(qtbot, win, session) -> None:  # type: ignore[no-untyped-def]
    before = sesame_scores(session)
    session.insert(ScoreSnapshot(date(2026, 11, 26), 777), lambda: "Add Sesame score")
    assert 777 in sesame_scores(session)
    assert win.act_undo.text() == "&Undo Add Sesame score"

    press(qtbot, win.sidebar, Qt.Key.Key_Z)
    assert sesame_scores(session) == before
    assert win.act_redo.text() == "&Redo Add Sesame score"

    press(qtbot, win.sidebar, Qt.Key.Key_Z, CTRL | SHIFT)
    assert 777 in sesame_scores(session)

    press(qtbot, win.sidebar, Qt.Key.Key_Z)
    assert sesame_scores(session) == before
    press(qtbot, win.sidebar, Qt.Key.Key_Y)
    assert 777 in sesame_scores(session)


def test_redo_keys_are_registered_once_each(win) -> None:  # type: ignore[no-untyped-def]
    keys = [k.toString() for k in win.act_redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys
    assert len(keys) == len(set(keys))
    # and no other action of the window claims them
    others = [
        k.toString()
        for a in win.findChildren(type(win.act_redo))
        if a is not win.act_undo and a is not win.act_redo
        for k in a.shortcuts()
    ]
    assert not {"Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Z"} & set(others)


@pytest.mark.parametrize("n", range(1, len(PAGES) + 1))
def test_ctrl_digit_opens_that_page(qtbot, win, n: int) -> None:  # type: ignore[no-untyped-def]
    pages = list(win.pages)
    win.show_page(pages[-1] if n == 1 else pages[0])
    press(qtbot, win.sidebar, getattr(Qt.Key, f"Key_{n}"))
    assert win.current_page().key == list(win.pages)[n - 1]


def test_ctrl_e_opens_the_export_dialog(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, win.sidebar, Qt.Key.Key_E)
    dialog = win.report_export.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_ctrl_i_opens_the_import_dialog(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.importing.dialog import ImportDialog

    press(qtbot, win.sidebar, Qt.Key.Key_I)
    (dialog,) = [d for d in win.findChildren(ImportDialog) if d.isVisible()]
    dialog.reject()


def test_ctrl_q_closes_the_window(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, win.sidebar, Qt.Key.Key_Q)
    assert not win.isVisible()


@pytest.mark.parametrize("which", ["import", "export"])
def test_ctrl_q_works_from_an_open_dialog(qtbot, win, which: str) -> None:  # type: ignore[no-untyped-def]
    """After an import or an export the dialog may still have the keyboard."""
    from credithealth.ui.importing.dialog import ImportDialog

    if which == "import":
        press(qtbot, win.sidebar, Qt.Key.Key_I)
        (dialog,) = [d for d in win.findChildren(ImportDialog) if d.isVisible()]
    else:
        press(qtbot, win.sidebar, Qt.Key.Key_E)
        dialog = win.report_export.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focus = dialog.focusWidget() or dialog
    press(qtbot, focus, Qt.Key.Key_Q)
    assert not win.isVisible()
    dialog.close()


def test_quitting_does_not_wait_for_long_work(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """A job under way is told to stop; the window does not sit out the whole job."""
    import threading

    from credithealth.ui.common.worker import Cancelled, run_op

    started = threading.Event()
    stopped = threading.Event()

    def long_job(progress):  # type: ignore[no-untyped-def]
        started.set()
        for _ in range(600):  # a minute, unless told to stop
            progress.check()
            stopped.wait(0.1)
        return None

    def failed(exc: BaseException) -> None:
        assert isinstance(exc, Cancelled)

    op = run_op(long_job, lambda _r: None, failed)
    assert started.wait(5)
    press(qtbot, win.sidebar, Qt.Key.Key_Q)
    assert not win.isVisible()
    assert op.progress.cancelled  # told to stop, not waited out
    stopped.set()


def test_undo_texts_follow_the_language(qtbot, win, session) -> None:  # type: ignore[no-untyped-def]
    """Edit → Undo names the step in the current language, also after a switch."""
    from PySide6.QtCore import QCoreApplication

    from credithealth.ui.common import i18n

    def text() -> str:
        return QCoreApplication.translate("ScoresPage", "Add Sesame score")

    session.insert(ScoreSnapshot(date(2026, 11, 26), 701), text)
    assert win.act_undo.text() == "&Undo Add Sesame score"
    try:
        i18n.install("zh_CN")
        assert win.act_undo.text() == "撤销：添加芝麻信用分(&U)"
        assert win.act_undo.iconText() == "撤销"
        press(qtbot, win.sidebar, Qt.Key.Key_Z)
        assert win.act_redo.text() == "重做：添加芝麻信用分(&R)"
        assert win.act_undo.isEnabled() is (session.undo_stack.canUndo())
    finally:
        i18n.install("en")
    assert win.act_redo.text() == "&Redo Add Sesame score"
