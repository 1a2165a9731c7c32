"""Placing laid-out pieces on pages, top to bottom: a piece that does not fit is split
where it allows (or moves on whole), a block marked ``keep_with_next`` (a heading) moves
on with the start of what follows, so it never ends a page alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from credithealth.report.layout.core import Block, PageBreak, Piece
from credithealth.report.style import CONTENT_H


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
