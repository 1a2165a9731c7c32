"""CSV bill files, once decoded: Alipay's three layouts and WeChat's CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import islice

from credithealth.domain.messages import Msg
from credithealth.importers.alipay import AlipayRows
from credithealth.importers.detect import identify, is_header, map_columns
from credithealth.importers.errors import BillFileError
from credithealth.importers.lines import first_cell, is_blank, numbered_lines, split_cells
from credithealth.importers.rows import Body, collect
from credithealth.importers.times import period_in
from credithealth.importers.wechat import WeChatRows, pair_refunds

# The 2021–2023 Alipay footer states the period a few lines below its dashes.
_FOOTER_LINES = 32
# first characters of a line that may be the footer's dashes or a blank padding line
# (whitespace aside): see ``lines.is_blank``
_DASH_OR_BLANK = frozenset("-,\ufeff")


def _data_rows(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, list[str]]]:
    """Rows after the header, up to the first line of dashes (the gen 1/2 footers)."""
    for number, line in lines:
        # a line starting with anything else (a row's date, as a rule) is neither
        first = line[:1]
        if not first or first in _DASH_OR_BLANK or first.isspace():
            if line.lstrip().startswith("---"):
                return
            if is_blank(line):
                continue
        yield number, split_cells(line)


def parse_csv_text(text: str, name: str) -> Body:
    lines = numbered_lines(text)
    period: tuple[date, date] | None = None
    header: list[str] | None = None
    for _, line in lines:
        if is_header(first_cell(line)):
            header = split_cells(line)
            break
        if period is None and "起始" in line:
            period = period_in(line)
    if header is None:
        raise BillFileError(Msg("importers.unknown_format", {"name": name}))
    while header and header[-1] == "":
        header.pop()
    layout = identify(header)
    if layout is None:
        raise BillFileError(Msg("importers.unknown_format", {"name": name}))
    fmt = "wechat_csv" if layout == "wechat" else layout
    cols = map_columns(header, layout, fmt, name)
    if layout == "wechat":
        collected = collect(_data_rows(lines), WeChatRows(cols).read, name)
        pair_refunds(collected.rows)
    else:
        collected = collect(_data_rows(lines), AlipayRows(cols).read, name)
    if period is None:
        for _, line in islice(lines, _FOOTER_LINES):
            if "起始" in line and (period := period_in(line)) is not None:
                break
    return Body(fmt, collected, period)
