"""The report's content as plain data: every sentence already in the chosen language and
masked, every number already formatted, the chart series ready to draw.

``build_report`` makes it from the store and the domain; the page code only lays it
out. The same records, date and language always give an equal model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credithealth.charts.data import RadarData, SesameData
from credithealth.store.series import HistoryPoint, MonthRepayments, MonthSpending


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: str  # one letter per column: l(eft), r(ight), c(entre)
    widths: tuple[int, ...]  # relative column widths
    empty: str = ""  # said instead of an empty table
    title: str = ""
    # per row: "" or a tone (good, warn, bad) that colours the row's status cell
    tones: tuple[str, ...] = ()
    tone_column: int = -1  # the column whose text takes the row's tone (its status), if any
    narrow: bool = False  # a short table of a few columns: set at 60% of the text width


@dataclass(frozen=True)
class Line:
    """A sentence with an optional tag on the right ("-12 points") and a tone."""

    text: str
    tag: str = ""
    tone: str = ""  # good, warn, bad or ""


@dataclass(frozen=True)
class FactorScore:
    key: str
    name: str
    score: int
    band: str  # band key
    band_name: str
    threshold: int
    weight: int
    passed: bool
    shown: str = ""  # the score as printed: "—" for a factor without evidence


@dataclass(frozen=True)
class FactorSection:
    factor: FactorScore
    summary: str  # "84 / 100 · good · pass mark 70 · weight 35%"
    signals: tuple[Line, ...]
    actions: tuple[Line, ...]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()
    chart: str = ""  # a chart drawn with the evidence ("spending")
    chart_caption: str = ""


@dataclass(frozen=True)
class Cover:
    title: str
    app_name: str
    verdict: str  # likely, not_yet, blocked
    verdict_short: str
    verdict_sentence: str
    overall: str  # the score as shown: "—" while a factor has no evidence
    overall_note: str
    data_as_of: str
    facts: Table  # at a glance: label -> value
    factors: tuple[FactorScore, ...]
    disclaimer_title: str
    disclaimer: str
    prepared_for: str = ""  # empty unless the user asked for their name on the report


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    status: str  # done, now, todo
    status_text: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ChartSeries:
    radar: RadarData
    history: tuple[HistoryPoint, ...]
    overall_threshold: int
    sesame: SesameData
    repayments: tuple[MonthRepayments, ...]
    spending: tuple[MonthSpending, ...]


@dataclass(frozen=True)
class Section:
    """A titled run of content: paragraphs, lines and tables, in order."""

    title: str
    intro: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportModel:
    lang: str
    on: date
    header: str  # the running header: app name, "readiness report", date
    cover: Cover
    factors_title: str
    factors: tuple[FactorSection, ...]
    charts_title: str
    chart_captions: dict[str, str]  # radar, readiness, readiness_note, sesame, repayments
    charts: ChartSeries
    plan: Section  # the checklist: a table whose first column is the box to tick
    steps_title: str
    steps: tuple[Step, ...]
    applications: Section
    appendix: tuple[Section, ...]
    labels: dict[str, str] = field(default_factory=dict)  # step column headings, etc.
