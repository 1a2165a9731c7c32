"""Paragraphs: text broken into lines at a width (measured on the 96-dpi device, so a
preview breaks lines where the PDF does), split between lines across pages with no lone
first or last line, with an optional bullet and a tag set flush right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextLayout, QTextOption

from credithealth.report.fonts import font, measure_device
from credithealth.report.layout.core import Block, Piece
from credithealth.report.style import BODY, INK, TextStyle

# Qt's line breaking slows with the length of an unbroken text: long notes end in "…".
MAX_PARAGRAPH_CHARS = 4000


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
