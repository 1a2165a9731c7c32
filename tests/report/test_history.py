"""The report's readiness history: assessed in memory, the same as the app's back-fill keeps."""

from __future__ import annotations

from pathlib import Path

from credithealth.domain.history import assess_each
from credithealth.domain.rules import default_rules
from credithealth.report.sections.charts import assessed_history
from credithealth.report.sections.context import Context
from credithealth.store.db import open_db
from credithealth.store.demo import fill_demo
from credithealth.store.facts import load_facts
from credithealth.store.series import backfill_dates, history, record_assessment
from tests.store.conftest import DEMO_DAY


def test_assessed_history_is_what_backfill_stores_without_storing(tmp_path: Path) -> None:
    demo_db = open_db(tmp_path / "demo.sqlite3")
    fill_demo(demo_db, DEMO_DAY)
    rules = default_rules()
    ctx = Context(demo_db, DEMO_DAY, "en", rules)
    in_memory = assessed_history(ctx, months=6)
    assert [p.on for p in in_memory] == backfill_dates(demo_db, DEMO_DAY)[-7:]
    assert history(demo_db) == []  # nothing written
    days = backfill_dates(demo_db, DEMO_DAY)
    assess_each(
        days,
        lambda d: load_facts(demo_db, d, rules),
        lambda a: record_assessment(demo_db, a),
        rules,
    )
    assert in_memory == history(demo_db)[-7:]
    assert assessed_history(ctx, months=100) == history(demo_db)
    demo_db.conn.close()
