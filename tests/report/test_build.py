"""The report's content: what it says, that making it writes nothing, and odd databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from credithealth.domain.rules import FACTORS, default_rules
from credithealth.report import build_report
from credithealth.report.model import ReportModel
from credithealth.store.db import memory_db
from credithealth.store.json_backup import dump
from credithealth.store.series import backfill_dates, history
from tests.report.conftest import DEMO_DAY, NAME, PHONE


def all_strings(value: object) -> list[str]:
    out: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, (tuple, list)):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif hasattr(v, "__dataclass_fields__"):
            for name in v.__dataclass_fields__:  # type: ignore[attr-defined]
                walk(getattr(v, name))

    walk(value)
    return out


def test_making_a_report_changes_nothing_in_the_database(seeded_db: Database) -> None:
    before = dump(seeded_db)
    build_report(seeded_db, DEMO_DAY, "zh_CN")
    assert dump(seeded_db) == before
    assert history(seeded_db) == []  # the history was assessed in memory, not stored


def test_the_same_input_gives_an_equal_model(seeded_db: Database) -> None:
    assert build_report(seeded_db, DEMO_DAY, "en") == build_report(seeded_db, DEMO_DAY, "en")


def test_history_has_every_month_end_and_the_report_date(seeded_db: Database) -> None:
    m = build_report(seeded_db, DEMO_DAY, "en")
    assert [p.on for p in m.charts.history] == backfill_dates(seeded_db, DEMO_DAY)
    assert str(m.charts.history[-1].overall) == m.cover.overall
    assert "blocked" in {p.verdict for p in m.charts.history}  # the overdue month shows


def test_cover_and_sections(seeded_db: Database) -> None:
    m = build_report(seeded_db, DEMO_DAY, "zh_CN")
    assert m.cover.verdict == "not_yet" and m.cover.verdict_short == "还需努力"
    assert "2026-11-24 至 2026-11-26" in m.cover.facts.rows[-1][1]  # the pending application
    # no proof and no report is assumed: the projection lists only habits beside its date
    projected = dict(m.cover.facts.rows)["预计可申请日期"]
    assert projected == "2028-11-15"
    assumes = dict(m.cover.facts.rows)["预测的前提"]
    assert "房产证" not in assumes and "按时足额还款" in assumes
    assert [f.factor.key for f in m.factors] == list(FACTORS)
    rules = default_rules()
    assert [f.factor.weight for f in m.factors] == [rules.overall.weights[k] for k in FACTORS]
    assert m.charts.radar.before is not None  # 90 days earlier is inside the records
    assert [s.number for s in m.steps] == [1, 2, 3, 4, 5]
    assert m.steps[0].status == "done"  # the demo's self-check
    assert m.steps[3].status == "now"  # a pending application: waiting for the decision
    assert any("2026-11-24" in line and "2026-11-26" in line for line in m.steps[3].lines)
    assert "我的 → 花呗 → 我的额度 → 恢复额度 / 账户状态" in m.steps[2].lines[-1]
    plan = m.plan.tables[0]
    assert plan.rows and all(r[0] == "□" for r in plan.rows)
    apps = m.applications.tables[0]
    assert [r[3] for r in apps.rows] == ["被拒绝", "审核中"]


def test_every_string_is_masked(seeded_db: Database) -> None:
    m = build_report(seeded_db, DEMO_DAY, "en", name=NAME)
    strings = all_strings(m)
    assert not any(PHONE in s or NAME in s for s in strings)
    assert any("138****5678" in s for s in strings)


def test_appendix_reads_the_rules(seeded_db: Database) -> None:
    m: ReportModel = build_report(seeded_db, DEMO_DAY, "en")
    weights = m.appendix[1].tables[0]
    rules = default_rules()
    assert [r[1] for r in weights.rows[:5]] == [f"{rules.overall.weights[k]}%" for k in FACTORS]
    assert weights.rows[-1][2] == str(rules.overall.threshold)
    imports = m.appendix[0].tables[2]
    assert imports.rows == (
        ("alipay_record_138****5678.csv", "alipay_csv", "2026-11-20", "8 / 10"),
    )


def test_an_empty_database_still_makes_a_report(report_app: object, tmp_path: object) -> None:
    from pathlib import Path

    from credithealth.report import write_pdf

    db = memory_db()
    m = build_report(db, date(2026, 1, 5), "zh_CN")
    assert m.charts.history and m.charts.radar.before is None
    assert m.cover.overall == "—"  # no overall score while a factor has no evidence
    assert m.plan.tables[0].rows  # with nothing recorded, there is plenty to do
    out = Path(str(tmp_path)) / "empty.pdf"
    assert write_pdf(m, out) >= 5
    assert out.stat().st_size > 10_000


def test_unknown_language_is_a_bug(seeded_db: Database) -> None:
    with pytest.raises(ValueError):
        build_report(seeded_db, DEMO_DAY, "fr")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "make-up working days (调休) are not known"), ("zh_CN", "调休上班日未知")],
)
def test_a_decision_in_a_year_with_only_the_estimate_says_so(lang: str, words: str) -> None:
    from credithealth.domain.records import Application
    from credithealth.store import repo

    db = memory_db()
    day = date(2026, 12, 31)
    repo.insert(db, Application(day, "app", "pending", predicted_verdict="likely"))
    m = build_report(db, day, lang)
    step4 = m.steps[3].lines
    assert any("2027-01-04" in line for line in step4)  # New Year's Day and the weekend skipped
    assert any(words in line for line in step4)
    assert any(words in s for s in all_strings(m.applications))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_page_ends_before_it_is_full(seeded_db: Database, report_app: object, lang: str) -> None:
    """A page ends early only when what comes next does not fit at its foot (a forced break
    before the charts and the appendix left two-thirds of a page blank)."""
    from credithealth.report.pages import Pages
    from credithealth.report.style import CONTENT_H

    pages = Pages(build_report(seeded_db, DEMO_DAY, lang))
    try:
        for n, (page, nxt) in enumerate(zip(pages.pages[1:-1], pages.pages[2:], strict=True), 2):
            last = page[-1]
            free = CONTENT_H - (last.y + last.piece.height)
            first = nxt[0].piece.min_height()
            # a third of a page may stay blank (a heading goes on with the table it heads)
            assert free < CONTENT_H / 3 or first > free, f"page {n}: {free:.0f} pt free"
    finally:
        pages.close()


def test_demo_transactions_are_not_called_entered_by_hand(report_app: object) -> None:
    """Example data carries Alipay transactions without an import record."""
    from credithealth.store.demo import fill_demo

    db = memory_db()
    fill_demo(db, DEMO_DAY)
    m = build_report(db, DEMO_DAY, "en")
    sources, imports = m.appendix[0].tables[1], m.appendix[0].tables[2]
    assert any(r[0] == "From Alipay bill files" for r in sources.rows)
    assert not imports.rows
    assert "entered by hand" not in imports.empty
    assert "No import is on record" in imports.empty


@pytest.mark.parametrize(("lang", "words"), [("en", "not answered yet"), ("zh_CN", "尚未填写")])
def test_unanswered_checklists_read_as_missing_not_as_not_done(lang: str, words: str) -> None:
    db = memory_db()
    db["security_items"].insert({"key": "mfa_enabled", "done": 0})  # answered: not done
    m = build_report(db, DEMO_DAY, lang)
    sections = {s.factor.key: s for s in m.factors}
    security = sections["account_security"].tables[0].rows
    profile = sections["personal_info"].tables[0].rows
    statuses = [r[1] for r in security]
    assert sum(words in s for s in statuses) == len(security) - 1  # all but the answered one
    assert any(("not done" if lang == "en" else "未完成") in s for s in statuses)
    assert all(words in r[1] for r in profile)
