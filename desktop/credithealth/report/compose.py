"""The report's content (a ``ReportModel``) as a flow of layout blocks, section by section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from credithealth.report.cover_drawing import FLAG_HEIGHT, bars_height, draw_bars, draw_flag
from credithealth.report.layout import (
    Block,
    Drawn,
    Keep,
    PageBreak,
    Paragraph,
    Spacer,
    TableBlock,
)
from credithealth.report.model import FactorSection, Line, ReportModel, Section, Table
from credithealth.report.style import (
    BODY,
    BOX_BG,
    H1,
    H2,
    H3,
    MUTED,
    SMALL,
    SUBTITLE,
    TITLE,
    TONES,
    TextStyle,
)

# chart heights on the page, in 1/96 inch
CHART_HEIGHTS = {
    "radar": 330.0,
    "readiness": 300.0,
    "sesame": 260.0,
    "repayments": 260.0,
    "spending": 240.0,
}
NARROW = 0.6
SIGNAL_TAG_W = 64.0
ACTION_TAG_W = 190.0

ChartDrawer = Callable[[str, QPainter, QRectF], None]


def h1(text: str) -> Paragraph:
    return Paragraph(text, H1, space_before=24.0, keep_with_next=True)


def h2(text: str) -> Paragraph:
    return Paragraph(text, H2, space_before=16.0, keep_with_next=True)


def h3(text: str) -> Paragraph:
    return Paragraph(text, H3, space_before=10.0, keep_with_next=True)


def table(t: Table, *, header: bool = True, first_column_bold: bool = False) -> list[Block]:
    out: list[Block] = []
    if t.title:
        out.append(h3(t.title))
    if t.rows:
        out.append(
            TableBlock(
                t.columns,
                t.rows,
                t.align,
                t.widths,
                t.tones,
                header=header,
                first_column_bold=first_column_bold,
                tone_column=t.tone_column,
                width_share=NARROW if t.narrow else 1.0,
            )
        )
    elif t.empty:
        out.append(Paragraph(t.empty, SMALL))
    return out


def line(item: Line, bullet: str, tag_w: float) -> Paragraph:
    color = TONES[item.tone] if item.tone else MUTED
    return Paragraph(
        item.text,
        BODY,
        bullet=bullet,
        bullet_color=color,
        tag=item.tag,
        tag_color=color,
        tag_width=tag_w if item.tag else 0.0,
        space_before=3.0,
    )


def chart(kind: str, caption: str, draw_chart: ChartDrawer, note: str = "") -> Keep:
    blocks: list[Block] = [Paragraph(caption, H3, space_before=0.0)]
    if note:
        blocks.append(Paragraph(note, SMALL, space_before=2.0))
    blocks.append(Drawn(lambda p, r: draw_chart(kind, p, r), CHART_HEIGHTS[kind], space_before=4.0))
    return Keep(blocks, space_before=14.0)


def cover(m: ReportModel) -> list[Block]:
    c = m.cover
    out: list[Block] = [
        Spacer(6.0),
        Paragraph(c.app_name, SUBTITLE, space_before=0.0),
        Paragraph(c.title, TITLE, space_before=2.0),
        Paragraph(c.data_as_of, SUBTITLE, space_before=4.0),
    ]
    if c.prepared_for:
        out.append(Paragraph(c.prepared_for, TextStyle(11), space_before=4.0))
    out += [
        Drawn(draw_flag(c, m.labels["overall"]), FLAG_HEIGHT, space_before=18.0),
        Paragraph(c.overall_note, SMALL, space_before=6.0),
    ]
    out += table(c.facts, header=False, first_column_bold=True)
    out += [
        h3(m.labels["factor_summary"]),
        Drawn(draw_bars(c.factors, m.labels), bars_height(len(c.factors)), space_before=4.0),
        Paragraph(c.disclaimer_title, H3, space_before=18.0, keep_with_next=True),
        Paragraph(
            c.disclaimer, TextStyle(9, color=MUTED), background=BOX_BG, pad=8.0, space_before=4.0
        ),
    ]
    return out


def factor(n: int, f: FactorSection, m: ReportModel, draw_chart: ChartDrawer) -> list[Block]:
    tone = TONES["good"] if f.factor.passed else TONES["bad"]
    out: list[Block] = [
        h2(f"{n}. {f.factor.name}"),
        Paragraph(f.summary, TextStyle(10, True, tone), space_before=2.0, keep_with_next=True),
        h3(m.labels["signals"]),
    ]
    out += [line(s, "•", SIGNAL_TAG_W) for s in f.signals] or [
        Paragraph(m.labels["no_signals"], SMALL)
    ]
    out.append(h3(m.labels["actions"]))
    out += [line(a, "→", ACTION_TAG_W) for a in f.actions] or [
        Paragraph(m.labels["no_actions"], SMALL)
    ]
    for t in f.tables:
        out += table(t)
    out += [Paragraph(note, SMALL) for note in f.notes]
    if f.chart:
        out.append(chart(f.chart, f.chart_caption, draw_chart))
    return out


def section(s: Section, heading: Callable[[str], Paragraph] = h2) -> list[Block]:
    out: list[Block] = [heading(s.title)]
    out += [Paragraph(p, BODY) for p in s.intro]
    for t in s.tables:
        out += table(t)
    out += [Paragraph(p, BODY) for p in s.notes]
    return out


def steps(m: ReportModel) -> list[Block]:
    rows = tuple((f"{s.number}  {s.title}", s.status_text, "\n".join(s.lines)) for s in m.steps)
    tones = tuple({"done": "good", "now": "warn"}.get(s.status, "") for s in m.steps)
    t = Table(
        (m.labels["step"], m.labels["status"], m.labels["where"]),
        rows,
        "lll",
        (3, 2, 10),
        title=m.steps_title,
        tones=tones,
        tone_column=1,
    )
    return table(t, first_column_bold=True)


def compose(m: ReportModel, draw_chart: ChartDrawer) -> list[Block]:
    blocks = cover(m)
    blocks += [PageBreak(), h1(m.factors_title)]
    for n, f in enumerate(m.factors, start=1):
        blocks += factor(n, f, m, draw_chart)
    cap = m.chart_captions
    # the parts after the factors run on: a forced page break before the charts and the
    # appendix left most of a page blank (a heading never ends a page: keep_with_next)
    blocks += [
        h1(m.charts_title),
        chart("radar", cap["radar"], draw_chart),
        chart("readiness", cap["readiness"], draw_chart, cap["readiness_note"]),
        chart("sesame", cap["sesame"], draw_chart),
        chart("repayments", cap["repayments"], draw_chart),
    ]
    blocks += section(m.plan, h1)
    blocks += steps(m)
    blocks += section(m.applications, h1)
    blocks += [h1(m.labels["appendix"])]
    for s in m.appendix:
        blocks += section(s)
    return blocks
