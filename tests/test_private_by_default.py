"""Under the loosest usual umask (022), every file and folder the app writes is the user's
alone: each writer is exercised, then the whole tree is walked."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from credithealth import applog
from credithealth.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
TODAY = "2026-11-26"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def loose(top: Path) -> list[str]:
    """Everything under ``top`` that another local user could read or enter."""
    bad = []
    for folder, dirs, files in os.walk(top):
        for d in dirs:
            p = Path(folder) / d
            if mode(p) != 0o700:
                bad.append(f"{oct(mode(p))} {p.relative_to(top)}/")
        for f in files:
            p = Path(folder) / f
            if mode(p) != 0o600:
                bad.append(f"{oct(mode(p))} {p.relative_to(top)}")
    return bad


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A fresh home: the data, config and state folders do not exist yet (the app makes
    them), and the umask lets the group and others read whatever is not made private."""
    top = tmp_path / "home"
    top.mkdir(mode=0o700)
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(top / sub))
    monkeypatch.delenv("CREDIT_HEALTH_DB")
    monkeypatch.delenv("CREDIT_HEALTH_LOG_DIR", raising=False)
    old = os.umask(0o022)
    yield top
    os.umask(old)
    applog.stop_logging()


def test_every_writer_leaves_only_private_files(  # type: ignore[no-untyped-def]
    qapp, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from credithealth.cli import default_db_path
    from credithealth.report.output import save_pdf
    from credithealth.store.file_backups import daily_backup
    from credithealth.ui.app.launch import make_settings_private
    from credithealth.ui.common.session import Session
    from credithealth.ui.reminders.ics_export import write_calendar
    from credithealth.ui.reminders.service import ReminderService

    db = default_db_path()
    assert db.is_relative_to(home)
    # the database (and its data folder, -wal, -shm, lock) from the command line
    assert main(["demo", "--today", TODAY]) == 0
    assert db.is_file() and mode(db.parent) == 0o700
    assert daily_backup(db, datetime(2026, 11, 26, 9)) is not None
    exports = home / "exports"
    exports.mkdir(mode=0o700)
    assert main(["backup", str(exports / "all.json")]) == 0
    assert main(["report", "--out", str(exports / "report.pdf"), "--on", TODAY]) == 0
    # the PDF's temporary file, while it is there
    seen: list[int] = []
    part = exports / ".again.pdf.part"
    save_pdf(b"%PDF-1.4\n", exports / "again.pdf", cancelled=lambda: bool(seen.append(mode(part))))
    assert seen == [0o600]
    # the window's writers: the session (WAL while open), the .ics, the settings file
    session = Session(db, today=lambda: date(2026, 11, 26))
    try:
        write_calendar(exports / "reminders.ics", ReminderService(session))
    finally:
        session.close()
    usual = str(Path(QSettings().fileName()).parent.parent)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config")
    )
    try:
        settings_file = make_settings_private()
        assert settings_file is not None and settings_file.is_relative_to(home / "config")
        s = QSettings()
        s.setValue("report/name", "张伟")
        s.sync()
        assert Path(s.fileName()) == settings_file and "张伟" in settings_file.read_text("utf-8")
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, usual)
    # the log, through a rotation
    log_path = applog.setup_logging()
    assert log_path is not None and log_path.is_relative_to(home / "state")
    for i in range(applog.MAX_BYTES // 40 + 10):
        applog.log.warning("line %d of a log long enough to rotate", i)
    assert log_path.with_name(log_path.name + ".1").is_file()
    # encryption: its backup and temporary files
    key = home / "key.txt"
    key.write_text("a passphrase\n")
    os.chmod(key, 0o600)
    assert main(["encrypt", "--new-passphrase-file", str(key), "--yes"]) == 0

    assert loose(home) == []
