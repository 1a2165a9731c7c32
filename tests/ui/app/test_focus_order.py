"""Keyboard alone: Tab reaches every control of every page, in reading order (down a
column, then on to the right), and leaves tables instead of walking their cells."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.text_walk import describe, focusable


def tab_through(qtbot, window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Focus the sidebar and press Tab until it comes back; the widgets focused, in order."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is window.sidebar or w in seen:
            break
        seen.append(w)
    return seen


def where(w: QWidget, page: QWidget) -> QPoint:
    return w.mapTo(page, QPoint(0, 0))


@pytest.mark.parametrize(
    "key",
    [
        "overview",
        "journey",
        "repayments",
        "spending",
        "security",
        "profile",
        "scores",
        "applications",
    ],
)
def test_tab_reaches_every_control_in_reading_order(qtbot, window, key) -> None:  # type: ignore[no-untyped-def]
    window.show_page(key)
    page = window.current_page()
    QApplication.processEvents()
    order = [w for w in tab_through(qtbot, window) if page.isAncestorOf(w)]
    reachable = [w for w in focusable(page) if w.isVisible()]
    missed = [describe(w) for w in reachable if w not in order]
    assert not missed, "Tab never reaches:\n" + "\n".join(missed)
    backwards = []
    for a, b in pairwise(order):
        pa, pb = where(a, page), where(b, page)
        # up and to the left of the one before: against reading order
        if pb.y() < pa.y() - 4 and pb.x() < pa.x() - 4:
            backwards.append(f"{describe(a)} {pa.toTuple()} → {describe(b)} {pb.toTuple()}")
    assert not backwards, "\n".join(backwards)
