"""The demo database of Help → Open the demo: a file of its own in the user's cache folder.

It is never the user's database: it lives in ``<cache>/demo/`` (0700), holds only
the demo story (0600), and is made afresh, dated today, each time the demo opens.
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import date
from pathlib import Path

from credithealth.domain.rules import Rules
from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo
from credithealth.store.instance import InstanceLock, acquire_instance_lock
from credithealth.store.private_files import private_folder

DEMO_NAME = "demo.sqlite3"


def demo_folder() -> Path:
    """``<user cache>/demo``: e.g. ~/.cache/CreditHealth/demo on Linux."""
    from platformdirs import user_cache_path

    return user_cache_path("CreditHealth", appauthor=False) / "demo"


def make_demo_database(
    folder: Path, as_of: date, rules: Rules | None = None
) -> tuple[Path, InstanceLock] | None:
    """A fresh demo database in ``folder``, with its instance lock held; ``None`` when
    another window (or process) has the demo open, in which case nothing is touched."""
    private_folder(folder)
    path = folder / DEMO_NAME
    lock = acquire_instance_lock(path)
    if lock is None:
        return None
    try:
        for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
        shutil.rmtree(folder / "backups", ignore_errors=True)
        db = open_db(path)
        try:
            fill_demo(db, as_of, rules)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.conn.close()
    except BaseException:
        lock.release()
        raise
    return path, lock
