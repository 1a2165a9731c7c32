"""Read-only mode in the window: record forms open to be read, never to be saved.

Every edit in the app ends in a ``RecordForm`` (add, edit, record a result...).
While the window's session is read-only, each such form shown over the window
loses its OK button and says why; the window disables its own New / Delete /
Check-up actions, and the session refuses any change that gets through anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from credithealth.ui.common.widgets.fields import RecordForm

NOTE_NAME = "readOnlyNote"


def note_text() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "This database is open read-only: changes cannot be saved."
    )


def make_form_read_only(form: RecordForm) -> None:
    if form.findChild(QLabel, NOTE_NAME) is not None:
        return
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)
    ok.hide()
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("ReadOnly", "Close"))
    note = QLabel(note_text())
    note.setObjectName(NOTE_NAME)
    note.setWordWrap(True)
    lay = form.layout()
    lay.insertWidget(lay.indexOf(form.buttons), note)  # type: ignore[attr-defined]


class ReadOnlyForms(QObject):
    """While active, forms shown over ``window`` are made read-only as they appear."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.active = False

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        app = QApplication.instance()
        assert app is not None
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def _over_window(self, w: QWidget) -> bool:
        p = w.parentWidget()
        while p is not None:
            if p is self.window:
                return True
            p = p.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, RecordForm)
            and self._over_window(watched)
        ):
            make_form_read_only(watched)
        return False
