"""A small flow layout: blocks measured at a width, split across pages where they may be
(paragraphs between lines, tables between rows, with the header row repeated), placed
top to bottom. The same layout paints onto a PDF page or a preview image.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLayout, QTextOption

from credithealth.report.fonts import font, measure_device
from credithealth.report.style import (
    BODY,
    CELL,
    CELL_HEAD,
    CONTENT_H,
    HEAD_BG,
    INK,
    RULE,
    TONES,
    ZEBRA,
    TextStyle,
)

CELL_PAD_X = 5.0
CELL_PAD_Y = 3.0
TONE_BAR = 3.0
KEEP_ROWS = 6  # tables this short are never split across pages
# A row never splits across pages, so a cell taller than a page would be cut off, and
# Qt's line breaking slows with the length of an unbroken text: long notes end in "…".
MAX_CELL_CHARS = 500
MAX_PARAGRAPH_CHARS = 4000
BOX = "□"
BOX_STYLE = TextStyle(12.5)
ALIGN = {
    "l": Qt.AlignmentFlag.AlignLeft,
    "r": Qt.AlignmentFlag.AlignRight,
    "c": Qt.AlignmentFlag.AlignHCenter,
}


class Piece:
    """A laid-out part of a block: a height, a way to paint at (x, y), maybe a way to split."""

    height: float = 0.0

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        raise NotImplementedError

    def min_height(self) -> float:
        """The least of it that can stand at the foot of a page."""
        return self.height

    def split(self, room: float) -> tuple[Piece | None, Piece | None]:
        """What fits in ``room`` and what goes on; (None, self) if nothing can."""
        return (self, None) if self.height <= room else (None, self)


class Block:
    space_before: float = 0.0
    keep_with_next: bool = False

    def lay(self, width: float) -> Piece:
        raise NotImplementedError


# --- text -------------------------------------------------------------------------------


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with "…" (masking comes first)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class TextLines:
    """A paragraph broken into lines at a width, measured on the 96-dpi device."""

    layout: QTextLayout
    lines: list[tuple[int, float, float]]  # (line number, top, height)

    @classmethod
    def make(
        cls,
        text: str,
        style: TextStyle,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> TextLines:
        # a line break inside a cell or a paragraph is a line separator for QTextLayout
        layout = QTextLayout(text.replace("\n", "\u2028"), font(style), measure_device())
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        out = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, y))
            out.append((line.lineNumber(), y, line.height()))
            y += line.height()
        layout.endLayout()
        return cls(layout, out)

    @property
    def height(self) -> float:
        return sum(h for _, _, h in self.lines)

    def paint(
        self, painter: QPainter, x: float, y: float, color: str, lines: Sequence[int] | None = None
    ) -> None:
        painter.setPen(QColor(color))
        top = None
        wanted = None if lines is None else set(lines)
        for number, line_top, _h in self.lines:
            if wanted is not None and number not in wanted:
                continue
            if top is None:
                top = line_top
            line = self.layout.lineAt(number)
            line.draw(painter, QPointF(x, y - top))


@dataclass
class ParagraphPiece(Piece):
    text: TextLines
    style: TextStyle
    indent: float
    lines: list[int]
    bullet: str = ""
    bullet_color: str = INK
    tag: TextLines | None = None
    tag_color: str = INK
    tag_x: float = 0.0
    first: bool = True
    height: float = 0.0
    background: str = ""
    pad: float = 0.0
    width: float = 0.0

    def __post_init__(self) -> None:
        mine = set(self.lines)  # a set: a long paragraph has hundreds of lines
        hs = [h for n, _, h in self.text.lines if n in mine]
        self.height = sum(hs) + 2 * self.pad
        if self.first and self.tag is not None:
            self.height = max(self.height, self.tag.height + 2 * self.pad)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        if self.background:
            painter.fillRect(QRectF(x, y, self.width, self.height), QColor(self.background))
        y += self.pad
        if self.bullet and self.first:
            painter.setFont(font(self.style))
            painter.setPen(QColor(self.bullet_color))
            first_h = self.text.lines[self.lines[0]][2] if self.lines else 12
            painter.drawText(
                QRectF(x + self.pad, y, self.indent, first_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.bullet,
            )
        self.text.paint(painter, x + self.indent + self.pad, y, self.style.color, self.lines)
        if self.tag is not None and self.first:
            self.tag.paint(painter, x + self.tag_x, y, self.tag_color)

    def min_height(self) -> float:
        return self.text.lines[self.lines[0]][2] + 2 * self.pad if self.lines else 0.0

    def split(self, room: float) -> tuple[Piece | None, Piece | None]:
        used, fit = self.pad, []
        for n in self.lines:
            h = self.text.lines[n][2]
            if used + h + self.pad > room:
                break
            used += h
            fit.append(n)
        # no lone first line at a page's foot, no lone last line at the next page's head
        if not fit or (len(fit) == 1 and len(self.lines) > 1):
            return None, self
        if len(self.lines) - len(fit) == 1 and len(fit) > 2:
            fit = fit[:-1]
        rest = self.lines[len(fit) :]  # fit is a prefix of lines
        head = ParagraphPiece(
            self.text,
            self.style,
            self.indent,
            fit,
            self.bullet,
            self.bullet_color,
            self.tag,
            self.tag_color,
            self.tag_x,
            self.first,
            background=self.background,
            pad=self.pad,
            width=self.width,
        )
        tail = ParagraphPiece(
            self.text,
            self.style,
            self.indent,
            rest,
            self.bullet,
            self.bullet_color,
            None,
            self.tag_color,
            self.tag_x,
            False,
            background=self.background,
            pad=self.pad,
            width=self.width,
        )
        return head, tail


@dataclass
class Paragraph(Block):
    text: str
    style: TextStyle = BODY
    bullet: str = ""
    bullet_color: str = INK
    indent: float = 0.0  # the hanging indent (where the bullet sits)
    tag: str = ""  # a short note set flush right on the first line ("+2 points")
    tag_color: str = INK
    tag_width: float = 0.0
    space_before: float = 4.0
    keep_with_next: bool = False
    background: str = ""
    pad: float = 0.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft

    def lay(self, width: float) -> Piece:
        indent = self.indent or (16.0 if self.bullet else 0.0)
        tag_w = self.tag_width if self.tag else 0.0
        text_w = width - indent - tag_w - (8.0 if tag_w else 0.0) - 2 * self.pad
        lines = TextLines.make(
            clipped(self.text, MAX_PARAGRAPH_CHARS), self.style, text_w, self.align
        )
        tag = None
        if self.tag:
            tag = TextLines.make(
                self.tag,
                TextStyle(self.style.size - 0.8, True, self.tag_color),
                tag_w,
                Qt.AlignmentFlag.AlignRight,
            )
        return ParagraphPiece(
            lines,
            self.style,
            indent,
            [n for n, _, _ in lines.lines],
            self.bullet,
            self.bullet_color,
            tag,
            self.tag_color,
            width - tag_w - self.pad if tag else width,
            background=self.background,
            pad=self.pad,
            width=width,
        )


# --- tables ------------------------------------------------------------------------------


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


# --- fixed pieces -------------------------------------------------------------------------


@dataclass
class DrawnPiece(Piece):
    """Something drawn by a function in a box of fixed height (a chart, the verdict flag)."""

    draw: Callable[[QPainter, QRectF], None]
    width: float
    height: float = 0.0

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.draw(painter, QRectF(x, y, self.width, self.height))


@dataclass
class Drawn(Block):
    draw: Callable[[QPainter, QRectF], None]
    height: float
    space_before: float = 6.0
    keep_with_next: bool = False
    width: float | None = None  # default: the full text width

    def lay(self, width: float) -> Piece:
        return DrawnPiece(self.draw, self.width or width, self.height)


@dataclass
class Spacer(Block):
    height: float

    def lay(self, width: float) -> Piece:
        return DrawnPiece(lambda p, r: None, width, self.height)


class PageBreak(Block):
    pass


@dataclass
class Keep(Block):
    """Blocks that must stand on one page together (a caption and its chart)."""

    blocks: list[Block] = field(default_factory=list)
    space_before: float = 6.0

    def lay(self, width: float) -> Piece:
        pieces = [(b.space_before if i else 0.0, b.lay(width)) for i, b in enumerate(self.blocks)]
        return StackPiece(pieces)


@dataclass
class StackPiece(Piece):
    pieces: list[tuple[float, Piece]]
    height: float = 0.0

    def __post_init__(self) -> None:
        self.height = sum(gap + p.height for gap, p in self.pieces)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for gap, p in self.pieces:
            y += gap
            p.paint(painter, x, y)
            y += p.height


# --- pagination --------------------------------------------------------------------------


@dataclass
class Placed:
    piece: Piece
    y: float  # from the top of the content area


Page = list[Placed]


def paginate(blocks: Sequence[Block], width: float, height: float = CONTENT_H) -> list[Page]:
    pages: list[Page] = [[]]
    y = 0.0
    laid = [None if isinstance(b, PageBreak) else b.lay(width) for b in blocks]

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for i, (block, piece) in enumerate(zip(blocks, laid, strict=True)):
        if piece is None:
            if pages[-1]:
                new_page()
            continue
        if pages[-1]:
            y += block.space_before
        if block.keep_with_next and i + 1 < len(blocks):
            nxt = laid[i + 1]
            need = piece.height + (blocks[i + 1].space_before + nxt.min_height() if nxt else 0.0)
            if pages[-1] and y + need > height:
                new_page()
        current: Piece | None = piece
        while current is not None:
            room = height - y
            if current.height <= room:
                pages[-1].append(Placed(current, y))
                y += current.height
                current = None
                continue
            head, tail = current.split(room)
            if head is None:
                if not pages[-1]:
                    # taller than a page and unsplittable: it is placed and clipped
                    pages[-1].append(Placed(current, y))
                    y += current.height
                    current = None
                else:
                    new_page()
                continue
            pages[-1].append(Placed(head, y))
            new_page()
            current = tail
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages
