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
    existed = folder.is_dir()
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if not existed and os.name == "posix":
        os.chmod(folder, DIR_MODE)  # mkdir's mode is filtered by the umask
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
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    make_private(tmp)
    replace_durably(tmp, path)
