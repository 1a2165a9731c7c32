"""What every page of the main window offers the window."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from credithealth.ui.common.retranslate import Retranslates
from credithealth.ui.common.session import Session


class Page(Retranslates, QWidget):
    """A page in the sidebar. Pages that hold records implement ``new_record`` and
    ``delete_selected`` and say so through ``can_new``/``can_delete``; the window's
    Edit menu, toolbar and shortcuts route to the current page."""

    key: ClassVar[str] = ""
    edit_state_changed = Signal()
    # ask the window to show another page (e.g. a factor card opening where its action is done)
    open_page = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again (called on a language change)."""

    def can_new(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def new_record(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def show_single_form(self, form: QDialog) -> None:
        """Open ``form`` as the page's one open form (``self.form``), window-modal and not
        blocking; while one is open, asking again brings it forward instead."""
        current = getattr(self, "form", None)
        if isinstance(current, QDialog):
            current.raise_()
            current.activateWindow()
            return
        self.form = form
        form.finished.connect(lambda _r, f=form: self._single_form_closed(f))
        form.open()

    def _single_form_closed(self, form: QDialog) -> None:
        if getattr(self, "form", None) is form:
            self.form = None
        form.deleteLater()
