"""The name on the report's cover: Preferences → Report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from credithealth.ui.app.preferences import SettingsDialog
from credithealth.ui.common import i18n
from credithealth.ui.common.app_settings import REPORT_INCLUDE_NAME, REPORT_NAME
from credithealth.ui.report_export.cover_name import (
    ReportNameGroup,
    cover_name,
    include_name,
    notifier,
    saved_name,
)

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def clean_settings() -> Iterator[None]:
    yield
    QSettings().remove(REPORT_INCLUDE_NAME.key)
    QSettings().remove(REPORT_NAME.key)
    i18n.install("en")


def test_off_and_empty_by_default(qapp: Any) -> None:
    assert not include_name() and saved_name() == "" and cover_name() is None


def test_the_group_saves_as_you_go_and_says_so(qapp: Any, qtbot: Any) -> None:
    group = ReportNameGroup()
    qtbot.addWidget(group)
    assert not group.include.isChecked() and group.name.text() == ""
    with qtbot.waitSignal(notifier.changed):
        group.name.setText("  张伟 ")
    assert saved_name() == "张伟"
    assert cover_name() is None  # kept (to be masked), not printed
    with qtbot.waitSignal(notifier.changed):
        group.include.setChecked(True)
    assert include_name() and cover_name() == "张伟"
    again = ReportNameGroup()  # the next time Preferences opens
    qtbot.addWidget(again)
    assert again.include.isChecked() and again.name.text() == "张伟"
    group.name.setText("")
    assert cover_name() is None  # on, but no name: nothing to print


def test_preferences_has_the_group_in_both_languages(window: Any, qtbot: Any) -> None:
    window.act_settings.trigger()
    dialog = window.dialogs.get("preferences")
    assert isinstance(dialog, SettingsDialog)
    group = dialog.report_box
    assert isinstance(group, ReportNameGroup)
    assert group.title() == "Report"
    assert group.include.text() == "Put my name on the readiness report's cover"
    i18n.install("zh_CN")
    assert group.title() == "报告"
    assert group.include.text() == "在准备报告封面上显示我的姓名"
    dialog.reject()
