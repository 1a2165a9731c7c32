"""Lines and cells: one decoded copy sliced into rows, stripped, leniently quoted."""

from __future__ import annotations

from credithealth.importers.lines import first_cell, is_blank, numbered_lines, split_cells


def test_line_ends() -> None:
    assert list(numbered_lines("a\nb\n")) == [(1, "a"), (2, "b")]
    assert list(numbered_lines("a\r\nb\r\n")) == [(1, "a"), (2, "b")]
    assert list(numbered_lines("a\rb")) == [(1, "a"), (2, "b")]
    assert list(numbered_lines("a\n\nb")) == [(1, "a"), (2, ""), (3, "b")]
    assert list(numbered_lines("")) == []


def test_cells_are_stripped_of_padding_and_tabs() -> None:
    line = "交易时间            ,2025062022001129077030421197\t,                    \t,"
    assert split_cells(line) == ["交易时间", "2025062022001129077030421197", "", ""]


def test_quoting() -> None:
    # quoted commas, doubled quotes, and quotes inside an unquoted field all survive
    assert split_cells('a,"咖啡,拿铁","作者""示例""",b"c"d,x') == [
        "a",
        "咖啡,拿铁",
        '作者"示例"',
        'b"c"d',
        "x",
    ]
    # a quote left open ends with its line instead of swallowing the next rows
    assert split_cells('a,"open,b') == ["a", "open,b"]


def test_lines_csv_refuses_are_split_plainly() -> None:
    assert split_cells('a,"b"\x00,c\rd') == ["a", '"b"\x00', "c\rd"]


def test_first_cell_and_blank_lines() -> None:
    assert first_cell('"交易时间" ,交易分类') == "交易时间"
    assert first_cell("收/支                 ,交易对方") == "收/支"
    assert is_blank(",,,,,,,,")
    assert is_blank("  \t")
    assert not is_blank("共3笔记录,,,")
