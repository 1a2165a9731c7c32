"""The typed settings: defaults, values saved by earlier versions, bad values, the version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings

from credithealth.ui.common.app_settings import (
    BACKUP_KEEP_DAILY,
    LANGUAGE,
    LAST_DB,
    REPORT_INCLUDE_NAME,
    VERSION,
    VERSION_KEY,
    WINDOW_GEOMETRY,
    last_verdict,
    migrate,
    reminder_enabled,
    reminder_lead_days,
    table_header,
)


@pytest.fixture
def ini(tmp_path: Path, qapp: Any) -> QSettings:
    """A settings file of its own, in the INI format Linux uses."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_saved(ini: QSettings) -> None:
    assert LANGUAGE.get(ini) == "system"
    assert LAST_DB.get(ini) is None
    assert REPORT_INCLUDE_NAME.get(ini) is False
    assert BACKUP_KEEP_DAILY.get(ini) is None
    assert WINDOW_GEOMETRY.get(ini) is None
    assert reminder_enabled("sesame").get(ini) is True
    assert reminder_lead_days("bill_due", 3).get(ini) == 3
    assert not table_header("spending.transactions").is_saved(ini)


def test_values_saved_by_an_earlier_version_read_back_under_the_same_keys(
    tmp_path: Path, qapp: Any
) -> None:
    path = tmp_path / "old.ini"
    # as the app wrote it before the settings were typed (Qt's INI text)
    path.write_text(
        "[ui]\nlanguage=zh_CN\n\n[db]\nlast=/home/u/credit.sqlite3\n\n"
        "[report]\ninclude_name=true\n\n[backups]\nkeep_daily=14\n\n"
        "[reminders]\nsesame\\enabled=false\nbill_due\\lead_days=5\n",
        encoding="utf-8",
    )
    s = QSettings(str(path), QSettings.Format.IniFormat)
    assert LANGUAGE.get(s) == "zh_CN"
    assert LAST_DB.get(s) == "/home/u/credit.sqlite3"
    assert REPORT_INCLUDE_NAME.get(s) is True
    assert BACKUP_KEEP_DAILY.get(s) == 14
    assert reminder_enabled("sesame").get(s) is False
    assert reminder_lead_days("bill_due", 3).get(s) == 5


def test_a_bad_value_reads_as_the_default(ini: QSettings) -> None:
    ini.setValue(BACKUP_KEEP_DAILY.key, "nonsense")
    ini.setValue(REPORT_INCLUDE_NAME.key, "perhaps")
    ini.setValue(WINDOW_GEOMETRY.key, "not bytes")
    ini.setValue(LAST_DB.key, 42)
    assert BACKUP_KEEP_DAILY.get(ini) is None
    assert REPORT_INCLUDE_NAME.get(ini) is False
    assert WINDOW_GEOMETRY.get(ini) is None
    assert LAST_DB.get(ini) is None


def test_set_get_and_remove(ini: QSettings) -> None:
    header = table_header("repayments.bills")
    header.set(QByteArray(b"\x00\x01state"), ini)
    assert header.is_saved(ini) and header.get(ini) == QByteArray(b"\x00\x01state")
    reminder_lead_days("bill_due", 3).set(0, ini)
    assert reminder_lead_days("bill_due", 3).get(ini) == 0
    header.remove(ini)
    assert not header.is_saved(ini)


def test_the_last_verdict_is_kept_per_database_without_its_path(
    ini: QSettings, tmp_path: Path
) -> None:
    a, b = last_verdict(tmp_path / "a.sqlite3"), last_verdict(tmp_path / "b.sqlite3")
    assert a.key != b.key and "a.sqlite3" not in a.key
    a.set("likely", ini)
    assert a.get(ini) == "likely" and b.get(ini) is None


def test_migrate_records_the_version_once_and_leaves_a_newer_layout_alone(ini: QSettings) -> None:
    LANGUAGE.set("en", ini)
    assert migrate(ini) == 0
    assert ini.value(VERSION_KEY) == VERSION and LANGUAGE.get(ini) == "en"
    assert migrate(ini) == VERSION
    ini.setValue(VERSION_KEY, VERSION + 1)
    assert migrate(ini) == VERSION + 1
    assert int(ini.value(VERSION_KEY)) == VERSION + 1  # type: ignore[call-overload]
