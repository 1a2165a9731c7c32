"""While the main window is built and its charts drawn, the app-wide naming filter is
paused (it costs a call into Python per event); resuming names every window on screen,
the ones shown meanwhile included, and watches again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

from credithealth.ui.app import accessibility


def _form(qtbot) -> tuple[QDialog, QLineEdit]:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    field.setToolTip("Your name as on your ID card")
    QFormLayout(dialog).addRow("Name", field)
    return dialog, field


def test_resume_names_what_was_shown_while_paused(qtbot) -> None:  # type: ignore[no-untyped-def]
    accessibility.pause()
    try:
        dialog, field = _form(qtbot)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert field.accessibleDescription() == ""  # nobody watched
    finally:
        accessibility.resume()
    assert field.accessibleDescription() == "Your name as on your ID card"


def test_after_resume_new_windows_are_named_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    accessibility.pause()
    accessibility.resume()
    accessibility.resume()  # twice: still one filter, no error
    dialog, field = _form(qtbot)
    dialog.show()
    qtbot.waitUntil(lambda: field.accessibleDescription() == "Your name as on your ID card")
