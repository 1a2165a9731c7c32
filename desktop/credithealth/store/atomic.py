"""Write transactions that take SQLite's write lock up front.

``db.atomic()`` begins a deferred transaction: one that reads before it writes
(is the table empty? what does this delete cascade to?) holds a read snapshot,
and if another process commits in between, the upgrade to writing fails at
once with "database is locked" instead of waiting. ``BEGIN IMMEDIATE`` takes
the write lock first, waiting up to the busy timeout, so the check and the
write see the same data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from credithealth.store.database import Database


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One user action: all of it is written, or (on any exception) none of it."""
    if db.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
