"""The two SQLite drivers: the standard library's for plain files, SQLCipher's for encrypted ones.

Each raises its own exception classes, so the store catches the tuples below
rather than ``sqlite3.Error`` alone. A connection is keyed before anything else
touches the file: SQLCipher requires ``PRAGMA key`` to come first.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

_CLASSES = ("Error", "DatabaseError", "IntegrityError")


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """``Error``, ``DatabaseError``, ``IntegrityError``: sqlite3's class, and SQLCipher's once
    sqlcipher3 is loaded. Until something loads it (an encrypted file's connection) none of
    its exceptions can exist, and a plain file's open (``assess``) is spared its ~4 ms."""
    if name not in _CLASSES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    cipher = sys.modules.get("sqlcipher3")
    own = getattr(sqlite3, name)
    return (own, getattr(cipher, name)) if cipher is not None else (own,)


# an unencrypted SQLite file starts with these 16 bytes; an encrypted one with random salt
PLAIN_HEADER = b"SQLite format 3\x00"


def quote(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def raw_connect(
    target: Path | str,
    *,
    passphrase: str | None = None,
    uri: bool = False,
    timeout: float = 5.0,
) -> Any:
    """An un-configured connection: sqlite3 without a passphrase, SQLCipher (keyed) with one."""
    if passphrase is None:
        return sqlite3.connect(str(target), uri=uri, timeout=timeout, check_same_thread=False)
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), uri=uri, timeout=timeout, check_same_thread=False)
    # SQLCipher writes a wrong key's HMAC failures to stderr; the user gets our message instead
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def sqlcipher_connect(target: Path | str, *, timeout: float = 5.0) -> Any:
    """SQLCipher without a key: reads plain files, and can ATTACH encrypted ones for export."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), timeout=timeout, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn
