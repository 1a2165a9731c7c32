"""Backups with the right types but arbitrary values: whatever a restore accepts, assess and
the report then work on, without an exception. What it refuses is a clear StoreError."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credithealth.domain import limits
from credithealth.domain import records as r
from credithealth.domain.assess import assess
from credithealth.report import build_report
from credithealth.store.convert import field_types
from credithealth.store.db import memory_db
from credithealth.store.errors import StoreError
from credithealth.store.facts import load_facts
from credithealth.store.json_backup import FORMAT, ORDER, VERSION, parse_backup, restore_records

SEEN: Counter[str] = Counter()
TODAY = date.today()

# the words a field takes: its vocabulary, and a stranger's
VOCAB: dict[str, tuple[str, ...]] = {
    "kind": (*r.ACCOUNT_KINDS, *r.SECURITY_EVENT_KINDS, *r.TRANSACTION_KINDS),
    "status": (*r.ACCOUNT_STATUSES, *r.APPLICATION_STATUSES, "交易成功"),
    "key": (*r.SECURITY_ITEM_KEYS, *r.PROFILE_ITEM_KEYS),
    "direction": r.DIRECTIONS,
    "source": (*r.TRANSACTION_SOURCES, *r.REPAYMENT_SOURCES),
    "provider": r.SCORE_PROVIDERS,
    "channel": r.APPLICATION_CHANNELS,
    "predicted_verdict": r.VERDICTS,
    "verdict": limits.STORED_VERDICTS,
    "proofs": ("", *r.PROOF_KINDS, "salary_flow,property", "yacht"),
    "reasons": ("", *r.CHECKUP_REASONS, "overdue,unknown", "aliens"),
    "period": ("2026-01", "2025-12", "0001-01", "2026-13"),
    "factors": ('{"credit_status": 80}', "{}", '{"x": 101}', "[]"),
}
INTS = st.one_of(
    st.integers(0, 120),
    st.sampled_from([1, 24, 350, 949, 950, 3650, limits.MAX_FEN, limits.MAX_FEN + 1]),
    st.integers(-(2**63), 2**63 - 1),
)
DAYS = st.one_of(
    st.dates(TODAY - timedelta(days=800), TODAY + timedelta(days=60)),
    st.dates(date(1, 1, 1), date(9999, 12, 31)),
)


def _value(name: str, t: type) -> st.SearchStrategy[Any]:
    if name in VOCAB:
        return st.one_of(st.sampled_from(VOCAB[name]), st.text(max_size=12))
    if name in ("account_id", "bill_id", "import_id"):
        return st.sampled_from([1, 2])
    if t is bool:
        return st.booleans()
    if t is int:
        return INTS
    if t is date:
        return DAYS.map(date.isoformat)
    if t is datetime:
        tz = timezone(timedelta(hours=8))
        return DAYS.map(lambda d: datetime(d.year, d.month, d.day, 12, tzinfo=tz).isoformat())
    return st.one_of(st.text(max_size=40), st.just("x" * 10_001))


def _in_range(name: str, limit: limits.Limit) -> st.SearchStrategy[Any]:
    """Any value the field's declared range allows: extremes included."""
    if name == "account_id":
        return st.sampled_from([1, 2])
    if name in ("bill_id", "import_id", "resolved_on", "decided_on"):
        return st.none()  # references and orderings the schema checks: refusals, not news
    last = limits.last_day()
    days = st.dates(limits.FIRST_DAY, last)
    if isinstance(limit, limits.Fen):
        return st.one_of(st.integers(int(limit.positive), limits.MAX_FEN), st.just(limits.MAX_FEN))
    if isinstance(limit, limits.Count):
        return st.integers(limit.low, limit.high)
    if isinstance(limit, limits.Flag):
        return st.booleans()
    if isinstance(limit, limits.Day):
        return days.map(date.isoformat)
    if isinstance(limit, limits.Moment):
        tz = timezone(timedelta(hours=8))
        return days.map(lambda d: datetime(d.year, d.month, d.day, 23, 59, tzinfo=tz).isoformat())
    if isinstance(limit, limits.Period):
        return days.map(lambda d: d.strftime("%Y-%m"))
    if isinstance(limit, limits.OneOf):
        return st.sampled_from(limit.choices)
    if isinstance(limit, limits.SetOf):
        return st.lists(st.sampled_from(limit.choices), max_size=3).map(",".join)
    if isinstance(limit, limits.Scores):
        keys = st.sampled_from(["credit_status", "consumption", "other"])
        return st.dictionaries(keys, st.integers(0, 100)).map(json.dumps)
    assert isinstance(limit, limits.Text), name
    short = st.text(min_size=int(limit.required), max_size=30).filter(
        lambda t: not limit.required or t.strip()
    )
    return st.one_of(short, st.just("长" * limit.limit))


def _record(cls: type, hostile: bool) -> st.SearchStrategy[dict[str, Any]]:
    types = field_types(cls)
    make = (
        (lambda n: _value(n, types[n]))
        if hostile
        else (lambda n: _in_range(n, limits.LIMITS[cls][n]))
    )
    return st.fixed_dictionaries({f.name: make(f.name) for f in fields(cls) if f.name != "id"})


UNIQUE_KEYS = {r.SecurityItem: r.SECURITY_ITEM_KEYS, r.ProfileItem: r.PROFILE_ITEM_KEYS}


@st.composite
def backups(draw: st.DrawFn) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for cls in ORDER:
        low, high = (2, 3) if cls is r.Account else (0, 1 if cls is r.AssessmentRecord else 2)
        n = draw(st.integers(low, high))
        # mostly values in range (so that restores succeed), now and then a stranger's
        recs = [draw(_record(cls, draw(st.sampled_from([False] * 9 + [True])))) for _ in range(n)]
        unique = UNIQUE_KEYS.get(cls, ())
        for i, rec in enumerate(recs, 1):
            rec["id"] = i
            if unique and rec["key"] in unique:
                rec["key"] = unique[i - 1]
        tables[cls.table] = recs  # type: ignore[attr-defined]
    return {"format": FORMAT, "version": VERSION, "tables": tables}


@pytest.fixture(scope="module", autouse=True)
def tally() -> Iterator[None]:
    yield
    print(f"\nrestore fuzzing: {dict(SEEN)}")


@settings(
    max_examples=int(os.environ.get("FUZZ_SCALE", "1")) * 40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=backups())
def test_what_a_restore_accepts_can_be_assessed_and_reported(
    report_app: object, data: dict[str, Any]
) -> None:
    db = memory_db()
    try:
        try:
            recs = parse_backup(json.dumps(data), "fuzz.json")
            restore_records(db, recs, replace=False, file="fuzz.json")
        except StoreError as exc:
            assert exc.msg.render("en") and exc.msg.render("zh_CN")
            SEEN["refused"] += 1
            return
        SEEN["restored"] += 1
        for as_of in (TODAY, TODAY + timedelta(days=400)):
            result = assess(load_facts(db, as_of))
            result.to_json("zh_CN")
        build_report(db, TODAY, "en")
    finally:
        db.conn.close()
