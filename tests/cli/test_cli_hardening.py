"""The command line against an attacker and a careless moment: escape codes in bill files
cannot fake the output; encryption leaves no plaintext backup; a JSON backup of an
encrypted database is refused without --plaintext-ok; a second writer is told who holds
the database; passwords and passphrases need not appear on the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from credithealth.cli import main
from credithealth.store.db import open_db
from credithealth.store.encryption import is_encrypted
from credithealth.store.file_backups import daily_backup, list_backups, take_backup
from credithealth.terminal import escape_controls

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
DATA = ROOT / "tests" / "data" / "importers"
ESC = "\x1b[2J\x1b[1;1H"  # clear the screen, cursor home: the start of a faked output
MARK = "花呗秘密账户"  # an account name that must not be readable in any backup


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "credithealth", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(DESKTOP), "LANG": "en_US.UTF-8", **env},
    )


def no_controls(text: str) -> bool:
    return all(c == "\n" or (c >= " " and not 0x7F <= ord(c) <= 0x9F) for c in text)


# -- output that cannot be forged ----------------------------------------------------------


def test_escape_codes_in_a_member_name_and_a_cell_are_printed_escaped(tmp_path: Path) -> None:
    text = (DATA / "alipay_bad_rows.csv").read_bytes().decode("gb18030")
    text = text.replace("12.3.4", f"12{ESC}0 unreadable\x9b31m")  # a cell: a bad amount
    bills = tmp_path / "bills.zip"
    with zipfile.ZipFile(bills, "w") as zf:
        zf.writestr("bill.csv", text.encode("gb18030"))
    other = tmp_path / "other.zip"  # a member that is no bill: its name is in the message
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr(f"x{ESC}\u202eok.csv", b"not a bill at all\n")
    db = tmp_path / "c.sqlite3"
    p = run("--db", str(db), "import", str(bills), str(other))
    assert p.returncode == 1, p.stderr  # one file could not be imported
    assert no_controls(p.stdout) and no_controls(p.stderr)
    assert "12\\x1b[2J\\x1b[1;1H0 unreadable\\u009b31m" in p.stdout  # visible, not obeyed
    assert "x\\x1b[2J\\x1b[1;1H\\u202eok.csv" in p.stderr
    j = run("--db", str(tmp_path / "j.sqlite3"), "import", str(bills), "--json")
    assert j.returncode == 0 and no_controls(j.stdout)
    (line,) = [json.loads(x) for x in j.stdout.splitlines() if x.strip()]
    # still valid JSON, and the values are the file's own once decoded
    assert any(f"12{ESC}0 unreadable\x9b31m" in e["message"] for e in line["errors"])


def test_a_control_character_in_a_file_name_on_stderr(tmp_path: Path) -> None:
    bad = tmp_path / f"x{ESC}.csv"
    bad.write_bytes(b"not a bill")
    p = run("--db", str(tmp_path / "c.sqlite3"), "import", str(bad))
    assert p.returncode == 1 and no_controls(p.stderr) and "\\x1b[2J" in p.stderr


def test_escape_controls() -> None:
    assert (
        escape_controls("a\nb\tc\rd\x00\x7f\x85\u2066é张")
        == "a\nb\\x09c\\x0dd\\x00\\x7f\\u0085\\u2066é张"
    )


# -- encryption leaves nothing readable --------------------------------------------------------


def _db_with_plain_backups(tmp_path: Path) -> Path:
    path = tmp_path / "c.sqlite3"
    db = open_db(path)
    db.execute("INSERT INTO accounts (name, kind) VALUES (?, 'huabei')", [MARK])
    db.conn.commit()
    db.conn.close()
    from datetime import datetime

    assert daily_backup(path, datetime(2026, 11, 26, 8)) is not None
    take_backup(path, "prereplace", now=datetime(2026, 11, 26, 9))
    # a backup that cannot be read (a raw copy of a damaged file): it cannot be encrypted
    damaged = path.parent / "backups" / "c-20261126-100000-prerestore.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + MARK.encode() * 100)
    return path


def _readable(folder: Path) -> list[str]:
    return [
        str(f.relative_to(folder))
        for f in folder.rglob("*")
        if f.is_file() and f.name != "c.sqlite3.lock" and MARK.encode() in f.read_bytes()
    ]


def test_encrypt_needs_consent_for_plain_backups_then_leaves_none(tmp_path: Path) -> None:
    path = _db_with_plain_backups(tmp_path)
    key = tmp_path / "key"
    key.write_text("correct horse\n")
    before = path.read_bytes()
    p = run("--db", str(path), "encrypt", "--new-passphrase-file", str(key))
    assert p.returncode == 1 and p.stderr.count("\n") == 1
    assert "3 backups of this database" in p.stderr and "--yes" in p.stderr
    assert path.read_bytes() == before and len(_readable(tmp_path)) == 4

    p = run("--db", str(path), "encrypt", "--new-passphrase-file", str(key), "--yes")
    assert p.returncode == 0, p.stderr
    assert "(3 encrypted now, 1 unreadable ones shredded)" in p.stdout
    assert is_encrypted(path)
    backups = list_backups(path)
    assert sorted(b.kind for b in backups) == ["daily", "preencrypt", "prereplace"]
    assert all(is_encrypted(b.path) for b in backups)
    assert _readable(tmp_path) == []  # no backup, no temporary file holds the records
    assert sorted(f.name for f in tmp_path.iterdir()) == [
        "backups",
        "c.sqlite3",
        "c.sqlite3.lock",
        "key",
    ]
    assert not [f for f in tmp_path.rglob("*.part*")]
    # each encrypted backup restores with the passphrase
    assert main(["--db", str(path), "--passphrase-file", str(key), "backups"]) == 0


def test_encrypt_asks_in_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = _db_with_plain_backups(tmp_path)
    key = tmp_path / "key"
    key.write_text("correct horse\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"n\n")))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["--db", str(path), "encrypt", "--new-passphrase-file", str(key)]) == 1
    assert not is_encrypted(path) and "Nothing was changed." in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"y\n")))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["--db", str(path), "encrypt", "--new-passphrase-file", str(key)]) == 0
    assert is_encrypted(path) and _readable(tmp_path) == []


def test_json_backup_of_an_encrypted_database_needs_plaintext_ok(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    key = tmp_path / "key"
    key.write_text("correct horse\n")
    assert main(["--db", str(path), "demo", "--today", "2026-11-26"]) == 0
    assert main(["--db", str(path), "encrypt", "--new-passphrase-file", str(key), "--yes"]) == 0
    out = tmp_path / "all.json"
    p = run("--db", str(path), "--passphrase-file", str(key), "backup", str(out))
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and "--plaintext-ok" in p.stderr
    assert "Traceback" not in p.stderr and not out.exists()
    ok = run("--db", str(path), "--passphrase-file", str(key), "backup", str(out), "--plaintext-ok")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(out.read_text("utf-8"))["format"] == "credit-health-backup"
    assert "--plaintext-ok" in run("backup", "--help").stdout


# -- smaller things ---------------------------------------------------------------------------


def test_a_second_writer_is_told_another_command_holds_the_database(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from credithealth.store.instance import acquire_instance_lock\n"
            f"lock = acquire_instance_lock({str(path)!r}, role='cli')\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(DESKTOP)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        p = run("--db", str(path), "demo")
        assert p.returncode == 1
        assert f"another credit-health command (process {holder.pid})" in p.stderr
        assert "Close the app" not in p.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()  # type: ignore[union-attr]


def test_the_zip_password_from_a_file(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    pw = tmp_path / "pw"
    pw.write_text("123456\n")
    zipped = str(DATA / "wechat_2026.zip")
    p = run("--db", str(db), "import", zipped, "--password-file", str(pw), "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["rows_new"] > 0
    text = run("import", "--help").stdout
    assert "--password-file" in text and "process list" in text


def test_gui_opens_an_encrypted_database_with_the_passphrase_file(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    key = tmp_path / "key"
    key.write_text("correct horse\n")
    assert main(["--db", str(path), "demo", "--today", "2026-11-26"]) == 0
    assert main(["--db", str(path), "encrypt", "--new-passphrase-file", str(key), "--yes"]) == 0
    # without the file the passphrase dialog would wait for an answer that never comes
    p = run(
        "--db",
        str(path),
        "--passphrase-file",
        str(key),
        "gui",
        CREDIT_HEALTH_EXIT_AFTER_SHOWN="1",
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("window shown after ")
