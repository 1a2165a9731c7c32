"""What each start of the app would otherwise compile and parse again, kept between starts:
the code ``dataclasses`` compiles for each class, the app's parsed TOML files, and the
official holiday calendar the installed ``holidays`` package carries.

For every dataclass, Python 3.11's ``dataclasses`` writes ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (and a frozen class's ``__setattr__`` and ``__delattr__``) as
source text and compiles each one: some 400 compiles, about 30 ms, before the window's
first frame. The compiled code depends on nothing but that text. So, as ``__pycache__``
keeps a module's bytecode, this keeps each text's code in the user's cache folder, keyed
by the text itself. A text not in the file is compiled as ``dataclasses`` always does; the
classes made either way are the same, down to their bytecode. The rules and the message
catalogue files the first frame reads are kept as their parsed tables, keyed by the
files' bytes (``domain/toml_files.py``): ~10 ms more. And scoring a pending application
counts working days with the package's calendar, which took importing the whole package
(~130 ms): it is kept as plain dates, keyed by the installed package's identity
(``domain/workdays.py``).

Every command installs it first (``install``, in ``cli/main.py``) and writes the file
again at its end when something new was compiled or parsed (``save``); the window also
once its charts are drawn. ``credit-health assess`` takes ~25 ms less for it. A file written by another Python or another version of the app, or one whose checksum
does not match (damaged), is ignored, and replaced at the next save. Anywhere
``dataclasses`` is not the module this was written against (Python 3.11's),
``install`` does nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import marshal
import os
import sys
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

FILE_NAME = "startup-cache.bin"
FORMAT = 3
# the parameters of the function replaced, as Python 3.11 spells them
_SIGNATURE = ("name", "args", "body", "globals", "locals", "return_type")

log = logging.getLogger("credithealth")

_codes: dict[str, CodeType] = {}
_tables: dict[bytes, bytes] = {}  # a TOML file's bytes -> its table, marshalled
_calendars: dict[str, bytes] = {}  # a holidays package's identity -> its calendar, packed
_changed = False
_read_sizes = (0, 0)  # the tables and calendars the file held: more now is new to keep
_file: Path | None = None


def cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("CreditHealth", appauthor=False)


def tag() -> bytes:
    """What a file must have been written by: this format, this app, this Python."""
    from credithealth import __version__

    return f"credit-health {__version__} start-up cache {FORMAT}; {sys.version}".encode()


def supported() -> bool:
    original = getattr(dataclasses, "_create_fn", None)
    code = getattr(original, "__code__", None)
    return (
        sys.version_info[:2] == (3, 11)
        and code is not None
        and code.co_varnames[: len(_SIGNATURE)] == _SIGNATURE
    )


def install(folder: Path | None = None) -> bool:
    """From now on ``dataclasses`` takes its compiled code, and the app's TOML files their
    parsed tables, from the cache file in ``folder`` (the user's cache folder), compiling
    or parsing and keeping what is not there. False where this Python's ``dataclasses``
    is not the one this was written for (and nothing is cached)."""
    global _file, _read_sizes
    if not supported():
        return False
    _file = (folder or cache_folder()) / FILE_NAME
    codes, tables, calendars = read(_file)
    _codes.update(codes)
    _tables.update(tables)
    _calendars.update(calendars)
    _read_sizes = (len(_tables), len(_calendars))
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]
    # imported once the classes they make come from the cache too
    from credithealth.domain import toml_files, workdays

    toml_files.cache = _tables
    workdays.calendar_cache = _calendars
    return True


def installed() -> bool:
    return getattr(dataclasses, "_create_fn", None) is _create_fn


Found = tuple[dict[str, CodeType], dict[bytes, bytes], dict[str, bytes]]


def read(path: Path) -> Found:
    """The classes' texts and their code, the TOML files' tables and the holiday calendars
    in ``path``; nothing when it is missing, damaged, or was written by another Python or
    version of the app."""
    nothing: Found = ({}, {}, {})
    try:
        data = path.read_bytes()
    except OSError:
        return nothing
    head, _, rest = data.partition(b"\n")
    if head != tag() or len(rest) < 4:
        return nothing
    checksum, payload = rest[:4], rest[4:]
    if int.from_bytes(checksum, "big") != zlib.crc32(payload):
        log.warning("start-up cache: checksum mismatch, ignored")
        return nothing
    try:
        found: Any = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return nothing
    if not (isinstance(found, tuple) and len(found) == 3):
        return nothing
    codes, tables, calendars = found
    if not all(isinstance(x, dict) for x in found):
        return nothing
    if not all(isinstance(k, str) and isinstance(v, CodeType) for k, v in codes.items()):
        return nothing
    if not all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in tables.items()):
        return nothing
    if not all(isinstance(k, str) and isinstance(v, bytes) for k, v in calendars.items()):
        return nothing
    return codes, tables, calendars


def save() -> bool:
    """Write the cache file if something was compiled since it was read or last written
    (0600, in a 0700 folder; replaced whole, so a reader never sees half of it). A
    failure is logged and changes nothing. True when the file was written."""
    global _changed, _read_sizes
    if _file is None or not (_changed or (len(_tables), len(_calendars)) != _read_sizes):
        return False
    from credithealth.store.private_files import private_folder, write_private_bytes

    payload = marshal.dumps((dict(_codes), dict(_tables), dict(_calendars)))
    data = tag() + b"\n" + zlib.crc32(payload).to_bytes(4, "big") + payload
    try:
        private_folder(_file.parent)
        write_private_bytes(_file, data, tmp=_file.with_name(f".{_file.name}.{os.getpid()}"))
    except OSError as exc:
        log.warning("start-up cache not written: %s", type(exc).__name__)
        return False
    _changed = False
    _read_sizes = (len(_tables), len(_calendars))
    return True


def uninstall() -> None:
    """``dataclasses``, the TOML files and the calendar as they were (for tests), all read
    forgotten."""
    global _file, _changed, _read_sizes
    from credithealth.domain import toml_files, workdays

    if installed():
        dataclasses._create_fn = _ORIGINAL  # type: ignore[attr-defined]
    if toml_files.cache is _tables:
        toml_files.cache = None
    if workdays.calendar_cache is _calendars:
        workdays.calendar_cache = None
    _codes.clear()
    _tables.clear()
    _calendars.clear()
    _file = None
    _changed = False
    _read_sizes = (0, 0)


_ORIGINAL = getattr(dataclasses, "_create_fn", None)
_MISSING = dataclasses.MISSING


def _create_fn(  # type: ignore[no-untyped-def]
    name, args, body, *, globals=None, locals=None, return_type=_MISSING
):
    """Python 3.11's ``dataclasses._create_fn``, word for word, but for where the code
    comes from."""
    global _changed
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not _MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    args = ",".join(args)
    body = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({args}){return_annotation}:\n{body}"
    local_vars = ", ".join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    code = _codes.get(txt)
    if code is None:
        # dont_inherit: compiled as exec() in dataclasses compiles it, without this
        # module's ``from __future__ import annotations``
        code = compile(txt, "<string>", "exec", dont_inherit=True)
        _codes[txt] = code
        _changed = True
    ns: dict[str, Any] = {}
    exec(code, dataclasses.__dict__ if globals is None else globals, ns)
    return ns["__create_fn__"](**locals)
