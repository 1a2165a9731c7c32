"""One app per database (a lock file), and the file-based "come forward" request."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from credithealth.cli import main
from credithealth.store.encryption import encrypt
from credithealth.store.errors import StoreError
from credithealth.store.file_backups import restore_backup, take_backup
from credithealth.store.instance import (
    acquire_instance_lock,
    exclusive_use,
    lock_holder,
    lock_path,
    raise_path,
    request_raise,
    take_raise_request,
)

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
_HOLD = """
import sys, time
from credithealth.store.instance import acquire_instance_lock
lock = acquire_instance_lock(sys.argv[1], role="gui")
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


@contextmanager
def app_running(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process (standing in for the app) holding the instance lock."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    ) as p:
        try:
            assert p.stdout is not None and p.stdout.readline().strip() == "held"
            yield p
        finally:
            p.kill()
            p.wait(timeout=30)


def test_second_acquire_in_another_process_is_refused_until_the_first_dies(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    with app_running(db) as app:
        assert acquire_instance_lock(db) is None
        holder = lock_holder(db)
        assert holder is not None and holder["pid"] == app.pid and holder["role"] == "gui"
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
        # the OS dropped the lock with the process: a crash never leaves it "in use"
        lock = acquire_instance_lock(db)
        assert lock is not None and lock.held
        assert lock_holder(db)["pid"] == os.getpid()  # type: ignore[index]
        lock.release()
    assert lock_holder(db) is None
    assert lock_path(db).exists()  # never deleted: see the module's doc
    if sys.platform != "win32":
        assert stat.S_IMODE(lock_path(db).stat().st_mode) == 0o600


def test_in_one_process_the_lock_is_held_once(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    with acquire_instance_lock(db) as lock:  # type: ignore[union-attr]
        assert acquire_instance_lock(db) is None
        with exclusive_use(db):  # the app itself may rewrite its own database
            pass
        assert lock.held
    assert not lock.held
    again = acquire_instance_lock(db)
    assert again is not None
    again.release()


def test_raise_request_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    assert take_raise_request(db) is False
    path = request_raise(db)
    assert path == raise_path(db.resolve()) and path.exists()
    request_raise(db)  # twice before the app looks: still one request
    assert take_raise_request(db) is True
    assert take_raise_request(db) is False
    assert not path.exists()


def test_whole_file_changes_refuse_while_the_app_runs(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_template, db)
    backup = take_backup(db, "manual", now=datetime(2026, 1, 1))
    before = db.read_bytes()
    with app_running(db):
        for action in (
            lambda: restore_backup(db, backup),
            lambda: encrypt(db, "pass phrase"),
        ):
            with pytest.raises(StoreError) as err:
                action()
            assert err.value.msg.code == "store.in_use"
        assert db.read_bytes() == before


def test_cli_writes_refuse_while_the_app_runs_but_reads_work(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "b.json"
    with app_running(db):
        assert main(["--db", str(db), "assess", "--json"]) == 0
        assert main(["--db", str(db), "backup", str(out)]) == 0
        capsys.readouterr()
        assert main(["--db", str(db), "restore", str(out), "--replace"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "open in Credit Health" in err
    assert main(["--db", str(db), "restore", str(out), "--replace"]) == 0
