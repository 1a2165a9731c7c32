"""What the overview shows besides the current assessment, gathered off the GUI thread.

Everything here calls the store and the domain; nothing is computed in a widget.
A refresh reloads only what a change can have touched: a new repayment does not
re-read five years of transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from credithealth.domain.assess import assess
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules
from credithealth.store import series
from credithealth.store.database import Database
from credithealth.store.facts import load_facts

# how far back the factor cards' change and the radar's earlier polygon look
CHANGE_DAYS = 30
RADAR_DAYS = 90

# the tables each series reads; any other table (or "*") reloads everything
SERIES_TABLES: dict[str, frozenset[str]] = {
    "sesame": frozenset({"score_snapshots"}),
    "repayments": frozenset({"accounts", "bills", "repayments"}),
    "spending": frozenset({"transactions"}),
}
# tables that change nothing a chart or a past assessment shows
QUIET_TABLES = frozenset({"assessments", "imports", "checkups"})


@dataclass(frozen=True)
class Past:
    """The records as they stood 30 and 90 days ago, assessed (None before the first record)."""

    month_ago: Assessment | None
    quarter_ago: Assessment | None


@dataclass(frozen=True)
class OverviewData:
    """One load: None for a series that was not reloaded (the page keeps what it has)."""

    today: date
    history: list[series.HistoryPoint]
    missing_month_ends: list[date]
    first_record: date | None
    sesame: list[tuple[date, int]] | None = None
    repayments: list[series.MonthRepayments] | None = None
    spending: list[series.MonthSpending] | None = None
    past: Past | None = None
    reloaded: frozenset[str] = field(default_factory=frozenset)


def parts_for(tables: Iterable[str]) -> frozenset[str]:
    """The series a change to ``tables`` can move."""
    out: set[str] = set()
    for t in tables:
        if t in QUIET_TABLES:
            continue
        hit = {k for k, ts in SERIES_TABLES.items() if t in ts}
        out |= hit or set(SERIES_TABLES)
    return frozenset(out)


def assess_on(db: Database, on: date, rules: Rules, first: date | None) -> Assessment | None:
    """The records as they stood on ``on``; None before anything was recorded."""
    if first is None or on < first:
        return None
    return assess(load_facts(db, on, rules), rules, projection=False)


def load(
    db: Database,
    today: date,
    rules: Rules,
    parts: Iterable[str],
    known_first: date | None = None,
    *,
    past: bool = True,
) -> OverviewData:
    """Read the history, the series named in ``parts`` and (with ``past``) the records
    assessed as of 30 and 90 days ago.

    A new earliest record moves where the monthly series start, so they are reloaded
    whenever ``known_first`` (what the page last saw) is no longer the first date.
    """
    first = series.first_record_date(db)
    wanted = set(parts)
    if first != known_first:
        wanted |= set(SERIES_TABLES)
    return OverviewData(
        today=today,
        history=series.history(db),
        missing_month_ends=series.missing_month_ends(db, today, first),
        first_record=first,
        sesame=series.sesame_series(db) if "sesame" in wanted else None,
        repayments=series.monthly_repayments(db, today) if "repayments" in wanted else None,
        spending=series.monthly_spending(db, today) if "spending" in wanted else None,
        past=load_past(db, today, rules, first) if past else None,
        reloaded=frozenset(wanted),
    )


def load_past(db: Database, today: date, rules: Rules, first: date | None) -> Past:
    return Past(
        month_ago=assess_on(db, today - timedelta(days=CHANGE_DAYS), rules, first),
        quarter_ago=assess_on(db, today - timedelta(days=RADAR_DAYS), rules, first),
    )
