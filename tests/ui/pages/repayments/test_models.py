from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from credithealth.domain.records import Account, Bill, Repayment
from credithealth.store import repo
from credithealth.store.bills import bill_statuses
from credithealth.ui.common.models.records import SORT_ROLE
from credithealth.ui.common.style import overdue_color
from credithealth.ui.pages.repayments.models import (
    AccountsModel,
    BillsModel,
    RepaymentsModel,
    bill_state,
)

TODAY = date(2026, 11, 26)


def test_models_pass_the_model_tester(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    for cls in (AccountsModel, BillsModel, RepaymentsModel):
        model = cls(session)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        model.reload()
        qtmodeltester.check(model)


def test_filtered_models_pass_the_model_tester(qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    jiebei = next(a for a in repo.all_of(session.db, Account) if a.kind == "jiebei")
    for cls in (BillsModel, RepaymentsModel):
        model = cls(session)
        everything = model.rowCount()
        model.set_account(jiebei.id)
        qtmodeltester.check(model)
        assert 0 < model.rowCount() < everything
        column = 0 if cls is BillsModel else 1
        assert {model.data(model.index(r, column)) for r in range(model.rowCount())} == {"借呗"}
        model.set_account(None)
        assert model.rowCount() == everything


def test_empty_models_pass_the_model_tester(qtmodeltester, empty_session) -> None:  # type: ignore[no-untyped-def]
    for cls in (AccountsModel, BillsModel, RepaymentsModel):
        model = cls(empty_session)
        assert model.rowCount() == 0
        qtmodeltester.check(model)


def _overdue_setup(session) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = session.insert(Account("示例消费贷", "loan"))
    late = session.insert(Bill(a.id, "2026-10", date(2026, 10, 12), 50_000))
    session.insert(Bill(a.id, "2026-11", date(2026, 11, 28), 30_000))
    return a.id, late.id


def test_overdue_bills_stand_out(qtmodeltester, empty_session) -> None:  # type: ignore[no-untyped-def]
    _aid, late_id = _overdue_setup(empty_session)
    model = BillsModel(empty_session)
    qtmodeltester.check(model)
    rows = {model.record(r).id: r for r in range(model.rowCount())}
    late, upcoming = rows[late_id], next(r for i, r in rows.items() if i != late_id)
    status = len(model.columns) - 1
    assert model.data(model.index(late, status)) == "45 days late"
    assert model.data(model.index(late, 0), Qt.ItemDataRole.ForegroundRole) == overdue_color()
    assert model.data(model.index(late, 3), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(late, status), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(upcoming, status)) == "Due in 2 days"
    assert model.data(model.index(upcoming, 0), Qt.ItemDataRole.BackgroundRole) is None
    # attention order: the overdue bill sorts before the upcoming one
    assert model.data(model.index(late, status), SORT_ROLE) < model.data(
        model.index(upcoming, status), SORT_ROLE
    )
    accounts = AccountsModel(empty_session)
    assert accounts.data(accounts.index(0, 4)) == "¥800.00"  # owed, upcoming included
    assert accounts.data(accounts.index(0, 5)) == "¥500.00"  # past due
    assert accounts.data(accounts.index(0, 5), Qt.ItemDataRole.ForegroundRole) == overdue_color()


def test_bill_states(empty_session) -> None:  # type: ignore[no-untyped-def]
    db = empty_session.db
    a = repo.insert(db, Account("花呗", "huabei"))
    assert a.id
    cases = {
        "on_time": (date(2026, 9, 10), 10_000, None, [(date(2026, 9, 9), 10_000)]),
        "late_paid": (date(2026, 8, 10), 10_000, None, [(date(2026, 8, 13), 10_000)]),
        "min_paid": (date(2026, 10, 10), 10_000, 1_000, [(date(2026, 10, 10), 1_000)]),
        "today": (TODAY, 10_000, None, []),
        "tomorrow": (date(2026, 11, 27), 10_000, None, []),
        "partly": (date(2026, 12, 10), 10_000, None, [(date(2026, 11, 20), 4_000)]),
        "late_one_day": (date(2026, 11, 25), 10_000, None, []),
    }
    ids = {}
    for i, (key, (due, amount, minimum, pays)) in enumerate(cases.items()):
        b = repo.insert(db, Bill(a.id, f"20{10 + i}-01", due, amount, minimum))
        ids[b.id] = key
        for on, fen in pays:
            repo.insert(db, Repayment(a.id, on, fen, b.id))
    got = {ids[s.id]: bill_state(s, TODAY) for s in bill_statuses(db, TODAY)}
    assert got == {
        "on_time": ("Paid off", False),
        "late_paid": ("Paid off, 3 days late", False),
        "min_paid": ("Minimum paid", False),
        "today": ("Due today", False),
        "tomorrow": ("Due tomorrow", False),
        "partly": ("Partly paid, due in 14 days", False),
        "late_one_day": ("1 day late", True),
    }
