"""Errors the session reports (a save that failed, damage met by a background read) shown
in a message box that does not block: the event loop, and the work still running, go on.

A background error can come from several reads at once (the overview's loads, the history
back-fill, the assessment): one box per distinct message, raised again rather than stacked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from credithealth.domain.messages import Msg
from credithealth.ui.common import i18n


class ErrorBoxes(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.open_boxes: dict[str, QMessageBox] = {}  # by the text shown

    def show(self, msg: Msg) -> QMessageBox:
        text = msg.render(i18n.current_language())
        box = self.open_boxes.get(text)
        if box is not None:
            box.raise_()
            box.activateWindow()
            return box
        box = QMessageBox(self._parent)
        box.setObjectName("sessionError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self._parent.windowTitle())
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.open_boxes[text] = box
        box.finished.connect(lambda _result, t=text: self.open_boxes.pop(t, None))
        box.open()  # window-modal, and returns at once
        return box
