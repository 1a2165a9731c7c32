"""Reminders as an iCalendar (.ics) file, for a phone or a desktop calendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from credithealth.store.private_files import write_private_bytes
from credithealth.ui import i18n
from credithealth.ui.reminders_service import ReminderService
from credithealth.ui.tr_args import with_args

FILE_NAME = "credit-health-reminders.ics"
# each text is spelled out in its translate() call: lupdate reads only literal calls


def write_calendar(path: Path, service: ReminderService) -> int:
    """Write the reminders' calendar to ``path``; returns the number of events."""
    lang = i18n.current_language()
    name = QCoreApplication.translate("ReminderExport", "Credit Health reminders")
    text = service.calendar_text(lang, name)
    # bytes, so the CRLF line endings iCalendar requires survive on every platform
    write_private_bytes(path, text.encode("utf-8"))  # 0600: the dates say what is owed
    return text.count("BEGIN:VEVENT")


def export_calendar(parent: QWidget, service: ReminderService) -> tuple[Path, int] | None:
    """Ask where to save, then save; returns (file, events) or None if cancelled or failed."""
    start = str(Path(QDir.homePath()) / FILE_NAME)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReminderExport", "Export reminders to calendar"),
        start,
        QCoreApplication.translate("ReminderExport", "iCalendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    try:
        count = write_calendar(path, service)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReminderExport", "Export reminders to calendar"),
            with_args(
                QCoreApplication.translate(
                    "ReminderExport", "The calendar file could not be saved: %1"
                ),
                exc.strerror or str(exc),
            ),
        )
        return None
    return path, count


def exported_message(path: Path, count: int) -> str:
    return with_args(
        QCoreApplication.translate(
            "ReminderExport",
            "Saved %1 dates to %2. Open the file with your calendar app, or send it to your phone.",
        ),
        str(count),
        str(path),
    )
