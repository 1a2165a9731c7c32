"""The name on the readiness report's cover: a setting, off by default (Preferences → Report).

The name is kept even while it is off: the report then masks it wherever it turns up
in the user's own notes, so a report shown to someone names nobody by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from credithealth.ui.retranslate import Retranslates

INCLUDE_NAME = "report/include_name"
NAME = "report/name"
MAX_NAME = 40  # a cover line, not an essay


def include_name() -> bool:
    value = QSettings().value(INCLUDE_NAME, False)
    return value is True or str(value).lower() == "true"


def saved_name() -> str:
    return str(QSettings().value(NAME, "") or "").strip()


def cover_name() -> str | None:
    """The name the cover will carry, or None when it carries none."""
    name = saved_name()
    return name if include_name() and name else None


class _Notifier(QObject):
    changed = Signal()  # either setting changed: an open export dialog redraws its preview


notifier = _Notifier()


class ReportNameGroup(Retranslates, QGroupBox):
    """Preferences' "Report" group: the switch and the name, saved as they are changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportNameGroup")
        self.include = QCheckBox()
        self.include.setObjectName("reportIncludeName")
        self.include.setChecked(include_name())
        self.name = QLineEdit(saved_name())
        self.name.setObjectName("reportName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setClearButtonEnabled(True)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        lay = QVBoxLayout(self)
        lay.addWidget(self.include)
        lay.addLayout(form)
        lay.addWidget(self.note)
        self.include.toggled.connect(self._save_include)
        self.name.textChanged.connect(self._save_name)
        self.retranslate()

    def _save_include(self, on: bool) -> None:
        QSettings().setValue(INCLUDE_NAME, on)
        notifier.changed.emit()

    def _save_name(self, text: str) -> None:
        QSettings().setValue(NAME, text.strip())
        notifier.changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # a wrapped note needs its height at the width it got; a dialog sized from hints
        # alone would squeeze it to one line
        self.note.setMinimumHeight(self.note.heightForWidth(self.note.width()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Report"))
        self.include.setText(self.tr("Put my name on the readiness report's cover"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("As it should print, e.g. Zhang Wei"))
        self.note.setText(
            self.tr(
                "Off by default. While it is off, this name is masked wherever it appears in "
                "your notes, so a report you show names nobody."
            )
        )
