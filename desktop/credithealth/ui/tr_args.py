"""Filling a translated template's ``%1``, ``%2`` … in one pass.

Qt Linguist templates number their places so a translation can reorder them
("Repay the %1 %2 bill" / "还清%2的%1账单"). ``with_args(template, a, b)`` puts the
values in at once, so a value that itself contains "%2" (a file name, a note) is
never filled in again, as a chain of ``.replace("%1", a).replace("%2", b)`` would.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%([1-9])")


def with_args(template: str, *values: object) -> str:
    """``%n`` becomes ``str(values[n - 1])``; a place with no value stays as it is."""

    def put(m: re.Match[str]) -> str:
        n = int(m[1])
        return str(values[n - 1]) if n <= len(values) else m[0]

    return _PLACE.sub(put, template)
