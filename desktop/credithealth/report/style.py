"""The page: A4 in 1/96-inch units, margins for print, type sizes and ink colours."""

from __future__ import annotations

from dataclasses import dataclass

from credithealth.charts.palette import LIGHT

DPI = 96  # one layout unit is one pixel at 96 dpi: what the charts are drawn for
MM = DPI / 25.4

PAGE_W = 210 * MM
PAGE_H = 297 * MM
MARGIN_X = 18 * MM  # wide enough for binding holes and printers' unprintable edge
MARGIN_TOP = 24 * MM  # the running header sits inside it
MARGIN_BOTTOM = 20 * MM  # the page number sits inside it
HEADER_Y = 11 * MM
FOOTER_Y = PAGE_H - 11 * MM
CONTENT_X = MARGIN_X
CONTENT_Y = MARGIN_TOP
CONTENT_W = PAGE_W - 2 * MARGIN_X
CONTENT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

INK = "#1f2d2b"
MUTED = "#5f6b69"
RULE = "#c9d2d0"
HEAD_BG = "#e9efee"
ZEBRA = "#f6f8f8"
BOX_BG = "#f3f6f5"
TONES = {"good": "#1a7f37", "warn": "#b7791f", "bad": "#c62828", "": MUTED}
VERDICT = LIGHT.verdict
VERDICT_BG = {
    "likely": "#e8f5ec",
    "not_yet": "#fdf3e1",
    "blocked": "#fbe9e9",
    "needs_data": "#eeeff1",
}


@dataclass(frozen=True)
class TextStyle:
    size: float  # points
    bold: bool = False
    color: str = INK


BODY = TextStyle(9.5)
SMALL = TextStyle(8.5, color=MUTED)
CELL = TextStyle(8.2)
CELL_HEAD = TextStyle(8.2, bold=True)
H1 = TextStyle(17, bold=True)
H2 = TextStyle(13, bold=True)
H3 = TextStyle(10.5, bold=True)
TITLE = TextStyle(24, bold=True)
SUBTITLE = TextStyle(12, color=MUTED)
HEADER = TextStyle(7.5, color=MUTED)
