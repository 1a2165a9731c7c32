"""Encryption at rest with SQLCipher: encrypt, decrypt and change the passphrase of a database.

Each is a rewrite of the whole file, done so that nothing can be lost: a
backup of the current state first (kept with the old key), then the new file
written beside the database with ``sqlcipher_export``, opened with its new key
and compared with the old one record by record, and only then renamed over it.
A crash at any point leaves the old file (or, after the rename, the new one)
whole. Nothing else may have the database open (``store.in_use``).
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from credithealth.domain.messages import Msg, register
from credithealth.store import driver
from credithealth.store.db import (
    classify,
    connect_checked,
    file_is_encrypted,
    open_db,
    quick_check,
)
from credithealth.store.errors import StoreError
from credithealth.store.instance import exclusive_use
from credithealth.store.private_files import create_private, make_private, replace_durably
from credithealth.store.snapshots import BackupPolicy, retire_wal, take_backup
from credithealth.store.table_dump import table_dump

register(
    {
        "crypt.already_encrypted": (
            "{path} is already encrypted.",
            "{path} 已经加密。",
        ),
        "crypt.not_encrypted": (
            "{path} is not encrypted.",
            "{path} 未加密。",
        ),
        "crypt.verify_failed": (
            "The rewritten copy of {path} did not match it; the database was left as it was.",
            "{path} 重写后的副本与原文件不一致；数据库保持不变。",
        ),
    }
)


def is_encrypted(path: Path | str) -> bool:
    """True when the file has no plain SQLite header but is whole pages (what SQLCipher writes)."""
    return file_is_encrypted(Path(path))


def encrypt(
    path: Path | str,
    passphrase: str,
    *,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
) -> Path:
    """Encrypt a plain database in place; returns the (plain) backup taken first."""
    if is_encrypted(path):
        raise StoreError(Msg("crypt.already_encrypted", {"path": str(path)}))
    return _rewrite(Path(path), None, passphrase, "preencrypt", now, policy)


def decrypt(
    path: Path | str,
    passphrase: str,
    *,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
) -> Path:
    """Remove the encryption; returns the (encrypted) backup taken first."""
    if not is_encrypted(path):
        raise StoreError(Msg("crypt.not_encrypted", {"path": str(path)}))
    return _rewrite(Path(path), passphrase, None, "predecrypt", now, policy)


def rekey(
    path: Path | str,
    old: str,
    new: str,
    *,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
) -> Path:
    """Change the passphrase; returns the backup taken first (which keeps the old one)."""
    if not is_encrypted(path):
        raise StoreError(Msg("crypt.not_encrypted", {"path": str(path)}))
    return _rewrite(Path(path), old, new, "prerekey", now, policy)


def _rewrite(
    path: Path,
    old: str | None,
    new: str | None,
    kind: str,
    now: datetime | None,
    policy: BackupPolicy | None,
) -> Path:
    if new == "" or old == "":
        raise StoreError(Msg("store.empty_passphrase"))
    with exclusive_use(path):
        db = open_db(path, create=False, passphrase=old, backups=policy)  # checks, migrates
        try:
            before = table_dump(db.conn)
            saved = take_backup(path, kind, now=now, passphrase=old, policy=policy, source=db)
        finally:
            db.conn.close()
        retire_wal(path, old)
        tmp = path.with_name(f".{path.name}.{kind}.part")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            create_private(tmp)
            _export(path, old, tmp, new)
            make_private(tmp)
            _verify(tmp, new, before, path)
            replace_durably(tmp, path)
        finally:
            for f in (tmp, *_sidecars(tmp)):
                with contextlib.suppress(FileNotFoundError):
                    f.unlink()
    return saved


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))


def _export(source: Path, old: str | None, target: Path, new: str | None) -> None:
    conn = driver.sqlcipher_connect(source)
    try:
        if old is not None:
            conn.execute(f"PRAGMA key = {driver.quote(old)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # KEY '' attaches a plain database: that is how SQLCipher decrypts
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), new or ""))
        conn.execute("SELECT sqlcipher_export('target')").fetchone()
        conn.execute("DETACH DATABASE target")
    except driver.Error as exc:
        raise classify(exc, source, encrypted=old is not None) from exc
    finally:
        conn.close()


def _verify(tmp: Path, passphrase: str | None, before: dict[str, list[tuple]], path: Path) -> None:
    try:
        db = connect_checked(tmp, passphrase=passphrase, read_only=True)
        try:
            same = table_dump(db.conn) == before and not quick_check(db)
        finally:
            db.conn.close()
    except driver.Error:
        same = False
    if not same or (passphrase is not None) != is_encrypted(tmp):
        raise StoreError(Msg("crypt.verify_failed", {"path": str(path)}))
