"""Tables: rows measured at column widths, split between rows across pages with the
header row repeated on every page; a short table (``KEEP_ROWS``) never splits, a long one
leaves at least two rows on either side of a break."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from credithealth.report.layout.core import Block, Piece
from credithealth.report.layout.text import TextLines, clipped
from credithealth.report.style import CELL, CELL_HEAD, HEAD_BG, INK, RULE, TONES, ZEBRA, TextStyle

CELL_PAD_X = 5.0
CELL_PAD_Y = 3.0
TONE_BAR = 3.0
KEEP_ROWS = 6  # tables this short are never split across pages
# A row never splits across pages, so a cell taller than a page would be cut off
MAX_CELL_CHARS = 500
BOX = "□"
BOX_STYLE = TextStyle(12.5)
ALIGN = {
    "l": Qt.AlignmentFlag.AlignLeft,
    "r": Qt.AlignmentFlag.AlignRight,
    "c": Qt.AlignmentFlag.AlignHCenter,
}


@dataclass
class Row:
    cells: list[TextLines]
    height: float
    tone: str = ""
    header: bool = False


@dataclass
class TablePiece(Piece):
    xs: list[float]  # left edge of each column
    widths: list[float]
    aligns: str
    header: Row | None
    rows: list[Row]
    first_index: int = 0  # the index of rows[0] in the whole table (for zebra stripes)
    height: float = 0.0
    zebra: bool = True
    lines: bool = True
    tone_column: int = -1  # the column whose text takes the row's tone colour

    def __post_init__(self) -> None:
        self.height = (self.header.height if self.header else 0.0) + sum(
            r.height for r in self.rows
        )

    def _paint_row(self, painter: QPainter, row: Row, x: float, y: float, index: int) -> None:
        width = sum(self.widths)
        if row.header:
            painter.fillRect(QRectF(x, y, width, row.height), QColor(HEAD_BG))
        elif self.zebra and index % 2 == 1:
            painter.fillRect(QRectF(x, y, width, row.height), QColor(ZEBRA))
        if row.tone:
            painter.fillRect(QRectF(x, y + 1, TONE_BAR, row.height - 2), QColor(TONES[row.tone]))
        for i, (cell, cx) in enumerate(zip(row.cells, self.xs, strict=True)):
            color = TONES[row.tone] if row.tone and i == self.tone_column else INK
            cell.paint(painter, x + cx + CELL_PAD_X, y + CELL_PAD_Y, color)
        if self.lines:
            painter.setPen(QPen(QColor(RULE), 0.6))
            painter.drawLine(QPointF(x, y + row.height), QPointF(x + width, y + row.height))

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        if self.header is not None:
            self._paint_row(painter, self.header, x, y, 0)
            y += self.header.height
        for i, row in enumerate(self.rows):
            self._paint_row(painter, row, x, y, self.first_index + i)
            y += row.height

    def min_height(self) -> float:
        """What ``split`` would place at the least: the header and two rows, or all of a
        short table (so a heading is never left alone above a table that moved on)."""
        head = self.header.height if self.header else 0.0
        rows = self.rows if len(self.rows) <= KEEP_ROWS else self.rows[:2]
        return head + sum(r.height for r in rows)

    def split(self, room: float) -> tuple[Piece | None, Piece | None]:
        used = self.header.height if self.header else 0.0
        n = 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            n += 1
        # a short table stays whole; a long one leaves at least two rows on either side
        if n == 0 or len(self.rows) <= KEEP_ROWS:
            return None, self
        if len(self.rows) - n < 2:
            n = len(self.rows) - 2
        if n < 2:
            return None, self
        head = TablePiece(
            self.xs,
            self.widths,
            self.aligns,
            self.header,
            self.rows[:n],
            self.first_index,
            zebra=self.zebra,
            lines=self.lines,
            tone_column=self.tone_column,
        )
        tail = TablePiece(
            self.xs,
            self.widths,
            self.aligns,
            self.header,
            self.rows[n:],
            self.first_index + n,
            zebra=self.zebra,
            lines=self.lines,
            tone_column=self.tone_column,
        )
        return head, tail


@dataclass
class TableBlock(Block):
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    align: str
    widths: Sequence[int]
    tones: Sequence[str] = ()
    space_before: float = 4.0
    header: bool = True
    zebra: bool = True
    first_column_bold: bool = False
    tone_column: int = -1
    width_share: float = 1.0  # of the text width

    def lay(self, width: float) -> Piece:
        width *= self.width_share
        total = sum(self.widths)
        ws = [width * w / total for w in self.widths]
        xs = [sum(ws[:i]) for i in range(len(ws))]

        def make_row(values: Sequence[str], header: bool, tone: str = "") -> Row:
            cells = []
            for i, (v, w) in enumerate(zip(values, ws, strict=True)):
                style = CELL_HEAD if header or (self.first_column_bold and i == 0) else CELL
                if v == BOX:
                    style = BOX_STYLE  # a box big enough to tick with a pen
                text = clipped(v, MAX_CELL_CHARS)
                cells.append(TextLines.make(text, style, w - 2 * CELL_PAD_X, ALIGN[self.align[i]]))
            h = max((c.height for c in cells), default=0.0) + 2 * CELL_PAD_Y
            return Row(cells, h, tone, header)

        head = make_row(self.columns, True) if self.header else None
        tones = list(self.tones) + [""] * (len(self.rows) - len(self.tones))
        rows = [make_row(r, False, tn) for r, tn in zip(self.rows, tones, strict=True)]
        return TablePiece(
            xs, ws, self.align, head, rows, zebra=self.zebra, tone_column=self.tone_column
        )
