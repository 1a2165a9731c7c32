"""The log: the start-up sequence and every error, in a rotating private file, with no
passphrase, amount or name in it, whatever the errors carried."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth import applog
from credithealth.cli import main

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Tr0ub4dor&3-秘"
NAME = "王小秘"
AMOUNT = "8765.43"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "log"
    monkeypatch.setenv("CREDIT_HEALTH_LOG_DIR", str(folder))
    yield folder
    applog.stop_logging()


def test_start_up_and_errors_are_logged_without_secrets(log_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    key = tmp_path / "key"
    key.write_text(PASSPHRASE + "\n")
    wrong = tmp_path / "wrong"
    wrong.write_text("not " + PASSPHRASE + "\n")
    assert main(["--db", str(db), "demo", "--today", "2026-11-26"]) == 0
    assert main(["--db", str(db), "encrypt", "--new-passphrase-file", str(key), "--yes"]) == 0
    assert main(["--db", str(db), "--passphrase-file", str(wrong), "assess"]) == 1
    assert main(["--db", str(db), "--passphrase-file", str(key), "report", "--name", NAME,
                 "--out", str(tmp_path / "r.pdf"), "--on", "2026-11-26"]) == 0  # fmt: skip
    try:
        raise ValueError(f"{NAME} paid {AMOUNT} with {PASSPHRASE}")
    except ValueError as exc:
        details = applog.log_exception(exc)
    assert details.startswith("ValueError\n") and "test_applog.py" in details
    # the window's start-up, as a user starts it, with the passphrase from a file
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "desktop"),
        "CREDIT_HEALTH_EXIT_AFTER_SHOWN": "1",
        "LANG": "en_US.UTF-8",
    }
    p = subprocess.run(
        [sys.executable, "-m", "credithealth", "--db", str(db), "--passphrase-file", str(key)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr

    text = (log_dir / "credit-health.log").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert any("WARNING credithealth: assess: store.wrong_passphrase" in x for x in lines)
    assert any("ERROR credithealth: unexpected error: ValueError" in x for x in lines)
    for step in (
        "start: credit-health",
        "database open (encrypted: yes, read-only: no)",
        "window shown",
        "reminders started",
        "daily backup",
        "quit: code 0",
    ):
        assert any(step in x for x in lines), (step, text)
    for secret in (PASSPHRASE, "Tr0ub4dor", NAME, AMOUNT, "8765", "8,765"):
        assert secret not in text, secret
    assert stat.S_IMODE((log_dir / "credit-health.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700


def test_the_log_rotates_and_keeps_a_few_files(log_dir: Path) -> None:
    path = applog.setup_logging()
    assert path == log_dir / "credit-health.log"
    line = "x" * 200
    for _ in range((applog.BACKUP_COUNT + 2) * applog.MAX_BYTES // 200):
        applog.log.warning(line)
    names = sorted(f.name for f in log_dir.iterdir())
    assert names == ["credit-health.log"] + [
        f"credit-health.log.{n}" for n in range(1, applog.BACKUP_COUNT + 1)
    ]
    for f in log_dir.iterdir():
        assert f.stat().st_size <= applog.MAX_BYTES + 300
        assert stat.S_IMODE(f.stat().st_mode) == 0o600


def test_a_rotation_moves_each_file_one_place_and_loses_no_line(log_dir: Path) -> None:
    applog.setup_logging()
    handler = applog._handler()
    assert handler is not None
    handler.max_bytes = 2000  # a few lines a file, so every move is seen
    lines = [f"line {i:04d} " + "y" * 60 for i in range(200)]
    for line in lines:
        applog.log.warning(line)
    applog.stop_logging()
    files = [log_dir / "credit-health.log"] + [
        log_dir / f"credit-health.log.{n}" for n in range(1, applog.BACKUP_COUNT + 1)
    ]
    assert sorted(log_dir.iterdir()) == sorted(files)
    kept = [  # oldest file first: the lines in the order they were written
        row.split(": ", 1)[1]
        for f in reversed(files)
        for row in f.read_text(encoding="utf-8").splitlines()
    ]
    assert kept == lines[-len(kept) :]  # the newest lines, none missing or repeated
    assert len(kept) >= 3 * (2000 // 120)
    for f in files:
        assert f.stat().st_size < 2000


def test_an_unwritable_log_folder_leaves_the_log_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("CREDIT_HEALTH_LOG_DIR", str(blocked / "log"))
    assert applog.setup_logging() is None
    applog.log.warning("goes nowhere, breaks nothing")


def test_home_is_written_as_a_tilde() -> None:
    home = Path.home()
    assert applog.tidy_path(home / "data" / "x.sqlite3") == "~/data/x.sqlite3"
    assert applog.tidy_path("/srv/x") == "/srv/x"
