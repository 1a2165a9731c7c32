"""The export dialog's preview: a strip of page thumbnails and the selected page, larger.

Both show page images as they arrive; a page not drawn yet is a blank sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

A4_RATIO = 297 / 210
THUMB_W = 104
THUMB = QSize(THUMB_W, round(THUMB_W * A4_RATIO))
SHEET_BORDER = QColor("#b8b8b8")
DESK = "#8a8d91"  # what the page lies on, light or dark theme alike
VIEW_MARGIN = 16


def sheet(image: QImage | None, size: QSize, dpr: float) -> QPixmap:
    """A page at ``size`` (logical pixels) with a thin border: the image, or a blank sheet."""
    pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if image is not None:
        # a smooth down-scale first: drawImage alone samples coarsely and text turns ragged
        scaled = image.scaled(
            pixmap.size(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage(QRectF(0, 0, size.width(), size.height()), scaled)
    painter.setPen(SHEET_BORDER)
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    painter.end()
    return pixmap


def _icon(pixmap: QPixmap) -> QIcon:
    # the page as it is when selected too: the item's highlight marks it, not a blue tint
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class PageStrip(QListWidget):
    """The pages as thumbnails, top to bottom, numbered; the current row is the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPageStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(THUMB)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB.width() + 2 * 6 + 2 * self.frameWidth() + 26)

    def set_count(self, count: int) -> None:
        """``count`` blank pages (a new report is coming), keeping the current page if it exists."""
        row = max(self.currentRow(), 0)
        self.blockSignals(True)
        self.clear()
        blank = _icon(sheet(None, THUMB, self.devicePixelRatioF()))
        for n in range(count):
            item = QListWidgetItem(blank, str(n + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self.setCurrentRow(min(row, count - 1))
        self.blockSignals(False)

    def set_image(self, index: int, image: QImage) -> None:
        item = self.item(index)
        if item is not None:
            item.setIcon(_icon(sheet(image, THUMB, self.devicePixelRatioF())))


class PageView(QScrollArea):
    """One page, as wide as the view allows (never wider than its own pixels: no blur)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPageView")
        self.image: QImage | None = None
        self.label = QLabel()
        self.label.setObjectName("reportPageImage")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setMargin(VIEW_MARGIN)
        self.label.setStyleSheet("#reportPageImage { color: white; }")
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # always there, so fitting the page to the width never makes it come and go
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setStyleSheet(f"#reportPageView {{ background: {DESK}; border: none; }}")
        self.viewport().setStyleSheet(f"background: {DESK};")

    def show_image(self, image: QImage | None, placeholder: str = "") -> None:
        """Show ``image``; without one, ``placeholder`` in its place."""
        self.image = image
        if image is None:
            self.label.setPixmap(QPixmap())
            self.label.setText(placeholder)
        else:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image is not None:
            self._fit()

    def _fit(self) -> None:
        image = self.image
        if image is None or image.isNull():
            return
        dpr = self.devicePixelRatioF()
        natural = image.width() / dpr
        width = max(min(self.viewport().width() - 2 * VIEW_MARGIN, natural), 120)
        size = QSize(round(width), round(width * image.height() / image.width()))
        self.label.setText("")
        self.label.setPixmap(sheet(image, size, dpr))
