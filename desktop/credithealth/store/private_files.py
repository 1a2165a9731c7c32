"""Files only their owner can read, written so that a crash never leaves half of one.

These are a person's debts and spending: the database, its -wal/-shm (SQLite
gives them the database file's mode), backups and exports are 0600, folders 0700.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def create_private(path: Path) -> None:
    """Create an empty file readable by the user only (or make an existing one so)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    make_private(path)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and any missing parents) 0700; folders that exist are left alone."""
    created = []
    f = folder
    while not f.exists() and f.parent != f:
        created.append(f)
        f = f.parent
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        for f in created:
            os.chmod(f, DIR_MODE)  # mkdir's mode is filtered by the umask
    return folder


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder's entry must reach the disk too."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(src: Path, dst: Path) -> None:
    """``os.replace`` (atomic within one folder), then flush the folder entry."""
    fsync_file(src)
    os.replace(src, dst)
    fsync_folder(dst.parent)


def write_private_text(path: Path, text: str) -> None:
    """Write a whole text file atomically: a temp file beside it, then a rename."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes, tmp: Path | None = None) -> None:
    """Write a whole file 0600 and atomically: ``tmp`` (default ``<name>.tmp``) beside it,
    then a rename; the temporary file is removed if anything fails."""
    tmp = tmp or path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        make_private(tmp)
        replace_durably(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush, then delete it: a plaintext copy of a person's
    records is not left in the freed blocks for the next reader of the disk (best effort:
    a copy-on-write or flash file system may keep old blocks elsewhere)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            zeros = bytes(min(size, 1 << 20))
            left = size
            while left > 0:
                n = min(left, len(zeros))
                f.write(zeros[:n])
                left -= n
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # unwritable: still removed below
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
