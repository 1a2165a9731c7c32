"""Is the database file sound? A cheap check for every open, SQLite's full one on a schedule.

``PRAGMA quick_check`` reads and verifies every row of every table: about 0.14 s on five
years of records, too slow for a window that must show the verdict at once or for
``credit-health assess``. So an open runs the cheap check (``cheap_check``): SQLite's
``dbstat`` table walks every b-tree (tables, indexes, their overflow chains) from its
root, decoding each page's header and cell pointers without reading the rows. It
finds a page that is not a well-formed b-tree page (a damaged one), a page reached
twice, and a page no tree and no free list accounts for: damage anywhere in the
file's structure, in about a sixth of the time. What it does not see is damage
inside a row's bytes or an index out of step with its table; the full check
(``full_check``) does, and runs where it costs the user nothing:

- the desktop app, in the background right after the window is shown (and hourly
  while it runs), before the day's backup, so a damaged file is said at once and
  is never backed up over good backups;
- every command that writes (``import``, ``restore``, ``demo``, ``encrypt``…), the
  ``check`` command, and any open that is about to migrate the file;
- a backup file, before it is restored.

Where ``dbstat`` is missing (SQLCipher's build, for encrypted files, has none), the
cheap check is the full one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from credithealth.domain.messages import Msg
from credithealth.store import driver
from credithealth.store.database import Database
from credithealth.store.errors import StoreError

# dbstat's word for a page whose header or cell pointers make no sense
_DAMAGED_PAGE = "corrupted"


def quick_check(db: Database | Any) -> list[str]:
    """SQLite's structural check (no index-content check): empty when the file is sound.
    ``db``: a sqlite-utils ``Database`` or a DB-API connection."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def _pages(db: Database | Any) -> tuple[int, int, int, int] | None:
    """(pages in trees, distinct pages in trees, damaged pages, pages in the file less the
    free list), or None when dbstat cannot answer (not compiled in, or auto-vacuum's
    pointer-map pages that no tree holds)."""
    try:
        if db.execute("PRAGMA auto_vacuum").fetchone()[0] != 0:
            return None
        walked, distinct, damaged = db.execute(
            "SELECT count(*), count(DISTINCT pageno), "
            f"coalesce(sum(pagetype = '{_DAMAGED_PAGE}'), 0) FROM dbstat"
        ).fetchone()
    except driver.Error as exc:
        if "malformed" in str(exc).lower() or "corrupt" in str(exc).lower():
            raise
        return None  # no dbstat in this build (or a table of that name, refused later)
    page_count = db.execute("PRAGMA page_count").fetchone()[0]
    free = db.execute("PRAGMA freelist_count").fetchone()[0]
    return walked, distinct, damaged, page_count - free


def cheap_check(db: Database | Any) -> list[str]:
    """Every page in its place and each b-tree page well-formed (empty: nothing found).
    Falls back to ``quick_check`` where dbstat cannot answer."""
    found = _pages(db)
    if found is None:
        return quick_check(db)
    walked, distinct, damaged, in_use = found
    problems = []
    if damaged:
        problems.append(f"{damaged} damaged b-tree pages")
    if distinct != walked:
        problems.append(f"{walked - distinct} pages in more than one tree")
    if distinct != in_use:
        problems.append(f"{in_use} pages in use, {distinct} in a tree")
    return problems


def full_check(path_or_db: Path | str | Database, *, passphrase: str | None = None) -> None:
    """SQLite's ``quick_check`` over the whole file; raises the ``StoreError`` an open raised
    for the same damage (``store.corrupt``, ``store.truncated``, ``store.not_a_database``…).

    Given a path, it reads through a connection of its own, read-only, so it can run on
    a worker thread while the app uses the file (``passphrase`` for an encrypted one).
    """
    from credithealth.store import db as store_db  # db builds on this module

    if not isinstance(path_or_db, (str, Path)):
        path = _main_file(path_or_db)
        try:
            bad = quick_check(path_or_db)
        except driver.Error as exc:
            raise store_db.classify(exc, path) from exc
        if bad:
            raise StoreError(Msg("store.corrupt", {"path": path}))
        return
    p = Path(path_or_db)
    if not p.exists():
        raise StoreError(Msg("store.missing", {"path": str(p)}))
    problem = store_db.inspect_file(p)
    if problem:
        raise StoreError(Msg(problem, {"path": str(p)}))
    key = store_db.key_for(p, passphrase)
    if key is None and store_db.file_is_encrypted(p):
        raise StoreError(Msg("store.needs_passphrase", {"path": str(p)}))
    try:
        conn = store_db.connect_checked(p, passphrase=key, read_only=True)
    except driver.Error as exc:
        raise store_db.classify(exc, p, encrypted=key is not None) from exc
    try:
        bad = quick_check(conn)
    except driver.Error as exc:
        raise store_db.classify(exc, p, encrypted=key is not None) from exc
    finally:
        conn.conn.close()
    if bad:
        raise StoreError(Msg("store.corrupt", {"path": str(p)}))


def _main_file(db: Database) -> str:
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file)
    return ""
