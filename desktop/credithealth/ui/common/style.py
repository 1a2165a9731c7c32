"""Colours that carry meaning (verdicts, overdue), with light and dark variants."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

VERDICT_COLORS = {
    # (background light, background dark, text light, text dark)
    "likely": ("#DFF3E4", "#1E4D2B", "#14532D", "#DCFCE7"),
    "not_yet": ("#FFF1D6", "#5A3E0A", "#7A4B00", "#FEF3C7"),
    "blocked": ("#FDE2E1", "#5F1D1B", "#8B1A16", "#FEE2E2"),
    "needs_data": ("#E5E7EB", "#374151", "#1F2937", "#F3F4F6"),
}
OVERDUE = ("#B91C1C", "#F87171")


def is_dark() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    pal = app.palette()  # type: ignore[attr-defined]
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def verdict_colors(verdict: str) -> tuple[QColor, QColor]:
    """(background, text) for a verdict in the current palette."""
    bl, bd, tl, td = VERDICT_COLORS[verdict]
    return (QColor(bd), QColor(td)) if is_dark() else (QColor(bl), QColor(tl))


def overdue_color() -> QColor:
    return QColor(OVERDUE[1] if is_dark() else OVERDUE[0])


MUTED = ("#6B7280", "#9CA3AF")


def muted_color() -> QColor:
    """Secondary text (hints, done items): quieter than the text, still easy to read."""
    return QColor(MUTED[1] if is_dark() else MUTED[0])
