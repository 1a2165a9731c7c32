"""Encryption at rest with SQLCipher: encrypt, decrypt and change the passphrase of a database.

Each is a rewrite of the whole file, done so that nothing can be lost: a
backup of the current state first (kept with the old key), then the new file
written beside the database with ``sqlcipher_export``, opened with its new key
and compared with the old one record by record, and only then renamed over it.
A crash at any point leaves the old file (or, after the rename, the new one)
whole. Nothing else may have the database open (``store.in_use``).

Nothing readable is left behind. ``encrypt`` then encrypts every backup of the
database with the same passphrase (``encrypt_backups``; one that cannot be read is
shredded), so the plaintext copies it took before are gone too; the caller asks the
user first (``plain_backups`` says how many). A temporary file that could hold
plaintext is shredded on failure, and one left by a killed process is shredded the
next time the database is opened for writing (``store/leftovers.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from credithealth.domain.messages import Msg
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
from credithealth.store.leftovers import ENCRYPT_PART, PLAIN_PART
from credithealth.store.private_files import create_private, make_private, replace_durably, shred
from credithealth.store.snapshots import Backup, BackupPolicy, list_backups, retire_wal, take_backup
from credithealth.store.table_dump import table_dump


def is_encrypted(path: Path | str) -> bool:
    """True when the file has no plain SQLite header but is whole pages (what SQLCipher writes)."""
    return file_is_encrypted(Path(path))


def encrypt(
    path: Path | str,
    passphrase: str,
    *,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
) -> BackupsEncrypted:
    """Encrypt a plain database in place, then every backup of it (the one taken first
    included) with the same passphrase; returns what became of the backups."""
    if is_encrypted(path):
        raise StoreError(Msg("crypt.already_encrypted", {"path": str(path)}))
    with exclusive_use(path):
        _rewrite(Path(path), None, passphrase, "preencrypt", now, policy)
        return encrypt_backups(path, passphrase, policy)


@dataclass(frozen=True)
class BackupsEncrypted:
    encrypted: int  # plain backups now encrypted with the database's passphrase
    removed: int  # plain backups that could not be read, shredded


def plain_backups(path: Path | str, policy: BackupPolicy | None = None) -> list[Backup]:
    """The database's backups that anyone who can read the file can read."""
    return [b for b in list_backups(path, policy) if b.size > 0 and not is_encrypted(b.path)]


def encrypt_backups(
    path: Path | str, passphrase: str, policy: BackupPolicy | None = None
) -> BackupsEncrypted:
    """Encrypt each plain backup of the database in place (checked record by record); one
    that cannot be read is shredded. The plaintext is shredded once its copy is whole."""
    encrypted = removed = 0
    for b in plain_backups(path, policy):
        try:
            encrypt_backup_file(b.path, passphrase)
            encrypted += 1
        except StoreError:
            for f in (b.path, *_sidecars(b.path)):
                shred(f)
            removed += 1
    return BackupsEncrypted(encrypted, removed)


def encrypt_backup_file(backup: Path, passphrase: str) -> None:
    tmp = backup.with_name(backup.name + ENCRYPT_PART)
    old = backup.with_name(backup.name + PLAIN_PART)
    for f in (tmp, old):
        shred(f)
    try:
        conn = connect_checked(backup, passphrase=None, read_only=True)
        try:
            before = table_dump(conn.conn)
        finally:
            conn.conn.close()
        create_private(tmp)
        _export(backup, None, tmp, passphrase)
        make_private(tmp)
        _verify(tmp, passphrase, before, backup)
    except driver.Error as exc:
        shred(tmp)
        raise classify(exc, backup) from exc
    except BaseException:
        shred(tmp)
        raise
    # the plaintext keeps a second name until the encrypted copy has taken the first: a
    # crash between the two leaves a *.plain.part that the next start shreds
    os.link(backup, old)
    replace_durably(tmp, backup)
    shred(old)
    for f in _sidecars(backup):
        shred(f)


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
        shred(tmp)
        try:
            create_private(tmp)
            _export(path, old, tmp, new)
            make_private(tmp)
            _verify(tmp, new, before, path)
            replace_durably(tmp, path)
        finally:
            for f in (tmp, *_sidecars(tmp)):
                shred(f)  # a decrypt's copy is plaintext
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
