"""A decrypt killed half-way leaves a plaintext copy beside the encrypted database; the next
start shreds it. A failed step leaves nothing, and a running one is never disturbed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from credithealth.domain.messages import Msg
from credithealth.store import encryption
from credithealth.store.db import open_db
from credithealth.store.encryption import decrypt, encrypt, is_encrypted
from credithealth.store.errors import StoreError
from credithealth.store.leftovers import leftovers

ROOT = Path(__file__).resolve().parents[2]
KEY = "correct horse"
MARK = "花呗秘密账户"
NOW = datetime(2026, 11, 26, 9)


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "c.sqlite3"
    db = open_db(path)
    db.execute("INSERT INTO accounts (name, kind) VALUES (?, 'huabei')", [MARK])
    db.conn.commit()
    db.conn.close()
    encrypt(path, KEY, now=NOW)
    assert is_encrypted(path)
    return path


def readable(folder: Path) -> list[str]:
    return sorted(
        f.name for f in folder.rglob("*") if f.is_file() and MARK.encode() in f.read_bytes()
    )


def test_a_decrypt_killed_before_the_rename_is_shredded_at_the_next_start(
    encrypted: Path,
) -> None:
    # a real process, stopped with SIGKILL once its plaintext copy is written and checked
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from credithealth.store import encryption\n"
            "def stop(*a):\n"
            "    print('written', flush=True)\n"
            "    time.sleep(600)\n"
            "encryption._verify = stop\n"
            f"encryption.decrypt({str(encrypted)!r}, {KEY!r})\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
    )
    assert worker.stdout is not None
    try:
        assert worker.stdout.readline().strip() == "written"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        worker.stdout.close()
    part = encrypted.with_name(".c.sqlite3.predecrypt.part")
    assert part.exists() and readable(encrypted.parent) == [part.name]  # the plaintext is there
    assert is_encrypted(encrypted)
    db = open_db(encrypted, passphrase=KEY)  # the next start
    db.conn.close()
    assert readable(encrypted.parent) == [] and not part.exists()


def test_leftovers_of_an_encrypted_backup_are_shredded_too(encrypted: Path) -> None:
    folder = encrypted.parent / "backups"
    (backup,) = folder.iterdir()
    plain = backup.with_name(backup.name + ".plain.part")
    plain.write_bytes(MARK.encode() * 10)
    tmp = backup.with_name(backup.name + ".encrypt.part")
    tmp.write_bytes(b"half")
    restore = encrypted.with_name(".c.sqlite3.restore.part")
    restore.write_bytes(MARK.encode())
    assert len(leftovers(encrypted, folder)) == 3
    open_db(encrypted, passphrase=KEY).conn.close()
    assert leftovers(encrypted, folder) == [] and readable(encrypted.parent) == []
    assert is_encrypted(backup)  # the backup itself is kept


def test_a_running_step_is_left_alone(encrypted: Path) -> None:
    """Another process holds the lock: its temporary file may be in use; a reader keeps off."""
    part = encrypted.with_name(".c.sqlite3.prerekey.part")
    part.write_bytes(b"being written")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from credithealth.store.instance import acquire_instance_lock\n"
            f"lock = acquire_instance_lock({str(encrypted)!r}, role='cli')\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        open_db(encrypted, passphrase=KEY).conn.close()
        assert part.read_bytes() == b"being written"
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()


def test_a_failed_decrypt_leaves_no_plaintext(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object) -> None:
        raise StoreError(Msg("crypt.verify_failed", {"path": str(encrypted)}))

    monkeypatch.setattr(encryption, "_verify", refuse)
    with pytest.raises(StoreError):
        decrypt(encrypted, KEY, now=NOW)
    assert is_encrypted(encrypted)
    db = open_db(encrypted, passphrase=KEY)
    assert db.execute("SELECT name FROM accounts").fetchone()[0] == MARK
    db.conn.close()
    assert readable(encrypted.parent) == []
    assert not [f for f in encrypted.parent.rglob("*.part*")]
