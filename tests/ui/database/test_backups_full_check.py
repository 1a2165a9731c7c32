"""The full check of the database runs in the background after the window is shown (with
the day's backup, ``ui/database/backups.py``); damage only it can see is said as the open would
have said it, and no backup of the damaged file is taken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from credithealth.store.file_backups import list_backups
from credithealth.ui.common import i18n
from credithealth.ui.common.worker import wait_all
from credithealth.ui.database.backups import DailyBackups
from tests.store.test_integrity import _damage_a_row
from tests.ui import safety_fixtures

clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
app_window = safety_fixtures.app_window


def _damaged_under(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Damage inside a row (which the cheap check at open does not read) of a table the
    window does not read at start (the self-checks, read by the Journey page), written to
    the file itself: the -wal emptied first, so every reader reads the damaged page.

    The window's own work is let finish first (a load queued by a language switch, the
    history back-fill it starts): this test is about the daily check, not about them."""
    overview = window.pages["overview"]

    def idle() -> bool:
        QApplication.processEvents()
        return not overview.backfill.running and not overview._load_timer.isActive() and wait_all(0)

    qtbot.waitUntil(idle, timeout=15_000)
    window.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_a_row(path, "checkups")


def test_a_failed_background_check_says_the_database_is_damaged(  # type: ignore[no-untyped-def]
    qtbot, app_window, demo_copy: Path
) -> None:
    _damaged_under(qtbot, app_window, demo_copy)
    daily = DailyBackups(app_window)
    with qtbot.waitSignal(daily.damaged, timeout=10_000) as damaged:
        assert daily.run()
    assert damaged.args[0].code == "store.corrupt"
    box = daily.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "The database is damaged"
    assert f"{demo_copy} is damaged inside. Restore a backup." in box.informativeText()
    assert "Preferences → Backups" in box.informativeText()
    assert list_backups(demo_copy) == []  # a damaged file is not backed up over good backups
    assert not daily.running
    box.close()


def test_the_damaged_message_in_chinese(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.install("zh_CN")  # before the damage: switching retranslates every page, which reads
    QApplication.processEvents()
    sound = demo_copy.read_bytes()
    try:
        _damaged_under(qtbot, app_window, demo_copy)
        daily = DailyBackups(app_window)
        with qtbot.waitSignal(daily.damaged, timeout=10_000):
            daily.run()
        box = daily.message_box
        assert box is not None and box.text() == "数据库已损坏"
        assert "内部已损坏" in box.informativeText() and "设置 → 备份" in box.informativeText()
        box.close()
    finally:
        demo_copy.write_bytes(sound)
        i18n.install("en")


def test_a_sound_database_is_checked_then_backed_up(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    daily = DailyBackups(app_window)
    with qtbot.waitSignal(daily.done, timeout=10_000) as done:
        assert daily.run()
    assert done.args[0] is not None
    assert [b.kind for b in list_backups(demo_copy)] == ["daily"]
    assert daily.message_box is None
