"""The overview's loads: which series a change moves, and what one load reads."""

from __future__ import annotations

from datetime import timedelta

from credithealth.domain.rules import default_rules
from credithealth.store import series
from credithealth.store.db import memory_db
from credithealth.store.demo import fill_demo
from credithealth.ui.pages.overview import data
from tests.ui.pages.overview.scenarios import TODAY

RULES = default_rules()


def test_a_change_reloads_the_series_of_its_table() -> None:
    assert data.parts_for(["repayments"]) == {"repayments"}
    assert data.parts_for(["bills", "score_snapshots"]) == {"repayments", "sesame"}
    assert data.parts_for(["transactions"]) == {"spending"}
    assert data.parts_for(["assessments", "imports"]) == set()
    assert data.parts_for(["security_items"]) == {"repayments", "sesame", "spending"}
    assert data.parts_for(["*"]) == {"repayments", "sesame", "spending"}


def test_a_load_reads_what_it_is_asked_for() -> None:
    db = memory_db()
    fill_demo(db, TODAY)
    first = series.first_record_date(db)
    d = data.load(db, TODAY, RULES, {"sesame"}, first, past=False)
    assert d.sesame == series.sesame_series(db)
    assert d.repayments is None and d.spending is None and d.past is None
    assert d.missing_month_ends == series.backfill_dates(db, TODAY)[:-1]

    # an unknown first date (a new oldest record) reloads every series
    d = data.load(db, TODAY, RULES, set(), None)
    assert d.reloaded == set(data.SERIES_TABLES)
    assert d.repayments == series.monthly_repayments(db, TODAY)
    assert d.past is not None and d.past.month_ago is not None
    assert d.past.month_ago.as_of == TODAY - timedelta(days=30)
    assert d.past.quarter_ago.as_of == TODAY - timedelta(days=90)  # type: ignore[union-attr]


def test_nothing_to_compare_with_before_the_first_record() -> None:
    db = memory_db()
    fill_demo(db, TODAY)
    first = series.first_record_date(db)
    assert first is not None
    assert data.assess_on(db, first - timedelta(days=1), RULES, first) is None
    assert data.assess_on(db, first, RULES, first) is not None
    assert data.load(memory_db(), TODAY, RULES, set()).past == data.Past(None, None)
