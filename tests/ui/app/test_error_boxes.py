"""An error the session reports is said in a box that does not block the event loop: a
background read that meets damage while other work runs must not freeze the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from credithealth.domain.messages import Msg


def _boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [b for b in window.findChildren(QMessageBox, "sessionError") if b.isVisible()]


def test_a_session_error_is_shown_without_blocking(qtbot, window, session) -> None:  # type: ignore[no-untyped-def]
    session.error.emit(Msg("session.read_only", {"path": "mine.sqlite3"}))
    # reached only because the emit returned: a modal exec() would still be waiting here
    qtbot.waitUntil(lambda: len(_boxes(window)) == 1)
    box = _boxes(window)[0]
    assert "read-only" in box.text()
    assert box.windowTitle() == window.windowTitle()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not _boxes(window))
    assert window.error_boxes.open_boxes == {}


def test_the_same_error_twice_is_one_box(qtbot, window, session) -> None:  # type: ignore[no-untyped-def]
    session.error.emit(Msg("session.read_only", {"path": "mine.sqlite3"}))
    session.error.emit(Msg("session.read_only", {"path": "mine.sqlite3"}))
    qtbot.waitUntil(lambda: len(_boxes(window)) == 1)
    session.error.emit(Msg("store.corrupt", {"path": "x.sqlite3"}))
    qtbot.waitUntil(lambda: len(_boxes(window)) == 2)
    for box in _boxes(window):
        box.close()
