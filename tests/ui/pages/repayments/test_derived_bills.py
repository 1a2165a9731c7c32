"""Bills derived from bill files on the Repayments page, and cash-out-like rows on the
Spending page: shown as such, confirmed, deleted, marked, and every step undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from credithealth.domain.records import DismissedBill, Transaction
from credithealth.store import repo
from credithealth.store.imports import import_bill
from credithealth.ui.pages.repayments.page import RepaymentsPage
from tests.store.bill_files import alipay_file, purchase, repayment

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")


def _window(qtbot: Any, session: Any, page: str) -> tuple[Any, Any]:
    from credithealth.ui.app.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    w.show_page(page)
    return w, w.pages[page]


def _derive(session: Any) -> None:
    rows = [
        purchase("2026-09-03 12:00:00", "120.00"),
        purchase("2026-09-20 19:30:00", "80.50"),
        repayment("2026-10-14 10:00:00", "200.50", "2026-10"),
    ]
    import_bill(session.db, alipay_file(rows, "2026-09-01", "2026-10-31"))
    session.refresh_now()


def _bills(session: Any) -> list[tuple[str, int]]:
    return [tuple(r) for r in session.db.execute("SELECT period, derived FROM bills")]


def test_a_derived_bill_is_shown_as_such_and_confirmed_with_undo(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    _derive(session)
    w, page = _window(qtbot, session, "repayments")
    assert isinstance(page, RepaymentsPage)
    model = page.bills_model
    source = [c.header() for c in model.columns].index("Source")
    assert model.data(model.index(0, source)) == "From bill file, to confirm"
    status = len(model.columns) - 1
    assert model.data(model.index(0, status)) == "Paid off, 4 days late"
    assert not page.btn_confirm.isEnabled()
    page.bills.view.selectRow(0)
    assert page.btn_confirm.isEnabled()
    qtbot.mouseClick(page.btn_confirm, Qt.MouseButton.LeftButton)
    assert _bills(session) == [("2026-10", 0)]
    assert model.data(model.index(0, source)) == "By hand"
    w.act_undo.trigger()
    assert _bills(session) == [("2026-10", 1)]


def test_deleting_a_derived_bill_remembers_it_and_undo_brings_it_back(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    _derive(session)
    w, page = _window(qtbot, session, "repayments")
    page.bills.view.setFocus()
    page.bills.view.selectRow(0)
    assert w.act_delete.isEnabled()
    w.act_delete.trigger()
    assert _bills(session) == []
    assert [d.period for d in repo.all_of(session.db, DismissedBill)] == ["2026-10"]
    w.act_undo.trigger()  # one step undoes both
    assert _bills(session) == [("2026-10", 1)]
    assert repo.all_of(session.db, DismissedBill) == []


def test_the_due_day_is_set_in_the_account_form(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    _derive(session)
    w, page = _window(qtbot, session, "repayments")
    page.accounts.view.selectRow(0)
    qtbot.keyClick(page.accounts.view, Qt.Key.Key_Return)  # opens the selected account
    form = page.form
    assert form is not None and form.due_day.text() == "10"
    form.due_day.selectAll()
    qtbot.keyClicks(form.due_day, "9")
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert session.db.execute("SELECT due_on FROM bills").fetchone() == ("2026-10-09",)
    w.act_undo.trigger()
    assert session.db.execute("SELECT due_on FROM bills").fetchone() == ("2026-10-10",)


def test_a_cashout_like_row_is_listed_and_marked_not_a_cashout(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    rows = [
        purchase(f"2026-09-{d:02d} 23:40:00", "2000.00", party="示例礼品卡回收店")
        for d in (3, 10, 17)
    ]
    import_bill(session.db, alipay_file(rows, "2026-09-01", "2026-10-31"))
    session.refresh_now()
    w, page = _window(qtbot, session, "spending")
    box = page.cashouts
    assert box.isVisible() and box.table.rowCount() == 3
    assert "gift card" in box.table.item(0, 3).text()
    assert box.title.text().endswith("3 counted")
    box.table.selectRow(0)
    qtbot.mouseClick(box.btn_not, Qt.MouseButton.LeftButton)
    session.refresh_now()
    marked = [t.not_cashout for t in repo.all_of(session.db, Transaction)]
    assert sorted(marked) == [False, False, True]
    assert box.title.text().endswith("2 counted")
    w.act_undo.trigger()
    session.refresh_now()
    assert box.title.text().endswith("3 counted")
    assert date(2026, 9, 3) == box.rows[0].occurred_at.date()


def test_a_bill_entered_by_hand_takes_the_derived_ones_place(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    session = empty_session
    _derive(session)
    w, page = _window(qtbot, session, "repayments")
    page.filter.setCurrentIndex(1)  # the Huabei account
    qtbot.mouseClick(page.btn_bill, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    form.period.setDate(QDate(2026, 10, 1))  # the derived bill's month is not refused
    form.amount.setText("250.00")
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert session.db.execute("SELECT period, amount_due_fen, derived FROM bills").fetchall() == [
        ("2026-10", 25_000, 0)
    ]
    # the file's repayment still pays it
    assert session.db.execute(
        "SELECT COUNT(*) FROM repayments WHERE bill_id IS NOT NULL"
    ).fetchone() == (1,)
    w.act_undo.trigger()
    assert _bills(session) == [("2026-10", 1)]
