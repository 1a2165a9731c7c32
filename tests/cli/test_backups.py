"""`backup` and `restore` (cli/backups.py); the automatic backups are in test_cli_safety.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from credithealth.cli import main

DAY = "2026-11-26"
FACTORS = {"credit_status", "account_security", "personal_info", "consumption", "external_credit"}


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", DAY]) == 0
    return path


def test_backup_and_restore(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.json"
    assert main(["--db", str(demo_path), "backup", str(out)]) == 0
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "restore", str(out)]) == 0
    assert main(["--db", str(other), "restore", str(out)]) == 1
    assert main(["--db", str(other), "restore", str(out), "--replace"]) == 0
