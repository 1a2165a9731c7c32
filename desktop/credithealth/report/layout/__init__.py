"""A small flow layout for the report: blocks measured at a width, split across pages
where they may (paragraphs between lines, tables between rows with the header row
repeated), placed top to bottom. The same layout paints onto a PDF page or a preview image.

``core`` (blocks, pieces, fixed pieces), ``text`` (paragraphs), ``table`` (tables),
``paginate`` (pages).
"""

from __future__ import annotations

from credithealth.report.layout.core import (
    Block,
    Drawn,
    DrawnPiece,
    Keep,
    PageBreak,
    Piece,
    Spacer,
    StackPiece,
)
from credithealth.report.layout.paginate import Page, Placed, paginate
from credithealth.report.layout.table import KEEP_ROWS, MAX_CELL_CHARS, Row, TableBlock, TablePiece
from credithealth.report.layout.text import (
    MAX_PARAGRAPH_CHARS,
    Paragraph,
    ParagraphPiece,
    TextLines,
    clipped,
)

__all__ = [
    "KEEP_ROWS",
    "MAX_CELL_CHARS",
    "MAX_PARAGRAPH_CHARS",
    "Block",
    "Drawn",
    "DrawnPiece",
    "Keep",
    "Page",
    "PageBreak",
    "Paragraph",
    "ParagraphPiece",
    "Piece",
    "Placed",
    "Row",
    "Spacer",
    "StackPiece",
    "TableBlock",
    "TablePiece",
    "TextLines",
    "clipped",
    "paginate",
]
