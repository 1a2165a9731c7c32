"""Output that cannot be forged: what the command line prints shows control characters as
escapes instead of obeying them.

A bill file's name, a zip member's name or a cell can hold terminal escape codes (clear
the screen, move the cursor, rewrite a line, recolour); printed raw they could fake the
command's output ("0 unreadable rows"). Every character that is not plain text, except
the newlines the command writes itself, is shown as an escape: C0 controls and DEL as
``\\x1b``, C1 controls and the invisible direction overrides as ``\\u009b`` (the form
JSON uses, so ``--json`` output stays valid JSON).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

# C0 but newline, DEL, C1, and the bidirectional overrides/isolates and line separators
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape_one(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x80 else f"\\u{c:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every control character (but ``\\n``) written as a visible escape."""
    return _UNSAFE.sub(_escape_one, text)


class EscapingWriter:
    """A text stream that escapes what is written to it, then passes it on."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, ...
        return getattr(self._stream, name)


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """For the duration, ``sys.stdout`` and ``sys.stderr`` escape control characters."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = EscapingWriter(out)  # type: ignore[assignment]
    sys.stderr = EscapingWriter(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
