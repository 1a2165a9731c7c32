"""Reminder settings: QSettings keys, the embeddable section, the dialog."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox

from credithealth.domain.reminders import ReminderSettings
from credithealth.ui.reminders.settings import (
    ReminderSettingsDialog,
    ReminderSettingsWidget,
    load_reminder_settings,
    save_reminder_settings,
)
from tests.ui import reminders_fixtures

clean_settings = reminders_fixtures.clean_settings  # the fixture this module uses

pytestmark = [
    pytest.mark.usefixtures("clean_settings"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def test_defaults_when_nothing_is_stored() -> None:
    rs = load_reminder_settings()
    assert rs.is_on("sesame") and rs.lead("bill_due") == 3 and rs.morning == time(9, 0)


def test_the_keys_in_qsettings() -> None:
    save_reminder_settings(
        ReminderSettings(enabled={"pboc": False}, lead_days={"bill_due": 5}, morning=time(7, 45))
    )
    s = QSettings()
    assert s.value("reminders/pboc/enabled", type=bool) is False
    assert s.value("reminders/sesame/enabled", type=bool) is True
    assert s.value("reminders/bill_due/lead_days", type=int) == 5
    assert s.value("reminders/morning") == "07:45"
    rs = load_reminder_settings()
    assert (rs.is_on("pboc"), rs.lead("bill_due"), rs.morning) == (False, 5, time(7, 45))


def test_bad_stored_values_fall_back() -> None:
    s = QSettings()
    s.setValue("reminders/bill_due/lead_days", 400)
    s.setValue("reminders/morning", "soon")
    rs = load_reminder_settings()
    assert rs.lead("bill_due") == 30 and rs.morning == time(9, 0)


def test_the_section_saves_what_is_set(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = ReminderSettingsWidget()
    qtbot.addWidget(w)
    assert set(w.leads) == {"bill_due", "decision", "cooldown", "password", "pboc"}
    assert "bill_overdue" in w.no_lead and "sesame" in w.no_lead
    with qtbot.waitSignal(w.changed):
        w.checks["sesame"].setChecked(False)
    w.leads["bill_due"].setValue(7)
    w.checks["decision"].setChecked(False)
    assert not w.leads["decision"].isEnabled()
    w.morning.setTime(QTime(8, 30))
    w.save()
    rs = load_reminder_settings()
    assert not rs.is_on("sesame") and not rs.is_on("decision")
    assert rs.lead("bill_due") == 7 and rs.morning == time(8, 30)
    assert w.leads["password"].specialValueText() == "on the day"


def test_the_dialog_saves_on_ok_only_and_restores_defaults(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = ReminderSettingsDialog()
    qtbot.addWidget(d)
    d.section.checks["pboc"].setChecked(False)
    d.reject()
    assert load_reminder_settings().is_on("pboc")
    d = ReminderSettingsDialog()
    qtbot.addWidget(d)
    d.section.leads["bill_due"].setValue(1)
    d.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert d.section.leads["bill_due"].value() == 3
    d.section.checks["pboc"].setChecked(False)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not load_reminder_settings().is_on("pboc")
