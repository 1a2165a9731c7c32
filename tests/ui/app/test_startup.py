"""Start-up: one window per database, the passphrase, a busy database, second launches,
the lock's release, the day's backup, and errors shown as sentences."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from credithealth.domain.messages import Msg
from credithealth.store.encryption import encrypt
from credithealth.store.errors import StoreError
from credithealth.store.file_backups import list_backups
from credithealth.store.instance import (
    acquire_instance_lock,
    lock_holder,
    raise_path,
    request_raise,
)
from credithealth.ui.database.bad_database import RETRY, BadDatabaseDialog
from credithealth.ui.database.instance_watch import RaiseWatcher
from credithealth.ui.database.open_database import START, SWITCH, DatabaseOpener
from credithealth.ui.database.passphrase import PassphraseDialog
from tests.ui import safety_fixtures
from tests.ui.conftest import TODAY
from tests.ui.safety_fixtures import records

ROOT = Path(__file__).resolve().parents[3]
clean_backup_settings = safety_fixtures.clean_backup_settings
demo_copy = safety_fixtures.demo_copy
app_window = safety_fixtures.app_window

PASSPHRASE = "correct horse battery"


@pytest.fixture
def opener(qapp, clean_backup_settings) -> Iterator[DatabaseOpener]:  # type: ignore[no-untyped-def]
    o = DatabaseOpener(None, mode=START, today=lambda: TODAY)
    yield o
    o.close()
    if o.session is not None:
        o.session.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- the passphrase ----------------------------------------------------------------------------


def test_encrypted_database_asks_for_its_passphrase(
    opener: DatabaseOpener, demo_copy: Path
) -> None:
    expected = records(demo_copy)
    encrypt(demo_copy, PASSPHRASE)
    assert opener.start(demo_copy) is None
    dialog = opener.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert str(demo_copy) in dialog.intro.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # empty
    dialog.field.setText(PASSPHRASE)
    dialog.submit()
    session = opener.session
    assert session is not None and session.encrypted and session.passphrase == PASSPHRASE
    assert records(demo_copy, PASSPHRASE) == expected
    # background work opens its own connections: they need the key too
    assert session.worker_db().execute("SELECT count(*) FROM accounts").fetchone()[0] > 0
    assert PASSPHRASE not in repr(session)


def test_three_wrong_passphrases_then_the_options(opener: DatabaseOpener, demo_copy: Path) -> None:
    encrypt(demo_copy, PASSPHRASE)
    before = demo_copy.read_bytes()
    opener.start(demo_copy)
    dialog = opener.dialog
    assert isinstance(dialog, PassphraseDialog)
    said = []
    for wrong in ("one", "two"):
        dialog.field.setText(wrong)
        dialog.submit()
        assert dialog.isVisible() and dialog.field.text() == ""
        said.append(dialog.error.text())
    assert said == ["Wrong passphrase. 2 tries left.", "Wrong passphrase. One try left."]
    dialog.field.setText("three")
    dialog.submit()
    assert dialog.gave_up and not dialog.isVisible()
    bad = opener.dialog
    assert isinstance(bad, BadDatabaseDialog) and bad.error.code == "store.wrong_passphrase"
    assert RETRY in bad.links and bad.links[RETRY].text() == "Enter the passphrase again"
    assert demo_copy.read_bytes() == before  # wrong tries write nothing
    # once more, and right this time
    bad.links[RETRY].click()
    again = opener.dialog
    assert isinstance(again, PassphraseDialog) and again.tries_left == 3
    again.field.setText(PASSPHRASE)
    again.submit()
    assert opener.outcome == "opened"


def test_cancelling_the_passphrase_offers_the_options(
    opener: DatabaseOpener, demo_copy: Path
) -> None:
    encrypt(demo_copy, PASSPHRASE)
    opener.start(demo_copy)
    assert isinstance(opener.dialog, PassphraseDialog)
    opener.dialog.reject()
    bad = opener.dialog
    assert isinstance(bad, BadDatabaseDialog) and bad.error.code == "store.needs_passphrase"
    bad.reject()
    assert opener.outcome == "gave_up"
    assert lock_holder(demo_copy) is None


# -- who else has the database -----------------------------------------------------------------

_HOLDER = """
import sys
from credithealth.store.instance import acquire_instance_lock
lock = acquire_instance_lock(sys.argv[1], role=sys.argv[2])
print("held" if lock else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_process() -> Iterator[object]:
    """Start another process that holds the database's instance lock as ``role``."""
    children: list[subprocess.Popen[str]] = []

    def hold(path: Path, role: str) -> subprocess.Popen[str]:
        p = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path), role],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
        )
        assert p.stdout is not None and p.stdout.readline().strip() == "held"
        children.append(p)
        return p

    yield hold
    for p in children:
        p.communicate(timeout=30)


def let_go(p: subprocess.Popen[str]) -> None:
    p.communicate(timeout=30)


def test_a_command_line_write_makes_it_busy(opener, demo_copy: Path, other_process) -> None:  # type: ignore[no-untyped-def]
    cli = other_process(demo_copy, "cli")
    assert opener.start(demo_copy) is None
    box = opener.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "command-line" in box.text() and str(demo_copy) in box.text()
    texts = sorted(b.text() for b in box.buttons())
    assert texts == ["Quit", "Retry"]
    let_go(cli)
    retry = next(b for b in box.buttons() if b.text() == "Retry")
    retry.click()
    assert opener.outcome == "opened"


def test_busy_then_quit(opener, demo_copy: Path, other_process) -> None:  # type: ignore[no-untyped-def]
    other_process(demo_copy, "cli")
    opener.start(demo_copy)
    box = opener.dialog
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Quit").click()
    assert opener.outcome == "gave_up" and opener.session is None


def test_another_window_has_it_at_start(opener, demo_copy: Path, other_process) -> None:  # type: ignore[no-untyped-def]
    other_process(demo_copy, "gui")
    raised: list[Path] = []
    opener.raised.connect(raised.append)
    assert opener.start(demo_copy) is None
    assert opener.outcome == "raised" and raised == [demo_copy]
    assert opener.dialog is None  # quietly: no dialog
    assert raise_path(demo_copy.resolve()).exists()


def test_another_window_has_it_from_preferences(window, demo_copy: Path, other_process) -> None:  # type: ignore[no-untyped-def]
    other_process(demo_copy, "gui")
    old = window.session
    assert not window.switch_session(demo_copy, create=False)
    box = window.findChild(QMessageBox, "databaseInOtherWindow")
    assert isinstance(box, QMessageBox) and "another Credit Health window" in box.text()
    box.accept()
    assert window.session is old and not old.closed


def test_second_launch_brings_the_first_window_forward(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    watcher = RaiseWatcher(app_window, poll_ms=60_000)
    app_window.showMinimized()
    env = {
        **os.environ,
        "CREDIT_HEALTH_DB": str(demo_copy),
        "PYTHONPATH": str(ROOT / "desktop"),
    }
    p = subprocess.run(
        [sys.executable, "-m", "credithealth", "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    assert "already open" in p.stderr and str(demo_copy) in p.stderr
    assert "Traceback" not in p.stderr
    assert p.stdout == ""
    # the folder watcher (or, failing that, the poll) sees the request
    with qtbot.waitSignal(watcher.raised, timeout=10_000, raising=False):
        pass
    if raise_path(demo_copy.resolve()).exists():
        assert watcher.check()
    assert not raise_path(demo_copy.resolve()).exists()
    assert not app_window.isMinimized()


def test_the_watcher_takes_each_request_once(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    request_raise(demo_copy)  # stale: from before the watcher started
    watcher = RaiseWatcher(app_window, poll_ms=50)
    assert not watcher.check()
    with qtbot.waitSignal(watcher.raised, timeout=5000):
        request_raise(demo_copy)
    assert not watcher.check()


def test_the_watcher_follows_a_switch(qtbot, app_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    watcher = RaiseWatcher(app_window, poll_ms=60_000)
    other = tmp_path / "sub" / "other.sqlite3"
    assert app_window.switch_session(other)
    app_window.dialogs.get("checkup").reject()
    assert watcher.db_path == other
    assert watcher.fs.directories() == [str(other.parent.resolve())]
    request_raise(other)
    assert watcher.check()


def test_the_lock_goes_with_the_window(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert lock_holder(demo_copy)["role"] == "gui"  # type: ignore[index]
    assert acquire_instance_lock(demo_copy) is None
    app_window.close()
    assert lock_holder(demo_copy) is None


def test_switching_hands_the_lock_over(qtbot, app_window, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.sqlite3"
    assert app_window.switch_session(other)
    app_window.dialogs.get("checkup").reject()
    assert lock_holder(demo_copy) is None
    assert lock_holder(other) is not None and app_window.session.lock is not None


# -- the day's backup --------------------------------------------------------------------------


def test_the_daily_backup_once_a_day(qtbot, app_window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.database.backups import DailyBackups

    day = [datetime(2026, 11, 26, 9, 0)]
    daily = DailyBackups(app_window, now=lambda: day[0])
    with qtbot.waitSignal(daily.done, timeout=10_000) as first:
        assert daily.run()
    assert first.args[0] is not None
    with qtbot.waitSignal(daily.done, timeout=10_000) as second:
        daily.run()
    assert second.args[0] is None  # already done today
    day[0] = datetime(2026, 11, 27, 9, 0)
    with qtbot.waitSignal(daily.done, timeout=10_000):
        daily.run()
    assert [b.kind for b in list_backups(demo_copy)] == ["daily", "daily"]


def test_a_failed_daily_backup_is_said_in_the_status_bar(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.database import backups

    def full(*_a: object, **_k: object) -> None:
        raise StoreError(Msg("store.disk_full", {"path": "x"}))

    monkeypatch.setattr(backups, "daily_backup", full)
    daily = backups.DailyBackups(app_window)
    with qtbot.waitSignal(daily.failed, timeout=10_000) as failed:
        daily.run()
    assert "The daily backup failed" in failed.args[0] and "full" in failed.args[0]
    assert app_window.statusBar().currentMessage() == failed.args[0]


# -- errors as sentences ---------------------------------------------------------------------------


def test_errors_reach_the_user_as_a_sentence(qapp, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.app import error_dialog, startup

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    startup.install_error_hook(lambda: "/data/mine.sqlite3")
    err = StoreError(Msg("session.read_only", {"path": "/data/mine.sqlite3"}))
    sys.excepthook(StoreError, err, None)
    assert shown == ["/data/mine.sqlite3 is open read-only: changes cannot be saved."]
    sys.excepthook(ValueError, ValueError("boom"), None)
    assert (
        len(shown) == 1
    )  # anything else: the one error dialog (tests/ui/app/test_error_dialog.py)
    dialog = error_dialog.current_dialog()
    assert dialog is not None and "ValueError" in dialog.what.text()
    assert "Traceback" not in dialog.what.text() and "boom" not in dialog.details
    dialog.close()
    assert "Traceback" not in capsys.readouterr().err


def test_switch_from_preferences_with_a_passphrase(qtbot, window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    encrypt(demo_copy, PASSPHRASE)
    old = window.session
    assert not window.switch_session(demo_copy, create=False)
    dialog = window.findChild(PassphraseDialog, "passphraseDialog")
    assert isinstance(dialog, PassphraseDialog)
    dialog.field.setText(PASSPHRASE)
    dialog.submit()
    new = window.session
    try:
        assert new is not old and old.closed and new.encrypted
        assert window.findChild(DatabaseOpener).mode == SWITCH
        assert window.pages["applications"].model.rowCount() == 2
    finally:
        new.close()


def test_start_up_with_another_file_chosen_remembers_it(
    qtbot, demo_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from credithealth.ui.app.main_window import MainWindow
    from credithealth.ui.app.startup import Startup
    from credithealth.ui.common.app_settings import LAST_DB

    def show(session):  # type: ignore[no-untyped-def]
        w = MainWindow(session)
        qtbot.addWidget(w)
        return w

    safety_fixtures.make_garbage(demo_copy)
    startup = Startup(show, background=False)
    startup.opener.today = lambda: TODAY
    startup.begin(demo_copy)
    bad = startup.opener.dialog
    assert isinstance(bad, BadDatabaseDialog) and startup.window is None
    fresh = tmp_path / "fresh.sqlite3"
    bad.ask_new_path = lambda: fresh  # type: ignore[method-assign]
    bad.links["new"].click()
    try:
        assert startup.window is not None and startup.window.session.db_path == fresh
        assert startup.watcher is not None and startup.watcher.db_path == fresh
        assert QSettings().value(LAST_DB.key) == str(fresh)
        assert startup.code is None
    finally:
        QSettings().remove(LAST_DB.key)
        startup.window.session.close()  # type: ignore[union-attr]
