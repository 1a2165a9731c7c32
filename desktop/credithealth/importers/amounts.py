"""Bill amounts to integer fen, exactly: text like ``¥1,234.56`` or an xlsx number."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from credithealth.domain import limits
from credithealth.domain.messages import Msg
from credithealth.importers.errors import RowProblem

# The first amount refused: above what one record may hold (limits.MAX_FEN, ¥10⁹),
# so that sums over a lifetime of records stay inside SQLite's 64-bit INTEGER.
MAX_FEN = limits.MAX_FEN + 1
# Length-capped, so int() never meets a digit string long enough to refuse it.
_PLAIN = re.compile(r"\d{1,9}\.\d\d", re.ASCII)  # below MAX_FEN by construction
_AMOUNT = re.compile(r"(\d{1,16})(?:\.(\d{0,2}))?", re.ASCII)
_MANY_DECIMALS = re.compile(r"\d+\.\d{3,}", re.ASCII)
_SIGNS = str.maketrans("", "", "¥￥,")


def _problem(code: str, field: str, value: str) -> RowProblem:
    return RowProblem(Msg(code, {"field": field, "value": value}))


def fen_from_text(text: str, field: str) -> int:
    """``"18.00"`` -> 1800, ``"¥1,234.5"`` -> 123450; anything else is a ``RowProblem``."""
    if _PLAIN.fullmatch(text):  # what Alipay writes on every row: digits, point, 2 decimals
        return int(text.replace(".", ""))
    m = _AMOUNT.fullmatch(text)
    if m is None:
        s = text.translate(_SIGNS).strip()
        m = _AMOUNT.fullmatch(s)
        if m is None:
            if s.startswith(("-", "−")):
                raise _problem("importers.row.amount_negative", field, text)
            if _MANY_DECIMALS.fullmatch(s):
                raise _problem("importers.row.amount_decimals", field, text)
            raise _problem("importers.row.bad_amount", field, text)
    whole, frac = m.group(1), m.group(2) or ""
    fen = int(whole) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
    if fen >= MAX_FEN:
        raise _problem("importers.row.amount_too_large", field, text)
    return fen


def fen_from_number(value: int | float | Decimal, field: str) -> int:
    """An xlsx amount cell: ``36.5`` -> 3650. Goes through ``str`` so no float rounding
    sneaks in; a value with more than two decimals is refused, not rounded."""
    if isinstance(value, bool):
        raise _problem("importers.row.bad_amount", field, str(value))
    if isinstance(value, int):
        # range first: str() refuses ints of more than 4300 digits
        shown = str(value) if abs(value) < 10**18 else "≥1e18"
        if value < 0:
            raise _problem("importers.row.amount_negative", field, shown)
        if value * 100 >= MAX_FEN:
            raise _problem("importers.row.amount_too_large", field, shown)
        return value * 100
    shown = str(value)
    try:
        d = Decimal(shown)
    except InvalidOperation:
        raise _problem("importers.row.bad_amount", field, shown) from None
    if not d.is_finite():
        raise _problem("importers.row.bad_amount", field, shown)
    if d < 0:
        raise _problem("importers.row.amount_negative", field, shown)
    if d * 100 >= MAX_FEN:
        raise _problem("importers.row.amount_too_large", field, shown)
    fen = d * 100
    if fen != fen.to_integral_value():
        raise _problem("importers.row.amount_decimals", field, shown)
    return int(fen)


def fen_from_cell(value: object, field: str) -> int:
    """A cell that is text (CSV, 2025 xlsx) or a number (2026 xlsx)."""
    if isinstance(value, str):
        return fen_from_text(value, field)
    if isinstance(value, int | float | Decimal):
        return fen_from_number(value, field)
    raise _problem("importers.row.bad_amount", field, "" if value is None else str(value))
