"""The lazy transactions model: it passes the model tester, and reads only what is shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from sqlite_utils import Database

from credithealth.store.db import memory_db
from credithealth.store.transactions import TransactionFilter
from credithealth.ui.pages.spending.transactions_model import (
    COLUMNS,
    PAGE,
    RECORD_ROLE,
    TransactionsModel,
    amount_text,
    order_number,
)

BJ = timezone(timedelta(hours=8))

BIG = 100_000


def fill(db: Database, n: int) -> None:
    start = datetime(2021, 1, 1, tzinfo=BJ)
    db.conn.executemany(
        "INSERT INTO transactions (occurred_at, amount_fen, direction, kind, category, "
        "counterparty, description, method, status, source, external_id, huabei) "
        "VALUES (?, ?, 'out', 'purchase', '餐饮美食', ?, '午餐', '花呗', '交易成功', 'alipay', ?, 1)",
        [
            (
                (start + timedelta(minutes=17 * i)).isoformat(timespec="seconds"),
                100 + i % 9000,
                f"示例商户{i % 97:02d}",
                f"{i:028d}",
            )
            for i in range(n)
        ],
    )
    db.conn.commit()


@pytest.fixture(scope="module")
def big() -> Iterator[Database]:
    db = memory_db()
    fill(db, BIG)
    yield db
    db.conn.close()


def test_the_model_passes_the_model_tester(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(lambda: session.db)
    model.reload()
    assert model.rowCount() > PAGE  # the demo's 576: more than one window
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by counterparty: the id-list mode
    qtmodeltester.check(model)
    model.set_filter(TransactionFilter(kind="purchase", text="奶茶"))
    qtmodeltester.check(model)
    model.set_filter(TransactionFilter(text="nothing like this"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_opening_100k_transactions_reads_one_window(qapp, big: Database, store_reads) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(lambda: big)
    assert model.rowCount() == 0 and store_reads.count == 0  # nothing read until asked
    model.reload()
    assert model.rowCount() == BIG
    assert store_reads.count == 0  # counting reads no rows
    first = model.data(model.index(0, 0))
    assert first == (datetime(2021, 1, 1, tzinfo=BJ) + timedelta(minutes=17 * (BIG - 1))).strftime(
        "%Y-%m-%d %H:%M"
    )
    for row in range(0, 40):
        for col in range(len(COLUMNS)):
            model.data(model.index(row, col))
    assert store_reads.count == 1 and model.cached_rows == PAGE
    # a jump to the end reads the last window only
    last = model.data(model.index(BIG - 1, 0), RECORD_ROLE)
    assert last.occurred_at == datetime(2021, 1, 1, tzinfo=BJ)
    assert store_reads.count == 2 and model.cached_rows == 2 * PAGE


def test_sorting_by_a_column_without_an_index_takes_ids_not_rows(
    qapp, big: Database, store_reads
) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(lambda: big)
    model.reload()
    model.sort(1, Qt.SortOrder.DescendingOrder)  # counterparty
    assert model.rowCount() == BIG and store_reads.count == 0
    top = [model.data(model.index(r, 1)) for r in range(5)]
    assert top == ["示例商户96"] * 5
    mid = model.data(model.index(BIG // 2, 1))
    assert mid and store_reads.count == 2 and model.cached_rows == 2 * PAGE


def test_windows_are_forgotten_least_recently_used_first(qapp, big: Database, store_reads) -> None:  # type: ignore[no-untyped-def]
    from credithealth.ui.pages.spending.transactions_model import MAX_PAGES

    model = TransactionsModel(lambda: big)
    model.reload()
    for page in range(MAX_PAGES + 10):
        model.data(model.index(page * PAGE, 0))
    assert model.cached_rows == MAX_PAGES * PAGE
    reads = store_reads.count
    model.data(model.index((MAX_PAGES + 9) * PAGE, 0))  # still held
    assert store_reads.count == reads
    model.data(model.index(0, 0))  # forgotten long ago: read again
    assert store_reads.count == reads + 1


def test_row_of_finds_a_transaction_in_either_mode(qapp, big: Database) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(lambda: big)
    model.reload()
    rec = model.record(12_345)
    assert rec is not None and rec.id is not None
    assert model.row_of(rec.id) == 12_345
    model.sort(3, Qt.SortOrder.AscendingOrder)  # amount
    row = model.row_of(rec.id)
    assert row is not None and model.record(row) == rec
    model.set_filter(TransactionFilter(text="示例商户00"))
    assert model.row_of(rec.id) is None or model.record(model.row_of(rec.id)).id == rec.id  # type: ignore[arg-type, union-attr]


def test_texts(session) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(lambda: session.db)
    model.reload()
    rec = model.record(0)
    assert rec is not None
    assert amount_text(rec).startswith(("−¥", "+¥", "¥"))
    assert order_number(rec.__class__(rec.occurred_at, 1, "out", external_id="h:abc")) == ""
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Amount"
