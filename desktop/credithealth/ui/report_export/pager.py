"""The export dialog's page preview as one widget: the thumbnail strip, the page shown
large, and the pager under it (previous, "Page 2 of 9", next; Page Up/Down too).

It holds the page images of the report being previewed as they arrive; the dialog
says how many pages are coming (``start``) and hands each one over (``set_page``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.tr_args import with_args
from credithealth.ui.report_export.preview import PageStrip, PageView


class PagePreview(Retranslates, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage | None] = []
        self._shown_index = -1

        self.strip = PageStrip()
        self.strip.currentRowChanged.connect(self._show_current)
        self.view = PageView()
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("reportPrevPage")
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button.clicked.connect(lambda: self.go_to(self.strip.currentRow() - 1))
        self.next_button = QToolButton()
        self.next_button.setObjectName("reportNextPage")
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.clicked.connect(lambda: self.go_to(self.strip.currentRow() + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("reportPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(120)
        pager = QHBoxLayout()
        pager.addStretch(1)
        pager.addWidget(self.prev_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addStretch(1)
        view_col = QVBoxLayout()
        view_col.setSpacing(6)
        view_col.addWidget(self.view, 1)
        view_col.addLayout(pager)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.strip)
        lay.addLayout(view_col, 1)
        self.retranslate()

    def add_page_keys(self, window: QWidget) -> None:
        """Page Up / Page Down anywhere in ``window`` step through the pages."""
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.activated.connect(lambda s=step: self.go_to(self.strip.currentRow() + s))

    def start(self, total: int) -> None:
        """A new report of ``total`` pages is coming: blank sheets until they arrive."""
        self.images = [None] * total
        self.strip.set_count(total)

    def set_page(self, index: int, image: QImage) -> None:
        self.images[index] = image
        self.strip.set_image(index, image)
        if index == self.strip.currentRow():
            self._show_current(index)
        self.update_pager()

    def go_to(self, index: int) -> None:
        if 0 <= index < self.strip.count():
            self.strip.setCurrentRow(index)

    def _show_current(self, index: int) -> None:
        image = self.images[index] if 0 <= index < len(self.images) else None
        if index != self._shown_index:  # another page: from its top
            self._shown_index = index
            self.view.verticalScrollBar().setValue(0)
        self.view.show_image(image, self.tr("Drawing the preview…"))
        self.update_pager()

    def update_pager(self) -> None:
        row, count = self.strip.currentRow(), self.strip.count()
        if count:
            self.page_label.setText(with_args(self.tr("Page %1 of %2"), str(row + 1), str(count)))
        else:
            self.page_label.setText("")
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < count - 1)

    def retranslate(self) -> None:
        self.strip.setAccessibleName(self.tr("Pages of the report"))
        self.view.setAccessibleName(self.tr("Page preview"))
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.update_pager()
