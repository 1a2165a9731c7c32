"""Opening a database: the file, its pragmas, its migrations, and the errors a user can act on.

A failed open never writes: the file's bytes are checked before SQLite sees it,
and the pragmas that write (WAL) come only after every check has passed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from credithealth.domain.messages import Msg
from credithealth.store import driver, steps
from credithealth.store.calendar import activate
from credithealth.store.database import Database
from credithealth.store.errors import AppError, StoreError
from credithealth.store.integrity import cheap_check, quick_check
from credithealth.store.private_files import create_private, private_folder
from credithealth.store.schema_check import check_schema

if TYPE_CHECKING:
    from credithealth.store.file_backups import BackupPolicy

BUSY_TIMEOUT_MS = 5000


def _configure(db: Database, *, read_only: bool, busy_timeout_ms: int, memory: bool) -> None:
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    if read_only:
        db.execute("PRAGMA query_only = 1")
    elif not memory:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")


def connect(
    path: Path | str,
    *,
    passphrase: str | None = None,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """A connection with the app's pragmas; no checks, no migration. ``":memory:"`` for tests."""
    memory = str(path) == ":memory:"
    if memory:
        conn = driver.raw_connect(":memory:")
    elif read_only:
        conn = _connect_read_only(Path(path), passphrase, busy_timeout_ms)
    else:
        conn = driver.raw_connect(path, passphrase=passphrase, timeout=busy_timeout_ms / 1000)
    db = Database(conn)
    try:
        _configure(db, read_only=read_only, busy_timeout_ms=busy_timeout_ms, memory=memory)
    except driver.Error as exc:
        conn.close()
        raise classify(exc, path) from exc
    return db


def _connect_read_only(path: Path, passphrase: str | None, busy_timeout_ms: int) -> Any:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = driver.raw_connect(uri, passphrase=passphrase, uri=True, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except driver.Error as exc:
        text = str(exc).lower()
        if "unable to open" not in text and "readonly" not in text:
            return conn  # the caller's checks classify it
        conn.close()
    # a WAL database in a read-only folder has no -shm to share: read it as immutable
    return driver.raw_connect(
        uri + "&immutable=1", passphrase=passphrase, uri=True, timeout=busy_timeout_ms / 1000
    )


def classify(exc: BaseException, path: Path | str, *, encrypted: bool = False) -> StoreError:
    """The user's view of a driver or OS error met while opening or migrating."""
    text = str(exc).lower()
    p = {"path": str(path)}
    if "locked" in text or "busy" in text:
        return StoreError(Msg("store.locked", p))
    if "full" in text and ("disk" in text or "database" in text):
        return StoreError(Msg("store.disk_full", p))
    if isinstance(exc, PermissionError) or any(
        w in text for w in ("readonly", "read-only", "unable to open", "permission denied")
    ):
        return StoreError(Msg("store.read_only", p))
    if "malformed" in text or "corrupt" in text:
        return StoreError(Msg("store.corrupt", p))
    if encrypted:
        return StoreError(Msg("store.wrong_passphrase", p))
    return StoreError(Msg("store.not_a_database", p))


def after_open(exc: BaseException, path: Path | str) -> StoreError | AppError:
    """The user's view of a driver error met after the database opened and passed its
    checks. Only SQLite's own word for damage is called damage: anything else (an
    integer overflow in a sum, a bad query) is the app's error, not the file's."""
    text = str(exc).lower()
    if "integer overflow" in text:
        return AppError(Msg("app.sum_overflow"))
    if any(
        w in text
        for w in ("locked", "busy", "full", "readonly", "read-only", "malformed", "corrupt")
    ):
        return classify(exc, path)
    return AppError(Msg("app.error", {"detail": f"{type(exc).__name__}: {str(exc)[:200]}"}))


def looks_encrypted(size: int, head: bytes) -> bool:
    """SQLCipher files are whole pages of random-looking bytes: no plain header."""
    return size > 0 and size % 512 == 0 and head[:16] != driver.PLAIN_HEADER


def file_is_encrypted(path: Path) -> bool:
    """No plain SQLite header, but whole pages: what SQLCipher writes."""
    if not path.is_file():
        return False
    with open(path, "rb") as f:
        head = f.read(16)
    return looks_encrypted(path.stat().st_size, head)


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to use for this file: none for a plain one, whatever we were given."""
    if not path.is_file():
        return passphrase
    with open(path, "rb") as f:
        head = f.read(16)
    return None if head == driver.PLAIN_HEADER else passphrase


def inspect_file(path: Path) -> str | None:
    """What the bytes alone say is wrong, as a message code (None: nothing, or encrypted).

    Cheap, and before SQLite touches the file: a cut-short file is named as such
    instead of failing later as "malformed".
    """
    size = path.stat().st_size
    if size == 0:
        return None  # an empty file is an empty database (we create it so)
    with open(path, "rb") as f:
        head = f.read(100)
    if head[:16] != driver.PLAIN_HEADER:
        if len(head) < 16 and driver.PLAIN_HEADER.startswith(head):
            return "store.truncated"
        return None if looks_encrypted(size, head) else "store.not_a_database"
    if len(head) < 100:
        return "store.truncated"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "store.corrupt"
    if size % page_size:
        return "store.truncated"
    pages = int.from_bytes(head[28:32], "big")
    # the header's page count is valid only while its change counter matches (offsets 24, 92);
    # with a -wal, newer pages may live there, so the file may be legitimately shorter
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if head[24:28] == head[92:96] and pages and size < pages * page_size and not has_wal:
        return "store.truncated"
    return None


def migrate(db: Database, path: Path | str = "") -> None:
    unknown = steps.unknown_steps(db)
    if unknown:
        raise StoreError(Msg("store.newer_version", {"path": str(path), "step": unknown[-1]}))
    from credithealth.store import schema  # sqlite-utils: only when a step is to be applied

    schema.migrations.apply(db)


def _check_writable(path: Path) -> None:
    folder = path.parent
    # SQLite needs the folder too, for the -wal and -shm files beside the database
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(Msg("store.read_only", {"path": str(path)}))


def open_db(
    path: Path | str,
    *,
    create: bool = True,
    passphrase: str | None = None,
    read_only: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    backups: BackupPolicy | None = None,
    check: Literal["full", "cheap", "checked"] = "full",
    upgrade: bool = True,
) -> Database:
    """Open (creating if asked), check and migrate a database; errors come back as ``StoreError``.

    ``passphrase``: the file is (or, when created, will be) encrypted with SQLCipher;
    a plain file opens plainly whatever it is given. ``read_only``: no writes at
    all, no migration: for a read-only file or folder, or a newer app's file.
    Before pending migrations change an existing database, a ``premigrate``
    backup is taken (``backups`` says where; default: ``backups/`` beside it).
    ``check``: how the file's soundness is checked first (``store.corrupt`` if it fails):
    ``"full"``, SQLite's quick_check (~0.14 s on five years of records), for whatever
    will write; ``"cheap"``, every page's place and b-tree header (``store/integrity.py``),
    for reading at once, with the full check to follow; ``"checked"``, none now: the caller
    ran the cheap one on this file under the instance lock it holds (``ui/database/
    early_reader.py``). A cheap-checked file with migrations pending gets the full check
    before they write.
    ``upgrade=False``: a file with records and migrations pending is left as it is
    (``store.needs_upgrade``): the caller, which knows the backup policy, opens it again.
    """
    if str(path) == ":memory:":
        return memory_db()
    p = Path(path)
    if passphrase == "":
        raise StoreError(Msg("store.empty_passphrase"))
    if not p.exists():
        if not create or read_only:
            raise StoreError(Msg("store.missing", {"path": str(p)}))
        try:
            private_folder(p.parent)  # the data folder too: 0700, whatever the umask
            create_private(p)  # readable by the user only: these are a person's debts
        except OSError as exc:
            raise classify(exc, p) from exc
    problem = inspect_file(p)
    if problem:
        raise StoreError(Msg(problem, {"path": str(p)}))
    with open(p, "rb") as f:
        plain = f.read(16) in (b"", driver.PLAIN_HEADER)
    if plain and p.stat().st_size > 0:
        passphrase = None  # a plain file: SQLCipher with a key would refuse it
    elif not plain and passphrase is None:
        raise StoreError(Msg("store.needs_passphrase", {"path": str(p)}))
    if not read_only:
        _check_writable(p)
        _clean_leftovers(p, backups)
    try:
        db = connect_checked(
            p, passphrase=passphrase, read_only=read_only, busy_timeout_ms=busy_timeout_ms
        )
    except driver.Error as exc:
        raise classify(exc, p, encrypted=passphrase is not None) from exc
    try:
        # a damaged file is named at once, not mid-session
        if check != "checked" and (quick_check if check == "full" else cheap_check)(db):
            raise StoreError(Msg("store.corrupt", {"path": str(p)}))
        check_schema(db, str(p))  # a planted trigger or view is refused before anything runs
        pending = steps.pending_steps(db)
        if pending and not upgrade and not read_only and steps.has_bookkeeping(db):
            raise StoreError(Msg("store.needs_upgrade", {"path": str(p)}))
        if pending and check != "full" and not read_only and quick_check(db):
            raise StoreError(Msg("store.corrupt", {"path": str(p)}))  # sound before it is rewritten
        if read_only:
            if pending and not steps.unknown_steps(db):
                raise StoreError(Msg("store.needs_upgrade", {"path": str(p)}))
            _activate_calendar(db)
            return db
        unknown = steps.unknown_steps(db)
        if unknown:
            raise StoreError(Msg("store.newer_version", {"path": str(p), "step": unknown[-1]}))
        _configure(db, read_only=False, busy_timeout_ms=busy_timeout_ms, memory=False)
        if pending and steps.has_bookkeeping(db):
            from credithealth.store.file_backups import (
                take_backup,  # file_backups builds on this module
            )

            take_backup(p, "premigrate", passphrase=passphrase, policy=backups, source=db)
        if pending:
            migrate(db, p)
        _activate_calendar(db)
    except driver.Error as exc:
        db.conn.close()
        raise classify(exc, p, encrypted=passphrase is not None) from exc
    except BaseException:
        db.conn.close()
        raise
    return db


def _clean_leftovers(path: Path, backups: BackupPolicy | None) -> None:
    """Shred what a killed encrypt/decrypt/rekey/restore left (``store/leftovers.py``)."""
    from credithealth.store.leftovers import clean_leftovers

    folder = backups.folder if backups is not None and backups.folder is not None else None
    with contextlib.suppress(OSError):
        clean_leftovers(path, folder or path.parent / "backups")


def connect_checked(
    path: Path,
    *,
    passphrase: str | None,
    read_only: bool,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """A connection that has read the schema (proving the file and the key), with no write yet."""
    if read_only:
        conn = _connect_read_only(path, passphrase, busy_timeout_ms)
    else:
        conn = driver.raw_connect(path, passphrase=passphrase, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return Database(conn)


def close_quietly(db: Database) -> None:
    with contextlib.suppress(*driver.Error):
        db.conn.close()


def memory_db() -> Database:
    db = connect(":memory:")
    migrate(db)
    _activate_calendar(db)
    return db


def _activate_calendar(db: Database) -> None:
    """Working days count with the holiday notices of the database just opened; a damaged
    one is left out rather than keep the file from opening (Preferences → Calendar shows it)."""
    activate(db, strict=False)
