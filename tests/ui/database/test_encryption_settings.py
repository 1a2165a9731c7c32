"""Preferences → Encryption: on, change the passphrase, off; every record kept each time,
the passphrase asked for and checked, and never written anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from credithealth.store.encryption import is_encrypted
from credithealth.store.file_backups import list_backups, take_backup
from credithealth.store.instance import lock_holder
from credithealth.ui.app.preferences import SettingsDialog
from credithealth.ui.database.encryption_settings import EncryptionBox
from credithealth.ui.database.passphrase import (
    NewPassphraseDialog,
    PassphraseDialog,
    strength,
    units,
)
from tests.ui import safety_fixtures
from tests.ui.safety_fixtures import records
from tests.ui.shown import shown

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
app_window = safety_fixtures.app_window

FIRST = "amber river lantern 42"
SECOND = "quiet violet harbour 77"


@pytest.fixture
def box(app_window) -> EncryptionBox:  # type: ignore[no-untyped-def]
    app_window.act_settings.trigger()
    dialog = app_window.dialogs.get("preferences")
    assert isinstance(dialog, SettingsDialog)
    dialog.show_tab("encryption")
    return dialog.encryption


def result(box: EncryptionBox) -> QMessageBox:
    message = shown(box, QDialog)
    assert isinstance(message, QMessageBox) and message.objectName() == "encryptionResult"
    return message


def click(message: QMessageBox, text: str) -> None:
    next(b for b in message.buttons() if b.text() == text).click()


def turn_on(qtbot, box: EncryptionBox, passphrase: str = FIRST) -> None:  # type: ignore[no-untyped-def]
    box.on_button.click()
    dialog = shown(box, QDialog)
    assert isinstance(dialog, NewPassphraseDialog)
    dialog.first.setText(passphrase)
    dialog.second.setText(passphrase)
    with qtbot.waitSignal(box.changed, timeout=30_000):
        dialog.submit()


def test_new_passphrase_dialog_hints_and_checks(qtbot, box: EncryptionBox) -> None:  # type: ignore[no-untyped-def]
    box.on_button.click()
    dialog = shown(box, QDialog)
    assert isinstance(dialog, NewPassphraseDialog) and dialog.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert "no way to recover" in dialog.warning.text()
    dialog.first.setText("short")
    assert dialog.hint.text().startswith("Too short") and not ok.isEnabled()
    dialog.first.setText("abcdefgh")
    assert dialog.hint.text().startswith("Weak")
    dialog.first.setText(FIRST)
    dialog.second.setText(FIRST + "!")
    assert dialog.match.text() == "The two passphrases differ." and not ok.isEnabled()
    dialog.second.setText(FIRST)
    assert dialog.match.text() == "" and ok.isEnabled()
    assert dialog.hint.text() == "Strong."
    dialog.reject()
    assert dialog.first.text() == "" and dialog.second.text() == ""  # not kept


def test_strength() -> None:
    assert strength("") == 0 and strength("1234567") == 0
    assert strength("aaaaaaaaaaaaaaaaaaaa") == 1
    assert strength("信用健康") == 1 and units("信用健康") == 8  # 4 汉字 count as 8
    assert strength("Abc123!x") == 2
    assert strength("correct horse battery staple") == 3


def test_turn_on_change_and_off_keep_every_record(
    qtbot, app_window, box: EncryptionBox, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    session = app_window.session
    incident = app_window.pages["security"].incidents.model.rows[0]
    session.delete(incident, "Delete incident")  # something to undo
    assert session.undo_stack.count() == 1
    expected = records(demo_copy)
    assert box.state.text() == "This database is not encrypted."
    assert box.on_button.isVisible() and not box.off_button.isVisible()

    # on
    turn_on(qtbot, box)
    assert session.closed and app_window.session is not session
    assert app_window.session.undo_stack.count() == 0 and not app_window.act_undo.isEnabled()
    assert app_window.session.encrypted and is_encrypted(demo_copy)
    assert app_window.session.lock is not None and lock_holder(demo_copy)["role"] == "gui"  # type: ignore[index]
    assert records(demo_copy, FIRST) == expected
    message = result(box)
    assert message.text() == "The database is now encrypted."
    assert "undo history was cleared" in message.informativeText()
    assert box.state.text() == "This database is encrypted."
    assert box.change_button.isVisible() and box.off_button.isVisible()
    assert not box.on_button.isVisible()
    assert "backups are encrypted with the same passphrase" in message.informativeText()
    (first,) = list_backups(demo_copy)
    assert first.kind == "preencrypt" and is_encrypted(first.path)  # no plaintext copy left
    message.accept()

    # change: the current passphrase is checked first
    box.change_button.click()
    dialog = shown(box, QDialog)
    assert isinstance(dialog, NewPassphraseDialog) and dialog.current is not None
    dialog.current.setText("not it")
    dialog.first.setText(SECOND)
    dialog.second.setText(SECOND)
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.error.text() == "The current passphrase is wrong. 2 tries left."
    dialog.current.setText(FIRST)
    with qtbot.waitSignal(box.changed, timeout=30_000):
        dialog.submit()
    assert app_window.session.passphrase == SECOND
    assert records(demo_copy, SECOND) == expected
    message = result(box)
    assert "old passphrase" in message.informativeText()
    message.accept()

    # off: asks for the passphrase again
    box.off_button.click()
    ask = shown(box, QDialog)
    assert isinstance(ask, PassphraseDialog)
    ask.field.setText(FIRST)  # the old one no longer works
    ask.submit()
    assert ask.isVisible() and "Wrong passphrase" in ask.error.text()
    ask.field.setText(SECOND)
    with qtbot.waitSignal(box.changed, timeout=30_000):
        ask.submit()
    assert not app_window.session.encrypted and not is_encrypted(demo_copy)
    assert records(demo_copy) == expected
    assert result(box).text() == "The database is no longer encrypted."
    result(box).accept()
    kinds = sorted(b.kind for b in list_backups(demo_copy))
    assert kinds == ["predecrypt", "preencrypt", "prerekey"]
    assert box.state.text() == "This database is not encrypted."


def test_plain_backups_are_encrypted_too_once_agreed(
    qtbot, box: EncryptionBox, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    take_backup(demo_copy, "daily")
    take_backup(demo_copy, "manual")
    box.on_button.click()
    consent = shown(box, QDialog)
    assert isinstance(consent, QMessageBox) and consent.objectName() == "encryptBackupsConsent"
    assert consent.text().startswith("2 backups of this database are not encrypted")
    click(consent, "Cancel")  # nothing happens
    assert not is_encrypted(demo_copy) and not any(
        is_encrypted(b.path) for b in list_backups(demo_copy)
    )
    box.on_button.click()
    click(shown(box, QMessageBox), "Encrypt them too")
    dialog = shown(box, QDialog)
    assert isinstance(dialog, NewPassphraseDialog)
    dialog.first.setText(FIRST)
    dialog.second.setText(FIRST)
    with qtbot.waitSignal(box.changed, timeout=30_000):
        dialog.submit()
    result(box).accept()
    left = list_backups(demo_copy)
    assert sorted(b.kind for b in left) == ["daily", "manual", "preencrypt"]
    assert all(is_encrypted(b.path) for b in left)
    for b in left:
        assert records(b.path, FIRST) == records(demo_copy, FIRST)
    assert not [f for f in demo_copy.parent.rglob("*.part*")]


def test_three_wrong_passphrases_turn_nothing_off(
    qtbot, app_window, box: EncryptionBox, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, box)
    result(box).accept()
    session = app_window.session
    box.off_button.click()
    ask = shown(box, QDialog)
    assert isinstance(ask, PassphraseDialog)
    for wrong in ("a", "b", "c"):
        ask.field.setText(wrong)
        ask.submit()
    assert ask.gave_up and not ask.isVisible()
    assert app_window.session is session and not session.closed
    assert is_encrypted(demo_copy)


def test_the_passphrase_is_never_written_down(
    qtbot, app_window, box: EncryptionBox, demo_copy: Path, capfd
) -> None:  # type: ignore[no-untyped-def]
    turn_on(qtbot, box)
    result(box).accept()
    QSettings().sync()
    settings = QSettings()
    for key in settings.allKeys():
        assert FIRST not in str(settings.value(key))
    config = Path(settings.fileName())
    assert not config.exists() or FIRST.encode() not in config.read_bytes()
    for f in demo_copy.parent.rglob("*"):
        if f.is_file():
            assert FIRST.encode() not in f.read_bytes(), f
    out, err = capfd.readouterr()
    assert FIRST not in out and FIRST not in err


def test_read_only_cannot_change_encryption(qtbot, window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.common.session import Session

    ro = Session(demo_copy, read_only=True)
    window.install_session(ro)
    box = EncryptionBox(window)
    qtbot.addWidget(box)
    assert not box.on_button.isEnabled()
    assert "read-only" in box.note.text()
    ro.close()
