"""What a killed whole-file step leaves behind, shredded the next time the database opens.

``encrypt``/``decrypt``/``rekey`` write the new file as ``.<db>.<kind>.part`` beside the
database (a decrypt's is plaintext), ``restore-backup`` copies to ``.<db>.restore.part``,
and encrypting a backup writes ``<backup><ENCRYPT_PART>`` and keeps the plaintext as
``<backup><PLAIN_PART>`` for a moment. Each is removed when its step ends, failed or not;
only kill -9 (or a power cut) can leave one. While no process holds the database's
instance lock no step is running, so any such file is a leftover.
"""

from __future__ import annotations

from pathlib import Path

from credithealth.store.instance import _HELD, acquire_instance_lock
from credithealth.store.private_files import shred

STEP_KINDS = ("preencrypt", "predecrypt", "prerekey", "restore")
ENCRYPT_PART = ".encrypt.part"
PLAIN_PART = ".plain.part"
_SIDECARS = ("-wal", "-shm", "-journal")


def leftovers(db_path: Path, backups: Path) -> list[Path]:
    """The temporary files of whole-file steps on this database that exist now."""
    found = []
    for kind in STEP_KINDS:
        tmp = db_path.with_name(f".{db_path.name}.{kind}.part")
        found += [f for f in (tmp, *(tmp.with_name(tmp.name + s) for s in _SIDECARS))]
    if backups.is_dir():
        stem = db_path.stem
        for suffix in (ENCRYPT_PART, PLAIN_PART):
            found += backups.glob(f"{stem}-*.sqlite3{suffix}*")
    return [f for f in found if f.exists()]


def clean_leftovers(db_path: Path, backups: Path) -> list[Path]:
    """Shred the leftovers, when no step can be running (this process holds the instance
    lock, or can take it for a moment); returns what was shredded."""
    found = leftovers(db_path, backups)
    if not found:
        return []
    if db_path.resolve() in _HELD:
        lock = None
    else:
        lock = acquire_instance_lock(db_path, role="cli")
        if lock is None:
            return []  # another process holds it: its step may be running now
    try:
        for f in found:
            shred(f)
    finally:
        if lock is not None:
            lock.release()
    return found
