"""Alipay bill files made in the tests: Huabei purchases, repayments, chosen spans."""

from __future__ import annotations

from itertools import count

from credithealth.importers import ParsedFile, read_bill_bytes
from tests.data.importers.make_samples import alipay_gen3_rows

_ORDER = count(1)


def order_no() -> str:
    return f"20250000220011{next(_ORDER):014d}"


def purchase(
    at: str,
    yuan: str,
    party: str = "示例超市",
    method: str = "花呗",
    what: str = "日用品",
    category: str = "日用百货",
    order: str | None = None,
) -> str:
    return f"{at}|{category}|{party}|/|{what}|支出|{yuan}|{method}|交易成功|{order or order_no()}||"


def repayment(at: str, yuan: str, period: str | None) -> str:
    """A Huabei repayment; ``period`` "2025-06" names the bill (2025年06月账单)."""
    what = "花呗主动还款" + (f"-{period[:4]}年{period[5:7]}月账单" if period else "")
    return f"{at}|信用借还|花呗|/|{what}|不计收支|{yuan}|余额宝|还款成功|{order_no()}||"


def refund(at: str, yuan: str, parent: str) -> str:
    return (
        f"{at}|退款|示例超市|/|退款-日用品|不计收支|{yuan}|花呗|退款成功|{parent}_{next(_ORDER)}||"
    )


def alipay_file(rows: list[str], start: str, end: str, name: str = "alipay.csv") -> ParsedFile:
    """``start``/``end`` are days (YYYY-MM-DD): the span the file states it covers."""
    rows = sorted(rows, reverse=True)  # newest first, as the app writes them
    data = alipay_gen3_rows(rows, f"{start} 00:00:00", f"{end} 23:59:59")
    return read_bill_bytes(data, name)
