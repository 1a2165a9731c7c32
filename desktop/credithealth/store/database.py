"""The store's handle on an open connection: sqlite-utils, loaded only when first needed.

sqlite-utils (with click, pluggy and dateutil, which it imports) costs ~70 ms of every
process that loads it: a third of `assess`, a seventh of the window's first paint. What
those read (the checks at open, the facts, the overview) is plain SQL, so plain reads go
straight to the driver, and sqlite-utils is loaded on the first use of anything else (a
table, an insert, a write through ``execute``, the migrations), wrapping the same
connection. Once loaded it serves every call, so writes keep its transaction rules.

A plain read here behaves as it does there: a SELECT or a PRAGMA (a setting too) in the
driver's default transaction mode opens no transaction, so sqlite-utils adds nothing to it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

_READS = frozenset({"SELECT", "PRAGMA", "WITH", "VALUES", "EXPLAIN"})


def load_sqlite_utils() -> None:
    """Import sqlite-utils, with numpy and pandas hidden unless something already loaded
    them: it imports them only to map their scalar types, which the store never hands it,
    and numpy alone (the charts load it later, for themselves) costs ~75 ms."""
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import fails: ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _first_word(sql: str) -> str:
    """The statement's first keyword, upper-case ("" when it starts with a comment: such
    a statement goes to sqlite-utils, which knows how to skip it)."""
    text = sql.lstrip()
    end = 0
    while end < len(text) and (text[end].isalpha() or text[end] == "_"):
        end += 1
    return text[:end].upper()


def _is_plain_read(sql: str) -> bool:
    word = _first_word(sql)
    if word == "WITH":  # a common table expression may lead a write
        upper = sql.upper()
        return not any(w in upper for w in ("INSERT", "UPDATE", "DELETE", "REPLACE"))
    return word in _READS


def has_table(db: Any, name: str) -> bool:
    """``db[name].exists()`` without loading sqlite-utils (``db``: this or its Database)."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
    ).fetchone()
    return row is not None


class Database:
    """``sqlite_utils.Database`` over ``conn``, made on first need (see the module's note).
    ``memory=True``: a new in-memory database."""

    def __init__(self, conn: Any = None, *, memory: bool = False) -> None:
        if memory:
            import sqlite3

            conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn = conn
        self._full: sqlite_utils.Database | None = None
        # what sqlite-utils does to every connection it wraps (recursive_triggers=True)
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils database over the same connection (loaded now if it was not)."""
        if self._full is None:
            load_sqlite_utils()
            import sqlite_utils

            # recursive_triggers is already on; the app installs no plugins
            self._full = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._full

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        if self._full is None and _is_plain_read(sql):
            return (
                self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
            )
        return self.utils.execute(sql, parameters)

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        if self._full is None and _first_word(sql) == "SELECT":
            cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
            keys = [d[0] for d in cursor.description]
            if len(set(keys)) == len(keys):  # sqlite-utils renames repeated names
                return (dict(zip(keys, row, strict=True)) for row in cursor)
        return self.utils.query(sql, params)

    def executescript(self, sql: str) -> Any:
        return self.utils.executescript(sql)

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table_name: str) -> Any:
        return self.utils[table_name]

    def __getattr__(self, name: str) -> Any:
        # only for what is not defined above: tables, inserts, atomic(), table_names()…
        if name.startswith("__") or name in ("conn", "_full"):
            raise AttributeError(name)
        return getattr(self.utils, name)
