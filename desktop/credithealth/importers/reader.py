"""Reading one bill file: unzip, tell the layout by content, parse, check the result."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from credithealth.domain.messages import Msg
from credithealth.importers import archive
from credithealth.importers.csvtext import parse_csv_text
from credithealth.importers.decode import decode_bill
from credithealth.importers.errors import BillFileError
from credithealth.importers.parsed import ParsedFile
from credithealth.importers.rows import Body
from credithealth.importers.xlsx import parse_xlsx

MAX_FILE_BYTES = archive.MAX_MEMBER_BYTES


def read_bill_file(path: Path, password: str | None = None) -> ParsedFile:
    """Read an Alipay or WeChat Pay bill export (CSV, XLSX, or the zip they came in)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BillFileError(
                Msg(
                    "importers.file_too_large",
                    {"name": path.name, "limit_mb": MAX_FILE_BYTES >> 20},
                )
            )
        data = path.read_bytes()
    except OSError as e:
        raise BillFileError(
            Msg("importers.cannot_open", {"name": path.name, "reason": e.strerror or str(e)})
        ) from e
    return read_bill_bytes(data, path.name, password)


def read_bill_bytes(data: bytes, file_name: str, password: str | None = None) -> ParsedFile:
    """Parse a bill from its bytes. ``file_name`` is only shown to the user, never used
    to guess the format. Raises ``BillFileError`` when the file as a whole cannot be
    imported; unreadable rows are returned in ``errors`` beside the good ones."""
    sha256 = hashlib.sha256(data).hexdigest()
    with _cyclic_gc_paused():
        body = _parse(data, file_name, password, inside_zip=False)
    collected = body.collected
    rows, errors = collected.rows, collected.errors
    total = len(rows) + collected.unreadable
    # a few odd rows are row errors; a file where most rows show the damage was re-saved
    if collected.resaved and collected.resaved * 2 >= total:
        raise BillFileError(
            Msg(
                "importers.excel_resaved",
                {"name": file_name, "example": collected.resaved_example},
            )
        )
    if errors and not rows:
        first = errors[0]
        raise BillFileError(
            Msg(
                "importers.no_readable_rows",
                {"name": file_name, "count": total, "line": first.line, "reason": first.msg},
            )
        )
    start, end = body.period if body.period else (None, None)
    return ParsedFile(
        file_name=file_name,
        sha256=sha256,
        format=body.format,
        rows_total=total,
        rows=rows,
        errors=errors,
        period_start=start,
        period_end=end,
    )


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """A big bill builds a few hundred thousand records, none of them in a reference
    cycle; the cyclic collector would rescan them again and again for nothing (about
    15% of the parse). Paused only if it was running, and always resumed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(data: bytes, name: str, password: str | None, inside_zip: bool) -> Body:
    if not data:
        raise BillFileError(Msg("importers.file_empty", {"name": name}))
    if archive.is_zip(data):
        if archive.is_xlsx(data, name):
            return parse_xlsx(data, name)
        if inside_zip:  # a zip in a zip is no export either app makes
            raise BillFileError(Msg("importers.unknown_format", {"name": name}))
        first_error: BillFileError | None = None
        for member, content in archive.bill_members(data, name, password):
            try:
                return _parse(content, member, password, inside_zip=True)
            except BillFileError as e:
                first_error = first_error or e
        raise first_error or BillFileError(Msg("importers.zip_empty", {"name": name}))
    return parse_csv_text(decode_bill(data), name)
