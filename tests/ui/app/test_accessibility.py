"""Accessibility: every control Tab can reach, on every page and in every dialog, has a
name a screen reader (Orca, NVDA) can say; every meaning carried by colour is also in
words. The walk is the language walk's (tests/ui/text_walk.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFormLayout, QLabel, QWidget

from tests.ui.app.test_language_walk import walk_app
from tests.ui.text_walk import describe, focusable, plain

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support grabbing the keyboard",
    "^QFileSystemWatcher",
)
WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")


def labelled_by(w: QWidget) -> str:
    """The text of the label that names ``w`` (its buddy, or its form row's label)."""
    top = w.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is w and label.isVisibleTo(top):
            return plain(label.text())
    parent = w.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(w)
        if isinstance(label, QLabel):
            return plain(label.text())
    return ""


def spoken_name(w: QWidget) -> str:
    """What a screen reader says for ``w``: its accessible name, else the text Qt gives
    (a button's own words, a field's label). A combo box's current value is not a name."""
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and WORDS.search(plain(w.text())):
        return plain(w.text())
    if labelled_by(w).strip():
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if name and not (isinstance(w, QComboBox) and name == w.currentText()):
            return name
    return ""


def test_every_focusable_control_has_a_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    missing: dict[str, set[str]] = {}

    def visit(where: str, top: QWidget) -> None:
        for w in focusable(top):
            if not WORDS.search(spoken_name(w)):
                missing.setdefault(describe(w), set()).add(where)

    walk = walk_app(qtbot, window, visit)
    assert len(walk.seen) > 30
    assert not missing, "\n".join(f"{k}  (in {sorted(v)[0]})" for k, v in sorted(missing.items()))
