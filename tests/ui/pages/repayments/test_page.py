from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from credithealth.domain.records import Account, Bill, Repayment
from credithealth.store import repo
from credithealth.store.bills import overdue_summary
from credithealth.store.json_backup import dump
from credithealth.ui.common import i18n
from credithealth.ui.pages.repayments.forms import BillForm, RepaymentForm
from credithealth.ui.pages.repayments.page import RepaymentsPage

TODAY = date(2026, 11, 26)
# what the offscreen platform cannot do for shown windows, dialogs and pop-up menus
# (size limits, keyboard grabs, raising) and a real one does
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")


def _open(qtbot, session) -> tuple[Any, RepaymentsPage]:  # type: ignore[no-untyped-def]
    from credithealth.ui.app.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    w.show_page("repayments")
    page = w.pages["repayments"]
    assert isinstance(page, RepaymentsPage)
    return w, page


def _overdue(session) -> tuple[Account, Bill]:  # type: ignore[no-untyped-def]
    """An account whose only bill is 45 days past due, nothing paid."""
    a = repo.insert(session.db, Account("示例消费贷", "loan"))
    assert a.id
    b = repo.insert(session.db, Bill(a.id, "2026-10", date(2026, 10, 12), 50_000))
    session.refresh_now()
    return a, b


def _records(session) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Every table but the assessment history (which the background refresh writes)."""
    tables = dump(session.db)["tables"]
    return {k: v for k, v in tables.items() if k != "assessments"}


def _ok(form: Any) -> Any:
    return form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _field_message(form: Any, widget: Any) -> str:
    label = next(m for w, m in form.fields if w is widget)
    return label.text() if label.isVisible() else ""


def _type(widget: Any, text: str) -> None:
    widget.clear()
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def test_logging_a_repayment_through_the_form_clears_the_overdue(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    account, bill = _overdue(session)
    w, page = _open(qtbot, session)
    assert "Blocked" in w.verdict_label.text()
    assert page.strip.overdue
    assert page.strip.balance.value.text() == "¥500.00"
    assert page.strip.count.value.text() == "1"
    assert page.strip.oldest.value.text() == "2026-10-12 (45 days late)"

    qtbot.mouseClick(page.btn_repay, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, RepaymentForm) and form.isVisible()
    # the form guesses the account and the oldest unpaid bill, and what is left on it
    assert form.account.value() == account.id
    assert form.bill.value() == bill.id
    assert form.amount.value() == 50_000
    assert form.paid_on.value() == TODAY
    _type(form.amount, "500")
    _type(form.principal, "500")
    _type(form.penalty, "11.25")
    assert "more than the amount" in form.form_message.text()  # 500 + 11.25 > 500
    assert not _ok(form).isEnabled()
    _type(form.amount, "511.25")
    assert _ok(form).isEnabled()
    assert "left to pay" in form.form_message.text()  # a warning, not a refusal
    _type(form.method, "yuebao")
    with qtbot.waitSignal(session.assessment_changed, timeout=5000):
        qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
    assert page.form is None

    (r,) = repo.all_of(session.db, Repayment)
    assert (r.account_id, r.bill_id, r.paid_on, r.amount_fen) == (
        account.id,
        bill.id,
        TODAY,
        51_125,
    )
    assert (r.principal_fen, r.interest_fen, r.penalty_fen) == (50_000, 0, 1_125)
    assert (r.method, r.source) == ("yuebao", "manual")
    assert page.strip.balance.value.text() == "¥0.00"
    assert page.strip.count.value.text() == "0"
    assert not page.strip.overdue
    assert overdue_summary(session.db, TODAY).bills == 0
    assert session.assessment is not None
    assert "current_overdue" not in {b.code for b in session.assessment.blockers}
    assert "Blocked" not in w.verdict_label.text()
    status = page.bills_model.data(page.bills_model.index(0, len(page.bills_model.columns) - 1))
    assert status == "Paid off, 45 days late"
    # the new repayment is shown and selected
    assert page.repayments.selected_record() == r
    # undo (Ctrl+Z) brings the overdue back at once, redo clears it again
    with qtbot.waitSignal(session.assessment_changed, timeout=5000):
        w.act_undo.trigger()
    assert page.strip.balance.value.text() == "¥500.00" and page.strip.overdue
    assert "Blocked" in w.verdict_label.text()
    with qtbot.waitSignal(session.assessment_changed, timeout=5000):
        w.act_redo.trigger()
    assert page.strip.balance.value.text() == "¥0.00"
    assert "Blocked" not in w.verdict_label.text()


def test_an_invalid_amount_shows_the_message_and_saves_nothing(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    _overdue(session)
    _w, page = _open(qtbot, session)
    before = _records(session)
    page.new_repayment()
    form = page.form
    assert isinstance(form, RepaymentForm)
    for text, message in [
        ("-5", "negative"),
        ("12.345", "two decimals"),
        ("abc", "not an amount"),
        ("0", "more than zero"),
        ("", "Enter an amount"),
    ]:
        _type(form.amount, text)
        assert message in _field_message(form, form.amount), text
        assert not _ok(form).isEnabled()
        qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
        qtbot.keyClick(form.amount, Qt.Key.Key_Return)
        assert form.isVisible()
    # a repayment date cannot be in the future
    _type(form.amount, "100")
    assert _ok(form).isEnabled()
    form.paid_on.setDate(form.paid_on.date().addDays(1))
    assert "future" in _field_message(form, form.paid_on)
    assert not _ok(form).isEnabled()
    form.reject()
    assert _records(session) == before
    assert page.form is None


def test_a_refused_save_keeps_the_form_open(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    account, _bill = _overdue(session)
    _w, page = _open(qtbot, session)
    page.new_bill()
    form = page.form
    assert isinstance(form, BillForm)
    assert form.account.value() == account.id
    assert form.period.value() == "2026-11" and form.due.value() == date(2026, 11, 12)
    form.period.setDate(form.period.date().addMonths(-1))
    assert "already has a bill for 2026-10" in _field_message(form, form.period)
    form.period.setDate(form.period.date().addMonths(1))
    _type(form.amount, "88")
    _type(form.minimum, "90")
    assert "minimum due cannot be more" in form.form_message.text()
    _type(form.minimum, "8.80")
    assert _ok(form).isEnabled()
    # the account goes away behind the form's back: the store refuses, nothing typed is lost
    repo.delete(session.db, Account, account.id)
    before = _records(session)
    qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and page.form is form
    assert "refused" in form.form_message.text()
    assert form.amount.value() == 8_800 and form.minimum.value() == 880
    assert _records(session) == before
    assert session.undo_stack.count() == 0
    form.reject()


def test_undo_and_redo_restore_the_database_exactly(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w, page = _open(qtbot, session)
    stack = session.undo_stack
    states = [_records(session)]

    # add: a repayment through the form
    page.new_repayment()
    form = page.form
    assert isinstance(form, RepaymentForm)
    form.account.setCurrentIndex(form.account.findText("借呗"))
    form.bill.setCurrentIndex(0)  # no bill
    _type(form.amount, "123.45")
    _type(form.interest, "3.45")
    qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
    states.append(_records(session))
    added = page.repayments.selected_record()
    assert added is not None and added.amount_fen == 12_345 and added.principal_fen == 12_000

    # edit: match it to a bill and change the amount (Enter on the selected row)
    page.repayments.view.setFocus()
    qtbot.keyClick(page.repayments.view, Qt.Key.Key_Return)
    form = page.form
    assert isinstance(form, RepaymentForm) and form.old == added
    assert form.bill.value() == 0
    form.bill.setCurrentIndex(1)  # the newest Jiebei bill
    _type(form.amount, "200")
    _type(form.principal, "")
    qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
    states.append(_records(session))
    edited = repo.get(session.db, Repayment, added.id)
    assert edited is not None and edited.bill_id is not None and edited.amount_fen == 20_000
    assert edited.principal_fen == 20_000 - 345

    # delete: the Edit menu's Delete, applied to the selected repayment
    assert page.repayments.selected_record() == edited
    assert w.act_delete.isEnabled()
    w.act_delete.trigger()
    states.append(_records(session))
    assert repo.get(session.db, Repayment, added.id) is None

    # delete an account: its bills and repayments go too
    huabei = next(a for a in page.accounts_model.rows if a.kind == "huabei")
    page.accounts.select_where(lambda a: a.id == huabei.id)
    page.accounts.view.setFocus()
    page.delete_selected()
    states.append(_records(session))
    assert not [b for b in states[-1]["bills"] if b["account_id"] == huabei.id]
    assert not [r for r in states[-1]["repayments"] if r["account_id"] == huabei.id]

    for expected in reversed(states[:-1]):
        stack.undo()
        assert _records(session) == expected
    for expected in states[1:]:
        stack.redo()
        assert _records(session) == expected
    # the page follows the undo stack: the account's rows are back after an undo
    stack.undo()
    assert any(a.id == huabei.id for a in page.accounts_model.rows)


def test_new_applies_to_the_focused_table_or_asks(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w, page = _open(qtbot, session)
    assert w.act_new.isEnabled()
    page.bills.view.setFocus()
    w.act_new.trigger()
    assert isinstance(page.form, BillForm)
    page.form.reject()
    page.accounts.view.setFocus()
    w.act_new.trigger()
    assert page.form is not None and page.form.windowTitle() == "New account"
    page.form.reject()
    page.btn_repay.setFocus()
    w.act_new.trigger()
    assert page.form is None and page.new_menu.isVisible()
    texts = [a.text() for a in page.new_menu.actions()]
    assert texts == ["New repayment…", "New bill…", "New account…"]
    page.new_menu.hide()
    page.new_actions["repayments"].trigger()
    assert isinstance(page.form, RepaymentForm)
    page.form.reject()
    # the context menu's actions act on the table they belong to
    page.bills.select_where(lambda s: True)
    page.actions["bills"]["edit"].trigger()
    assert isinstance(page.form, BillForm) and page.form.old is not None
    page.form.reject()


def test_the_account_filter(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, session)
    everything = page.bills_model.rowCount()
    jiebei = next(a for a in page.accounts_model.rows if a.kind == "jiebei")
    page.accounts.select_where(lambda a: a.id == jiebei.id)
    assert page.account_id == jiebei.id
    assert page.filter.currentText() == "借呗"
    assert 0 < page.bills_model.rowCount() < everything
    assert {s.bill.account_id for s in page.bills_model.rows} == {jiebei.id}
    assert {r.account_id for r in page.repayments_model.rows} == {jiebei.id}
    # a new repayment is for the account shown
    page.new_repayment()
    assert isinstance(page.form, RepaymentForm) and page.form.account.value() == jiebei.id
    page.form.reject()
    page.filter.setCurrentIndex(0)  # all accounts
    assert page.account_id is None and page.accounts.selected_record() is None
    assert page.bills_model.rowCount() == everything


def test_switching_language_retranslates_the_page(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    _overdue(empty_session)
    w, page = _open(qtbot, empty_session)
    status = len(page.bills_model.columns) - 1
    try:
        i18n.install("zh_CN")
        assert w.sidebar.item(list(w.pages).index("repayments")).text() == "还款"
        assert page.btn_repay.text() == "记一笔还款(&L)…"
        assert page.filter.itemText(0) == "全部账户"
        assert page.strip.balance.caption.text() == "逾期未还金额"
        assert page.strip.oldest.value.text() == "2026-10-12（逾期 45 天）"
        header = page.bills_model.headerData(status, Qt.Orientation.Horizontal)
        assert header == "状态"
        assert page.bills_model.data(page.bills_model.index(0, status)) == "逾期 45 天"
        assert page.accounts_model.data(page.accounts_model.index(0, 1)) == "贷款"
        assert page.bills.title.text() == "账单"
    finally:
        i18n.install("en")
    assert page.btn_repay.text() == "&Log repayment…"
    assert page.bills_model.data(page.bills_model.index(0, status)) == "45 days late"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_render(qtbot, session, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    """The page renders with every text inside its widget (nothing elided to '…')."""
    w, page = _open(qtbot, session)
    try:
        i18n.install(lang)
        w.resize(1180, 780)
        QApplication.processEvents()
        assert not w.grab().isNull()
        for stat in (page.strip.balance, page.strip.count, page.strip.oldest):
            for label in (stat.caption, stat.value):
                assert label.sizeHint().width() <= label.width() + 1, label.text()
        for b in (page.btn_repay, page.btn_bill, page.btn_account):
            assert b.sizeHint().width() <= b.width(), b.text()
    finally:
        i18n.install("en")


def test_first_account_through_the_form(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, empty_session)
    assert not page.empty_hint.isHidden()
    assert not page.btn_repay.isEnabled() and not page.btn_bill.isEnabled()
    qtbot.mouseClick(page.btn_account, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None and not _ok(form).isEnabled()  # a name is required
    _type(form.name, "花呗")
    form.kind.setCurrentIndex(form.kind.findData("huabei"))
    form.status.setCurrentIndex(form.status.findData("suspended"))
    _type(form.limit, "8,000")
    qtbot.mouseClick(_ok(form), Qt.MouseButton.LeftButton)
    (a,) = repo.all_of(empty_session.db, Account)
    assert (a.name, a.kind, a.status, a.credit_limit_fen) == (
        "花呗",
        "huabei",
        "suspended",
        800_000,
    )
    assert page.empty_hint.isHidden()
    assert page.btn_repay.isEnabled() and page.btn_bill.isEnabled()
    assert page.account_id == a.id  # shown and selected, its bills and repayments below
    # a second account of the same name is allowed, with a word of warning
    page.new_account()
    _type(page.form.name, "花呗")
    assert "already called 花呗" in page.form.form_message.text()
    assert _ok(page.form).isEnabled()
    page.form.reject()


def test_a_new_bill_says_nothing_before_anything_is_typed(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    session = empty_session
    _overdue(session)
    _w, page = _open(qtbot, session)
    page.new_bill()
    form = page.form
    assert isinstance(form, BillForm)
    assert _field_message(form, form.amount) == "" and not form.form_message.isVisible()
    assert not _ok(form).isEnabled()  # still nothing to save
    qtbot.keyClicks(form.amount, "5")
    qtbot.keyClick(form.amount, Qt.Key.Key_Backspace)
    assert _field_message(form, form.amount) == "Enter an amount."  # emptied: now it asks


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026-1-5", date(2026, 1, 5)),
        ("20261201", date(2026, 12, 1)),
    ],
)
def test_a_due_date_typed_in_full_is_the_date_typed(qtbot, empty_session, typed, expected) -> None:  # type: ignore[no-untyped-def]
    """Qt moves to the month by itself after the year; the '-' typed next must not skip
    the month too (2026-12-01 became 2026-11-12)."""
    from PySide6.QtWidgets import QDateEdit

    session = empty_session
    _overdue(session)
    _w, page = _open(qtbot, session)
    page.new_bill()
    form = page.form
    assert isinstance(form, BillForm) and form.period.value() == "2026-11"
    form.due.setFocus()
    form.due.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(form.due, typed)
    assert form.due.value() == expected


def test_empty_bills_and_repayments_say_what_to_do(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    """After the check-up there is an account but no bill or repayment yet."""
    session = empty_session
    repo.insert(session.db, Account("花呗", "huabei"))
    session.refresh_now()
    _w, page = _open(qtbot, session)
    for table, words in ((page.bills, "New bill…"), (page.repayments, "Log repayment…")):
        assert table.model.rowCount() == 0
        assert table.empty_label.isVisible() and words in table.empty_label.text()
        assert table.empty_label.width() > 100
    try:
        i18n.install("zh_CN")
        assert "新建账单…" in page.bills.empty_label.text()
        assert "记一笔还款…" in page.repayments.empty_label.text()
    finally:
        i18n.install("en")
    _overdue(session)
    session.notify("accounts", "bills")
    qtbot.waitUntil(lambda: page.bills.model.rowCount() > 0)
    assert not page.bills.empty_label.isVisible()
