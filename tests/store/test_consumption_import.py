"""The consumption factor from imported bills: the facts and signals the sample files give.

The samples are small and invented, so every figure below can be checked by hand
against tests/data/importers/make_samples.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.facts import MonthSpend
from credithealth.domain.records import Transaction
from credithealth.store import repo
from credithealth.store.db import memory_db
from credithealth.store.facts import load_facts
from credithealth.store.imports import import_bill
from credithealth.store.series import monthly_spending
from tests.importers.support import read_sample


@pytest.fixture(scope="module")
def imported() -> Database:
    db = memory_db()
    for name in ("alipay_app_2023.csv", "wechat.csv", "alipay_app_2021.csv", "alipay_web.csv"):
        import_bill(db, read_sample(name))
    return db


def test_alipay_2025_months(imported: Database) -> None:
    c = load_facts(imported, date(2025, 7, 15)).consumption
    assert c.has_data
    months = {m.month: m for m in c.months}
    assert [m.month for m in c.months] == [f"2025-0{i}" for i in range(1, 7)]
    # 牛肉面 ¥28 (Huabei) and the bus ¥2
    assert months["2025-03"] == MonthSpend("2025-03", 2, 3000, 2800, 0, 0, 0)
    # the ¥12,000 running shoes on a credit card: one large purchase
    assert months["2025-04"] == MonthSpend("2025-04", 1, 1_200_000, 0, 1, 1_200_000, 0)
    # 收纳箱 ¥89 on Huabei less its ¥29.67 refund; the closed 抽纸 order is no spending
    assert months["2025-05"] == MonthSpend("2025-05", 1, 5933, 5933, 0, 0, 0)
    # ¥18 + ¥126.35 + ¥32.50 + ¥0 (医保) + ¥459 (awaiting delivery) all on Huabei; the
    # earbuds were closed and refunded (neither counts); the ¥3,000 transfer on Huabei is
    # a cash-out
    assert months["2025-06"] == MonthSpend("2025-06", 5, 63585, 63585, 0, 0, 1)
    assert c.median_purchase_fen == 3250
    assert c.large_threshold_fen == 50000  # ten medians is below the floor
    assert c.categories == 7


def test_alipay_2025_signals(imported: Database) -> None:
    a = assess(load_facts(imported, date(2025, 7, 15)))
    f = a.factors["consumption"]
    signals = {s.code: s.params for s in f.signals}
    assert signals["active_months"] == {"active": 1, "months": 6}
    assert signals["large_share"]["count"] == 1 and signals["large_share"]["pct"] == 94
    assert signals["cashouts"] == {"count": 1}
    assert signals["huabei_share"] == {"pct": 5}
    assert signals["variety"] == {"count": 7}
    assert {x.code for x in f.actions} == {"spend_steadily", "avoid_large", "avoid_cashout"}


def test_wechat_2024_months(imported: Database) -> None:
    c = load_facts(imported, date(2024, 6, 15)).consumption
    months = {m.month: m for m in c.months}
    # 空气净化器 ¥12,000 and 早餐 ¥8 less its ¥3 refund
    assert months["2024-03"] == MonthSpend("2024-03", 2, 1_200_500, 0, 1, 1_200_000, 0)
    # the ¥0.01 donation; rent to a person on a credit card is a cash-out; the red packet
    # and the transfer that came back are closed and their refunds take nothing off
    assert months["2024-04"] == MonthSpend("2024-04", 1, 1, 0, 0, 0, 1)
    # 外卖, 面馆 (已转账), 咖啡, 零食, 书, 亲属卡; the fully refunded charging deposit is
    # closed; withdrawals, top-ups and 零钱通 moves are not spending
    assert months["2024-05"] == MonthSpend("2024-05", 6, 29140, 0, 0, 0, 0)


def test_a_refund_for_a_purchase_before_the_window_takes_nothing_off() -> None:
    db = memory_db()
    try:
        bj = timezone(timedelta(hours=8))

        def tx(day: date, fen: int, kind: str, oid: str, parent: str | None = None) -> None:
            repo.insert(
                db,
                Transaction(
                    datetime(day.year, day.month, day.day, 12, tzinfo=bj),
                    fen,
                    "out" if kind == "purchase" else "neutral",
                    kind,
                    "日用百货",
                    source="alipay",
                    external_id=oid,
                    parent_external_id=parent,
                    huabei=kind == "purchase",
                ),
            )

        tx(date(2025, 1, 20), 50_000, "purchase", "A")  # before the window (Feb–Jul)
        tx(date(2025, 3, 1), 10_000, "purchase", "B")
        tx(date(2025, 3, 5), 20_000, "refund", "A_1", "A")
        tx(date(2025, 3, 6), 4_000, "refund", "B_1", "B")
        c = load_facts(db, date(2025, 8, 10)).consumption
        march = next(m for m in c.months if m.month == "2025-03")
        assert (march.spent_fen, march.huabei_fen) == (6_000, 6_000)
    finally:
        db.conn.close()


def test_the_monthly_series_agrees_with_the_facts(imported: Database) -> None:
    series = {m.month: m for m in monthly_spending(imported, date(2025, 7, 15))}
    facts = {m.month: m for m in load_facts(imported, date(2025, 7, 15)).consumption.months}
    for month in ("2025-03", "2025-04", "2025-05", "2025-06"):
        assert (series[month].purchases, series[month].spent_fen, series[month].huabei_fen) == (
            facts[month].purchases,
            facts[month].spent_fen,
            facts[month].huabei_fen,
        )


def test_a_partial_refund_in_a_later_month_only_counts_for_a_purchase_in_the_window() -> None:
    db = memory_db()
    try:
        parsed = read_sample("alipay_app_2023.csv")
        import_bill(db, parsed)
        # as of 2025-06-15 the window is Dec 2024 – May 2025: the May refund of the May
        # purchase nets out
        may = next(
            m for m in load_facts(db, date(2025, 6, 15)).consumption.months if m.month == "2025-05"
        )
        assert may.spent_fen == 5933
    finally:
        db.conn.close()
