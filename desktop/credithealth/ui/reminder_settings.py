"""Reminder settings: each kind on or off, its lead time, and the morning time.

Stored in QSettings as ``reminders/<kind>/enabled``, ``reminders/<kind>/lead_days``
and ``reminders/morning`` ("HH:MM"). ``ReminderSettingsWidget`` is a section a
Settings dialog can embed (call ``save()`` when the dialog is accepted);
``ReminderSettingsDialog`` wraps it for the journey page's "Reminder settings…".
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from credithealth.domain.messages import Msg
from credithealth.domain.reminders import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_MORNING,
    KINDS,
    LEAD_KINDS,
    MAX_LEAD_DAYS,
    ReminderSettings,
)
from credithealth.ui import i18n
from credithealth.ui.retranslate import Retranslates
from credithealth.ui.style import muted_color

PREFIX = "reminders"


def _key(kind: str, name: str) -> str:
    return f"{PREFIX}/{kind}/{name}"


def _parse_time(text: object) -> time:
    try:
        hours, minutes = str(text).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return DEFAULT_MORNING


def load_reminder_settings(settings: QSettings | None = None) -> ReminderSettings:
    s = settings or QSettings()
    enabled = {k: bool(s.value(_key(k, "enabled"), True, type=bool)) for k in KINDS}
    lead = {}
    for k in LEAD_KINDS:
        value = s.value(_key(k, "lead_days"), DEFAULT_LEAD_DAYS[k], type=int)
        lead[k] = max(0, min(MAX_LEAD_DAYS, int(value)))  # type: ignore[call-overload]
    morning = _parse_time(s.value(f"{PREFIX}/morning", DEFAULT_MORNING.strftime("%H:%M")))
    return ReminderSettings(enabled=enabled, lead_days=lead, morning=morning)


def save_reminder_settings(rs: ReminderSettings, settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    for k in KINDS:
        s.setValue(_key(k, "enabled"), rs.is_on(k))
    for k in LEAD_KINDS:
        s.setValue(_key(k, "lead_days"), rs.lead(k))
    s.setValue(f"{PREFIX}/morning", rs.morning.strftime("%H:%M"))


class ReminderSettingsWidget(Retranslates, QWidget):
    """One row per kind: on/off, the days ahead it comes (where that applies)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 1)
        self.head_kind = QLabel()
        self.head_lead = QLabel()
        for w in (self.head_kind, self.head_lead):
            f = w.font()
            f.setBold(True)
            w.setFont(f)
        grid.addWidget(self.head_kind, 0, 0)
        grid.addWidget(self.head_lead, 0, 1)
        self.checks: dict[str, QCheckBox] = {}
        self.helps: dict[str, QLabel] = {}
        self.leads: dict[str, QSpinBox] = {}
        self.no_lead: dict[str, QLabel] = {}
        row = 1
        for kind in KINDS:
            check = QCheckBox()
            check.setObjectName(f"reminder_on_{kind}")
            help_ = QLabel()
            help_.setWordWrap(True)
            help_.setStyleSheet(f"color: {muted_color().name()};")
            # under the check box's text, not its box
            help_.setIndent(check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6)
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(check)
            box.addWidget(help_)
            grid.addLayout(box, row, 0)
            if kind in LEAD_KINDS:
                spin = QSpinBox()
                spin.setObjectName(f"reminder_lead_{kind}")
                spin.setRange(0, MAX_LEAD_DAYS)
                spin.valueChanged.connect(lambda _v: self.changed.emit())
                check.toggled.connect(spin.setEnabled)
                self.leads[kind] = spin
                grid.addWidget(spin, row, 1)
            else:
                dash = QLabel("—")
                self.no_lead[kind] = dash
                grid.addWidget(dash, row, 1)
            check.toggled.connect(lambda _c: self.changed.emit())
            self.checks[kind] = check
            self.helps[kind] = help_
            row += 1
        self.morning_label = QLabel()
        self.morning = QTimeEdit()
        self.morning.setDisplayFormat("HH:mm")
        self.morning.setObjectName("reminder_morning")
        self.morning.timeChanged.connect(lambda _t: self.changed.emit())
        grid.addWidget(self.morning_label, row, 0)
        grid.addWidget(self.morning, row, 1)
        self.set_settings(load_reminder_settings())
        self.retranslate()

    def set_settings(self, rs: ReminderSettings) -> None:
        for kind, check in self.checks.items():
            check.setChecked(rs.is_on(kind))
        for kind, spin in self.leads.items():
            spin.setValue(rs.lead(kind))
            spin.setEnabled(rs.is_on(kind))
        self.morning.setTime(QTime(rs.morning.hour, rs.morning.minute))

    def settings(self) -> ReminderSettings:
        t = self.morning.time()
        return ReminderSettings(
            enabled={k: c.isChecked() for k, c in self.checks.items()},
            lead_days={k: s.value() for k, s in self.leads.items()},
            morning=time(t.hour(), t.minute()),
        )

    def save(self) -> None:
        save_reminder_settings(self.settings())

    def restore_defaults(self) -> None:
        self.set_settings(ReminderSettings())

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.head_kind.setText(self.tr("Remind me of"))
        self.head_lead.setText(self.tr("Days ahead"))
        for kind, check in self.checks.items():
            check.setText(Msg("reminder_kind." + kind).render(lang))
            self.helps[kind].setText(Msg("reminder_kind_help." + kind).render(lang))
        for spin in self.leads.values():
            spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("on the day"))
        for dash in self.no_lead.values():
            dash.setToolTip(self.tr("This reminder comes when it is due; it has no lead time."))
        self.morning_label.setText(self.tr("Morning reminders at"))


class ReminderSettingsDialog(QDialog):
    """The reminder settings on their own, saved when OK is pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = ReminderSettingsWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.section.restore_defaults
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.section)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Reminder settings"))

    def accept(self) -> None:
        self.section.save()
        super().accept()
