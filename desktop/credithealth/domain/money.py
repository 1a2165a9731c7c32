"""Money at the edges: yuan text in, integer fen inside, yuan text out."""

from __future__ import annotations

import re

from credithealth.domain.messages import Msg

_YUAN = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")


class MoneyError(ValueError):
    """Text that is not an amount of money; ``msg`` says why, in any language."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg


def parse_yuan(text: str, *, allow_zero: bool = True) -> int:
    """Parse "1,234.56", "¥1234.5" or "1234" into fen (123456, 123450, 123400).

    Rejects negatives, more than two decimals, misplaced thousands separators and
    anything that is not a number.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    for sign in ("¥", "￥"):
        s = s.removeprefix(sign)
    if not s:
        raise MoneyError(Msg("money.empty"))
    if s.startswith("-") or s.startswith("−"):
        raise MoneyError(Msg("money.negative"))
    m = _YUAN.match(s)
    if m is None:
        if re.fullmatch(r"[\d,]*\.\d{3,}", s):
            raise MoneyError(Msg("money.too_many_decimals"))
        raise MoneyError(Msg("money.not_a_number", {"text": text.strip()}))
    digits = m.group(1).replace(",", "")
    if len(digits.lstrip("0")) > 10:  # before int(): thousands of digits are refused there
        raise MoneyError(Msg("money.too_large"))
    frac = (m.group(2) or "").ljust(2, "0")
    fen = int(digits) * 100 + int(frac or "0")
    if fen == 0 and not allow_zero:
        raise MoneyError(Msg("money.zero"))
    from credithealth.domain.limits import MAX_FEN  # here: formatting alone needs no limits

    if fen > MAX_FEN:
        raise MoneyError(Msg("money.too_large"))
    return fen


def format_yuan(fen: int, *, symbol: bool = True) -> str:
    """123456 -> "¥1,234.56"; negative amounts keep their sign before the symbol."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{whole:,}.{part:02d}"
