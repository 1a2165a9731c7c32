"""WeChat Pay XLSX bills, read with openpyxl in streaming (read-only) mode.

Two layouts: 2025-07 on (header on row 17, amounts as text ``¥36.50``, times as
text) and 2026-03 on (a fourth note ``本账单中所有时间均为UTC+08:00时间`` moves the
header to row 18; amounts are numbers formatted ``\\¥#,##0.00``, times are date
cells). Told apart by that note and by the cell types, never by row numbers.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from datetime import date
from typing import Any

from credithealth.domain.messages import Msg
from credithealth.importers.detect import identify, is_header, map_columns
from credithealth.importers.errors import BillFileError
from credithealth.importers.rows import Body, collect
from credithealth.importers.times import period_in
from credithealth.importers.wechat import WeChatRows, pair_refunds

_UTC8_NOTE = "UTC+08:00"


def _unreadable(name: str) -> BillFileError:
    return BillFileError(Msg("importers.xlsx_unreadable", {"name": name}))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _sheet_rows(ws: Any, name: str) -> Iterator[tuple[int, tuple]]:
    """(row number, values); openpyxl parses lazily, so a damaged sheet can fail at any
    row, in its own ways, and that is reported as a damaged workbook."""
    try:
        ws.reset_dimensions()  # read every row, whatever <dimension> the writer claimed
        yield from enumerate(ws.iter_rows(values_only=True), start=1)
    except Exception as e:
        raise _unreadable(name) from e


def parse_xlsx(data: bytes, name: str) -> Body:
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it ignores; none matter here
        warnings.simplefilter("ignore")
        import openpyxl  # here: a tenth of a second to load, and CSV bills never need it

        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:
            raise _unreadable(name) from e
        try:
            for ws in wb.worksheets:
                body = _parse_sheet(ws, name)
                if body is not None:
                    return body
        finally:
            wb.close()
    raise BillFileError(Msg("importers.unknown_format", {"name": name}))


def _parse_sheet(ws: Any, name: str) -> Body | None:
    rows = _sheet_rows(ws, name)
    period: tuple[date, date] | None = None
    utc8_note = False
    header: list[str] | None = None
    for _, values in rows:
        first = values[0] if values else None
        if not isinstance(first, str):
            continue
        if is_header(first.strip()):
            header = [_text(v) for v in values]
            break
        period = period or period_in(first)
        utc8_note = utc8_note or _UTC8_NOTE in first
    if header is None:
        return None
    while header and header[-1] == "":
        header.pop()
    if identify(header) != "wechat":
        raise BillFileError(Msg("importers.unknown_format", {"name": name}))
    fmt = "wechat_xlsx_2026" if utc8_note else "wechat_xlsx_2025"
    cols = map_columns(header, "wechat", fmt, name)
    typed = False  # a real date or number in a row: the 2026 layout

    def data_rows() -> Iterator[tuple[int, list]]:
        nonlocal typed
        for number, values in rows:
            first = values[0] if values else None
            if isinstance(first, str) and first.lstrip().startswith("---"):
                return
            # 交易时间 and 金额(元) keep their cell type; every other column is text
            cells: list = [_text(v) for v in values]
            for i in (cols.time, cols.amount):
                if i < len(values) and not isinstance(values[i], str | None):
                    cells[i] = values[i]
                    typed = True
            if any(cells):
                yield number, cells

    collected = collect(data_rows(), WeChatRows(cols).read, name)
    pair_refunds(collected.rows)
    return Body("wechat_xlsx_2026" if typed else fmt, collected, period)
