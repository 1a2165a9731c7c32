"""`backup` and `restore` (cli/backups.py); the automatic backups are in test_cli_safety.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from credithealth.cli import main


def test_backup_and_restore(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.json"
    assert main(["--db", str(demo_path), "backup", str(out)]) == 0
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "restore", str(out)]) == 0
    assert main(["--db", str(other), "restore", str(out)]) == 1
    assert main(["--db", str(other), "restore", str(out), "--replace"]) == 0
