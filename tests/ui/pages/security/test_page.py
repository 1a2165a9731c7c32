from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from credithealth.domain.records import SECURITY_ITEM_KEYS, SecurityEvent, SecurityItem
from credithealth.store import repo
from credithealth.ui.pages.security.page import SecurityPage
from tests.ui.pages.helpers import messages, ok_button, records

TODAY = date(2026, 11, 26)
# the offscreen platform cannot resize windows to their size hints; not a fault of ours
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


def make_page(qtbot, session) -> SecurityPage:  # type: ignore[no-untyped-def]
    page = SecurityPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def row_of(page: SecurityPage, key: str) -> int:
    return page.items_model.row_of(lambda r: r.key == key)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    qtmodeltester.check(page.items_model)
    qtmodeltester.check(page.events_model)
    assert [r.key for r in page.items_model.rows] == list(SECURITY_ITEM_KEYS)


def test_ticking_asks_for_the_date_and_undo_restores_the_database(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    row = page.items_model.rows[row_of(page, "no_public_wifi")]
    index = page.items_model.index(row_of(page, "no_public_wifi"), 0)
    assert page.items_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # a click on the box goes through setData: the model asks, the page opens the form
    page.items_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    form = page.form
    assert form is not None and form.done_on.value() == TODAY
    assert records(session.db) == before  # nothing saved while the form is open
    form.done_on.edit.setDate(form.done_on.edit.date().addDays(-2))
    ok_button(form).click()
    saved = repo.get(session.db, SecurityItem, row.item.id)
    assert saved is not None and saved.done and saved.done_on == TODAY - timedelta(days=2)
    after = records(session.db)
    assert page.items_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    session.undo_stack.undo()
    assert records(session.db) == before
    session.undo_stack.redo()
    assert records(session.db) == after


def test_unticking_asks_nothing_and_is_undoable(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    r = row_of(page, "mfa_enabled")
    page.items_model.setData(
        page.items_model.index(r, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    item = page.items_model.rows[r].item
    assert item is not None and not item.done and item.done_on is None
    session.undo_stack.undo()
    assert records(session.db) == before


def test_a_password_older_than_its_renewal_period_is_due_again(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    days = session.rules.account_security.password_renew_days
    assert days == 90
    r = row_of(page, "password_changed")
    item = page.items_model.rows[r].item
    session.update(item, replace(item, done_on=TODAY, renew_days=None))
    index = page.items_model.index(r, 0)
    status = page.items_model.index(r, 1)

    session.today = lambda: TODAY + timedelta(days=days - 1)
    session.notify(SecurityItem.table)
    assert page.items_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.items_model.data(status) == "Done"

    due = TODAY + timedelta(days=days)
    session.today = lambda: due
    session.notify(SecurityItem.table)
    assert page.items_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.items_model.data(status) == f"Due again since {due.isoformat()}"
    assert due.isoformat() in page.checklist.note.text()
    # ticking it again renews it from today
    page.tick(page.items_model.rows[r], True)
    assert page.form is not None and page.form.done_on.value() == due
    ok_button(page.form).click()
    assert page.items_model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_incident_form_rejects_bad_dates_and_saves_nothing(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    page.incidents.new()
    form = page.form
    assert form is not None
    form.occurred_on.setDate(form.occurred_on.date().addDays(1))  # tomorrow
    assert not ok_button(form).isEnabled()
    assert messages(form) == ["This date cannot be in the future."]
    form.occurred_on.setDate(form.occurred_on.date().addDays(-5))
    form.resolved_on.check.setChecked(True)
    form.resolved_on.edit.setDate(form.occurred_on.date().addDays(-1))
    assert not ok_button(form).isEnabled()
    assert "before it happened" in form.form_message.text()
    ok_button(form).click()
    form.reject()
    assert records(session.db) == before


def test_open_incidents_stand_out_and_resolve_is_undoable(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    page.incidents.new()
    form = page.form
    assert form is not None
    form.kind.setCurrentIndex(form.kind.findData("suspected_theft"))
    form.occurred_on.setDate(form.occurred_on.date().addDays(-3))
    ok_button(form).click()
    before_resolve = records(session.db)
    r = page.events_model.row_of(lambda e: e.kind == "suspected_theft")
    font = page.events_model.data(page.events_model.index(r, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert "Open incidents: 1" in page.incidents.note.text()
    assert page.incidents.select(lambda e: e.kind == "suspected_theft")
    assert page.act_resolve.isEnabled()
    page.act_resolve.trigger()
    resolve = page.form
    assert resolve is not None and resolve.resolved_on.value() == TODAY
    ok_button(resolve).click()
    e = repo.all_of(session.db, SecurityEvent, "kind = 'suspected_theft'")[0]
    assert e.resolved_on == TODAY
    assert page.incidents.note.text() == "No open incidents."
    assert not page.act_resolve.isEnabled()  # the same row stays selected, now resolved
    session.undo_stack.undo()
    assert records(session.db) == before_resolve


def test_delete_asks_nothing_and_undo_restores_it(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, session)
    before = records(session.db)
    assert page.incidents.select(lambda e: True)
    page._activate(page.incidents)
    assert page.can_delete()
    page.delete_selected()
    assert page.events_model.rowCount() == 0
    session.undo_stack.undo()
    assert records(session.db) == before
    assert page.events_model.rowCount() == 1


def test_window_menu_routes_new_record_to_the_incident_log(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("security")
    page = window.current_page()
    assert window.act_new.isEnabled()
    window.act_new.trigger()
    assert page.form is not None and page.form.windowTitle() == "Security incident"
    page.form.reject()
    # the checklist has no "new", so selecting in it leaves New with nothing to do
    page.checklist.select(lambda r: r.key == "mfa_enabled")
    assert not window.act_new.isEnabled()
    assert window.act_delete.isEnabled()
