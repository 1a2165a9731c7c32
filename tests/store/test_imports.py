"""Saving read bill files: counts, duplicates, all-or-nothing, repayments, undo."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from credithealth.domain.records import Account, Bill, Repayment, Transaction
from credithealth.importers import BillFileError, ParsedFile, ParsedRow, read_bill_bytes
from credithealth.store import repo
from credithealth.store.db import memory_db
from credithealth.store.import_undo import remove_import, restore_import
from credithealth.store.imports import (
    ImportCancelled,
    import_bill,
    imports_of,
    is_derived_key,
    preview_import,
    row_keys,
)
from credithealth.store.json_backup import dump
from tests.importers.support import read_sample, sample

BJ = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BJ)
READABLE = [
    "alipay_app_2023.csv",
    "alipay_app_2021.csv",
    "alipay_web.csv",
    "alipay_app_2023_2026.csv",
    "alipay_app_2023_banner_2025.csv",
    "alipay_bad_rows.csv",
    "wechat.csv",
    "wechat_2025.xlsx",
    "wechat_2026.zip",
]


def count(db: Database, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0]


def state(db: Database) -> str:
    return json.dumps(dump(db), sort_keys=True)


def lines_of(name: str) -> list[bytes]:
    return sample(name).read_bytes().split(b"\n")


@pytest.mark.parametrize("name", READABLE)
def test_every_sample_imports_and_the_counts_add_up(db: Database, name: str) -> None:
    parsed = read_sample(name)
    preview = preview_import(db, parsed)
    r = import_bill(db, parsed, now=NOW)
    assert r.rows_new + r.rows_duplicate + r.rows_skipped == r.rows_total == parsed.rows_total
    assert (preview.rows_new, preview.rows_duplicate, preview.rows_skipped) == (
        r.rows_new,
        r.rows_duplicate,
        r.rows_skipped,
    )
    assert r.rows_new == len(parsed.rows) == count(db, "transactions")
    (rec,) = imports_of(db)
    assert (rec.file_name, rec.sha256, rec.format) == (name, parsed.sha256, parsed.format)
    assert (rec.rows_total, rec.rows_new, rec.rows_duplicate, rec.rows_skipped) == (
        r.rows_total,
        r.rows_new,
        r.rows_duplicate,
        r.rows_skipped,
    )
    assert rec.imported_at == NOW
    assert (
        db.execute(
            "SELECT COUNT(*) FROM transactions WHERE import_id = ?", [r.import_id]
        ).fetchone()[0]
        == r.rows_new
    )


def test_importing_the_same_file_again_adds_nothing(db: Database) -> None:
    parsed = read_sample("alipay_app_2023.csv")
    first = import_bill(db, parsed, now=NOW)
    before = {t: count(db, t) for t in ("transactions", "repayments", "accounts")}
    assert preview_import(db, parsed).previous is not None
    again = import_bill(db, parsed, now=NOW)
    assert (again.rows_new, again.rows_duplicate, again.rows_skipped) == (0, 30, 0)
    assert (again.repayments, again.huabei_repayments, again.account_ids) == (0, 0, ())
    assert {t: count(db, t) for t in before} == before
    assert first.rows_new == 30 and count(db, "imports") == 2  # both imports are on record


def test_an_overlapping_export_adds_only_the_new_rows(db: Database) -> None:
    lines = lines_of("alipay_app_2023.csv")  # the header is line 25, rows follow
    head, rows = lines[:25], [x for x in lines[25:] if x]
    early = b"\n".join(head + rows[:18]) + b"\n"
    late = b"\n".join(head + rows[10:]) + b"\n"
    a = import_bill(db, read_bill_bytes(early, "early.csv"), now=NOW)
    b = import_bill(db, read_bill_bytes(late, "late.csv"), now=NOW)
    assert (a.rows_new, a.rows_duplicate) == (18, 0)
    assert (b.rows_total, b.rows_new, b.rows_duplicate) == (20, 12, 8)
    assert count(db, "transactions") == 30
    # the repayments of the overlap were logged once
    assert count(db, "repayments") == 7


def test_rows_without_an_order_number_get_a_stable_derived_key(db: Database) -> None:
    parsed = read_sample("alipay_app_2023.csv")
    stripped = [
        dataclasses.replace(r, transaction=dataclasses.replace(r.transaction, external_id=None))
        for r in parsed.rows[:6]
    ]
    # two rows alike in everything that makes the key: both are kept
    twin = stripped[0]
    bill = dataclasses.replace(parsed, rows=[*stripped, twin], rows_total=7)
    keys = row_keys(r.transaction for r in bill.rows)
    assert all(is_derived_key(k) for k in keys)
    assert keys[6] == keys[0] + "#2" and len(set(keys)) == 7
    r = import_bill(db, bill, now=NOW)
    assert r.rows_new == 7
    # the same rows in another export, in another order, with a status that moved on
    moved = [
        dataclasses.replace(x, transaction=dataclasses.replace(x.transaction, status="交易成功"))
        for x in reversed(bill.rows)
    ]
    again = import_bill(db, dataclasses.replace(bill, rows=moved), now=NOW)
    assert (again.rows_new, again.rows_duplicate) == (0, 7)


def test_a_failure_mid_import_writes_nothing(db: Database) -> None:
    import_bill(db, read_sample("wechat.csv"), now=NOW)
    before = state(db)
    big = read_sample("alipay_app_2023.csv")
    rows = big.rows * 400  # 12,000 rows: three batches, the failure in the second
    bill = dataclasses.replace(
        big,
        rows=[
            dataclasses.replace(
                r,
                transaction=dataclasses.replace(r.transaction, external_id=f"T{i:08d}"),
            )
            for i, r in enumerate(rows)
        ],
        rows_total=len(rows),
    )
    calls = []

    def boom(done: int, total: int) -> bool:
        calls.append(done)
        if len(calls) == 2:
            raise RuntimeError("disk pulled out")
        return True

    with pytest.raises(RuntimeError):
        import_bill(db, bill, progress=boom, now=NOW)
    assert calls == [5000, 10000]
    assert state(db) == before

    with pytest.raises(ImportCancelled):
        import_bill(db, bill, progress=lambda done, _t: done < 10000, now=NOW)
    assert state(db) == before


def test_an_excel_resaved_file_is_refused_before_anything_is_written() -> None:
    with pytest.raises(BillFileError) as e:
        read_sample("alipay_excel_resaved.csv")
    assert e.value.msg.code == "importers.excel_resaved"


def test_huabei_repayments_go_to_the_huabei_account_and_their_bills(db: Database) -> None:
    huabei = repo.insert(db, Account("我的花呗", "huabei"))
    assert huabei.id
    june = repo.insert(db, Bill(huabei.id, "2025-06", date(2025, 6, 10), 156_845))
    may = repo.insert(db, Bill(huabei.id, "2025-05", date(2025, 5, 10), 93_520))
    # logged by hand before: the import does not log it twice
    repo.insert(db, Repayment(huabei.id, date(2025, 5, 10), 93_520, may.id))
    r = import_bill(db, read_sample("alipay_app_2023.csv"), now=NOW)
    assert r.repayments_already_logged == 1
    assert (r.huabei_repayments, r.huabei_repaid_fen) == (4, 126_845 + 30_000 + 51_275 + 8_800)
    rows = {
        x["external_id"]: x
        for x in db.query("SELECT * FROM repayments WHERE source = 'import' ORDER BY id")
    }
    june_auto = rows["2025061029020700000000000107"]
    assert (june_auto["account_id"], june_auto["bill_id"]) == (huabei.id, june.id)
    # 主动还款 of the June bill, paid in May
    assert rows["2025050829020000000000000119"]["bill_id"] == june.id
    # a bill month with no bill recorded, wholly covered by the file (March to the April
    # due day): the file derives it from March's Huabei purchase, and the repayment pays it
    april = db.execute(
        "SELECT id, amount_due_fen, due_on, derived FROM bills WHERE period = '2025-04'"
    ).fetchone()
    assert april[1:] == (2_800, "2025-04-10", 1)
    assert rows["2025041029020300000000000123"]["bill_id"] == april[0]
    assert "2025060929020700000000000108" not in rows  # 还款失败: no repayment
    failed = db.execute(
        "SELECT kind FROM transactions WHERE external_id = '2025060929020700000000000108'"
    ).fetchone()
    assert failed == ("repayment_failed",)
    # Jiebei and the card got accounts of their own, named from the bill
    made = {a.name: a.kind for a in repo.all_of(db, Account) if a.id in r.account_ids}
    assert made == {"借呗": "jiebei", "招商银行信用卡": "credit_card"}
    assert len(repo.all_of(db, Account, "kind = 'huabei'")) == 1


def test_a_repayment_naming_no_month_pays_the_oldest_open_bill(db: Database) -> None:
    card = repo.insert(db, Account("招商银行信用卡", "credit_card"))
    assert card.id
    april = repo.insert(db, Bill(card.id, "2025-04", date(2025, 4, 20), 50_000))
    may = repo.insert(db, Bill(card.id, "2025-05", date(2025, 5, 20), 86_000))
    repo.insert(db, Repayment(card.id, date(2025, 4, 18), 50_000, april.id))
    import_bill(db, read_sample("alipay_app_2023.csv"), now=NOW)
    (bill_id,) = db.execute(
        "SELECT bill_id FROM repayments WHERE external_id = '2025052222001100000000000115'"
    ).fetchone()
    assert bill_id == may.id


def test_undo_removes_exactly_what_the_import_added_and_redo_puts_it_back(
    demo_db: Database,
) -> None:
    before = state(demo_db)
    results = [
        import_bill(demo_db, read_sample(n), now=NOW) for n in ("alipay_app_2023.csv", "wechat.csv")
    ]
    after = state(demo_db)
    removed = remove_import(demo_db, results)
    assert removed.count("transactions") == 63
    assert state(demo_db) == before
    restore_import(demo_db, removed)
    assert state(demo_db) == after


def test_undo_keeps_an_account_the_user_has_used_since(db: Database) -> None:
    r = import_bill(db, read_sample("wechat.csv"), now=NOW)
    (card,) = [a for a in repo.all_of(db, Account) if a.name == "建设银行信用卡"]
    assert card.id in r.account_ids and card.id
    repo.insert(db, Bill(card.id, "2024-04", date(2024, 4, 20), 10_000))
    remove_import(db, [r])
    assert repo.get(db, Account, card.id) is not None
    assert count(db, "transactions") == 0 and count(db, "repayments") == 0


def test_a_wechat_refund_finds_its_payment_in_an_earlier_import(db: Database) -> None:
    parsed = read_sample("wechat.csv")
    by_id = {r.transaction.external_id: r for r in parsed.rows}
    payment = by_id["4200000000000000000000000632"]  # 示例早餐店 ¥8.00, partly refunded
    paid = dataclasses.replace(payment.transaction, status="支付成功")
    import_bill(
        db, dataclasses.replace(parsed, rows=[dataclasses.replace(payment, transaction=paid)])
    )
    refund = by_id["50300000000000000000000000633"]
    alone = dataclasses.replace(
        refund, transaction=dataclasses.replace(refund.transaction, parent_external_id=None)
    )
    import_bill(db, dataclasses.replace(parsed, rows=[alone], sha256="x"))
    (parent,) = db.execute(
        "SELECT parent_external_id FROM transactions WHERE external_id = ?",
        ["50300000000000000000000000633"],
    ).fetchone()
    assert parent == "4200000000000000000000000632"


def test_a_file_with_no_rows_records_an_empty_import(db: Database) -> None:
    parsed = read_sample("alipay_app_2023.csv")
    r = import_bill(db, dataclasses.replace(parsed, rows=[], rows_total=0), now=NOW)
    assert (r.rows_total, r.rows_new) == (0, 0)
    assert count(db, "transactions") == 0


# -- properties ----------------------------------------------------------------------------

_POOL: list[tuple[str, ParsedFile]] = [
    (n, read_sample(n)) for n in ("alipay_app_2023.csv", "wechat.csv", "alipay_web.csv")
]


@st.composite
def exports(draw: st.DrawFn) -> list[ParsedFile]:
    """A few exports, each a random subset of a sample's rows in random order."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        _name, parsed = draw(st.sampled_from(_POOL))
        rows: list[ParsedRow] = draw(st.permutations(parsed.rows))
        rows = rows[: draw(st.integers(0, len(rows)))]
        out.append(
            dataclasses.replace(
                parsed, rows=rows, rows_total=len(rows) + len(parsed.errors), sha256=str(len(out))
            )
        )
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exports())
def test_importing_any_exports_twice_never_duplicates(files: list[ParsedFile]) -> None:
    db = memory_db()
    try:
        for f in files:
            r = import_bill(db, f)
            assert r.rows_new + r.rows_duplicate + r.rows_skipped == r.rows_total
        distinct = {
            (r.transaction.source, k)
            for f in files
            for r, k in zip(f.rows, row_keys(r.transaction for r in f.rows), strict=True)
        }
        assert count(db, "transactions") == len(distinct)
        repayments = count(db, "repayments")
        for f in files:
            again = import_bill(db, f)
            assert (again.rows_new, again.rows_duplicate) == (0, len(f.rows))
        assert count(db, "transactions") == len(distinct)
        assert count(db, "repayments") == repayments
        dupes = db.execute(
            "SELECT COUNT(*) FROM (SELECT source, external_id FROM transactions "
            "GROUP BY 1, 2 HAVING COUNT(*) > 1)"
        ).fetchone()[0]
        assert dupes == 0
    finally:
        db.conn.close()


def test_a_transaction_without_source_rows_is_not_touched(db: Database) -> None:
    manual = repo.insert(
        db,
        Transaction(
            datetime(2025, 6, 30, 21, 14, 5, tzinfo=BJ), 1800, "out", "purchase", source="manual"
        ),
    )
    import_bill(db, read_sample("alipay_app_2023.csv"), now=NOW)
    assert repo.get(db, Transaction, manual.id) == manual  # type: ignore[arg-type]


def test_redo_is_refused_whole_when_the_rows_came_back_another_way(db: Database) -> None:
    parsed = read_sample("alipay_app_2023.csv")
    removed = remove_import(db, [import_bill(db, parsed, now=NOW)])
    import_bill(db, parsed, now=NOW)  # imported again after the undo
    before = state(db)
    from credithealth.store.errors import StoreError

    with pytest.raises(StoreError):
        restore_import(db, removed)
    assert state(db) == before


def _schema(db: Database) -> set[tuple[str, str, str, str | None]]:
    return set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


def _generated(rows: int) -> ParsedFile:
    from benchmarks.gen_alipay import alipay_gen3_text

    return read_bill_bytes(alipay_gen3_text(rows).encode("gbk"), "big.csv")


def test_a_large_first_import_leaves_the_schema_and_its_indexes_as_they_were(
    db: Database,
) -> None:
    # its secondary indexes are built after the rows: the same ones, by the same SQL
    schema = _schema(db)
    assert {n for t, n, tbl, _ in schema if t == "index" and tbl == "transactions"} >= {
        "transactions_when",
        "transactions_spending",
    }
    bill = _generated(12_000)
    result = import_bill(db, bill, now=NOW)
    assert result.rows_new == 12_000
    assert _schema(db) == schema
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM transactions WHERE occurred_at >= '2025-06-01'"
    ).fetchall()
    assert "transactions_when" in " ".join(str(step) for step in plan)


def test_a_large_import_cancelled_or_failing_keeps_every_index(db: Database) -> None:
    schema = _schema(db)
    bill = _generated(12_000)
    with pytest.raises(ImportCancelled):
        import_bill(db, bill, progress=lambda done, _t: done < 10000, now=NOW)
    assert _schema(db) == schema
    assert count(db, "transactions") == 0

    def boom(done: int, total: int) -> bool:
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        import_bill(db, bill, progress=boom, now=NOW)
    assert _schema(db) == schema


def test_a_database_after_a_large_first_import_opens_as_the_apps_own(tmp_path: Path) -> None:
    from credithealth.store.db import open_db

    path = tmp_path / "big.sqlite3"
    db = open_db(path)
    import_bill(db, _generated(12_000), now=NOW)
    db.conn.close()
    again = open_db(path)  # the schema check at open finds nothing foreign
    try:
        assert count(again, "transactions") == 12_000
    finally:
        again.conn.close()
