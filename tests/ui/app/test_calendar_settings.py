"""Preferences → Calendar and the journey's hint about next year's holiday notice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from shiboken6 import isValid

from credithealth.domain.workdays import is_workday, year_source
from credithealth.ui.app.calendar_settings import CalendarBox, NoticeDialog
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.app_settings import LAST_DB
from tests.ui.shown import shown

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


DATA = Path(__file__).parents[2] / "data" / "calendar"
TEXT_2027 = (DATA / "holiday-notice-2027-test.txt").read_text(encoding="utf-8")


@pytest.fixture
def calendar(window, qtbot):  # type: ignore[no-untyped-def]
    window.act_settings.trigger()
    dialog = window.dialogs.get("preferences")
    dialog.show_tab("calendar")
    box = dialog.calendar
    assert isinstance(box, CalendarBox) and box.isVisible()
    yield box
    QSettings().remove(app_settings.LANGUAGE.key)
    QSettings().remove(LAST_DB.key)
    i18n.install("en")
    if isValid(dialog) and not dialog.isHidden():
        dialog.reject()


def row_of(box: CalendarBox, year: int) -> int:
    for r in range(box.table.rowCount()):
        if box.table.item(r, 0).text() == str(year):
            return r
    raise AssertionError(f"no row for {year}")


def cell(box: CalendarBox, year: int, column: int) -> str:
    return box.table.item(row_of(box, year), column).text()


def open_notice_dialog(qtbot, box: CalendarBox) -> NoticeDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = shown(box, NoticeDialog)
    assert isinstance(dialog, NoticeDialog) and dialog.isVisible()
    return dialog


def save_button(dialog: NoticeDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_years_and_their_sources(calendar: CalendarBox) -> None:
    assert cell(calendar, 2026, 1) == "Official (built in)"
    assert cell(calendar, 2027, 1) == "Estimate: statutory holidays only"
    assert cell(calendar, 2027, 2) == "13"
    assert cell(calendar, 2027, 3) == "not known yet"
    assert cell(calendar, 2026, 3) == "6"
    assert cell(calendar, 2001, 1) == "Official (built in)"
    # the newest year is selected, its days in full below
    assert calendar.selected_year() == 2027
    assert "2027-02-05 – 2027-02-08" in calendar.details.text()
    assert "may shift by a few days" in calendar.details.text()
    assert not calendar.remove_button.isEnabled()
    headers = [calendar.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Year", "Source", "Days off", "Make-up working days"]


def test_add_a_notice_see_what_was_understood_save_undo_and_remove(
    qtbot, window, calendar: CalendarBox
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_notice_dialog(qtbot, calendar)
    assert not save_button(dialog).isEnabled()
    dialog.editor.setPlainText(TEXT_2027)  # pasted (typing Chinese keys is not possible offscreen)
    preview = dialog.preview.text()
    assert "The notice for 2027: 27 days off, 5 make-up working days." in preview
    assert "春节 — off: 2027-02-05 – 2027-02-11; working: 2027-02-20" in preview
    assert save_button(dialog).isEnabled()
    assert year_source(2027) == "statutory"  # nothing counts before it is saved
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert year_source(2027) == "notice"
    assert is_workday(date(2027, 2, 20))
    assert cell(calendar, 2027, 1) == "From the notice you added"
    assert window.session.undo_stack.undoText() == "Add the holiday notice for 2027"

    # undone from the window, then redone
    window.dialogs.get("preferences").reject()
    window.act_undo.trigger()
    assert year_source(2027) == "statutory"
    window.act_redo.trigger()
    assert year_source(2027) == "notice"

    # removed from Preferences, after a question
    window.act_settings.trigger()
    box = window.dialogs.get("preferences").calendar
    window.dialogs.get("preferences").show_tab("calendar")
    r = row_of(box, 2027)
    rect = box.table.visualItemRect(box.table.item(r, 0))
    qtbot.mouseClick(box.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.selected_year() == 2027 and box.remove_button.isEnabled()
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    message = shown(box, QMessageBox)
    assert isinstance(message, QMessageBox) and message.isVisible()
    assert "2027" in message.text()
    next(b for b in message.buttons() if b.text() == "Remove").click()
    assert year_source(2027) == "statutory"
    assert cell(box, 2027, 1) == "Estimate: statutory holidays only"
    window.dialogs.get("preferences").reject()


def test_a_notice_it_cannot_read_is_not_offered_for_saving(qtbot, calendar: CalendarBox) -> None:  # type: ignore[no-untyped-def]
    dialog = open_notice_dialog(qtbot, calendar)
    dialog.editor.setPlainText(TEXT_2027.replace("5月8日（周六）上班", "5月8日（周六）值班"))
    assert "This notice cannot be saved" in dialog.preview.text()
    assert "4月25日(周日)、5月8日(周六)值班" in dialog.preview.text()
    assert not save_button(dialog).isEnabled()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert year_source(2027) == "statutory"


def test_a_notice_opened_from_a_file(
    qtbot, calendar: CalendarBox, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    notice = tmp_path / "通知.txt"
    notice.write_bytes(TEXT_2027.encode("gb18030"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notice), ""))
    dialog = open_notice_dialog(qtbot, calendar)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "The notice for 2027" in dialog.preview.text()
    assert save_button(dialog).isEnabled()


def test_a_replacing_notice_says_so(qtbot, calendar: CalendarBox) -> None:  # type: ignore[no-untyped-def]
    dialog = open_notice_dialog(qtbot, calendar)
    dialog.editor.setPlainText(TEXT_2027)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    dialog = open_notice_dialog(qtbot, calendar)
    dialog.editor.setPlainText(TEXT_2027.replace("、5月8日（周六）上班", "上班"))
    assert "It replaces the notice for 2027 you added on 2026-11-26." in dialog.preview.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not is_workday(date(2027, 5, 8))


def test_the_calendar_tab_in_chinese(calendar: CalendarBox) -> None:
    i18n.install("zh_CN")
    assert calendar.add_button.text() == "添加官方通知…"
    assert cell(calendar, 2027, 1) == "估算：仅法定节假日"


# -- the journey's hint --------------------------------------------------------------------


def test_in_november_the_journey_says_next_years_notice_can_be_added(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("journey")
    page = window.current_page()
    assert page.calendar_hint.isVisible()  # the test day is 2026-11-26
    assert "The holiday schedule for 2027 is not in the app yet" in page.calendar_hint_text.text()
    qtbot.mouseClick(page.calendar_hint_button, Qt.MouseButton.LeftButton)
    settings = window.dialogs.get("preferences")
    assert settings.tabs.currentWidget() is settings.calendar
    dialog = shown(settings.calendar, NoticeDialog)
    assert isinstance(dialog, NoticeDialog) and dialog.isVisible()
    dialog.editor.setPlainText(TEXT_2027)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    settings.reject()
    assert not page.calendar_hint.isVisible()
    i18n.install("en")


def test_no_hint_before_november(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.pages.journey.page import JourneyPage

    empty_session.today = lambda: date(2026, 10, 31)
    page = JourneyPage(empty_session)
    qtbot.addWidget(page)
    page.show()
    assert not page.calendar_hint.isVisible()
