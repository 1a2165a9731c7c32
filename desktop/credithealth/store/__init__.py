"""SQLite through sqlite-utils: the only place that speaks SQL.

sqlite-utils imports numpy and pandas at import time when they are installed, only to
map their scalar types to column types; the store never hands it either, and numpy
alone (a dependency of the charts) costs ~75 ms of every command and of the window's
first paint. So sqlite_utils is imported here, before any store module, with the two
hidden unless something already loaded them; they stay importable for the charts.
"""

from __future__ import annotations

import sys


def _import_sqlite_utils_alone() -> None:
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


_import_sqlite_utils_alone()
