"""Finding a dialog as the user meets it: the one of its kind now showing over a widget."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def shown(parent: QObject, cls: type[W]) -> W:
    """The dialog of class ``cls`` now showing over ``parent`` (there must be one)."""
    showing = [w for w in parent.findChildren(cls) if w.isVisible()]
    assert len(showing) == 1, f"{len(showing)} {cls.__name__} showing"
    return showing[0]
