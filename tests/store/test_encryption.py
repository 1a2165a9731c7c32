"""Encryption at rest: every record survives encrypt, rekey and decrypt; a wrong key opens nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from credithealth.store.db import open_db
from credithealth.store.encryption import BackupsEncrypted, decrypt, encrypt, is_encrypted, rekey
from credithealth.store.errors import StoreError
from credithealth.store.file_backups import list_backups
from credithealth.store.json_backup import dump
from credithealth.store.table_dump import table_dump

NOW = datetime(2026, 11, 26, 9)


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "c.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def everything(path: Path, passphrase: str | None = None) -> dict:
    db = open_db(path, passphrase=passphrase)
    try:
        return {"records": dump(db), "tables": table_dump(db.conn)}
    finally:
        db.conn.close()


def test_a_fresh_encrypted_database_is_unreadable_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    db = open_db(path, passphrase="correct horse")
    db.execute("INSERT INTO accounts (name, kind) VALUES ('花呗', 'huabei')")
    db.conn.close()
    assert is_encrypted(path)
    assert b"huabei" not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM accounts").fetchall()
    db = open_db(path, passphrase="correct horse")
    assert db.execute("SELECT name FROM accounts").fetchone()[0] == "花呗"
    db.conn.close()


def test_encrypt_rekey_decrypt_keep_every_record(demo_file: Path) -> None:
    before = everything(demo_file)
    assert not is_encrypted(demo_file)

    done = encrypt(demo_file, "first pass", now=NOW)
    assert done == BackupsEncrypted(encrypted=1, removed=0)  # the copy taken first
    (saved,) = list_backups(demo_file)
    assert is_encrypted(demo_file) and is_encrypted(saved.path)  # no plaintext copy left
    assert everything(demo_file, "first pass") == before
    assert everything(saved.path, "first pass") == before

    saved = rekey(demo_file, "first pass", "second pass", now=NOW)
    assert everything(demo_file, "second pass") == before
    assert everything(saved, "first pass") == before  # the copy taken first keeps the old key
    with pytest.raises(StoreError) as err:
        open_db(demo_file, passphrase="first pass")
    assert err.value.msg.code == "store.wrong_passphrase"

    saved = decrypt(demo_file, "second pass", now=NOW)
    assert not is_encrypted(demo_file) and is_encrypted(saved)
    assert everything(demo_file) == before
    assert {b.kind for b in list_backups(demo_file)} == {"preencrypt", "prerekey", "predecrypt"}
    leftovers = {p.name for p in demo_file.parent.iterdir()} - {"backups", "c.sqlite3.lock"}
    assert leftovers == {"c.sqlite3"}


def test_wrong_passphrase_changes_nothing(demo_file: Path) -> None:
    encrypt(demo_file, "right", now=NOW)
    before = demo_file.read_bytes()
    for action in (
        lambda: rekey(demo_file, "wrong", "new"),
        lambda: decrypt(demo_file, "wrong"),
    ):
        with pytest.raises(StoreError) as err:
            action()
        assert err.value.msg.code == "store.wrong_passphrase"
    assert demo_file.read_bytes() == before


def test_refusals(demo_file: Path) -> None:
    with pytest.raises(StoreError) as err:
        decrypt(demo_file, "x")
    assert err.value.msg.code == "crypt.not_encrypted"
    with pytest.raises(StoreError) as err:
        encrypt(demo_file, "")
    assert err.value.msg.code == "store.empty_passphrase"
    encrypt(demo_file, "x'); DROP TABLE accounts; --", now=NOW)  # quotes are data, not SQL
    with pytest.raises(StoreError) as err:
        encrypt(demo_file, "again")
    assert err.value.msg.code == "crypt.already_encrypted"
    assert everything(demo_file, "x'); DROP TABLE accounts; --")["records"]["tables"]["accounts"]


def test_is_encrypted_tells_plain_garbage_and_missing_apart(tmp_path: Path) -> None:
    assert not is_encrypted(tmp_path / "missing.sqlite3")
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"\x00garbage" * 100)
    assert not is_encrypted(odd)  # not whole pages: damaged, not encrypted
