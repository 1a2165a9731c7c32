"""Setting a style sheet only when it changes.

Qt re-polishes a widget and its children on every ``setStyleSheet`` call, even with the
same text; the overview restyles after each assessment, language and palette change,
and those calls were most of the time spent building the page before its first frame.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_sheet(widget: QWidget, css: str) -> None:
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)
