"""Huabei bills derived from imported Alipay files (store.derived_bills)."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from credithealth.domain.assess import assess
from credithealth.domain.records import Account, Bill, DismissedBill
from credithealth.domain.rules import default_rules
from credithealth.store import repo
from credithealth.store.derived_bills import derivable_periods, terms_of
from credithealth.store.facts import load_facts
from credithealth.store.import_undo import remove_import, restore_import
from credithealth.store.imports import import_bill
from tests.store.bill_files import alipay_file, purchase, refund, repayment


def bills(db: Database) -> list[tuple[str, str, int, int]]:
    """(period, due_on, amount_due_fen, derived) of every bill, by period."""
    return [
        tuple(r)  # type: ignore[misc]
        for r in db.execute(
            "SELECT period, due_on, amount_due_fen, derived FROM bills ORDER BY period"
        )
    ]


MAY = [
    purchase("2025-05-03 12:00:00", "120.00"),
    purchase("2025-05-20 19:30:00", "80.50", method="花呗&红包"),
    purchase("2025-05-21 09:00:00", "999.00", method="余额宝"),  # not Huabei
]


def test_a_repayment_after_the_due_day_makes_a_late_derived_bill(db: Database) -> None:
    rows = [*MAY, repayment("2025-06-14 10:00:00", "200.50", "2025-06")]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    # May's Huabei purchases make the June bill, due on the 10th (the default due day)
    assert bills(db) == [("2025-06", "2025-06-10", 20_050, 1)]
    (bill_id,) = db.execute("SELECT bill_id FROM repayments").fetchone()
    assert bill_id is not None
    facts = load_facts(db, date(2025, 7, 1))
    (b,) = facts.bills
    assert b.is_late() and b.cleared_on == date(2025, 6, 14)
    result = assess(facts, default_rules()).factors["credit_status"]
    late = {s.code: s for s in result.signals}
    assert late["late_bills"].params["count"] == 1 and late["late_bills"].impact < 0


def test_an_unpaid_derived_bill_is_past_due(db: Database) -> None:
    import_bill(db, alipay_file(MAY, "2025-05-01", "2025-06-30"))
    facts = load_facts(db, date(2025, 7, 1))
    (b,) = facts.bills
    assert b.past_due_on(date(2025, 7, 1))
    assert "current_overdue" in {x.code for x in assess(facts, default_rules()).blockers}


def test_paid_in_full_by_the_due_day_is_on_time(db: Database) -> None:
    rows = [*MAY, repayment("2025-06-09 08:00:00", "200.50", "2025-06")]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    (b,) = load_facts(db, date(2025, 7, 1)).bills
    assert not b.is_late()


def test_a_file_ending_before_the_due_date_derives_no_bill_for_that_month(db: Database) -> None:
    import_bill(db, alipay_file(MAY, "2025-05-01", "2025-06-09"))
    assert bills(db) == []


def test_a_file_starting_after_the_first_derives_no_bill_for_that_month(db: Database) -> None:
    import_bill(db, alipay_file(MAY[1:], "2025-05-02", "2025-06-30"))
    assert bills(db) == []


def test_reimporting_or_an_overlapping_file_never_duplicates_a_derived_bill(db: Database) -> None:
    rows = [*MAY, repayment("2025-06-09 08:00:00", "200.50", "2025-06")]
    first = import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    assert first.derived_bills == 1
    again = import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    assert again.derived_bills == 0
    assert bills(db) == [("2025-06", "2025-06-10", 20_050, 1)]
    assert db.execute("SELECT COUNT(*) FROM repayments").fetchone() == (1,)


def test_a_second_file_that_covers_the_rest_of_a_month_makes_its_bill(db: Database) -> None:
    # the first file starts mid-May: the June bill (May's purchases) cannot be known
    late_may = [purchase("2025-05-20 19:30:00", "80.50"), purchase("2025-06-03 10:00:00", "10.00")]
    import_bill(db, alipay_file(late_may, "2025-05-15", "2025-06-30"))
    assert bills(db) == []
    # an older export overlapping it fills May from the 1st: now the bill is derived, from
    # the rows of both files, each counted once (the overlap's row is a duplicate)
    early_may = [purchase("2025-05-03 12:00:00", "120.00"), late_may[0]]
    r = import_bill(db, alipay_file(early_may, "2025-04-20", "2025-05-31", name="older.csv"))
    assert (r.rows_new, r.rows_duplicate) == (1, 1)
    assert bills(db) == [("2025-06", "2025-06-10", 20_050, 1)]


def test_a_bill_entered_by_hand_wins(db: Database) -> None:
    huabei = repo.insert(db, Account("花呗", "huabei"))
    assert huabei.id
    mine = repo.insert(db, Bill(huabei.id, "2025-06", date(2025, 6, 9), 25_000, 2_500))
    rows = [*MAY, repayment("2025-06-09 08:00:00", "250.00", "2025-06")]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    assert bills(db) == [("2025-06", "2025-06-09", 25_000, 0)]
    assert db.execute("SELECT bill_id FROM repayments").fetchone() == (mine.id,)


def test_a_deleted_derived_bill_is_not_derived_again(db: Database) -> None:
    rows = [*MAY, repayment("2025-06-09 08:00:00", "200.50", "2025-06")]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    (bill_id, account_id) = db.execute("SELECT id, account_id FROM bills").fetchone()
    repo.delete(db, Bill, bill_id)
    repo.insert(db, DismissedBill(account_id, "2025-06"))
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30", name="again.csv"))
    assert bills(db) == []


def test_undoing_the_import_takes_its_derived_bill_and_account_away(db: Database) -> None:
    rows = [*MAY, repayment("2025-06-09 08:00:00", "200.50", "2025-06")]
    r = import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    removed = remove_import(db, [r])
    assert bills(db) == [] and repo.all_of(db, Account) == []
    restore_import(db, removed)
    assert bills(db) == [("2025-06", "2025-06-10", 20_050, 1)]
    (bill_id,) = db.execute("SELECT id FROM bills").fetchone()
    assert db.execute("SELECT bill_id FROM repayments").fetchone() == (bill_id,)


def test_the_due_day_of_the_account_moves_its_derived_bills(db: Database) -> None:
    import_bill(db, alipay_file(MAY, "2025-05-01", "2025-06-30"))
    (account,) = repo.all_of(db, Account)
    assert account.due_day == 10
    repo.update(db, Account(account.name, account.kind, due_day=9, id=account.id))
    assert bills(db) == [("2025-06", "2025-06-09", 20_050, 1)]


def test_refunds_and_instalments_shape_the_amount(db: Database) -> None:
    rows = [
        purchase("2025-05-03 12:00:00", "100.00", order="2025050322001100000000000901"),
        refund("2025-05-06 12:00:00", "30.00", "2025050322001100000000000901"),
        purchase("2025-05-10 12:00:00", "300.01", method="花呗分期(3期)", what="手机"),
    ]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-08-31"))
    # June: 100 - 30 + the first term (100.01, the odd fen); July and August: a term each
    assert bills(db) == [
        ("2025-06", "2025-06-10", 17_001, 1),
        ("2025-07", "2025-07-10", 10_000, 1),
        ("2025-08", "2025-08-10", 10_000, 1),
    ]


def test_an_instalment_without_its_terms_leaves_the_month_underived(db: Database) -> None:
    rows = [purchase("2025-05-10 12:00:00", "300.00", method="花呗分期", what="手机")]
    import_bill(db, alipay_file(rows, "2025-05-01", "2025-06-30"))
    assert bills(db) == []


def test_periods_need_the_statement_month_and_the_due_day_in_one_span() -> None:
    spans = [(date(2025, 3, 15), date(2025, 6, 10))]
    assert derivable_periods(spans, 10) == ["2025-05", "2025-06"]
    assert derivable_periods(spans, 11) == ["2025-05"]
    assert terms_of("花呗分期(12期)", "") == 12 and terms_of("花呗", "") is None
