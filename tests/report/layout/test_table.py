"""Tables across pages: a long one splits between rows with its header repeated, a short
one moves on whole, and neither leaves a lone row on either side of a break."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from credithealth.report.layout import KEEP_ROWS, Paragraph, TableBlock, TablePiece, paginate
from credithealth.report.layout.paginate import Page
from credithealth.report.style import CONTENT_W, H3


def table(rows: int) -> TableBlock:
    return TableBlock(
        ("Date", "Amount", "Status"),
        [(f"2026-01-{i % 28 + 1:02d}", f"¥{i}.00", "按时还款") for i in range(rows)],
        "lrl",
        (3, 2, 3),
    )


def tables_on(page: Page) -> list[TablePiece]:
    return [p.piece for p in page if isinstance(p.piece, TablePiece)]


def test_a_long_table_splits_with_its_header_on_every_page(report_app: QApplication) -> None:
    block = table(120)
    row_h = block.lay(CONTENT_W).rows[0].height  # type: ignore[attr-defined]
    pages = paginate([block], CONTENT_W, height=30 * row_h)
    assert len(pages) > 3
    parts = [t for page in pages for t in tables_on(page)]
    assert len(parts) == len(pages)  # one part of the table per page
    assert all(t.header is not None and t.header.header for t in parts)
    assert [t.first_index for t in parts] == [
        sum(len(p.rows) for p in parts[:i]) for i in range(len(parts))
    ]  # rows in order, none lost, none twice: the zebra stripes run on
    assert sum(len(t.rows) for t in parts) == 120
    assert all(len(t.rows) >= 2 for t in parts)


def test_a_short_table_moves_on_whole(report_app: QApplication) -> None:
    short = table(KEEP_ROWS)
    h = short.lay(CONTENT_W).height
    filler = TableBlock(("x",), [("y",)], "l", (1,))
    filler_h = filler.lay(CONTENT_W).height
    pages = paginate([filler, short], CONTENT_W, height=filler_h + h - 1)
    assert [len(tables_on(p)) for p in pages] == [1, 1]
    assert len(tables_on(pages[1])[0].rows) == KEEP_ROWS


def test_a_long_table_leaves_no_lone_row_after_a_break(report_app: QApplication) -> None:
    block = table(KEEP_ROWS + 3)
    piece = block.lay(CONTENT_W)
    rows = piece.rows  # type: ignore[attr-defined]
    # room for all rows but one: the split moves a second row on with it
    room = piece.height - rows[-1].height + 0.5
    head, tail = piece.split(room)
    assert isinstance(head, TablePiece) and isinstance(tail, TablePiece)
    assert (len(head.rows), len(tail.rows)) == (len(rows) - 2, 2)
    assert tail.header is head.header


def test_a_table_heading_goes_on_with_the_table(report_app: QApplication) -> None:
    heading = Paragraph("账单", H3, keep_with_next=True)
    block = table(KEEP_ROWS)
    h = heading.lay(CONTENT_W).height
    t = block.lay(CONTENT_W).height
    filler = Paragraph("正文", H3)
    f = filler.lay(CONTENT_W).height
    page_h = h + block.space_before + t + 1  # the heading and its table fit on a page
    assert f + heading.space_before + h <= page_h  # and the heading alone fits below the filler
    pages = paginate([filler, heading, block], CONTENT_W, height=page_h)
    assert len(pages) == 2
    assert [type(p.piece).__name__ for p in pages[1]] == ["ParagraphPiece", "TablePiece"]
