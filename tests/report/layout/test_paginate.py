"""Placing pieces on pages: what fits stays, what splits splits, a heading moves on with
what it heads. Pieces of known heights here, so every expected position is exact."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QPainter

from credithealth.report.layout import Block, PageBreak, Piece, paginate
from credithealth.report.layout.paginate import Page


@dataclass
class Lines(Piece):
    """A run of lines of 10 units: splits between any two lines (at least one each side)."""

    n: int
    name: str = ""
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = 10.0 * self.n

    def paint(self, painter: QPainter, x: float, y: float) -> None:  # pragma: no cover
        pass

    def min_height(self) -> float:
        return 10.0

    def split(self, room: float) -> tuple[Piece | None, Piece | None]:
        fit = int(room // 10)
        if fit < 1 or self.n < 2:
            return None, self
        fit = min(fit, self.n - 1)
        return Lines(fit, self.name), Lines(self.n - fit, self.name)


@dataclass
class Box(Piece):
    """A piece that never splits."""

    h: float
    name: str = ""

    def __post_init__(self) -> None:
        self.height = self.h

    def paint(self, painter: QPainter, x: float, y: float) -> None:  # pragma: no cover
        pass


@dataclass
class Fixed(Block):
    piece: Piece
    space_before: float = 0.0
    keep_with_next: bool = False

    def lay(self, width: float) -> Piece:
        return self.piece


def names(page: Page) -> list[tuple[str, float, float]]:
    return [(p.piece.name, p.y, p.piece.height) for p in page]  # type: ignore[attr-defined]


def test_what_fits_stays_on_the_page_with_the_space_before_it() -> None:
    pages = paginate([Fixed(Box(30, "a")), Fixed(Box(30, "b"), space_before=5)], 100, 100)
    assert [names(p) for p in pages] == [[("a", 0.0, 30.0), ("b", 35.0, 30.0)]]


def test_a_splittable_piece_runs_on_to_the_next_page() -> None:
    pages = paginate([Fixed(Box(70, "a")), Fixed(Lines(8, "text"))], 100, 100)
    assert [names(p) for p in pages] == [
        [("a", 0.0, 70.0), ("text", 70.0, 30.0)],
        [("text", 0.0, 50.0)],
    ]


def test_an_unsplittable_piece_moves_on_whole_and_space_before_is_dropped_at_a_page_top() -> None:
    pages = paginate([Fixed(Box(70, "a")), Fixed(Box(40, "b"), space_before=8)], 100, 100)
    assert [names(p) for p in pages] == [[("a", 0.0, 70.0)], [("b", 0.0, 40.0)]]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page() -> None:
    blocks = [
        Fixed(Box(80, "body")),
        Fixed(Box(10, "heading"), keep_with_next=True),
        Fixed(Box(30, "table")),
    ]
    pages = paginate(blocks, 100, 100)
    # the heading fits (80 + 10) but its table does not: both go on
    assert [names(p) for p in pages] == [
        [("body", 0.0, 80.0)],
        [("heading", 0.0, 10.0), ("table", 10.0, 30.0)],
    ]


def test_a_heading_stays_when_the_start_of_what_it_heads_fits() -> None:
    blocks = [
        Fixed(Box(70, "body")),
        Fixed(Box(10, "heading"), keep_with_next=True),
        Fixed(Lines(5, "text")),
    ]
    pages = paginate(blocks, 100, 100)
    assert [names(p) for p in pages] == [
        [("body", 0.0, 70.0), ("heading", 70.0, 10.0), ("text", 80.0, 20.0)],
        [("text", 0.0, 30.0)],
    ]


def test_a_page_break_starts_a_page_but_never_an_empty_one() -> None:
    blocks = [PageBreak(), Fixed(Box(10, "a")), PageBreak(), PageBreak(), Fixed(Box(10, "b"))]
    pages = paginate(blocks, 100, 100)
    assert [names(p) for p in pages] == [[("a", 0.0, 10.0)], [("b", 0.0, 10.0)]]


def test_a_piece_taller_than_a_page_that_cannot_split_gets_a_page_of_its_own() -> None:
    pages = paginate([Fixed(Box(10, "a")), Fixed(Box(250, "huge")), Fixed(Box(10, "c"))], 100, 100)
    assert [names(p) for p in pages] == [
        [("a", 0.0, 10.0)],
        [("huge", 0.0, 250.0)],
        [("c", 0.0, 10.0)],
    ]


@given(st.lists(st.tuples(st.booleans(), st.integers(1, 25)), min_size=1, max_size=30))
def test_every_line_is_placed_once_in_order_and_inside_the_page(
    runs: list[tuple[bool, int]],
) -> None:
    blocks: list[Block] = []
    for i, (split, n) in enumerate(runs):
        piece: Piece = Lines(n, str(i)) if split else Box(10.0 * min(n, 10), str(i))
        blocks.append(Fixed(piece, space_before=4.0))
    pages = paginate(blocks, 100, 100)
    placed = [(p.piece.name, p.piece.height) for page in pages for p in page]  # type: ignore[attr-defined]
    for page in pages:
        assert page  # no empty page
        for p in page:
            assert p.y >= 0 and p.y + p.piece.height <= 100
        assert all(a.y + a.piece.height <= b.y for a, b in itertools.pairwise(page))
    total: dict[str, float] = {}
    for name, h in placed:
        total[name] = total.get(name, 0.0) + h
    assert list(total) == [str(i) for i in range(len(runs))]
    assert [total[str(i)] for i in range(len(runs))] == [b.piece.height for b in blocks]  # type: ignore[attr-defined]
