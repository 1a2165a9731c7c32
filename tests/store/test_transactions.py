"""The Spending page's queries: filters, sorts, windows and positions, all in SQL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlite_utils import Database

from credithealth.domain.records import Transaction
from credithealth.store import repo
from credithealth.store.imports import import_bill
from credithealth.store.transactions import (
    SORTS,
    TransactionFilter,
    count_transactions,
    filter_choices,
    position_of,
    transaction_ids,
    transaction_page,
    transactions_by_id,
)
from tests.importers.support import read_sample

BJ = timezone(timedelta(hours=8))


@pytest.fixture
def bills(db: Database) -> Database:
    import_bill(db, read_sample("alipay_app_2023.csv"))
    import_bill(db, read_sample("wechat.csv"))
    repo.insert(
        db,
        Transaction(
            datetime(2025, 6, 2, 8, 0, tzinfo=BJ),
            1200,
            "out",
            "purchase",
            "餐饮美食",
            "早餐铺 100%_纯",
            "豆浆",
            "现金",
        ),
    )
    return db


def test_filters_count_and_page_alike(bills: Database) -> None:
    everything = TransactionFilter()
    assert count_transactions(bills, everything) == 64
    cases = {
        TransactionFilter(month="2025-06"): 15,  # 14 imported, 1 by hand
        TransactionFilter(source="wechat"): 33,
        TransactionFilter(source="manual"): 1,
        TransactionFilter(kind="purchase", method="花呗"): 5,
        TransactionFilter(category="餐饮美食"): 4,
        TransactionFilter(text="示例数码"): 2,
        TransactionFilter(text="4200000000000000000000000632"): 1,  # by order number
        TransactionFilter(text="100%_"): 1,  # % and _ are searched for, not wildcards
        TransactionFilter(text="100%x"): 0,
        TransactionFilter(month="2024-05", source="wechat", kind="purchase"): 6,
    }
    for f, n in cases.items():
        assert count_transactions(bills, f) == n, f
        assert len(transaction_page(bills, f, limit=1000)) == n, f
        assert len(transaction_ids(bills, f, "counterparty")) == n, f


def test_newest_first_by_default_and_windows_join_up(bills: Database) -> None:
    f = TransactionFilter()
    whole = transaction_page(bills, f, limit=1000)
    times = [t.occurred_at for t in whole]
    assert times == sorted(times, reverse=True)
    windows = [t for i in range(0, 64, 10) for t in transaction_page(bills, f, offset=i, limit=10)]
    assert [t.id for t in windows] == [t.id for t in whole]


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_ids_in_order_match_the_pages_and_positions(
    bills: Database, sort: str, descending: bool
) -> None:
    f = TransactionFilter(source="alipay")
    ids = list(transaction_ids(bills, f, sort, descending))
    page = transaction_page(bills, f, sort, descending, limit=1000)
    assert [t.id for t in page] == ids
    assert [t.id for t in transactions_by_id(bills, ids[5:12])] == ids[5:12]
    for i in (0, 7, len(ids) - 1):
        assert position_of(bills, f, sort, descending, ids[i]) == i
    hidden = transaction_page(bills, TransactionFilter(source="wechat"), limit=1)[0]
    assert position_of(bills, f, sort, descending, hidden.id) is None  # type: ignore[arg-type]


def test_amount_sorts_money_out_below_money_in(bills: Database) -> None:
    page = transaction_page(bills, TransactionFilter(), "amount", False, limit=1000)
    signed = [-t.amount_fen if t.direction == "out" else t.amount_fen for t in page]
    assert signed == sorted(signed)
    assert page[0].amount_fen == 1_200_000 and page[0].direction == "out"


def test_filter_choices(bills: Database) -> None:
    c = filter_choices(bills)
    assert c.months[0] == "2025-06" and c.months[-1] == "2024-03" and len(c.months) == 16
    assert "花呗" in c.methods and "" not in c.methods and "现金" in c.methods
    assert "餐饮美食" in c.categories and "商户消费" in c.categories
    assert c.sources == ("alipay", "wechat", "manual")
    assert "purchase" in c.kinds


def test_an_empty_database(db: Database) -> None:
    assert count_transactions(db) == 0
    assert filter_choices(db).months == ()
    assert transactions_by_id(db, []) == []
