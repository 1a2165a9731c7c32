"""SQLite through sqlite-utils: the only place that speaks SQL."""

import sys as _sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (and pandas) when they are installed, only to map their
    number types to column types; the store never hands it such values. numpy is here for
    the charts (pyqtgraph), and importing it costs a fifth of a second that start-up and
    the command line would pay for nothing: hide it while sqlite-utils loads. Where numpy
    is already loaded (the charts came first) nothing is hidden."""
    if "sqlite_utils" in _sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if _sys.modules.get(name) is None:
                del _sys.modules[name]


_import_sqlite_utils_without_numpy()
