"""Preferences → Backups: the list, back up now, restore one, the folder, how many to keep."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from credithealth.domain.records import SecurityEvent
from credithealth.store.encryption import encrypt
from credithealth.store.file_backups import list_backups, take_backup
from credithealth.store.instance import lock_holder
from credithealth.ui.app.preferences import SettingsDialog
from credithealth.ui.common.app_settings import BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY
from credithealth.ui.database.backup_list import BackupList, kind_text, size_text
from credithealth.ui.database.backup_policy import backup_policy
from credithealth.ui.database.backups import BackupsBox
from credithealth.ui.database.passphrase import PassphraseDialog
from tests.ui import safety_fixtures
from tests.ui.safety_fixtures import records
from tests.ui.shown import shown

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
app_window = safety_fixtures.app_window


@pytest.fixture
def box(app_window) -> BackupsBox:  # type: ignore[no-untyped-def]
    app_window.act_settings.trigger()
    dialog = app_window.dialogs.get("preferences")
    assert isinstance(dialog, SettingsDialog)
    dialog.show_tab("backups")
    return dialog.backups


def answer(box: BackupsBox, text: str) -> None:
    message = shown(box, QMessageBox)
    assert isinstance(message, QMessageBox) and message.isVisible()
    next(b for b in message.buttons() if b.text() == text).click()


def test_the_list_says_when_why_and_how_big(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    take_backup(demo_copy, "daily", now=datetime(2026, 11, 25, 8, 30))
    take_backup(demo_copy, "premigrate", now=datetime(2026, 11, 26, 9, 15))
    listing = BackupList()
    qtbot.addWidget(listing)
    listing.load(demo_copy)
    m = listing.model
    cells = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    size = size_text(list_backups(demo_copy)[0].size)
    assert cells == [
        ["2026-11-26 09:15", "Before an app upgrade", size, "No"],
        ["2026-11-25 08:30", "Daily", size, "No"],
    ]
    assert listing.selected() is not None and listing.selected().backup.kind == "premigrate"  # type: ignore[union-attr]
    assert [kind_text(k) for k in ("prerestore", "preencrypt", "manual")] == [
        "Before a restore",
        "Before encryption",
        "Made by you",
    ]


def test_the_list_model_passes_the_model_tester(qtmodeltester, qtbot, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    take_backup(demo_copy, "daily")
    listing = BackupList()
    qtbot.addWidget(listing)
    listing.load(demo_copy)
    qtmodeltester.check(listing.model)


def test_back_up_now(qtbot, box: BackupsBox, demo_copy: Path) -> None:
    assert box.list.model.rowCount() == 0
    assert str(demo_copy.parent / "backups") in box.folder_label.text()
    box.backup_button.click()
    qtbot.waitUntil(lambda: box.list.model.rowCount() == 1, timeout=10_000)
    row = box.list.selected()
    assert row is not None and row.backup.kind == "manual"
    assert "Backed up to" in box.status.text()
    assert records(row.backup.path) == records(demo_copy)


def test_restore_brings_the_records_back_and_keeps_the_replaced_state(
    qtbot, app_window, box: BackupsBox, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    session = app_window.session
    before = records(demo_copy)
    take_backup(demo_copy, "daily", now=datetime(2026, 11, 26, 8, 0))
    page = app_window.pages["security"]
    event = page.incidents.model.rows[0]
    assert isinstance(event, SecurityEvent)
    session.delete(event, "Delete incident")
    changed = records(demo_copy)
    assert changed != before
    box.reload()
    assert box.list.select(list_backups(demo_copy)[0].path)

    box.restore_button.click()
    question = shown(box, QMessageBox)
    assert isinstance(question, QMessageBox)
    assert "2026-11-26 08:00" in question.text() and "Daily" in question.text()
    assert "undo history is cleared" in question.informativeText()
    answer(box, "Restore")
    with qtbot.waitSignal(box.restored, timeout=20_000) as done:
        pass
    saved = done.args[0]

    new = app_window.session
    assert new is not session and session.closed
    assert new.undo_stack.count() == 0  # the undo history described the file before
    assert new.lock is not None and lock_holder(demo_copy)["role"] == "gui"  # type: ignore[index]
    assert records(demo_copy) == before
    # what it replaced is a backup of its own
    assert saved is not None and saved.exists()
    assert records(saved) == changed
    report = shown(box, QMessageBox)
    assert isinstance(report, QMessageBox) and report.objectName() == "restoreResult"
    assert "2026-11-26 08:00" in report.text()
    assert saved.name in report.informativeText()
    assert "undo history was cleared" in report.informativeText()
    report.accept()
    # the pages now show the new session's records
    assert app_window.pages["security"].session is new
    assert box.list.selected() is not None and box.list.selected().backup.path == saved  # type: ignore[union-attr]


def test_restore_asks_first(qtbot, box: BackupsBox, demo_copy: Path, app_window) -> None:  # type: ignore[no-untyped-def]
    take_backup(demo_copy, "daily")
    box.reload()
    session = app_window.session
    box.restore_button.click()
    answer(box, "Cancel")
    assert app_window.session is session and not session.closed
    assert [b.kind for b in list_backups(demo_copy)] == ["daily"]


def test_restoring_a_backup_with_another_passphrase_asks_for_it(
    qtbot, app_window, box: BackupsBox, demo_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # a backup made when the database was encrypted with a passphrase since forgotten here
    other = tmp_path / "old" / "mine.sqlite3"
    other.parent.mkdir()
    other.write_bytes(demo_copy.read_bytes())
    encrypt(other, "the old one")
    folder = demo_copy.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / "mine-20261120-080000-daily.sqlite3"
    target.write_bytes(other.read_bytes())
    box.reload()
    box.restore_button.click()
    answer(box, "Restore")
    dialog = shown(box, PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    dialog.field.setText("not it")
    dialog.submit()
    assert "Wrong passphrase" in dialog.error.text()
    dialog.field.setText("the old one")
    dialog.submit()
    with qtbot.waitSignal(box.restored, timeout=20_000):
        pass
    assert app_window.session.encrypted and app_window.session.passphrase == "the old one"
    shown(box, QMessageBox).accept()


def test_show_folder(box: BackupsBox, demo_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    take_backup(demo_copy, "daily")
    assert box.show_folder()
    assert opened == [str(demo_copy.parent / "backups")]


def test_how_many_to_keep(box: BackupsBox) -> None:
    assert (box.keep_daily.value(), box.keep_weekly.value()) == (7, 4)
    box.keep_daily.setValue(14)
    box.keep_weekly.setValue(8)
    assert (
        QSettings().value(BACKUP_KEEP_DAILY.key) == 14
        and QSettings().value(BACKUP_KEEP_WEEKLY.key) == 8
    )
    policy = backup_policy()
    assert (policy.keep_daily, policy.keep_weekly) == (14, 8)
    QSettings().setValue(BACKUP_KEEP_DAILY.key, "nonsense")
    assert backup_policy().keep_daily == 7


def test_read_only_offers_no_restore(qtbot, window, monkeypatch, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common.session import Session

    take_backup(demo_copy, "daily")
    ro = Session(demo_copy, read_only=True)
    window.install_session(ro)
    box = BackupsBox(window)
    qtbot.addWidget(box)
    assert box.list.model.rowCount() == 1
    assert not box.backup_button.isEnabled() and not box.restore_button.isEnabled()
    assert "read-only" in box.restore_button.toolTip()
    ro.close()
