"""Whole-database backups with SQLite's online backup API: daily, before risky steps, restorable.

Layout: ``<folder>/<db stem>-<YYYYMMDD-HHMMSS>-<kind>[-<n>].sqlite3``, where the
folder is ``backups/`` beside the database unless a policy names another, and
``kind`` is ``daily`` or the step it protects against (``premigrate``,
``prerestore``, ``preencrypt``, ``predecrypt``, ``prerekey``, ``prereplace``,
``manual``). The time is the local wall clock of the injected ``now``.

Rotation (after each new backup): of the daily backups, keep the newest of each
of the last ``keep_daily`` days that have one, plus the newest of each of the
last ``keep_weekly`` ISO weeks that have one (the two sets overlap in the
current week); of the other kinds, keep the newest ``keep_safety``.

A backup is a single self-contained file (rollback journal, not WAL), created
0600, written under a temporary name and renamed, so a crash leaves either a
whole backup or none. An encrypted database's backups are encrypted with the
same key.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from credithealth.domain.messages import Msg
from credithealth.store import driver
from credithealth.store.database import Database
from credithealth.store.db import (
    classify,
    connect_checked,
    file_is_encrypted,
    inspect_file,
    key_for,
    looks_encrypted,
    quick_check,
)
from credithealth.store.errors import StoreError
from credithealth.store.instance import exclusive_use
from credithealth.store.json_backup import check_stored_values
from credithealth.store.private_files import (
    create_private,
    make_private,
    private_folder,
    replace_durably,
    shred,
)
from credithealth.store.schema_check import differences
from credithealth.store.steps import has_bookkeeping, unknown_steps

KINDS = (
    "daily",
    "premigrate",
    "prerestore",
    "preencrypt",
    "predecrypt",
    "prerekey",
    "prereplace",
    "manual",
)
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)(?:-(?P<n>\d+))?\.sqlite3$"
)
_PART_MAX_AGE_S = 3600  # an older .part is a crashed backup's leftover


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path | None = None  # None: backups/ beside the database
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_safety: int = 10


DEFAULT_POLICY = BackupPolicy()


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local wall-clock time, from the name
    kind: str
    size: int


def backup_folder(db_path: Path | str, policy: BackupPolicy | None = None) -> Path:
    policy = policy or DEFAULT_POLICY
    return policy.folder if policy.folder is not None else Path(db_path).parent / "backups"


def list_backups(db_path: Path | str, policy: BackupPolicy | None = None) -> list[Backup]:
    """This database's backups, newest first (other databases may share the folder)."""
    folder = backup_folder(db_path, policy)
    stem = Path(db_path).stem
    out = []
    if not folder.is_dir():
        return out
    for f in folder.iterdir():
        m = _NAME.match(f.name)
        if not m or m["stem"] != stem or m["kind"] not in KINDS:
            continue
        out.append(Backup(f, datetime.strptime(m["stamp"], STAMP), m["kind"], f.stat().st_size))
    out.sort(key=lambda b: (b.taken_at, int(_NAME.match(b.path.name)["n"] or 0)), reverse=True)  # type: ignore[index]
    return out


def _target_name(folder: Path, stem: str, now: datetime, kind: str) -> Path:
    base = f"{stem}-{now.strftime(STAMP)}-{kind}"
    path, n = folder / f"{base}.sqlite3", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.sqlite3"
    return path


def copy_online(source: Any, target: Path, passphrase: str | None) -> None:
    """Copy a live connection's database into a new file with SQLite's online backup API.

    The source's WAL content is included and the copy is consistent even while
    another connection writes. The target is keyed like the source.
    """
    create_private(target)
    if isinstance(source, sqlite3.Connection):
        passphrase = None  # a plain database: a plain backup
    dst = driver.raw_connect(target, passphrase=passphrase)
    try:
        source.backup(dst)
        # one self-contained file: a backup must not depend on a -wal beside it
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        dst.close()
    make_private(target)


def take_backup(
    db_path: Path | str,
    kind: str,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
    policy: BackupPolicy | None = None,
    source: Database | None = None,
) -> Path:
    """Back the database up now (from ``source`` if one is open) and rotate; returns the file."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path)
    passphrase = key_for(db_path, passphrase)
    folder = private_folder(backup_folder(db_path, policy))
    final = _target_name(folder, db_path.stem, now or datetime.now(), kind)
    part = final.with_name(final.name + ".part")
    own = source is None
    if own and passphrase is None and file_is_encrypted(db_path):
        raise StoreError(Msg("store.needs_passphrase", {"path": str(db_path)}))
    try:
        if own:
            source = connect_checked(db_path, passphrase=passphrase, read_only=False)
        assert source is not None
        copy_online(source.conn, part, passphrase)
        replace_durably(part, final)
    except driver.Error as exc:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise classify(exc, db_path, encrypted=passphrase is not None) from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    finally:
        if own and source is not None:
            source.conn.close()
    rotate(db_path, policy)
    return final


def daily_backup(
    db_path: Path | str,
    now: datetime,
    *,
    passphrase: str | None = None,
    policy: BackupPolicy | None = None,
) -> Path | None:
    """The app calls this at start: the day's first call backs up and rotates; later ones do nothing."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = now.date()
    if any(b.kind == "daily" and b.taken_at.date() == today for b in list_backups(db_path, policy)):
        return None
    return take_backup(db_path, "daily", now=now, passphrase=passphrase, policy=policy)


def to_keep(backups: list[Backup], policy: BackupPolicy) -> set[Path]:
    """The rotation rule (see the module's doc); ``backups`` newest first."""
    keep: set[Path] = set()
    daily = [b for b in backups if b.kind == "daily"]
    for n, key in ((policy.keep_daily, _day), (policy.keep_weekly, _week)):
        seen: set[tuple[int, int]] = set()
        for b in daily:  # newest first: the first of each day (week) is its newest
            k = key(b.taken_at)
            if k in seen:
                continue
            if len(seen) >= n:
                break
            seen.add(k)
            keep.add(b.path)
    keep.update(b.path for b in [b for b in backups if b.kind != "daily"][: policy.keep_safety])
    return keep


def _day(t: datetime) -> tuple[int, int]:
    return (t.year, t.timetuple().tm_yday)


def _week(t: datetime) -> tuple[int, int]:
    iso = t.isocalendar()
    return (iso.year, iso.week)


def rotate(db_path: Path | str, policy: BackupPolicy | None = None) -> list[Path]:
    """Delete the backups the rule no longer keeps (and stale partial ones); returns them."""
    policy = policy or DEFAULT_POLICY
    backups = list_backups(db_path, policy)
    keep = to_keep(backups, policy)
    removed = []
    for b in backups:
        if b.path not in keep:
            for f in (b.path, *_sidecars(b.path)):
                with contextlib.suppress(FileNotFoundError):
                    f.unlink()
            removed.append(b.path)
    folder = backup_folder(db_path, policy)
    for part in folder.glob(f"{Path(db_path).stem}-*.part"):
        with contextlib.suppress(FileNotFoundError):
            if time.time() - part.stat().st_mtime > _PART_MAX_AGE_S:
                shred(part)
    return removed


def _sidecars(path: Path) -> tuple[Path, Path]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _bad_backup(backup: Path, detail: Msg | str) -> StoreError:
    return StoreError(Msg("snapshot.bad_backup", {"file": backup.name, "detail": detail}))


def verify_backup(backup: Path, passphrase: str | None, *, values: bool = True) -> None:
    """Open a backup file read-only and check it thoroughly; ``StoreError`` if it is not usable.
    ``values``: every stored value is checked against its range too (a full read)."""
    if not backup.is_file():
        raise StoreError(Msg("store.missing", {"path": str(backup)}))
    problem = inspect_file(backup)
    if problem:
        raise _bad_backup(backup, Msg(problem, {"path": backup.name}))
    with open(backup, "rb") as f:
        head = f.read(16)
    encrypted = looks_encrypted(backup.stat().st_size, head)
    if encrypted and passphrase is None:
        raise StoreError(Msg("store.needs_passphrase", {"path": str(backup)}))
    try:
        db = connect_checked(backup, passphrase=passphrase if encrypted else None, read_only=True)
    except driver.Error as exc:
        raise _bad_backup(backup, classify(exc, backup.name, encrypted=encrypted).msg) from exc
    try:
        if unknown_steps(db):
            raise _bad_backup(
                backup,
                Msg("store.newer_version", {"path": backup.name, "step": unknown_steps(db)[-1]}),
            )
        if not has_bookkeeping(db) or quick_check(db):
            raise _bad_backup(backup, Msg("snapshot.unsound"))
        found = differences(db)  # checked like a stranger's file: only the app's own schema
        if found:
            raise _bad_backup(
                backup, Msg("store.foreign_schema", {"path": backup.name, "what": found[0]})
            )
        if values:
            try:
                check_stored_values(db)
            except StoreError as exc:
                raise _bad_backup(backup, exc.msg) from None
    except driver.Error as exc:
        raise _bad_backup(backup, classify(exc, backup.name, encrypted=encrypted).msg) from exc
    finally:
        db.conn.close()


def _raw_copy(db_path: Path, folder: Path, now: datetime, kind: str) -> Path:
    """A byte copy (with its -wal) when the online API cannot read a damaged database."""
    final = _target_name(private_folder(folder), db_path.stem, now, kind)
    for src, dst in ((db_path, final), (_sidecars(db_path)[0], _sidecars(final)[0])):
        if src.exists():
            create_private(dst)
            shutil.copyfile(src, dst)
            make_private(dst)
    return final


def retire_wal(db_path: Path, passphrase: str | None) -> None:
    """Fold the -wal into the database and make sure no stale -wal/-shm stays beside it.

    Replacing a database file while an old -wal sits beside it would let SQLite
    replay old pages onto the new file. If a connection elsewhere still holds
    the file open, the -wal cannot be retired: ``StoreError(store.in_use)``.
    """
    wal, shm = _sidecars(db_path)
    if not wal.exists() and not shm.exists():
        return
    passphrase = key_for(db_path, passphrase)
    sound = True
    try:
        conn = driver.raw_connect(db_path, passphrase=passphrase, timeout=1.0)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except driver.Error:
        sound, busy = False, 0  # damaged: the caller has kept a raw copy of both files
    if busy or (sound and (wal.exists() or shm.exists())):
        raise StoreError(Msg("store.in_use", {"path": str(db_path)}))
    for f in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            f.unlink()


def safety_backup(
    db_path: Path,
    kind: str,
    *,
    now: datetime,
    passphrase: str | None,
    policy: BackupPolicy | None,
) -> Path | None:
    """Back up the current state before replacing it; a damaged file is kept as raw bytes."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return take_backup(db_path, kind, now=now, passphrase=passphrase, policy=policy)
    except StoreError:
        return _raw_copy(db_path, backup_folder(db_path, policy), now, kind)


def restore_backup(
    db_path: Path | str,
    backup: Path | str,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
    policy: BackupPolicy | None = None,
) -> Path | None:
    """Put a backup in the database's place; returns the backup taken of the state it replaced.

    Checked first (integrity, version, key: ``backup_passphrase``, by default
    ``passphrase``), then copied beside the database and renamed over it, so a
    crash leaves the old or the new file, never a mix. Nothing else may have
    the database open (the app closes its connection first; another process
    holding the instance lock gives ``store.in_use``). The restored file keeps
    the key it was backed up with.
    """
    db_path, backup = Path(db_path), Path(backup)
    now = now or datetime.now()
    key = backup_passphrase if backup_passphrase is not None else passphrase
    verify_backup(backup, key)
    with exclusive_use(db_path):
        tmp = db_path.with_name(f".{db_path.name}.restore.part")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            create_private(tmp)
            shutil.copyfile(backup, tmp)
            make_private(tmp)
            verify_backup(tmp, key, values=False)  # the same bytes: values were read above
            saved = safety_backup(
                db_path, "prerestore", now=now, passphrase=passphrase, policy=policy
            )
            retire_wal(db_path, passphrase)
            replace_durably(tmp, db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return saved
