"""The bundled CJK font, so Chinese renders on a machine without a Chinese system font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from credithealth.paths import resource

CJK_FAMILY = "Credit Health Noto Sans SC"  # the bundled subset, named by tools/subset_font.py
_loaded: list[str] = []


def register_fonts() -> list[str]:
    """Register the shipped fonts once; returns the families Qt reports."""
    if not _loaded:
        for path in sorted(resource("fonts").glob("*.otf")):
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(fid))
    return sorted(set(_loaded))


def apply_app_font(app: QApplication) -> None:
    """Keep the system's UI font for Latin text and fall back to the bundled CJK font
    for Chinese; OS fonts after it cover rare characters GB2312 lacks."""
    register_fonts()
    font = QFont(app.font())
    families = [f for f in font.families() if f != CJK_FAMILY]
    font.setFamilies([*families, CJK_FAMILY])
    app.setFont(font)


def cjk_font(point_size: float | None = None, bold: bool = False) -> QFont:
    register_fonts()
    f = QFont(QApplication.font())
    f.setFamilies([*[x for x in f.families() if x != CJK_FAMILY], CJK_FAMILY])
    if point_size:
        f.setPointSizeF(point_size)
    f.setBold(bold)
    return f
