"""The command line's side of data safety: one clear line for every bad database, passphrases,
encryption commands, read-only opening, and the automatic backups."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth.cli import common, main
from credithealth.store.encryption import is_encrypted

DAY = "2026-11-26"
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "credithealth", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(DESKTOP), "LANG": "en_US.UTF-8"},
    )


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--today", DAY]) == 0
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_master, path)
    return path


def secret(tmp_path: Path, text: str, name: str = "pass.txt") -> Path:
    f = tmp_path / name
    f.write_text(text + "\n  trailing lines are ignored\n", encoding="utf-8")
    return f


def one_line_error(p: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert p.returncode == 1, (p.stdout, p.stderr)
    assert p.stderr.count("\n") == 1, p.stderr
    assert "Traceback" not in p.stderr
    for n in needles:
        assert n in p.stderr


def test_bad_databases_are_one_line_each(demo_path: Path, tmp_path: Path) -> None:
    data = demo_path.read_bytes()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(data[: len(data) // 3])
    damaged = tmp_path / "damaged.sqlite3"
    bad = bytearray(data)
    bad[4096 * 4 : 4096 * 8] = b"\xa5" * (4096 * 4)
    damaged.write_bytes(bytes(bad))
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(demo_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('credithealth', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    for path, needle in (
        (truncated, "incomplete"),
        (damaged, "damaged"),
        (newer, "newer version"),
    ):
        before = path.read_bytes()
        one_line_error(run("--db", str(path), "assess"), needle)
        assert path.read_bytes() == before
    # the newer file can still be read
    p = run("--db", str(newer), "--read-only", "assess", "--on", DAY, "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["as_of"] == DAY


def test_encrypted_database_needs_its_passphrase(demo_path: Path, tmp_path: Path) -> None:
    new = secret(tmp_path, "  sesame opens  ", "new.txt")
    p = run("--db", str(demo_path), "encrypt", "--new-passphrase-file", str(new))
    assert p.returncode == 0, p.stderr
    assert is_encrypted(demo_path)
    # no terminal, no file: say how to give it
    one_line_error(run("--db", str(demo_path), "assess"), "--passphrase-file")
    # a wrong one: one line, and SQLCipher's own complaints do not reach the user
    one_line_error(
        run("--db", str(demo_path), "--passphrase-file", str(secret(tmp_path, "nope")), "assess"),
        "wrong",
    )
    # the first line, stripped
    p = run("--db", str(demo_path), "--passphrase-file", str(new), "assess", "--on", DAY)
    assert p.returncode == 0, p.stderr


def test_encrypt_rekey_decrypt_commands(demo_path: Path, tmp_path: Path) -> None:
    first, second = secret(tmp_path, "first", "1.txt"), secret(tmp_path, "second", "2.txt")
    out_before = tmp_path / "before.json"
    assert main(["--db", str(demo_path), "backup", str(out_before)]) == 0
    assert main(["--db", str(demo_path), "encrypt", "--new-passphrase-file", str(first)]) == 0
    assert main(["--db", str(demo_path), "encrypt", "--new-passphrase-file", str(first)]) == 1
    args = ["--db", str(demo_path), "--passphrase-file"]
    assert main([*args, str(first), "rekey", "--new-passphrase-file", str(second)]) == 0
    assert main([*args, str(first), "assess"]) == 1
    assert main([*args, str(second), "decrypt"]) == 0
    assert not is_encrypted(demo_path)
    out_after = tmp_path / "after.json"
    assert main(["--db", str(demo_path), "backup", str(out_after)]) == 0
    assert out_before.read_text(encoding="utf-8") == out_after.read_text(encoding="utf-8")


def test_prompts_in_a_terminal(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["typed pass", "typed pass", "typed pass", "other"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common, "ask", lambda prompt: next(answers))
    assert main(["--db", str(demo_path), "encrypt"]) == 0  # asked twice
    assert main(["--db", str(demo_path), "assess", "--on", DAY]) == 0  # asked once
    capsys.readouterr()
    assert main(["--db", str(demo_path), "rekey"]) == 1  # refused before asking for a new one
    assert "wrong" in capsys.readouterr().err


def test_mismatched_new_passphrases_change_nothing(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["one", "two"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common, "ask", lambda prompt: next(answers))
    before = demo_path.read_bytes()
    assert main(["--db", str(demo_path), "encrypt"]) == 1
    assert "differ" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_backups_list_and_restore_backup(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "backups"]) == 0
    assert "No backups yet" in capsys.readouterr().out
    json_backup = tmp_path / "b.json"
    assert main(["--db", str(demo_path), "backup", str(json_backup)]) == 0
    # --replace on a database with records saves them first
    assert main(["--db", str(demo_path), "restore", str(json_backup), "--replace"]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_path), "backups"]) == 0
    line = capsys.readouterr().out.strip().splitlines()
    assert len(line) == 1 and "prereplace" in line[0]
    saved = Path(line[0].split()[-1])
    assert main(["--db", str(demo_path), "restore-backup", str(saved)]) == 0
    assert "prerestore" in capsys.readouterr().out


def test_restore_with_a_bad_file_changes_nothing_and_saves_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "credit-health-backup", "version": 1, "tables": []}')
    before = demo_path.read_bytes()
    one_line_error(run("--db", str(demo_path), "restore", str(bad), "--replace"), "bad.json")
    assert demo_path.read_bytes() == before
    assert not (demo_path.parent / "backups").exists()
