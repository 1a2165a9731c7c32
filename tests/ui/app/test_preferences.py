from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from credithealth.domain.records import SecurityEvent
from credithealth.ui.app.launch import remembered_db
from credithealth.ui.app.preferences import SettingsDialog
from credithealth.ui.common import app_settings, i18n
from credithealth.ui.common.app_settings import LAST_DB

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(window):  # type: ignore[no-untyped-def]
    window.act_settings.trigger()
    dialog = window.dialogs.get("preferences")
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    yield dialog
    QSettings().remove(app_settings.LANGUAGE.key)
    QSettings().remove(LAST_DB.key)
    i18n.install("en")
    if isValid(dialog) and not dialog.isHidden():  # it closes itself after a switch
        dialog.reject()


def test_preferences_is_in_the_edit_menu(window) -> None:  # type: ignore[no-untyped-def]
    assert window.act_settings in window.menus["edit"].actions()
    assert window.act_settings.text() == "&Preferences…"
    assert not window.act_settings.shortcut().isEmpty()


def test_switching_language_retranslates_and_keeps_page_and_selection(window, settings) -> None:  # type: ignore[no-untyped-def]
    window.show_page("security")
    page = window.current_page()
    assert page.incidents.select(lambda e: True)
    selected = page.incidents.selected()
    assert isinstance(selected, SecurityEvent)

    settings.radios["zh_CN"].click()
    assert QSettings().value(app_settings.LANGUAGE.key) == "zh_CN"
    assert i18n.current_language() == "zh_CN"
    assert window.current_page() is page
    assert page.incidents.selected() == selected
    assert window.sidebar.currentItem().text() == "账户安全"
    assert page.checklist.heading.text() == "安全检查清单"
    assert page.items_model.headerData(0, Qt.Orientation.Horizontal) == "项目"
    assert page.items_model.data(page.items_model.index(0, 0)) == "近期修改过登录密码"
    assert page.incidents.act_edit.text() == "编辑…"
    assert settings.windowTitle() == "设置"
    assert (
        settings.buttons.button(settings.buttons.StandardButton.Close).text() == "关闭"
    )  # Qt's own

    settings.radios["en"].click()
    assert window.sidebar.currentItem().text() == "Account security"
    assert page.incidents.selected() == selected
    settings.radios["system"].click()
    assert QSettings().value(app_settings.LANGUAGE.key) == "system"
    assert i18n.current_language() == i18n.system_language()


def test_create_a_new_database_switches_the_window(window, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    old = window.session
    window.show_page("scores")
    target = tmp_path / "mine"
    monkeypatch.setattr(settings, "ask_new_path", lambda: target.with_suffix(".sqlite3"))
    settings.new_button.click()
    new = window.session
    try:
        assert new is not old and old.closed
        assert new.db_path == target.with_suffix(".sqlite3")
        assert QSettings().value(LAST_DB.key) == str(new.db_path)
        assert remembered_db() == new.db_path
        assert window.current_page().key == "scores"
        assert window.current_page().session is new
        assert window.current_page().sesame_model.rowCount() == 0
        assert not settings.isVisible()
        # a new database starts with the check-up
        assert window.dialogs.get("checkup").isVisible() and window.dialogs.get("checkup").first_run
        window.dialogs.get("checkup").reject()
        # the Undo action follows the new session's stack
        assert not window.act_undo.isEnabled()
    finally:
        new.close()


def test_open_another_database(window, settings, tmp_path, monkeypatch, demo_file) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.sqlite3"
    other.write_bytes(demo_file.read_bytes())
    monkeypatch.setattr(settings, "ask_open_path", lambda: other)
    settings.open_button.click()
    try:
        assert window.session.db_path == other
        assert window.pages["applications"].model.rowCount() == 2
    finally:
        window.session.close()


def test_new_never_overwrites_an_existing_file(window, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"precious")
    warned: list[str] = []
    monkeypatch.setattr(settings, "ask_new_path", lambda: existing)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    old = window.session
    settings.new_button.click()
    assert window.session is old
    assert existing.read_bytes() == b"precious"
    assert warned and "already exists" in warned[0]


def test_a_file_that_is_not_a_database_keeps_the_current_one(
    window, settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.database.bad_database import BadDatabaseDialog

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all, just some bytes" * 100)
    monkeypatch.setattr(settings, "ask_open_path", lambda: junk)
    old = window.session
    settings.open_button.click()
    assert window.session is old and not old.closed
    dialog = window.findChild(BadDatabaseDialog, "badDatabaseDialog")
    assert isinstance(dialog, BadDatabaseDialog) and dialog.isVisible()
    assert dialog.error.code == "store.not_a_database"
    assert dialog.quit_button.text() == "Cancel"  # from Preferences: keep the current one
    dialog.reject()
    assert window.session is old and not old.closed
    assert junk.read_bytes() == b"not a database at all, just some bytes" * 100
    assert settings.isVisible()


def test_the_remembered_database_must_still_exist(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(LAST_DB.key, str(tmp_path / "gone.sqlite3"))
    try:
        assert remembered_db() is None
    finally:
        QSettings().remove(LAST_DB.key)
