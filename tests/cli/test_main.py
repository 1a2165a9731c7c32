"""The command as a whole (cli/main.py): languages, usage errors, a bad database, --version."""

from __future__ import annotations

from pathlib import Path

import pytest

from credithealth.cli import main
from tests.cli.helpers import DAY, run


def test_the_system_language_and_a_global_lang(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--db", str(demo_path), "assess", "--on", DAY]) == 0
    assert "结论:" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(demo_path), "assess", "--on", DAY]) == 0
    assert "Verdict:" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    p = run("--db", str(tmp_path / "x.sqlite3"), "assess", "--on", "yesterday")
    assert p.returncode == 2
    assert "not a date" in p.stderr


def test_bad_database_is_one_line_exit_1(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    p = run("--db", str(junk), "assess")
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


def test_version() -> None:
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("credit-health ")
