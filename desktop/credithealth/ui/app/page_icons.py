"""The sidebar's page icons: each page's SVG drawn in the palette's text colour."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from credithealth.paths import resource

ICON_INK = "#3f4a5a"  # the stroke colour the page icons are drawn in


def page_icon(key: str, widget: QWidget) -> QIcon:
    """The page's own icon (resources/icons/pages/<key>.svg) drawn in ``widget``'s
    palette's text colour, so it reads on light and dark themes; else a plain file icon."""
    path = resource("icons", "pages", f"{key}.svg")
    if not path.is_file():
        return widget.style().standardIcon(widget.style().StandardPixmap.SP_FileIcon)
    colour = widget.palette().color(QPalette.ColorRole.WindowText).name()
    svg = path.read_text(encoding="utf-8").replace(ICON_INK, colour).encode()
    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    for size in (20, 40):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
