"""The overview's charts before they exist: where each goes, and loading their modules.

The charts need pyqtgraph and numpy, which the first paint does not: the page lays out a
``Slot`` per chart, keeping its room, and loads the chart modules off the GUI thread.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


def import_charts(_progress: object) -> None:
    """pyqtgraph, numpy and the chart modules (class definitions only: no Qt object is
    made at import), loaded off the GUI thread."""
    importlib.import_module("credithealth.ui.pages.overview.charts")


class Slot(QWidget):
    """Where a chart goes once pyqtgraph is loaded; it keeps the chart's room meanwhile."""

    def __init__(self, min_height: int) -> None:
        super().__init__()
        self.setMinimumHeight(min_height)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
