"""The app's own TOML files (the rules, the message catalogue) parsed, through a cache the
window's start-up puts in place (``startup_cache.py``): importing ``tomllib`` and parsing
the files the first frame reads is ~10 ms it would wait for each time.

The cache maps a file's exact bytes to its parsed table (marshalled), so an edited file
is parsed afresh; a table with a date or a time in it (which marshal cannot keep) is
parsed every time.
"""

from __future__ import annotations

import contextlib
import marshal
from collections.abc import MutableMapping
from typing import Any

# a file's bytes -> its table, marshalled; None (the default): every file parsed afresh
cache: MutableMapping[bytes, bytes] | None = None


def parse(data: bytes) -> dict[str, Any]:
    """The table in ``data`` (UTF-8 TOML); ``ValueError`` (``tomllib.TOMLDecodeError``,
    ``UnicodeDecodeError``) when it is not one."""
    kept = cache
    if kept is not None:
        hit = kept.get(data)
        if hit is not None:
            try:
                table = marshal.loads(hit)
            except (EOFError, ValueError, TypeError):
                table = None
            if isinstance(table, dict):
                return table
    import tomllib

    table = tomllib.loads(data.decode("utf-8"))
    if kept is not None:
        with contextlib.suppress(ValueError):  # a date or a time in it: parsed every time
            kept[data] = marshal.dumps(table)
    return table
