"""Paragraphs across pages: split between lines, never a lone first line at a page's foot
or a lone last line at the next page's head."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from credithealth.report.layout import Paragraph, ParagraphPiece
from credithealth.report.style import BODY, CONTENT_W

LONG = "信用健康报告把每一笔账单都列出来。" * 60


def lines(text: str = LONG) -> ParagraphPiece:
    piece = Paragraph(text, BODY).lay(CONTENT_W / 3)
    assert isinstance(piece, ParagraphPiece)
    return piece


def test_a_paragraph_splits_between_lines_and_loses_none(report_app: QApplication) -> None:
    piece = lines()
    n = len(piece.lines)
    line_h = piece.height / n
    head, tail = piece.split(line_h * (n // 2) + 0.5)
    assert isinstance(head, ParagraphPiece) and isinstance(tail, ParagraphPiece)
    assert head.lines + tail.lines == piece.lines
    assert len(head.lines) == n // 2
    assert abs(head.height + tail.height - piece.height) < 0.01


def test_no_lone_first_line_at_a_page_foot(report_app: QApplication) -> None:
    piece = lines()
    line_h = piece.height / len(piece.lines)
    assert piece.split(line_h * 1.5) == (None, piece)


def test_no_lone_last_line_at_the_next_page_head(report_app: QApplication) -> None:
    piece = lines()
    n = len(piece.lines)
    line_h = piece.height / n
    head, tail = piece.split(line_h * (n - 1) + 0.5)
    assert head is not None and tail is not None
    assert len(tail.lines) == 2  # one more line goes on with the last
