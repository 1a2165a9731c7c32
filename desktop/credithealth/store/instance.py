"""One app per database, and a way for a second launch to bring the first one forward.

Contract for the UI (no network, no QtNetwork: only files beside the database):

* At start: ``lock = acquire_instance_lock(db_path)``. ``None`` means another
  process holds ``<db>.lock``. ``lock_holder(db_path)`` then says who
  (``{"pid", "role", "since"}``): for ``role == "gui"`` call
  ``request_raise(db_path)`` and quit; for ``"cli"`` (a command-line write in
  progress, seconds long) say the database is busy, or retry shortly.
* While running: hold the lock (the OS drops it if the process dies, so a
  crash never leaves the database "in use"). Call ``take_raise_request(db_path)``
  once to clear a stale request, then watch the database's *folder* with a
  ``QFileSystemWatcher`` (the request file may not exist yet, and it is
  replaced by a rename) and, as a fallback for folders that give no change
  events, poll every few seconds; whenever ``take_raise_request(db_path)``
  returns True, show, un-minimise and raise the main window.
* At exit: ``lock.release()``.

The lock file is never deleted: deleting a lock file that another process is
about to lock would let two processes each hold "the" lock.

The command line takes the same lock, briefly, for the commands that write
(``demo``, ``restore``, ``restore-backup``, ``encrypt``, ``decrypt``, ``rekey``;
later ``import``) and refuses with ``store.in_use`` while the app holds it (``store.in_use_cli`` while
another command does).
SQLite alone would keep the file sound (it serialises writers), but a write
under a running app would leave its screens and its undo history describing
records that changed behind its back. Commands that only read (``assess``,
``backup``, ``backups``) take no lock and work while the app runs.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from credithealth.domain.messages import Msg
from credithealth.store.errors import StoreError
from credithealth.store.private_files import (
    FILE_MODE,
    make_private,
    private_folder,
    write_private_text,
)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # lock one byte far past the holder's note, so others can still read the note
    _WIN_LOCK_OFFSET = 1 << 20
else:
    import fcntl

# locks this process holds, by resolved database path: flock() is per open file,
# so a second acquire in the same process must not try to lock again
_HELD: dict[Path, InstanceLock] = {}


def lock_path(db_path: Path | str) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def raise_path(db_path: Path | str) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".raise")


def _try_lock(f: IO[bytes]) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover
            f.seek(_WIN_LOCK_OFFSET)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(f: IO[bytes]) -> None:
    if os.name == "nt":  # pragma: no cover
        f.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    make_private(path)
    return os.fdopen(fd, "r+b")


@dataclass
class InstanceLock:
    """Held from ``acquire_instance_lock`` until ``release`` (or the process ends)."""

    db_path: Path
    role: str
    _file: IO[bytes] | None = field(default=None, repr=False)

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()
        self._file = None
        _HELD.pop(self.db_path, None)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire_instance_lock(db_path: Path | str, *, role: str = "gui") -> InstanceLock | None:
    """Take ``<db>.lock`` without waiting; ``None`` if another process (or lock) holds it."""
    key = Path(db_path).resolve()
    if key in _HELD:
        return None
    private_folder(key.parent)
    f = _open_lock_file(lock_path(key))
    if not _try_lock(f):
        f.close()
        return None
    note = {"pid": os.getpid(), "role": role, "since": datetime.now().isoformat(timespec="seconds")}
    f.seek(0)
    f.truncate()
    f.write(json.dumps(note).encode())
    f.flush()
    lock = InstanceLock(key, role, f)
    _HELD[key] = lock
    return lock


def lock_holder(db_path: Path | str) -> dict[str, Any] | None:
    """Who holds the instance lock (its note), or None when nobody does."""
    key = Path(db_path).resolve()
    if key in _HELD:
        return {"pid": os.getpid(), "role": _HELD[key].role, "since": None}
    path = lock_path(key)
    if not path.exists():
        return None
    with _open_lock_file(path) as f:
        if _try_lock(f):
            _unlock(f)
            return None
        f.seek(0)
        try:
            return dict(json.loads(f.read(4096).decode() or "{}"))
        except (ValueError, UnicodeDecodeError):
            return {}


@contextlib.contextmanager
def exclusive_use(db_path: Path | str) -> Iterator[None]:
    """For whole-file changes and command-line writes: this process must hold the instance lock.

    Inside the app, which already holds it, this is a no-op; elsewhere it takes
    the lock for the duration, or raises ``StoreError(store.in_use)``.
    """
    if Path(db_path).resolve() in _HELD:
        yield
        return
    lock = acquire_instance_lock(db_path, role="cli")
    if lock is None:
        raise in_use_error(db_path)
    try:
        yield
    finally:
        lock.release()


def in_use_error(db_path: Path | str) -> StoreError:
    """Who really holds the database: the app (``store.in_use``), or another command."""
    holder = lock_holder(db_path) or {}
    if holder.get("role") == "cli":
        pid = holder.get("pid")
        return StoreError(
            Msg("store.in_use_cli", {"path": str(db_path), "pid": pid if pid else "?"})
        )
    return StoreError(Msg("store.in_use", {"path": str(db_path)}))


def request_raise(db_path: Path | str) -> Path:
    """Ask the running app to come forward: (re)write ``<db>.raise``; returns its path."""
    path = raise_path(Path(db_path).resolve())
    note = {"pid": os.getpid(), "at": datetime.now().isoformat(timespec="seconds")}
    write_private_text(path, json.dumps(note) + "\n")
    return path


def take_raise_request(db_path: Path | str) -> bool:
    """True (once) if a request is waiting; removes it."""
    path = raise_path(Path(db_path).resolve())
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
