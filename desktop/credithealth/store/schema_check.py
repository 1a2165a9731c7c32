"""A database file is checked like a stranger's: its schema must be exactly the app's own.

A file handed over (a restored backup, a database opened with ``--db``) could carry
a trigger that deletes bills on the next import, a view, an index or a table the
app never made, or a table without its CHECK constraints. Before such a file is
used, its schema objects (tables, columns, indexes, triggers, views: everything in
``sqlite_master``) are compared with what the app's migrations produce for the
steps the file says it has, computed once per set of steps on an in-memory
database. Anything extra, missing or different is refused, naming what it is.

The cost at open is one read of ``sqlite_master`` (a few dozen rows). A file at the
current version (the common case) is compared through a digest of the schema the
migrations make, kept below (``CURRENT_SCHEMA_DIGEST``; a test keeps it true), so the
migrations are not run at every open (~40-60 ms). A stale digest (a new step) costs
only speed: any mismatch takes the slow path, which migrates an in-memory database
to name the difference, cached per version for the life of the process.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from credithealth.domain.messages import Msg
from credithealth.store import driver
from credithealth.store.database import Database
from credithealth.store.errors import StoreError
from credithealth.store.steps import MIGRATIONS_TABLE, applied_steps, known_steps

# (type, name) -> (table it belongs to, its SQL with whitespace runs made one space)
Schema = dict[tuple[str, str], tuple[str, str]]

# schema_digest(expected_schema(every known step)): tests/store/test_schema_check.py checks it;
# print it anew with `python -m credithealth.store.schema_check` after adding a step
CURRENT_SCHEMA_DIGEST = "2feadf5db7e03dc1ff7b74b53d1ca026d9fef1c98c3999e66b2a4b6d3de232eb"

_SPACES = re.compile(r"\s+")
# sqlite-utils writes its bookkeeping table itself; its SQL text is its own business
_BOOKKEEPING = MIGRATIONS_TABLE


def _norm(sql: str | None) -> str:
    return _SPACES.sub(" ", sql or "").strip()


def _bookkeeping(kind: str, table: str) -> bool:
    return table == _BOOKKEEPING and kind in ("table", "index")


def schema_of(db: Database) -> Schema:
    """Every object in ``sqlite_master`` but SQLite's own (``sqlite_*``)."""
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    out: Schema = {}
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_"):
            continue
        out[(kind, name)] = (table, "" if _bookkeeping(kind, table) else _norm(sql))
    return out


@cache
def expected_schema(steps: tuple[str, ...]) -> Schema | None:
    """What the app's migrations make when exactly ``steps`` are applied, in order
    (None: ``steps`` is not a beginning of the app's own sequence)."""
    known = tuple(known_steps())
    if steps != known[: len(steps)]:
        return None
    conn = driver.raw_connect(":memory:")
    try:
        from credithealth.store import schema  # sqlite-utils: the slow path only

        db = Database(conn)
        if steps:
            stop = known[len(steps)] if len(steps) < len(known) else None
            schema.migrations.apply(db, stop_before=stop)
        return schema_of(db)
    finally:
        conn.close()


def schema_digest(schema: Schema) -> str:
    h = hashlib.sha256()
    for key in sorted(schema):
        h.update(repr((key, schema[key])).encode())
    return h.hexdigest()


def differences(db: Database) -> list[Msg]:
    """What in ``db``'s schema the app would not have made (empty: it is the app's own).
    A file from a newer app (steps this one does not know) is not judged here."""
    steps = tuple(applied_steps(db))
    known = set(known_steps())
    if any(s not in known for s in steps):
        return []  # a newer version's file: opened read-only at most, and said so
    actual = schema_of(db)
    if steps == tuple(known_steps()) and schema_digest(actual) == CURRENT_SCHEMA_DIGEST:
        return []  # exactly the current version's schema
    expected = expected_schema(steps)
    if expected is None:
        return [Msg("schema.steps")]
    if not steps:  # sqlite-utils makes its table before the first step: it may be there
        actual = {k: v for k, v in actual.items() if not _bookkeeping(k[0], v[0])}
    out = []
    for key in sorted(actual.keys() - expected.keys()):
        out.append(_what("schema.extra", key))
    for key in sorted(expected.keys() - actual.keys()):
        out.append(_what("schema.missing", key))
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            out.append(_what("schema.changed", key))
    return out


def _what(code: str, key: tuple[str, str]) -> Msg:
    kind, name = key
    if kind not in ("table", "index", "trigger", "view"):
        kind = "table"
    from credithealth.domain.limits import shown  # only on a refusal: limits is ~5 ms to import

    return Msg(code, {"kind": Msg(f"schema.kind.{kind}"), "name": shown(name)})


def check_schema(db: Database, path: str) -> None:
    """``StoreError(store.foreign_schema)`` naming the first thing the app did not make."""
    found = differences(db)
    if found:
        raise StoreError(Msg("store.foreign_schema", {"path": path, "what": found[0]}))


if __name__ == "__main__":
    print(schema_digest(expected_schema(tuple(known_steps())) or {}))
