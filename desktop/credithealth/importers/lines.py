"""Decoded bill text to numbered rows of stripped cells, without copying the text.

Rows are parsed one physical line at a time: bill rows never span lines, so a stray
quote can spoil only its own row instead of swallowing the rest of the file, and
line numbers in error messages stay exact.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, line without its line break), slicing the one decoded copy."""
    sep = "\n" if "\n" in text else "\r"
    find = text.find
    start, n, no = 0, len(text), 0
    while start < n:
        end = find(sep, start)
        if end < 0:
            end = n
        no += 1
        line = text[start:end]
        start = end + 1
        yield no, line[:-1] if line.endswith("\r") else line


def split_cells(line: str) -> list[str]:
    """Cells of one CSV line, stripped of padding spaces and TABs.

    Unquoted lines (every Alipay row) take the fast path. Quoted ones go through the
    csv module, whose default dialect keeps quotes inside an unquoted field as text
    and un-doubles ``""`` in a quoted one; a line it refuses is split plainly.
    """
    if '"' in line:
        try:
            cells = next(csv.reader((line,)), [])
        except csv.Error:
            cells = line.split(",")
    else:
        cells = line.split(",")
    return list(map(_strip, cells))


_strip = str.strip


def first_cell(line: str) -> str:
    """The first cell, cheaply: enough to recognise a header or a footer line."""
    return line.split(",", 1)[0].strip().strip('"').strip()


def is_blank(line: str) -> bool:
    """Empty, or only separators: the padding lines between blocks."""
    return not line.strip(" \t\r\n,\ufeff")
