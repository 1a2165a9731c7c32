"""Readiness over time: the records assessed as they stood on each of a run of days.

The store supplies the facts of a day and keeps each result (``store.facts.load_facts``,
``store.series.record_assessment``); the scoring itself happens here, so the store never
runs the scorer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from credithealth.domain.assess import assess
from credithealth.domain.facts import Facts
from credithealth.domain.results import Assessment
from credithealth.domain.rules import Rules


def assessments_on(
    dates: Iterable[date], facts_on: Callable[[date], Facts], rules: Rules
) -> Iterable[Assessment]:
    """Each day's assessment of the records as they stood then (no projection ahead)."""
    for d in dates:
        yield assess(facts_on(d), rules, projection=False)


def assess_each(
    dates: Sequence[date],
    facts_on: Callable[[date], Facts],
    keep: Callable[[Assessment], None],
    rules: Rules,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Assess each day and ``keep`` the result, one day at a time.

    ``progress(done, total)`` may return False to stop early; what was kept stays kept.
    Returns the number of days assessed.
    """
    for i, a in enumerate(assessments_on(dates, facts_on, rules)):
        keep(a)
        if progress is not None and progress(i + 1, len(dates)) is False:
            return i + 1
    return len(dates)
