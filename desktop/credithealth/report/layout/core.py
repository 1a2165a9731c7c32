"""The layout core: a ``Block`` is content that lays itself out at a width into a ``Piece``
(a height, a way to paint at (x, y), maybe a way to split between pages). Fixed pieces
(a chart, a spacer), a forced page break, and ``Keep`` (blocks that stand on one page
together) live here; text and tables in ``text`` and ``table``; ``paginate`` places pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter


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
