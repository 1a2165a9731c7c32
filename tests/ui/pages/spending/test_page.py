"""The Spending page: lazy loading, search and filters in SQL, sorting, the chart and the
consumption factor, hand-kept transactions, and deleting imported ones (undoably)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from credithealth.store.imports import import_bill
from credithealth.ui.common import i18n
from credithealth.ui.common.worker import wait_all
from credithealth.ui.pages.spending.form import TransactionForm
from credithealth.ui.pages.spending.page import SpendingPage
from credithealth.ui.pages.spending.transactions_model import PAGE
from tests.importers.support import read_sample
from tests.ui.pages.helpers import ok_button, records

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support ")


def _open(qtbot, session) -> tuple[Any, SpendingPage]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from credithealth.ui.app.main_window import MainWindow

    QSettings().setValue("window/page", "overview")  # not the page the last test left
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    page = w.pages["spending"]
    assert isinstance(page, SpendingPage)
    assert not page.model.loaded  # nothing is read before the page is shown
    w.show_page("spending")
    assert page.model.loaded
    return w, page


def _count(session) -> int:  # type: ignore[no-untyped-def]
    return session.db.execute("SELECT COUNT(*) FROM transactions").fetchone()[0]


def test_the_page_sits_after_repayments_and_opens_lazily(qtbot, session, store_reads) -> None:  # type: ignore[no-untyped-def]
    w, page = _open(qtbot, session)
    keys = list(w.pages)
    assert keys.index("spending") == keys.index("repayments") + 1
    n = _count(session)
    assert page.model.rowCount() == n
    assert page.count.text() == f"{n:,} transactions"
    QApplication.processEvents()
    assert store_reads.count <= 2 and page.model.cached_rows <= 2 * PAGE
    assert page.chart_card is not None and page.chart_card.chart.months
    assert page.panel.result is session.assessment.factors["consumption"]
    assert page.panel.signals.text().startswith("• ")
    assert not page.empty_hint.isVisible()


def test_search_and_filters_narrow_the_list(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, session)
    all_rows = page.model.rowCount()
    page.search.setText("奶茶")
    qtbot.waitUntil(lambda: page.model.filter.text == "奶茶", timeout=3000)
    milk_tea = session.db.execute(
        "SELECT COUNT(*) FROM transactions WHERE counterparty LIKE '%奶茶%' "
        "OR description LIKE '%奶茶%' OR external_id LIKE '%奶茶%'"
    ).fetchone()[0]
    assert 0 < page.model.rowCount() == milk_tea < all_rows
    assert page.count.text() == f"{milk_tea:,} shown" and page.btn_clear.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("cashout"))
    assert page.model.rowCount() == 0
    page.clear_filters()
    assert page.model.rowCount() == all_rows and not page.btn_clear.isEnabled()
    month = page.month.itemData(1)
    page.month.setCurrentIndex(1)
    in_month = session.db.execute(
        "SELECT COUNT(*) FROM transactions WHERE substr(occurred_at, 1, 7) = ?", [month]
    ).fetchone()[0]
    assert page.model.rowCount() == in_month
    page.source.setCurrentIndex(page.source.findData("wechat"))
    assert all(page.model.record(r).source == "wechat" for r in range(page.model.rowCount()))


def test_clicking_a_header_sorts_in_sql(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, session)
    page.view.horizontalHeader().sectionClicked.emit(3)  # what a click on "Amount" does
    page.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_key == "amount" and not page.model.descending
    first = page.model.record(0)
    assert first is not None and first.direction == "out"
    biggest = session.db.execute(
        "SELECT MAX(amount_fen) FROM transactions WHERE direction = 'out'"
    ).fetchone()[0]
    assert first.amount_fen == biggest


def test_a_hand_kept_transaction_is_added_edited_and_undone(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, session)
    before = records(session.db)
    n = _count(session)
    page.new_record()
    form = page.form
    assert isinstance(form, TransactionForm)
    form.amount.setText("88.50")
    assert not ok_button(form).isEnabled()  # the counterparty is required
    form.counterparty.setText("示例菜市场")
    form.method.setText("花呗")
    form.category.setText("餐饮美食")
    assert ok_button(form).isEnabled()
    ok_button(form).click()
    wait_all()
    assert _count(session) == n + 1
    saved = page.selected()
    assert saved is not None and saved.counterparty == "示例菜市场"
    assert (saved.source, saved.kind, saved.huabei, saved.amount_fen) == (
        "manual",
        "purchase",
        True,
        8850,
    )
    assert page.act_edit.isEnabled()
    page.edit(saved)
    form = page.form
    assert isinstance(form, TransactionForm)
    form.direction.setCurrentIndex(form.direction.findData("in"))
    assert form.kind.value() == "income"  # money in is seldom a purchase
    form.kind.setCurrentIndex(form.kind.findData("purchase"))
    assert not ok_button(form).isEnabled() and "money out" in form.form_message.text()
    form.kind.setCurrentIndex(form.kind.findData("income"))
    ok_button(form).click()
    wait_all()
    edited = page.selected()
    assert edited is not None and (edited.kind, edited.direction, edited.id) == (
        "income",
        "in",
        saved.id,
    )
    session.undo_stack.undo()
    session.undo_stack.undo()
    wait_all()
    assert records(session.db) == before


def test_imported_transactions_are_deleted_undoably_not_edited(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w, page = _open(qtbot, session)
    before = records(session.db)
    page.view.selectRow(0)
    rec = page.selected()
    assert rec is not None and rec.source != "manual"
    assert not page.act_edit.isEnabled() and page.can_delete()
    page.edit(rec)
    assert page.form is None
    assert "cannot be edited" in w.statusBar().currentMessage()
    w.act_delete.trigger()
    wait_all()
    assert records(session.db) != before
    assert page.model.row_of(rec.id) is None
    session.undo_stack.undo()
    wait_all()
    assert records(session.db) == before


def test_an_import_elsewhere_shows_when_the_page_is_next_on_screen(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    w, page = _open(qtbot, session)
    w.show_page("overview")
    n = page.model.rowCount()
    import_bill(session.db, read_sample("alipay_app_2023.csv"))
    session.notify("transactions", "repayments", "accounts", "imports")
    assert page.model.rowCount() == n  # not read while hidden
    w.show_page("spending")
    assert page.model.rowCount() == n + 30
    assert "2025-06" in [page.month.itemData(i) for i in range(page.month.count())]


def test_an_empty_database_explains_what_to_import(qtbot, empty_session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, empty_session)
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible() and "Import the bill files" in page.empty_hint.text()
    assert page.chart_card is not None
    assert page.chart_card.body.currentWidget() is page.chart_card.placeholder


def test_the_page_in_chinese(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open(qtbot, session)
    i18n.install("zh_CN")
    try:
        QApplication.processEvents()
        assert page.title() == "消费"
        assert page.btn_import.text() == "导入账单文件(&I)…"
        assert page.model.headerData(3, Qt.Orientation.Horizontal) == "金额"
        assert page.kind.itemText(0) == "全部类型"
        assert page.panel.name.text() == "消费行为"
        assert page.count.text().startswith("共 ")
    finally:
        i18n.install("en")
