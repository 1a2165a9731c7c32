"""CSV files once decoded: header search, footers, blank lines, line ends."""

from __future__ import annotations

from datetime import date

import pytest

from credithealth.importers.csvtext import parse_csv_text
from credithealth.importers.errors import BillFileError

HEADER = (
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
    "交易订单号,商家订单号,备注,"
)
ROW = "2025-06-30 21:14:05,餐饮美食,示例奶茶,/,奶茶,支出,18.00,花呗,交易成功,20250630001\t,\t,,"


def test_preamble_of_any_length_and_blank_lines() -> None:
    for preamble in ([], ["导出信息："], ["x"] * 40):
        text = "\n".join([*preamble, HEADER, ROW, "", ",,,,", ROW.replace("001", "002")])
        body = parse_csv_text(text, "a.csv")
        lines = [r.line for r in body.collected.rows]
        assert lines == [len(preamble) + 2, len(preamble) + 5]


def test_rows_stop_at_the_footer_and_its_period_is_read() -> None:
    footer = [
        "-" * 84,
        "导出信息：",
        "起始时间：[2025-06-01 00:00:00]    终止时间：[2025-06-30 23:59:59]",
    ]
    body = parse_csv_text("\n".join([HEADER, ROW, *footer, ROW]), "a.csv")
    assert len(body.collected.rows) == 1
    assert body.period == (date(2025, 6, 1), date(2025, 6, 30))


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_ends(eol: str) -> None:
    body = parse_csv_text(eol.join([HEADER, ROW, ROW]) + eol, "a.csv")
    assert [r.line for r in body.collected.rows] == [2, 3]


def test_no_header_or_an_unknown_one() -> None:
    for text in ("", "a,b,c\n1,2,3", "交易时间,摘要,金额\n"):
        with pytest.raises(BillFileError) as caught:
            parse_csv_text(text, "x.csv")
        assert caught.value.msg.code == "importers.unknown_format"
