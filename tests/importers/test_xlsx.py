"""WeChat XLSX: the two layouts told apart by content, and odd cells."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest

from credithealth.importers import BillFileError, read_bill_bytes
from credithealth.importers.times import BEIJING

HEADER = [
    "交易时间",
    "交易类型",
    "交易对方",
    "商品",
    "收/支",
    "金额(元)",
    "支付方式",
    "当前状态",
    "交易单号",
    "商户单号",
    "备注",
]


def _workbook(rows: list[list[object]], preamble: list[str] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in preamble if preamble is not None else ["微信支付账单明细", "注：", ""]:
        ws.append([line or None])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _row(
    time: object = "2025-08-01 12:00:00", amount: object = "¥12.00", **kw: object
) -> list[object]:
    row: list[object] = [
        time,
        "商户消费",
        "示例商户",
        "午餐",
        "支出",
        amount,
        "零钱",
        "支付成功",
        "4200000000000000000000000001\t",
        "1\t",
        "/",
    ]
    for i, v in kw.items():
        row[int(i[1:])] = v
    return row


def test_text_cells_are_the_2025_layout() -> None:
    parsed = read_bill_bytes(_workbook([_row()]), "w.xlsx")
    assert parsed.format == "wechat_xlsx_2025"
    t = parsed.rows[0].transaction
    assert (t.amount_fen, t.occurred_at) == (1200, datetime(2025, 8, 1, 12, tzinfo=BEIJING))
    assert parsed.rows[0].line == 5


def test_typed_cells_or_the_utc_note_are_the_2026_layout() -> None:
    typed = _workbook([_row(datetime(2026, 3, 2, 8, 0, 1), 12)])
    assert read_bill_bytes(typed, "w.xlsx").format == "wechat_xlsx_2026"
    noted = _workbook([_row()], ["微信支付账单明细", "4. 本账单中所有时间均为UTC+08:00时间"])
    assert read_bill_bytes(noted, "w.xlsx").format == "wechat_xlsx_2026"


def test_odd_cells_are_row_errors() -> None:
    rows = [
        _row(),
        _row(amount=12.345),
        _row(amount=True),
        _row(time=45000.5),
        _row(time=None),
        _row(c4="进账"),
        _row()[:6],
    ]
    parsed = read_bill_bytes(_workbook(rows), "w.xlsx")
    assert [r.line for r in parsed.rows] == [5]
    assert [(e.line, e.msg.code) for e in parsed.errors] == [
        (6, "importers.row.amount_decimals"),
        (7, "importers.row.bad_amount"),
        (8, "importers.row.bad_time"),
        (9, "importers.row.bad_time"),
        (10, "importers.row.bad_direction"),
        (11, "importers.row.field_count"),
    ]


def test_numbers_in_text_columns_become_text() -> None:
    rows = [_row(c8=4.2e27), _row(c8=12345), _row(c8=12346.0)]
    parsed = read_bill_bytes(_workbook(rows), "w.xlsx")
    assert [(e.line, e.msg.code) for e in parsed.errors] == [(5, "importers.row.damaged_order_id")]
    assert [r.transaction.external_id for r in parsed.rows] == ["12345", "12346"]


def test_most_order_numbers_rounded_means_excel() -> None:
    rows = [_row(c8=4.2e27), _row(c8=4.3e27), _row(c8="1")]
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(_workbook(rows), "w.xlsx")
    assert caught.value.msg.code == "importers.excel_resaved"
    assert caught.value.msg.params["example"] == "4.2e+27"


def test_blank_rows_and_footer_dashes_end_nothing_early() -> None:
    rows = [_row(), [None] * 11, _row(c8="2"), ["-----"], _row(c8="3")]
    parsed = read_bill_bytes(_workbook(rows), "w.xlsx")
    assert [r.transaction.external_id for r in parsed.rows] == ["4200000000000000000000000001", "2"]


def test_a_sheet_without_a_wechat_header() -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["交易时间", "摘要", "金额"])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(buf.getvalue(), "x.xlsx")
    assert caught.value.msg.code == "importers.unknown_format"
    wb = openpyxl.Workbook()
    wb.active.append(["hello"])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(BillFileError) as caught:
        read_bill_bytes(buf.getvalue(), "x.xlsx")
    assert caught.value.msg.code == "importers.unknown_format"


def test_the_header_may_be_on_a_later_sheet() -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["封面"])
    ws = wb.create_sheet("账单")
    ws.append(HEADER)
    ws.append(_row())
    buf = io.BytesIO()
    wb.save(buf)
    assert read_bill_bytes(buf.getvalue(), "x.xlsx").rows_total == 1
